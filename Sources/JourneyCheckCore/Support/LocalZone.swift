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

/// The wall clock that dates and times are shown in: a fixed offset from UTC (tests, reports
/// made elsewhere), or the system's own. The system's comes from the C library (`localtime_r`,
/// which reads `TZ` and `/etc/localtime`, summer time included), not from Foundation's
/// `TimeZone.current`, which needs ICU's time zone data (about 8 MiB more memory at start).
public struct LocalZone: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case fixed(Int)
        case system
    }

    let kind: Kind

    public static let utc = LocalZone(secondsFromGMT: 0)
    public static let system = LocalZone(kind: .system)

    init(kind: Kind) { self.kind = kind }
    public init(secondsFromGMT: Int) { kind = .fixed(secondsFromGMT) }

    /// Seconds ahead of UTC at `date` (negative west of Greenwich).
    public func secondsFromGMT(for date: Date) -> Int {
        switch kind {
        case .fixed(let seconds):
            return seconds
        case .system:
            _ = LocalZone.readOnce
            var t = time_t(date.timeIntervalSince1970.rounded(.down))
            var parts = tm()
            guard localtime_r(&t, &parts) != nil else { return 0 }
            return Int(parts.tm_gmtoff)
        }
    }

    /// `localtime_r` need not read `TZ` itself; `tzset` does, once.
    private static let readOnce: Void = tzset()
}
