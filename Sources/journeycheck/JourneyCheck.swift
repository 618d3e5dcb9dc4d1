import ArgumentParser
import Foundation
import JourneyCheckCore
import JourneyCheckTUI

@main
struct JourneyCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journeycheck",
        abstract: "Walk a management team through a customer journey, five questions per step.",
        discussion: """
            Without a command, opens the start screen: pick a workshop outline from the workshops \
            folder or resume a saved session. Sessions are saved after every change.
            """,
        subcommands: [Start.self, New.self, Resume.self, Export.self, Validate.self]
    )

    @Option(help: ArgumentHelp("Folder with workshop outlines.", valueName: "folder"))
    var workshops = "workshops"

    @Option(help: ArgumentHelp("Folder with saved sessions; new sessions are saved here.", valueName: "folder"))
    var sessions = "sessions"

    @Flag(help: "No colour (also when NO_COLOR is set).")
    var noColor = false

    func run() throws {
        WorkshopScreen.requireInteractive()
        let runtime = try WorkshopScreen.runtime(monochrome: noColor)
        var start = StartState(workshops: workshops, sessions: sessions, size: TermSize(80, 24))
        while let choice = runtime.runStart(&start) {
            var opened: (SessionStore, Session)?
            do throws(InputError) {
                let store: SessionStore
                let session: Session
                switch choice {
                case .startOutline(let outline):
                    let journey = try OutlineParser.parse(file: outline)
                    try? FileManager.default.createDirectory(atPath: sessions, withIntermediateDirectories: true)
                    let path = SessionNaming.newPath(for: outline, in: sessions)
                    session = Session(journey: journey)
                    try Files.create(session, at: path)
                    store = try SessionStore(path: path, session: session)
                case .resume(let path):
                    (store, session) = try SessionStore.open(path)
                case .quit:
                    runtime.end()
                    return
                }
                opened = (store, session)
            } catch {
                start.status = error.problems.first?.description
                start.entries = StartState.scan(workshops: workshops, sessions: sessions)
            }
            if let (store, session) = opened {
                try WorkshopScreen.runWorkshop(runtime, store: store, session: session, timebox: nil)
                return
            }
        }
        runtime.end()
    }
}

/// Shared by the commands that open the workshop screen.
enum WorkshopScreen {
    /// The screen needs a terminal on both ends; scripts get a clear message instead of escape
    /// codes. An open session is closed (its lock released) before exiting.
    static func requireInteractive(closing store: SessionStore? = nil) {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        var problem: String?
        if isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0 {
            problem = "the workshop screen needs an interactive terminal (standard input or output is not a terminal); "
                + "for scripts use 'journeycheck export' or 'journeycheck validate'"
        } else if term.isEmpty || term == "dumb" {
            problem = "the workshop screen needs a full-screen terminal (TERM is '\(term)'); "
                + "for scripts use 'journeycheck export' or 'journeycheck validate'"
        }
        if let problem {
            store?.close()
            fail(problem)
        }
    }

    static func runtime(monochrome: Bool) throws -> Runtime {
        let noColor = monochrome || !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        do {
            return try Runtime(monochrome: noColor)
        } catch {
            fail("cannot start the terminal: \(error)")
        }
    }

    static func runWorkshop(_ runtime: Runtime, store: SessionStore, session: Session, timebox: Int??) throws {
        var state = AppState(session: session, path: store.path, size: TermSize(80, 24))
        if let newer = SessionRecovery.find(for: store.path) {
            state.overlay = .recover(newer)
        } else if let timebox, timebox != state.session.timebox {
            state.session.setTimebox(timebox)
            do { try store.commit(state.session) } catch { state.saveProblem = error.reason }
        }
        let outcome = runtime.runWorkshop(&state, store: store)
        runtime.end()
        store.close()
        if let message = outcome.message { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        if outcome.unsaved { throw ExitCode(1) }
    }
}

/// Print one line per problem on stderr and exit 1.
func fail(_ problems: [String]) -> Never {
    for p in problems { FileHandle.standardError.write(Data((p + "\n").utf8)) }
    JourneyCheck.exit(withError: ExitCode(1))
}

func fail(_ message: String) -> Never { fail(["journeycheck: " + Sanitize.line(message)]) }

func fail(_ error: InputError) -> Never { fail(error.problems.map(\.description)) }

enum Files {
    /// Create a session file; never replaces an existing one.
    static func create(_ session: Session, at path: String) throws(InputError) {
        let data: Data
        do { data = try SessionCodec.encode(session) } catch { throw InputError(file: path, "cannot encode: \(error)") }
        do {
            try DurableFile.write(data, to: path, replace: false)
        } catch {
            if error.code == EEXIST {
                throw InputError(file: path, "already exists; open it with: journeycheck resume \(path)")
            }
            throw InputError(file: path, error.reason)
        }
    }
}

/// `3m`, `90s`, `2m30s`, `off`.
struct Timebox: ExpressibleByArgument {
    var seconds: Int?
    init?(argument: String) {
        guard let parsed = parseTimebox(argument) else { return nil }
        seconds = parsed
    }
}
