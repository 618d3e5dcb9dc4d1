import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore
import JourneyCheckTUI

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read an edited CSV table back into a session: answers, actions or find-outs.",
        discussion: """
            The table is known by its header (export --format csv --table answers|actions|findouts). \
            Answers are matched by step number and lens; the step text must be the session's. \
            Actions and find-outs carry their ids: a row without one adds an action (or names a \
            find-out by step and lens), and a row left out deletes nothing. \
            Every row is checked first: any problem exits 1 with FILE:LINE for each, and the \
            session is left as it was. The score column is derived and never read. Comma or \
            semicolon separators and a UTF-8 byte order mark are accepted.
            """)

    @Argument(help: ArgumentHelp("The session file (JSON).", valueName: "session"))
    var session: String

    @Argument(help: ArgumentHelp("The CSV file, as written by export --format csv [--table …].", valueName: "csv"))
    var csv: String

    @Flag(help: "Print every change the file would make, and change nothing.")
    var dryRun = false

    func run() throws {
        let text: String
        do {
            let data = try InputFile.read(csv)
            guard let s = String(data: data, encoding: .utf8) else { fail(["\(csv): not UTF-8 text"]) }
            text = s
        } catch { fail(error) }
        // Check every row against what the file holds before anything is locked or written.
        do {
            var trial = try SessionStore.read(session)
            let change = try CSVImport.apply(text, file: csv, to: &trial, now: Date())
            if dryRun {
                for line in change.details { print(line) }
                print("\(session): " + change.summary(Wording(.en), dryRun: true))
                return
            }
        } catch { fail(error) }
        let store: SessionStore
        var current: Session
        do { (store, current) = try SessionStore.open(session, now: Date()) } catch { fail(error) }
        let change: CSVImport.Change
        do { change = try CSVImport.apply(text, file: csv, to: &current, now: Date()) } catch {
            store.close()
            fail(error)
        }
        if change.changedQuestions + change.added > 0 {
            do {
                try store.commit(current)
                try store.compact(current)
            } catch {
                store.close()
                fail(error.description)
            }
        }
        store.close()
        for line in change.details { print(line) }
        print("\(session): " + change.summary(Wording(.en), dryRun: false))
    }
}
