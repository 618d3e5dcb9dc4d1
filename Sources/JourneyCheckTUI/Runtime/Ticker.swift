#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The clock as a message source: once a second it sends `.tick(now)` into the inbox, from
/// its own thread, like any other source. Stopped when the workshop ends.
public final class Ticker: Sendable {
    private final class Flag: Sendable {
        let raised = Mutex(false)
        var isRaised: Bool { raised.withLock { $0 } }
    }
    private let stopped = Flag()

    /// Start sending ticks into `inbox` every `interval` seconds, on the second.
    public init(into inbox: Inbox, every interval: Double = 1) {
        let stopped = self.stopped
        DispatchQueue.global(qos: .userInteractive).async {
            var next = Date().timeIntervalSince1970.rounded(.down) + interval
            while !stopped.isRaised {
                let wait = next - Date().timeIntervalSince1970
                // Behind by more than a tick (the process was stopped): one tick now, not a burst.
                if wait < -interval { next = Date().timeIntervalSince1970.rounded(.down) }
                if wait > 0 { usleep(useconds_t(min(wait, interval) * 1_000_000)) }
                if stopped.isRaised { break }
                inbox.send(.tick(Date()))
                next += interval
            }
        }
    }

    public func stop() { stopped.raised.withLock { $0 = true } }

    deinit { stop() }
}
