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
    /// Every no and don't know with counts per lens and phase, as the session's index derives
    /// them (one derivation for the screens and the reports). Linear in the number of steps.
    public var potential: ImprovementPotential { ImprovementPotential(SessionIndex(self), phases: phases) }
}

extension ImprovementPotential {
    /// The potential as an index of the session holds it.
    public init(_ index: SessionIndex, phases: [Phase]) {
        self.init(
            items: index.items, perLens: index.perLens,
            perPhase: zip(phases, index.perPhase).map { ($0.title, $1) }, total: index.total,
            completeSteps: index.completeSteps, stepCount: index.stepCount)
    }
}
