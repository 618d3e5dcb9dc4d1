import ArgumentParser
import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization
import JourneyCheckCore
import JourneyCheckTUI

enum CompareFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, csv, html
}

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare sessions of one journey: what got better, what got worse, what was done.",
        discussion:
            "Sessions are matched by step id, oldest first as given, in the newest session's language and numbering.")

    @Argument(help: ArgumentHelp("Two or more sessions of one journey, oldest first.", valueName: "session"))
    var files: [String]

    @Option(help: "markdown, csv or html.")
    var format: CompareFormat = .markdown

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if files.count < 2 { throw ValidationError("name at least two sessions, oldest first") }
    }

    func run() throws {
        // The files are read side by side: reading is most of the time a compare takes.
        let read = Mutex([Result<Session, InputError>?](repeating: nil, count: files.count))
        let files = self.files
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let result: Result<Session, InputError>
            do throws(InputError) { result = .success(try SessionStore.read(files[i])) } catch {
                result = .failure(error)
            }
            read.withLock { $0[i] = result }
        }
        var sessions: [Session] = []
        var problems: [String] = []
        for result in read.withLock({ $0 }) {
            switch result {
            case .success(let s)?: sessions.append(s)
            case .failure(let e)?: problems += e.problems.map(\.description)
            case nil: break
            }
        }
        if !problems.isEmpty { fail(problems) }
        let comparison: Comparison
        do { comparison = try Comparison(sessions, files: files) } catch { fail(error.description) }
        let text =
            switch format {
            case .markdown: CompareReport.markdown(comparison)
            case .csv: CompareReport.csv(comparison)
            case .html: CompareReport.html(comparison)
            }
        writeOutput(text, to: output)
    }
}
