#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One step of the customer journey, as the customer lives it.
public struct Step: Codable, Sendable, Equatable, Identifiable {
    public var id: StepID
    public var text: String
    /// Whether the step has a digital element; only then does the user lens apply.
    public var digital: Bool
    public var answers: LensResponses
    /// A note about the step as a whole.
    public var note: String
    /// Seconds the room spent on this step, across all sittings.
    public var seconds: Int
    /// The department that owns the step, when the outline names one.
    public var owner: String?

    public init(id: StepID, text: String, digital: Bool) {
        self.id = id
        self.text = text
        self.digital = digital
        self.answers = LensResponses(digital: digital)
        self.note = ""
        self.seconds = 0
        self.owner = nil
    }

    /// The lenses that apply to this step.
    public var applicableLenses: [Lens] {
        digital ? Lens.allCases : Lens.allCases.filter { $0 != .user }
    }

    /// Every applicable question has an answer.
    public var isComplete: Bool {
        applicableLenses.allSatisfy { answers[$0].answer != .open }
    }
}
