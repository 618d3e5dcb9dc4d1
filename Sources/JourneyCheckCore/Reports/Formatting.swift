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
public func formatScore(_ score: Double) -> String {
    let hundredths = Int((score * 100).rounded())
    let frac = hundredths % 100
    return "\(hundredths / 100)." + (frac < 10 ? "0\(frac)" : "\(frac)")
}
