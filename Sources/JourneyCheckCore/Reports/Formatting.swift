#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `1:05:09` or `12:09`.
public func formatDuration(_ seconds: Int) -> String {
    let s = max(0, seconds)
    let h = s / 3600, m = (s % 3600) / 60, r = s % 60
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return h > 0 ? "\(h):\(two(m)):\(two(r))" : "\(m):\(two(r))"
}

/// A driver's weight as written: `0.4`, `2`.
public func formatWeight(_ w: Double) -> String {
    w == w.rounded() && abs(w) < 1e15 ? String(Int(w)) : String(w)
}

/// A fix-first score with two decimals: `0.75`, `1.00`, `0.00`.
public func formatScore(_ score: Double) -> String { fixed(score, 2) }

/// A number as the analysis prints it: `7`, `7.5`, `0.1234` (at most `decimals` decimals,
/// no trailing zeros).
public func formatNumber(_ v: Double, decimals: Int = 4) -> String {
    var s = fixed(v, decimals)
    if s.contains(".") {
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
    }
    return s == "-0" ? "0" : s
}

/// A number with exactly `decimals` decimals: `0.3500`, `-1.20`, `1204`.
public func fixed(_ v: Double, _ decimals: Int) -> String {
    guard v.isFinite else { return v.isNaN ? "–" : (v > 0 ? "∞" : "-∞") }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let units = (abs(v) * scale).rounded()
    guard units < 9e15 else { return String(v) }
    let whole = Int(units / scale), frac = Int(units - Double(whole) * scale)
    var text = String(whole)
    if decimals > 0 {
        let digits = String(frac)
        text += "." + String(repeating: "0", count: decimals - digits.count) + digits
    }
    return (v < 0 && units > 0 ? "-" : "") + text
}

/// Calendar arithmetic without a `Calendar` (which loads ICU's calendar data): the proleptic
/// Gregorian date and time of an instant at a time zone's offset.
public struct CivilTime: Equatable, Sendable {
    public var year: Int, month: Int, day: Int, hour: Int, minute: Int

    public init(_ date: Date, offset seconds: Int) {
        let t = Int(date.timeIntervalSince1970.rounded(.down)) + seconds
        let days = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
        let secondOfDay = t - days * 86_400
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        // Civil from days (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    public init(_ date: Date, _ timeZone: LocalZone) { self.init(date, offset: timeZone.secondsFromGMT(for: date)) }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// `2026-11-24`
    public var dayText: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + Self.two(month) + "-" + Self.two(day)
    }

    /// `2026-11-24 14:02`
    public var dayAndTime: String { dayText + " " + Self.two(hour) + ":" + Self.two(minute) }
}
