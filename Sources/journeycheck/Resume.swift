import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore
import JourneyCheckTUI

struct Resume: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume", abstract: "Open a saved session where it stopped.",
        discussion: "A bare name that is not in the current folder is looked for in the --sessions folder.")

    @Argument(help: ArgumentHelp("The session file (JSON).", valueName: "file"))
    var file: String

    @OptionGroup var screen: ScreenOptions
    @ParentCommand var root: JourneyCheck

    func run() throws {
        let store: SessionStore
        let session: Session
        do {
            // The file is checked (and locked) first, so a broken one is reported as such.
            (store, session) = try SessionStore.open(Files.existingSession(file, in: root.sessions), now: Date())
        } catch { fail(error) }
        WorkshopScreen.requireInteractive(closing: store)
        let (runtime, terminal) = WorkshopScreen.runtime(monochrome: screen.noColor || root.noColor)
        try WorkshopScreen.runWorkshop(
            runtime, terminal, store: store, session: session, timebox: screen.timebox.map { $0.seconds }, room: screen)
    }
}
