import ArgumentParser
import Foundation
import JourneyCheckCore
import JourneyCheckTUI

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a session file from an outline, without opening it.")

    @Argument(help: ArgumentHelp("The workshop outline (markdown).", valueName: "outline"))
    var outline: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The session file to create; must not exist yet.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Time per step, e.g. 3m or 90s.", valueName: "duration"))
    var timebox: TimeboxArgument?

    func run() throws {
        do {
            let journey = try OutlineParser.parse(file: outline)
            var session = Session(journey: journey, now: Date())
            if let timebox { session.timebox = timebox.seconds }
            try Files.create(session, at: output)
            print("\(output): new session '\(Sanitize.line(journey.title))', \(journey.stepCount) steps. Open it with: journeycheck resume \(output)")
        } catch { fail(error) }
    }
}
