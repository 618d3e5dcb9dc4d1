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
import Dispatch
import Synchronization

/// Runs `fdatasync` of the journal on a background queue, one at a time.
final class Flusher: Sendable {
    private let queue = DispatchQueue(label: "journeycheck.journal-sync")
    private let state = Mutex<(running: Bool, error: Int32)>((false, 0))

    /// Start flushing a duplicate of `fd`; false when a flush is still running.
    func start(_ fd: Int32) -> Bool {
        let started = state.withLock { s -> Bool in
            if s.running { return false }
            s.running = true
            return true
        }
        guard started else { return false }
        let copy = dup(fd)
        queue.async { [self] in
            let failed = copy < 0 || Flusher.dataSync(copy) != 0 ? errno : 0
            if copy >= 0 { close(copy) }
            self.state.withLock { s in
                s.running = false
                if failed != 0 { s.error = failed }
            }
        }
        return true
    }

    func takeError() -> Int32 {
        state.withLock { s in
            defer { s.error = 0 }
            return s.error
        }
    }

    func wait() { queue.sync {} }

    /// The data of a file to the disk: `fdatasync` on Linux; on macOS `F_FULLFSYNC`, the only
    /// call there that reaches the platter (falling back to `fsync`).
    static func dataSync(_ fd: Int32) -> Int32 {
        #if canImport(Darwin)
        return fcntl(fd, F_FULLFSYNC) == 0 ? 0 : fsync(fd)
        #else
        return fdatasync(fd)
        #endif
    }
}
