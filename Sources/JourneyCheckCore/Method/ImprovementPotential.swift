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
    /// The "no" answers in the fix-first order.
    public var fixFirst: [PotentialItem] { FixFirst.ranked(improve) }
    /// The "don't know" answers in the same order: find out first.
    public var findOutFirst: [PotentialItem] { FixFirst.ranked(investigate) }

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
                }
                items += PotentialItem.of(step, phase: phase.title, stepNumber: number, drivers: workshop.drivers)
            }
            perPhase.append((phase.title, counts))
        }
        return ImprovementPotential(
            items: items, perLens: perLens, perPhase: perPhase, total: total,
            completeSteps: complete, stepCount: number)
    }
}
