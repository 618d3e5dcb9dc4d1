import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore
import JourneyCheckTUI

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a session file from an outline, or the next session of a saved one, without opening it.")

    @Argument(help: ArgumentHelp("The workshop outline (markdown).", valueName: "outline"))
    var outline: String?

    @Option(help: ArgumentHelp("A saved session: create its next session (reassess) instead.", valueName: "previous"))
    var from: String?

    @Option(
        name: .shortAndLong, help: ArgumentHelp("The session file to create; must not exist yet.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Time per step, e.g. 3m or 90s.", valueName: "duration"))
    var timebox: TimeboxArgument?

    func validate() throws {
        if (outline == nil) == (from == nil) {
            throw ValidationError("name an outline, or a previous session with --from (not both)")
        }
    }

    func run() throws {
        if let from {
            do {
                var session = try Files.reassess(from, to: output).session
                if let timebox {
                    session.timebox = timebox.seconds
                    try DurableFile.write(try SessionCodec.encode(session), to: output)
                }
                print(
                    Wording(.en).nextSessionMade(
                        output, Sanitize.line(session.title), from, session.stepCount, session.review?.count ?? 0,
                        session.findOutReview?.count ?? 0))
            } catch let error as InputError { fail(error) } catch { fail("\(error)") }
            return
        }
        guard let outline else { return }
        do {
            let journey = try OutlineParser.parse(file: outline)
            var session = Session(journey: journey, now: Date())
            if let timebox { session.timebox = timebox.seconds }
            try Files.create(session, at: output)
            Files.warn(journey.warnings)
            print(Wording(.en).newSessionMade(output, Sanitize.line(journey.title), journey.stepCount))
        } catch { fail(error) }
    }
}
