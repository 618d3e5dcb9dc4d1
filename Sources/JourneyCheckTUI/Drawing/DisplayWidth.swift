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

/// Display widths as ncurses draws them. ncurses measures each code point with `wcwidth`, so a
/// multi-code-point emoji (👍🏽, 👩‍💻, ❤️) takes a different width in ncurses than in most
/// terminals, and text after it drifts. Our policy: such a grapheme is shown as its first code
/// point plus combining marks, whose width ncurses and the terminal agree on.
public enum DisplayWidth {
    /// wcwidth needs a UTF-8 locale; the program sets one at start, tests get one here.
    static let localeReady: Bool = {
        if jc_locale_is_utf8() != 0 { return true }
        return setlocale(LC_CTYPE, "C.UTF-8") != nil
    }()

    /// The grapheme as it will be drawn, and its width in columns (0, 1 or 2).
    public static func cell(_ g: Character) -> (String, Int) {
        if g.isASCII {
            return (String(g), 1)
        }
        _ = localeReady
        let scalars = g.unicodeScalars
        guard let first = scalars.first else { return ("", 0) }
        var w = Int(jc_wcwidth(first.value))
        if w < 0 { return ("\u{FFFD}", 1) }
        if scalars.count == 1 { return (String(g), w) }
        // Keep the base and its combining marks; drop emoji modifiers, joiners and selectors.
        var kept = String.UnicodeScalarView([first])
        for s in scalars.dropFirst() {
            if s.value == 0x200D { break }
            if s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .enclosingMark,
                s.value != 0xFE0F, s.value != 0xFE0E
            {
                kept.append(s)
            } else if !(0xFE00...0xFE0F).contains(s.value) {
                break
            }
        }
        if w == 0 {
            // A lone combining mark or similar: show it on a space.
            return (" " + String(kept), 1)
        }
        w = min(w, 2)
        return (String(kept), w)
    }

    /// Columns a string takes when drawn.
    public static func of(_ s: String) -> Int {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s.utf8.count }
        var n = 0
        for g in s { n += cell(g).1 }
        return n
    }
}

/// Wrapping and cutting by display width.
public enum TextLayout {
    /// The longest prefix that fits in `width` columns, with "…" when cut.
    public static func truncate(_ s: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(s) <= width { return s }
        var out = ""
        var used = 0
        for g in s {
            let w = DisplayWidth.cell(g).1
            if used + w > width - 1 { break }
            out.append(g)
            used += w
        }
        return out + "…"
    }

    /// Word-wrap to lines of at most `width` columns; words longer than a line are broken.
    public static func wrap(_ text: String, _ width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var w = DisplayWidth.of(word)
            if used > 0 && used + 1 + w <= width {
                line += " " + word
                used += 1 + w
                continue
            }
            if used > 0 {
                lines.append(line)
                line = ""
                used = 0
            }
            while w > width {
                var head = ""
                var hw = 0
                var rest = word[...]
                while let g = rest.first, hw + DisplayWidth.cell(g).1 <= width {
                    head.append(g)
                    hw += DisplayWidth.cell(g).1
                    rest = rest.dropFirst()
                }
                if head.isEmpty { break }
                lines.append(head)
                word = String(rest)
                w = DisplayWidth.of(word)
            }
            line = word
            used = w
        }
        if used > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Pad with spaces to exactly `width` columns (truncating when longer).
    public static func pad(_ s: String, _ width: Int) -> String {
        let t = truncate(s, width)
        return t + String(repeating: " ", count: max(0, width - DisplayWidth.of(t)))
    }

    /// Right-aligned in `width` columns (numbers in a column).
    public static func padLeft(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(s))) + s
    }
}
