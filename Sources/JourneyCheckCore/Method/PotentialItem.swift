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
