/// The few text operations the program needs beyond the standard library, so that it does not
/// need Foundation's `NSString` bridge (and with it ICU) for them. They match Foundation's
/// `CharacterSet.whitespaces` and `.whitespacesAndNewlines`, scalar by scalar.
extension Unicode.Scalar {
    /// A space or a tab: what `CharacterSet.whitespaces` holds on Linux (Unicode's Zs, U+0009,
    /// and the zero-width space U+200B).
    var isSpaceOrTab: Bool { value == 0x09 || value == 0x200B || properties.generalCategory == .spaceSeparator }

    /// Also the line ends: U+000A to U+000D, U+0085, and Unicode's line and paragraph separators.
    var isSpaceOrNewline: Bool {
        if isSpaceOrTab || (0x0A...0x0D).contains(value) || value == 0x85 { return true }
        let c = properties.generalCategory
        return c == .lineSeparator || c == .paragraphSeparator
    }
}

extension StringProtocol {
    /// Without the spaces and tabs at either end (Foundation's `trimmingCharacters(in: .whitespaces)`).
    public func trimmingSpaces() -> String { trimming(\.isSpaceOrTab) }

    /// Without the spaces, tabs and line ends at either end (`.whitespacesAndNewlines`).
    public var trimmed: String { trimming(\.isSpaceOrNewline) }

    func trimming(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !drop($0) })!
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first...last])
        return String(kept)
    }

    /// Every occurrence of `target` replaced (Foundation's `replacingOccurrences(of:with:)`).
    public func replacingAll(_ target: String, with replacement: String) -> String {
        String(self).replacing(target, with: replacement)
    }
}
