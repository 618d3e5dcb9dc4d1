import CSupport
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
import Synchronization

/// The last terminating signal received (0: none). Written only by the handler.
let pendingSignal = Atomic<Int32>(0)
/// Set by SIGTSTP (Ctrl-Z): the loop suspends at its next turn.
let pendingSuspend = Atomic<Bool>(false)

/// SIGINT, SIGTERM and SIGHUP set a flag and nothing else (async-signal-safe); the main loop
/// sees it within one key timeout, saves, restores the terminal and exits. SIGTSTP (Ctrl-Z) sets
/// another flag: the loop leaves curses mode, stops, and redraws on `fg`. SIGWINCH stays with
/// ncurses, which turns it into KEY_RESIZE.
public enum Signals {
    public static func install() {
        _ = pendingSignal.load(ordering: .relaxed)  // initialise before any handler can run
        _ = pendingSuspend.load(ordering: .relaxed)
        // A parent may have started us with signals blocked; unblock them all.
        var none = sigset_t()
        sigemptyset(&none)
        sigprocmask(SIG_SETMASK, &none, nil)
        var action = sigaction()
        setHandler(&action) { sig in pendingSignal.store(sig, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a blocking read returns so the loop sees the flag
        // A signal ignored when we started stays ignored (nohup, a background job); the loop
        // notices a vanished terminal by itself.
        for sig in [SIGINT, SIGTERM, SIGHUP] where sig == SIGTERM || jc_signal_is_ignored(sig) == 0 {
            sigaction(sig, &action, nil)
        }
        if jc_signal_is_ignored(SIGTSTP) == 0 {
            var suspend = sigaction()
            setHandler(&suspend) { _ in pendingSuspend.store(true, ordering: .relaxed) }
            sigemptyset(&suspend.sa_mask)
            suspend.sa_flags = 0
            sigaction(SIGTSTP, &suspend, nil)
        }
        // A full disk or a file-size limit must fail a write, not kill the program; so must a closed pipe.
        signal(SIGXFSZ, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
    }

    /// The handler field is named differently by glibc and by Darwin.
    private static func setHandler(_ action: inout sigaction, _ handler: @convention(c) (Int32) -> Void) {
        #if canImport(Darwin)
        action.__sigaction_u.__sa_handler = handler
        #else
        action.__sigaction_handler.sa_handler = handler
        #endif
    }

    /// Whether Ctrl-Z asked to suspend, cleared.
    public static func takeSuspend() -> Bool { pendingSuspend.exchange(false, ordering: .relaxed) }

    /// The pending signal, cleared; 0 when none.
    public static func take() -> Int32 { pendingSignal.exchange(0, ordering: .relaxed) }
}
