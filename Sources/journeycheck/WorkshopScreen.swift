import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyCheckCore
import JourneyCheckRoom
import JourneyCheckTUI
import Synchronization

/// Shared by the commands that open the workshop screen.
enum WorkshopScreen {
    /// The screen needs a terminal on both ends; scripts get a clear message instead of escape
    /// codes. An open session is closed (its lock released) before exiting.
    static func requireInteractive(closing store: SessionStore? = nil) {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        var problem: String?
        if isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0 {
            problem =
                "the workshop screen needs an interactive terminal (standard input or output is not a terminal); "
                + "for scripts use 'journeycheck export' or 'journeycheck validate'"
        } else if term.isEmpty || term == "dumb" {
            problem =
                "the workshop screen needs a full-screen terminal (TERM is '\(term)'); "
                + "for scripts use 'journeycheck export' or 'journeycheck validate'"
        }
        if let problem {
            store?.close()
            fail(problem)
        }
    }

    /// The terminal and the runtime on it, with the system clock.
    static func runtime(monochrome: Bool) -> (Runtime, any TerminalDevice) {
        let noColor = monochrome || !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        do {
            let terminal = TestHooks.wrap(try Terminal.open(monochrome: noColor))
            return (Runtime(terminal: terminal, clock: Date.init), terminal)
        } catch {
            fail("cannot start the terminal: \(error)")
        }
    }

    /// Run the workshop on an open store until the team quits; then restore the terminal,
    /// release the lock and say what the user must know.
    static func runWorkshop(
        _ runtime: Runtime, _ terminal: any TerminalDevice, store: SessionStore, session: Session,
        timebox: Int??, greet: Bool = false, room: ScreenOptions? = nil
    ) throws {
        var state = AppState(session: session, path: store.path, size: TermSize(80, 24), now: Date(), timeZone: .system)
        // The room: opened now with --room, and by R in the workshop; closed by R and on quit.
        let server = Mutex<RoomServer?>(nil)
        let inbox = runtime.inbox
        let bind = room?.bind, port = room?.port ?? 0
        runtime.roomSwitch = { open in
            server.withLock { $0?.close() }
            server.withLock { $0 = nil }
            guard open else { return .success(nil) }
            let board = RoomBoard(expected: session.participants.isEmpty ? nil : session.participants.count)
            do {
                let opened = try RoomServer.open(
                    board: board, bind: bind, port: port, language: session.language,
                    onVote: { question, votes in
                        let ack = RoomAck()
                        inbox.send(.phoneVotes(question, votes, ack))
                        return await ack.wait(seconds: 3)
                    })
                server.withLock { $0 = opened }
                return .success(RoomLink(board: board, url: opened.url, qr: QRCode.modules(opened.url) ?? []))
            } catch {
                return .failure(RoomSwitchFailure("\(error)"))
            }
        }
        if let room, room.room {
            switch runtime.roomSwitch!(true) {
            case .success(let link): state.room = link
            case .failure(let why):
                terminal.end()
                store.close()
                fail(Wording(session.language).roomFailed(why.reason))
            }
        }
        defer { server.withLock { $0?.close() } }
        var first: [Message] = []
        if let newer = SessionRecovery.find(for: store.path) {
            first.append(.offerRecovery(newer))
        } else if let timebox {
            first.append(.setTimebox(timebox))
        }
        if let (version, _) = store.olderVersion {
            first.append(.notice(state.text.olderVersion(version)))
        }
        // A new session says before the walk who owns steps but is not in the room.
        if greet, !session.absentOwners.isEmpty {
            first.append(.notice(state.text.absentOwners(session.absentOwners.joined(separator: ", "))))
        }
        let rescue = [
            ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp", ProcessInfo.processInfo.environment["HOME"] ?? "/",
        ]
        let keeper = SessionKeeper(store: store, now: Date(), rescueFolders: rescue, processID: getpid())
        let outcome = runtime.runWorkshop(&state, keeper: keeper, first: first)
        terminal.end()
        store.close()
        if let message = outcome.message { StandardStream.write(message + "\n", to: StandardStream.error) }
        if outcome.unsaved { throw ExitCode(1) }
        // Where the session is, and how to go on with it.
        StandardStream.write(
            Wording(state.session.language).savedOnQuit(Sanitize.line(state.path)) + "\n", to: StandardStream.output)
    }
}

enum Files {
    /// Create the next session of a saved one; the previous file is only read.
    @discardableResult
    static func reassess(_ previous: String, to path: String) throws(InputError) -> (session: Session, bytes: Data) {
        let old = try SessionStore.read(previous)
        let session = Session.reassess(old, path: previous, now: Date())
        let bytes = try create(session, at: path)
        warnAbsentOwners(session)
        return (session, bytes)
    }

    /// What is legal but likely wrong, one line each on standard error (`file:line: warning: …`).
    static func warn(_ warnings: [InputProblem]) {
        for w in warnings { StandardStream.write(w.description + "\n", to: StandardStream.error) }
    }

    /// Departments that own steps but are not in the room: one line on standard error.
    static func warnAbsentOwners(_ session: Session) {
        let owners = session.absentOwners
        guard !owners.isEmpty else { return }
        let line = StepOwners.warning(owners, participantsGiven: !session.participants.isEmpty)
        StandardStream.write("journeycheck: warning: \(line)\n", to: StandardStream.error)
    }

    /// Refuse the path of a new session before the terminal is taken: a folder or a named pipe
    /// is said to be one, an existing session is offered for resuming.
    static func requireNew(_ path: String) {
        do { try InputFile.requireRegularOrMissing(path) } catch { fail(error) }
        if FileManager.default.fileExists(atPath: path) { fail(InputError(file: path, alreadyExists(path))) }
    }

    /// Where a new session is saved: `--session` when given, else a dated name in the
    /// `--sessions` folder (made when missing).
    static func newSessionPath(_ given: String?, from source: String, in folder: String) -> String {
        if let given { return given }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return SessionNaming.newPath(for: source, in: folder, now: Date(), timeZone: .system)
    }

    /// A session named by the user: the path as given when it exists or names a folder;
    /// otherwise a bare name found in the `--sessions` folder (with or without `.json`).
    static func existingSession(_ given: String, in folder: String) -> String {
        guard !given.contains("/"), !FileManager.default.fileExists(atPath: given) else { return given }
        for candidate in [Paths.join(folder, given), Paths.join(folder, given + ".json")]
        where FileManager.default.fileExists(atPath: candidate) {
            return candidate
        }
        return given
    }

    static func alreadyExists(_ path: String) -> String { "already exists; open it with: journeycheck resume \(path)" }

    /// Create a session file; never replaces an existing one. Returns the bytes written.
    @discardableResult
    static func create(_ session: Session, at path: String) throws(InputError) -> Data {
        let data: Data
        do { data = try SessionCodec.encode(session) } catch { throw InputError(file: path, "cannot encode: \(error)") }
        do {
            try DurableFile.write(data, to: path, replace: false)
        } catch {
            if error.code == EEXIST {
                throw InputError(file: path, alreadyExists(path))
            }
            throw InputError(file: path, error.reason)
        }
        return data
    }
}
