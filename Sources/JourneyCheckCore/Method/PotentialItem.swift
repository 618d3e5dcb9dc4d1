/// One no or don't know: improvement potential, with what the team decided about it.
public struct PotentialItem: Sendable, Equatable {
    public var phase: String
    public var stepID: StepID
    /// 1-based step number in journey order.
    public var stepNumber: Int
    public var stepText: String
    public var lens: Lens
    public var answer: Answer
    public var note: String
    /// The linked drivers, by id, in the journey's order (`driverNames` for the words).
    public var drivers: [DriverID]
    /// Knowledge for a don't know; design, implementation or nil for a no.
    public var gap: GapKind?
    public var research: Research?
    /// The fix-first score: the sum of the linked drivers' weights.
    public var score: Double
    /// How many "no" answers the step has (the rule's second key).
    public var stepNoCount: Int
    /// The room's tally, when there was one.
    public var votes: Votes?

    public init(
        phase: String, stepID: StepID, stepNumber: Int, stepText: String, lens: Lens, response: Response,
        drivers journeyDrivers: [Driver], stepNoCount: Int
    ) {
        self.phase = phase
        self.stepID = stepID
        self.stepNumber = stepNumber
        self.stepText = stepText
        self.lens = lens
        answer = response.answer
        note = response.note
        drivers = response.drivers
        gap = response.gapKind
        research = response.research
        score = FixFirst.score(response.drivers, drivers: journeyDrivers)
        self.stepNoCount = stepNoCount
        votes = response.votes
    }

    /// The question this item answers.
    public var question: Question { Question(step: stepID, lens: lens) }

    /// The names of the linked drivers, in the journey's order.
    public func driverNames(_ journeyDrivers: [Driver]) -> [String] {
        journeyDrivers.names(of: drivers)
    }

    public var isSplit: Bool { votes?.isSplit ?? false }

    /// A `no` is a known gap to improve; a `don't know` a knowledge gap to find out about.
    public var isInvestigate: Bool { answer == .dontKnow }

    /// The potential items of one step, in lens order.
    public static func of(_ step: Step, phase: String, stepNumber: Int, drivers: [Driver]) -> [PotentialItem] {
        let lenses = Lens.allCases
        let noCount = lenses.reduce(0) { $0 + (step.answers[$1].answer == .no ? 1 : 0) }
        return lenses.compactMap { lens in
            let r = step.answers[lens]
            guard r.answer.isPotential else { return nil }
            return PotentialItem(
                phase: phase, stepID: step.id, stepNumber: stepNumber, stepText: step.text, lens: lens,
                response: r, drivers: drivers, stepNoCount: noCount)
        }
    }
}
