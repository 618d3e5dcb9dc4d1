import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore
import JourneyCheckTUI

struct Reassess: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reassess",
        abstract: "Start the next session of a journey from a saved one and open it.",
        discussion: """
            The new session keeps the journey as the team left it, starts with every answer \
            open and last time's answer beside it, reviews last time's actions first, and \
            records which session it follows. The previous file is only read. The new one is \
            saved as <journey>-<date>.json in the --sessions folder (default: sessions) unless \
            --session names a file. A previous session given by its bare name is also looked \
            for in that folder.
            """)

    @Argument(help: ArgumentHelp("The previous session (JSON).", valueName: "previous"))
    var previous: String

    @Option(help: ArgumentHelp("Where to save the new session; must not exist yet.", valueName: "file"))
    var session: String?

    @OptionGroup var screen: ScreenOptions
    @ParentCommand var root: JourneyCheck

    func run() throws {
        let previous = Files.existingSession(previous, in: root.sessions)
        let path = Files.newSessionPath(session, from: previous, in: root.sessions)
        Files.requireNew(path)
        // The previous session is checked before the terminal is taken.
        do { _ = try SessionStore.read(previous) } catch { fail(error) }
        WorkshopScreen.requireInteractive()
        let s: Session
        let store: SessionStore
        do {
            let made = try Files.reassess(previous, to: path)
            s = made.session
            store = try SessionStore(path: path, session: s, now: Date(), fileBytes: made.bytes)
        } catch { fail(error) }
        let (runtime, terminal) = WorkshopScreen.runtime(monochrome: screen.noColor || root.noColor)
        try WorkshopScreen.runWorkshop(
            runtime, terminal, store: store, session: s, timebox: screen.timebox.map { $0.seconds }, greet: true,
            room: screen)
    }
}
