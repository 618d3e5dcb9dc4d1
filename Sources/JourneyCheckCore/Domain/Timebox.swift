/// The time per step, as people type it.
public enum Timebox {
    /// "3m", "90s", "2m30s", "1:30" or a plain number of minutes. Empty means off (nil inside .some).
    public static func parse(_ text: String) -> Int?? {
        let s = text.lowercased().filter { $0 != " " }
        if s.isEmpty || s == "0" || s == "off" || s == "uit" { return .some(nil) }
        if let m = Int(s), m > 0, m <= 600 { return .some(m * 60) }
        if s.contains(":") {
            let parts = s.split(separator: ":")
            if parts.count == 2, let m = Int(parts[0]), let sec = Int(parts[1]), m >= 0, (0..<60).contains(sec),
                m + sec > 0
            {
                return .some(m * 60 + sec)
            }
            return nil
        }
        var total = 0
        var number = ""
        var any = false
        for c in s {
            if c.isNumber {
                number.append(c)
                continue
            }
            guard let n = Int(number) else { return nil }
            switch c {
            case "h", "u": total += n * 3600
            case "m": total += n * 60
            case "s": total += n
            default: return nil
            }
            number = ""
            any = true
        }
        guard number.isEmpty, any, total > 0, total <= 36000 else { return nil }
        return .some(total)
    }

    /// `3m`, `90s`, `2m30s`: how `parse` reads it back.
    public static func format(_ seconds: Int) -> String {
        let m = seconds / 60, s = seconds % 60
        return s == 0 ? "\(m)m" : (m == 0 ? "\(s)s" : "\(m)m\(s)s")
    }
}
