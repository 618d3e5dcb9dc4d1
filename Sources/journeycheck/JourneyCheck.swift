import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore
import JourneyCheckTUI

@main
struct JourneyCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journeycheck",
        abstract: "Walk a management team through a customer journey, five questions per step.",
        discussion: ManualText.discussion,
        version: JourneyCheckVersion.current,
        subcommands: [
            Start.self, New.self, Resume.self, Reassess.self, Export.self, Import.self, Compare.self, Validate.self,
            Drivers.self, Impact.self,
        ]
    )

    @Option(help: ArgumentHelp("Folder with workshop outlines.", valueName: "folder"))
    var workshops = "workshops"

    @Option(help: ArgumentHelp("Folder with saved sessions; new sessions are saved here.", valueName: "folder"))
    var sessions = "sessions"

    @Flag(help: "No colour (also when NO_COLOR is set).")
    var noColor = false

    func run() throws {
        WorkshopScreen.requireInteractive()
        let (runtime, terminal) = WorkshopScreen.runtime(monochrome: noColor)
        var start = StartState(workshops: workshops, sessions: sessions, size: TermSize(80, 24), timeZone: .system)
        var notice: [Message] = []
        while let choice = runtime.runStart(&start, first: notice, list: SessionLibrary.scan) {
            let store: SessionStore
            let session: Session
            do throws(InputError) {
                switch choice {
                case .startOutline(let outline):
                    let journey = try OutlineParser.parse(file: outline)
                    try? FileManager.default.createDirectory(atPath: sessions, withIntermediateDirectories: true)
                    let path = SessionNaming.newPath(for: outline, in: sessions, now: Date(), timeZone: .system)
                    session = Session(journey: journey, now: Date())
                    let bytes = try Files.create(session, at: path)
                    store = try SessionStore(path: path, session: session, now: Date(), fileBytes: bytes)
                case .resume(let path):
                    (store, session) = try SessionStore.open(path, now: Date())
                case .reassess(let previous):
                    let path = SessionNaming.newPath(for: previous, in: sessions, now: Date(), timeZone: .system)
                    let made = try Files.reassess(previous, to: path)
                    session = made.session
                    store = try SessionStore(path: path, session: session, now: Date(), fileBytes: made.bytes)
                }
            } catch {
                notice = [.notice(error.problems.first?.description ?? "\(error)")]
                continue
            }
            // A session made here says who owns steps but is not in the room.
            let made: Bool
            if case .resume = choice { made = false } else { made = true }
            try WorkshopScreen.runWorkshop(runtime, terminal, store: store, session: session, timebox: nil, greet: made)
            return
        }
        terminal.end()
    }
}
