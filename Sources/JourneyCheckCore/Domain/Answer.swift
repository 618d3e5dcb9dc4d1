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

    public func label(_ language: Language) -> String { Words.table.answerLabels[self]!.text(language) }

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
