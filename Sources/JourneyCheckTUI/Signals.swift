import Foundation
import Synchronization

/// The last terminating signal received (0: none). Written only by the handler.
let pendingSignal = Atomic<Int32>(0)

/// SIGINT, SIGTERM and SIGHUP set a flag and nothing else (async-signal-safe); the main loop
/// sees it within one key timeout, saves, restores the terminal and exits. SIGWINCH and SIGTSTP
/// stay with ncurses, which redraws on resize and on `fg`.
public enum Signals {
    public static func install() {
        _ = pendingSignal.load(ordering: .relaxed)  // initialise before any handler can run
        // A parent may have started us with signals blocked; unblock them all.
        var none = sigset_t()
        sigemptyset(&none)
        sigprocmask(SIG_SETMASK, &none, nil)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { sig in pendingSignal.store(sig, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a blocking read returns so the loop sees the flag
        for sig in [SIGINT, SIGTERM, SIGHUP] { sigaction(sig, &action, nil) }
    }

    /// The pending signal, cleared; 0 when none.
    public static func take() -> Int32 { pendingSignal.exchange(0, ordering: .relaxed) }
}
