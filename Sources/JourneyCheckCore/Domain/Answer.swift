/// The answer to one question of one step.
public enum Answer: String, Codable, Sendable, CaseIterable {
    /// Not discussed yet.
    case open
    case yes
    /// A known gap: improve.
    case no
    /// A knowledge gap: investigate.
    case dontKnow = "dont_know"
    /// The user lens on a step without a digital element.
    case notApplicable = "n/a"

    /// Whether this answer is improvement potential.
    public var isPotential: Bool { self == .no || self == .dontKnow }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.open, _): "open"
        case (.yes, .nl): "ja"
        case (.yes, .en): "yes"
        case (.no, .nl): "nee"
        case (.no, .en): "no"
        case (.dontKnow, .nl): "weet niet"
        case (.dontKnow, .en): "don't know"
        case (.notApplicable, .nl): "n.v.t."
        case (.notApplicable, .en): "n/a"
        }
    }

    /// One-character symbol for grids: reads without colour.
    public var symbol: String {
        switch self {
        case .open: "·"
        case .yes: "✔"
        case .no: "✘"
        case .dontKnow: "?"
        case .notApplicable: "–"
        }
    }
}
