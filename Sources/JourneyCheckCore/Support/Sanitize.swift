/// Text from files never reaches a terminal or a report raw: control characters and escape
/// sequences are neutralised first.
public enum Sanitize {
    /// C0 and C1 controls, DEL, and the invisible bidirectional overrides ("Trojan Source").
    public static func isControl(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }

    /// One line of display text: tabs and line breaks become spaces, any other control
    /// character becomes U+FFFD (visible, harmless).
    public static func line(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if !isControl(s) {
                out.append(s)
            } else if s == "\t" || s == "\n" || s == "\r" || s.value == 0x2028 || s.value == 0x2029 {
                out.append(" ")
            } else {
                out.append("\u{FFFD}")
            }
        }
        return String(out)
    }
}
