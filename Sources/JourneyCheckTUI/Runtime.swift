import CSupport
import Foundation
import JourneyCheckCore

/// How a workshop run ended.
public struct WorkshopOutcome: Sendable {
    /// Printed after the terminal is restored (e.g. where a rescue copy went).
    public var message: String?
    /// True when the session could not be saved to its file at the end.
    public var unsaved: Bool
    public var signal: Int32
}

/// Reads keys, calls update, performs the effects, calls view and hands the buffer to the
/// terminal. The only place where time passes and files are written.
public final class Runtime {
    let terminal: Terminal

    /// Take over the terminal: UTF-8 locale, signal flags, then curses.
    public init(monochrome: Bool) throws {
        _ = jc_setup_utf8_locale()
        Signals.install()
        jc_terminal_save(STDIN_FILENO)
        jc_install_crash_restore()
        terminal = try Terminal.start(monochrome: monochrome)
        crashKeyForTests = ProcessInfo.processInfo.environment["JOURNEYCHECK_TEST_CRASH"] == "1"
    }

    /// Tests of the crash path: with JOURNEYCHECK_TEST_CRASH=1 the key `!` crashes the program.
    private var crashKeyForTests = false

    /// Restore the terminal. Called on every way out.
    public func end() { terminal.end() }

    /// The generic loop: feed messages until `handle` says stop. A tick goes out every second,
    /// also while keys keep coming.
    func loop(draw: () -> ScreenBuffer, handle: (Message) -> Bool) {
        var lastSecond = Int(Date().timeIntervalSince1970)
        terminal.draw(draw())
        while true {
            var messages: [Message] = []
            if Signals.takeSuspend() {
                terminal.suspend()
                messages.append(.resize(terminal.size))
            } else if Signals.take() != 0 {
                messages.append(.terminate)
            } else {
                switch terminal.read() {
                case .key(let k): messages.append(.key(k))
                case .resize:
                    terminal.invalidate()
                    messages.append(.resize(terminal.size))
                case .hangup: messages.append(.terminate)
                case .timeout: break
                }
            }
            let now = Date()
            if Int(now.timeIntervalSince1970) != lastSecond {
                lastSecond = Int(now.timeIntervalSince1970)
                messages.append(.tick(now))
            }
            if messages.isEmpty { continue }
            for message in messages where handle(message) { return }
            terminal.draw(draw())
        }
    }

    /// Run a workshop until the team quits. Every change is saved before it is drawn.
    public func runWorkshop(_ state: inout AppState, store: SessionStore) -> WorkshopOutcome {
        state.size = terminal.size
        state.now = Date()
        var outcome = WorkshopOutcome(message: nil, unsaved: false, signal: 0)
        var local = state
        let crashKey = crashKeyForTests
        var lastCommit = Date()
        loop(draw: { view(local) }) { message in
            if case .tick(let now) = message, local.saveProblem == nil {
                // Quiet moments: flush the journal to disk, and after two idle seconds fold it
                // into the session file.
                do throws(WriteError) {
                    try store.sync()
                    if store.journalBytes > 0, now.timeIntervalSince(lastCommit) >= 2 || store.journalBytes > 4 << 20 {
                        try store.compact(local.session)
                    }
                } catch {
                    _ = update(&local, .saveFailed(error.reason))
                }
            }
            if crashKey, message == .key(.char("!")) { fatalError("crash requested by JOURNEYCHECK_TEST_CRASH") }
            if case .key = message { local.now = Date() }
            if case .terminate = message { outcome.signal = 1 }
            var effects = update(&local, message)
            var quitting = false
            while !effects.isEmpty {
                let effect = effects.removeFirst()
                switch effect {
                case .save:
                    do throws(WriteError) {
                        try store.commit(local.session)
                        lastCommit = Date()
                        if local.saveProblem != nil { effects += update(&local, .saveSucceeded) }
                    } catch {
                        effects += update(&local, .saveFailed(error.reason))
                    }
                case .saveAs(let path):
                    do throws(WriteError) {
                        try store.move(to: path, local.session)
                        local.path = path
                        local.status = local.text.savedElsewhere(path)
                        effects += update(&local, .saveSucceeded)
                    } catch {
                        local.status = error.description
                    }
                case .discardRecovery:
                    SessionRecovery.discard(for: store.path)
                case .quit:
                    quitting = true
                }
            }
            guard quitting else { return false }
            if local.saveProblem == nil {
                // Leave the deterministic JSON behind; if that fails, the journal still has it all.
                do throws(WriteError) {
                    try store.compact(local.session)
                } catch {
                    do throws(WriteError) {
                        try store.sync()
                        outcome.message = "journeycheck: \(store.path) could not be rewritten (\(error.reason)); "
                            + "every change is in its journal and is applied when the session is opened again"
                    } catch {
                        local.saveProblem = error.reason
                    }
                }
            }
            if local.saveProblem != nil {
                // The file cannot be written: never leave without a copy somewhere.
                if let rescue = Runtime.rescue(local.session, for: store.path) {
                    outcome.message = "journeycheck: \(store.path) could not be saved (\(local.saveProblem!)); "
                        + "a copy of the session is in \(rescue)"
                } else {
                    outcome.message = "journeycheck: \(store.path) could not be saved (\(local.saveProblem!)) and no rescue copy could be written"
                    if outcome.signal == 0 {
                        local.status = local.text.keptInMemory
                        return false
                    }
                }
                outcome.unsaved = true
            }
            return true
        }
        state = local
        return outcome
    }

    /// Write the session where it can be written: the temporary folder, then the home folder.
    static func rescue(_ session: Session, for path: String) -> String? {
        guard let data = try? SessionCodec.encode(session) else { return nil }
        let name = "journeycheck-rescue-\(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)-\(getpid()).json"
        for folder in [NSTemporaryDirectory(), ProcessInfo.processInfo.environment["HOME"] ?? "/"] {
            let candidate = (folder as NSString).appendingPathComponent(name)
            if (try? DurableFile.write(data, to: candidate)) != nil { return candidate }
        }
        return nil
    }

    /// Run the start screen until the user picks something or quits.
    public func runStart(_ state: inout StartState) -> StartChoice? {
        state.size = terminal.size
        var local = state
        var choice: StartChoice?
        var done = false
        loop(draw: { startView(local) }) { message in
            if let c = startUpdate(&local, message) {
                switch c {
                case .quit: done = true
                default: choice = c
                }
                return true
            }
            return false
        }
        state = local
        return done ? nil : choice
    }
}
