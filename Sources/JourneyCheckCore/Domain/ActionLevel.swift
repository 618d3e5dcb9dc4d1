/// The three levels on which an improvement action can work (seed 000, step 2).
public enum ActionLevel: String, Codable, Sendable, CaseIterable {
    case behaviour, journey, moment

    /// 1 behaviour, 2 journey, 3 moment.
    public var number: Int { ActionLevel.allCases.firstIndex(of: self)! + 1 }

    public func label(_ language: Language) -> String { Words.table.levelLabels[self]!.text(language) }
}
