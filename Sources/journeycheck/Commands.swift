import ArgumentParser
import Foundation
import JourneyCheckCore
import JourneyCheckTUI

struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new session from a workshop outline and open it.",
        discussion: "The session is saved as sessions/<outline>-<date>.json unless --session names a file.")

    @Argument(help: ArgumentHelp("The workshop outline (markdown).", valueName: "outline"))
    var outline: String

    @Option(help: ArgumentHelp("Where to save the new session; must not exist yet.", valueName: "file"))
    var session: String?

    @Option(help: ArgumentHelp("Time per step, e.g. 3m or 90s.", valueName: "duration"))
    var timebox: Timebox?

    @Flag(help: "No colour (also when NO_COLOR is set).")
    var noColor = false

    func run() throws {
        let journey: Journey
        do { journey = try OutlineParser.parse(file: outline) } catch { fail(error) }
        let path: String
        if let session {
            path = session
        } else {
            try? FileManager.default.createDirectory(atPath: "sessions", withIntermediateDirectories: true)
            path = SessionNaming.newPath(for: outline, in: "sessions")
        }
        if FileManager.default.fileExists(atPath: path) {
            fail(["\(path): already exists; open it with: journeycheck resume \(path)"])
        }
        WorkshopScreen.requireInteractive()
        var s = Session(journey: journey)
        if let timebox { s.timebox = timebox.seconds }
        let store: SessionStore
        do {
            try Files.create(s, at: path)
            store = try SessionStore(path: path, session: s)
        } catch { fail(error) }
        let runtime = try WorkshopScreen.runtime(monochrome: noColor)
        try WorkshopScreen.runWorkshop(runtime, store: store, session: s, timebox: nil)
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a session file from an outline, without opening it.")

    @Argument(help: ArgumentHelp("The workshop outline (markdown).", valueName: "outline"))
    var outline: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The session file to create; must not exist yet.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Time per step, e.g. 3m or 90s.", valueName: "duration"))
    var timebox: Timebox?

    func run() throws {
        do {
            let journey = try OutlineParser.parse(file: outline)
            var session = Session(journey: journey)
            if let timebox { session.timebox = timebox.seconds }
            try Files.create(session, at: output)
            print("\(output): new session '\(Sanitize.line(journey.title))', \(journey.stepCount) steps. Open it with: journeycheck resume \(output)")
        } catch { fail(error) }
    }
}

struct Resume: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open a saved session where it stopped.")

    @Argument(help: ArgumentHelp("The session file (JSON).", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("Change the time per step, e.g. 3m, 90s or off.", valueName: "duration"))
    var timebox: Timebox?

    @Flag(help: "No colour (also when NO_COLOR is set).")
    var noColor = false

    func run() throws {
        let store: SessionStore
        let session: Session
        do {
            // The file is checked (and locked) first, so a broken one is reported as such.
            (store, session) = try SessionStore.open(file)
        } catch { fail(error) }
        WorkshopScreen.requireInteractive(closing: store)
        let runtime = try WorkshopScreen.runtime(monochrome: noColor)
        try WorkshopScreen.runWorkshop(runtime, store: store, session: session, timebox: timebox.map { $0.seconds })
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, csv
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the report of a session: markdown (default) or CSV.")

    @Argument(help: ArgumentHelp("The session file (JSON).", valueName: "file"))
    var file: String

    @Option(help: "markdown or csv.")
    var format: ReportFormat = .markdown

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let session: Session
        do { session = try SessionStore.read(file) } catch { fail(error) }
        let text = format == .markdown ? MarkdownReport.render(session) : CSVReport.render(session)
        if let output {
            do { try DurableFile.write(Data(text.utf8), to: output) } catch { fail(error.description) }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check outlines and sessions; exit 1 with line-numbered errors.",
        discussion: "Files ending in .json are read as sessions, all others as outlines.")

    @Argument(help: ArgumentHelp("Outline or session files.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file") }
    }

    func run() throws {
        var problems: [String] = []
        for file in files {
            do {
                if file.lowercased().hasSuffix(".json") {
                    let s = try SessionStore.read(file)
                    let p = s.potential
                    print("\(file): ok (session, \(s.stepCount) steps, \(p.completeSteps) fully answered)")
                } else {
                    let j = try OutlineParser.parse(file: file)
                    print("\(file): ok (outline, \(j.stepCount) steps in \(j.phases.count) phases)")
                }
            } catch {
                problems += error.problems.map(\.description)
            }
        }
        if !problems.isEmpty { fail(problems) }
    }
}
