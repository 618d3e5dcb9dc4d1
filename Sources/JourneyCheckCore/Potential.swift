/// One no or don't know: improvement potential.
public struct PotentialItem: Sendable, Equatable {
    public var phase: String
    public var stepID: String
    /// 1-based step number in journey order.
    public var stepNumber: Int
    public var stepText: String
    public var lens: Lens
    public var answer: Answer
    public var note: String

    /// A `no` is a known gap to improve; a `don't know` a knowledge gap to investigate.
    public var isInvestigate: Bool { answer == .dontKnow }
}

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

/// Improvement potential, derived from the answers (never stored).
public struct ImprovementPotential: Sendable, Equatable {
    /// Every no and don't know, in journey order (step, then lens).
    public var items: [PotentialItem]
    public var perLens: [Lens: AnswerCounts]
    /// Per phase, in journey order.
    public var perPhase: [(phase: String, counts: AnswerCounts)]
    public var total: AnswerCounts
    /// Steps with every applicable question answered.
    public var completeSteps: Int
    public var stepCount: Int

    public var improve: [PotentialItem] { items.filter { $0.answer == .no } }
    public var investigate: [PotentialItem] { items.filter { $0.answer == .dontKnow } }

    public static func == (a: ImprovementPotential, b: ImprovementPotential) -> Bool {
        a.items == b.items && a.perLens == b.perLens && a.total == b.total && a.completeSteps == b.completeSteps
            && a.stepCount == b.stepCount && a.perPhase.map(\.phase) == b.perPhase.map(\.phase)
            && a.perPhase.map(\.counts) == b.perPhase.map(\.counts)
    }
}

extension Session {
    /// Every no and don't know with counts per lens and phase. Linear in the number of steps.
    public var potential: ImprovementPotential {
        var items: [PotentialItem] = []
        var perLens: [Lens: AnswerCounts] = [:]
        for lens in Lens.allCases { perLens[lens] = AnswerCounts() }
        var perPhase: [(phase: String, counts: AnswerCounts)] = []
        var total = AnswerCounts()
        var number = 0
        var complete = 0
        for phase in phases {
            var counts = AnswerCounts()
            for step in phase.steps {
                number += 1
                if step.isComplete { complete += 1 }
                for lens in Lens.allCases {
                    let r = step.answers[lens]
                    counts.add(r.answer)
                    perLens[lens]!.add(r.answer)
                    total.add(r.answer)
                    if r.answer.isPotential {
                        items.append(PotentialItem(phase: phase.title, stepID: step.id, stepNumber: number,
                                                   stepText: step.text, lens: lens, answer: r.answer, note: r.note))
                    }
                }
            }
            perPhase.append((phase.title, counts))
        }
        return ImprovementPotential(items: items, perLens: perLens, perPhase: perPhase, total: total,
                                    completeSteps: complete, stepCount: number)
    }
}
