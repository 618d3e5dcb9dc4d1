/// Counts of answers in a group of questions.
public struct AnswerCounts: Sendable, Equatable {
    public var yes = 0, no = 0, dontKnow = 0, open = 0, notApplicable = 0

    public init() {}

    public mutating func add(_ a: Answer) {
        switch a {
        case .yes: yes += 1
        case .no: no += 1
        case .dontKnow: dontKnow += 1
        case .open: open += 1
        case .notApplicable: notApplicable += 1
        }
    }

    public subscript(a: Answer) -> Int {
        switch a {
        case .yes: yes
        case .no: no
        case .dontKnow: dontKnow
        case .open: open
        case .notApplicable: notApplicable
        }
    }

    /// Questions that were answered and apply.
    public var answered: Int { yes + no + dontKnow }
    /// Questions that apply.
    public var applicable: Int { answered + open }
    public var potential: Int { no + dontKnow }
    /// Share of yes among answered applicable questions; nil when nothing is answered.
    public var yesShare: Double? { answered == 0 ? nil : Double(yes) / Double(answered) }
}
