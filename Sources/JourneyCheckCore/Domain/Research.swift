/// How a knowledge gap is closed: customer research or data at the touchpoints (seed 004).
public enum ResearchMethod: String, Codable, Sendable, CaseIterable {
    case survey
    case focusGroup = "focus_group"
    case observation
    case interview
    case dataAnalysis = "data_analysis"
    case askInternally = "ask_internally"

    public func label(_ language: Language) -> String { Words.table.researchLabels[self]!.text(language) }
}

/// Who finds out what the team does not know, how, and by when.
public struct Research: Codable, Sendable, Equatable {
    public var who: String
    public var method: ResearchMethod?
    /// ISO date, `YYYY-MM-DD`.
    public var due: String?

    public init(who: String, method: ResearchMethod? = nil, due: String? = nil) {
        self.who = who
        self.method = method
        self.due = due
    }
}
