#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A text in both languages. The Dutch is the original of the method.
public struct Phrase: Sendable, Equatable {
    public let nl: String
    public let en: String
    public init(_ nl: String, _ en: String) {
        self.nl = nl
        self.en = en
    }
    public func text(_ language: Language) -> String { language == .nl ? nl : en }
}

/// A phrase with blanks, filled in one pass, so that a value is never read as a blank (a file
/// named `copy{2}.json` stays as it is):
/// - `{1}`, `{2}`, … is the value itself;
/// - `{1:step|steps}` is the word for the count in value 1: the first form for 1, the second
///   for any other count (Dutch and English alike: `{1:stap|stappen}`).
/// Anything else in braces is text.
public struct Template: Sendable, Equatable {
    /// The text with its blanks.
    public let pattern: Phrase
    public var nl: String { pattern.nl }
    public var en: String { pattern.en }
    public init(_ nl: String, _ en: String) { pattern = Phrase(nl, en) }

    public func fill(_ language: Language, _ values: [String]) -> String {
        let pattern = pattern.text(language)
        var out = ""
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let inside = rest[rest.index(after: open)...]
            guard let close = inside.firstIndex(of: "}"), let filled = Self.blank(inside[..<close], values) else {
                out.append("{")
                rest = inside
                continue
            }
            out += filled
            rest = inside[inside.index(after: close)...]
        }
        return out + rest
    }

    /// What a blank's inside (`1` or `1:step|steps`) stands for; nil when it is not a blank.
    static func blank(_ inside: Substring, _ values: [String]) -> String? {
        let number = inside.prefix { $0.isASCII && $0.isNumber }
        guard let n = Int(number), n >= 1, n <= values.count else { return nil }
        let after = inside[number.endIndex...]
        if after.isEmpty { return values[n - 1] }
        guard after.first == ":" else { return nil }
        let forms = after.dropFirst().split(separator: "|", omittingEmptySubsequences: false)
        guard forms.count == 2 else { return nil }
        return String(values[n - 1].trimmingSpaces() == "1" ? forms[0] : forms[1])
    }
}

/// A key and what it does, for footers and the help screen (the keys differ by language:
/// `j` is ja, `y` is yes). An empty key is a heading.
public struct KeyWord: Sendable, Equatable {
    public let key: Phrase
    public let word: Phrase
    public init(_ key: Phrase, _ word: Phrase) {
        self.key = key
        self.word = word
    }
}

/// The table in one language: `wording.note`, `wording.stepOf(3, 15)`, `wording.footerStep`.
@dynamicMemberLookup
public struct Wording: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }

    public subscript(dynamicMember phrase: KeyPath<Words, Phrase>) -> String {
        Words.table[keyPath: phrase].text(language)
    }

    public subscript(dynamicMember template: KeyPath<Words, Template>) -> Filler {
        Filler(template: Words.table[keyPath: template], language: language)
    }

    public subscript(dynamicMember phrase: KeyPath<MoreWords, Phrase>) -> String {
        MoreWords.table[keyPath: phrase].text(language)
    }

    public subscript(dynamicMember template: KeyPath<MoreWords, Template>) -> Filler {
        Filler(template: MoreWords.table[keyPath: template], language: language)
    }

    public subscript(dynamicMember phrase: KeyPath<ReportWords, Phrase>) -> String {
        ReportWords.table[keyPath: phrase].text(language)
    }

    public subscript(dynamicMember template: KeyPath<ReportWords, Template>) -> Filler {
        Filler(template: ReportWords.table[keyPath: template], language: language)
    }

    public subscript(dynamicMember rows: KeyPath<Words, [[KeyWord]]>) -> [[(String, String)]] {
        Words.table[keyPath: rows].map { $0.map { ($0.key.text(language), $0.word.text(language)) } }
    }

    public subscript(dynamicMember lines: KeyPath<Words, [KeyWord]>) -> [(String, String)] {
        Words.table[keyPath: lines].map { ($0.key.text(language), $0.word.text(language)) }
    }

    /// A template waiting for its values.
    public struct Filler: Sendable {
        let template: Template
        let language: Language
        public func callAsFunction(_ values: any CustomStringConvertible...) -> String {
            template.fill(language, values.map(\.description))
        }
    }
}
