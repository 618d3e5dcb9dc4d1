import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore
import JourneyCheckTUI

struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a new session from a workshop outline and open it.",
        discussion:
            "The session is saved as <outline>-<date>.json in the --sessions folder (default: sessions) unless --session names a file."
    )

    @Argument(help: ArgumentHelp("The workshop outline (markdown).", valueName: "outline"))
    var outline: String

    @Option(help: ArgumentHelp("Where to save the new session; must not exist yet.", valueName: "file"))
    var session: String?

    @OptionGroup var screen: ScreenOptions
    @ParentCommand var root: JourneyCheck

    func run() throws {
        let journey: Journey
        do { journey = try OutlineParser.parse(file: outline) } catch { fail(error) }
        Files.warn(journey.warnings)
        let path = Files.newSessionPath(session, from: outline, in: root.sessions)
        Files.requireNew(path)
        WorkshopScreen.requireInteractive()
        var s = Session(journey: journey, now: Date())
        if let timebox = screen.timebox { s.timebox = timebox.seconds }
        let store: SessionStore
        do {
            let bytes = try Files.create(s, at: path)
            store = try SessionStore(path: path, session: s, now: Date(), fileBytes: bytes)
        } catch { fail(error) }
        let (runtime, terminal) = WorkshopScreen.runtime(monochrome: screen.noColor || root.noColor)
        try WorkshopScreen.runWorkshop(
            runtime, terminal, store: store, session: s, timebox: nil, greet: true, room: screen)
    }
}
