#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A journey as the facilitator wrote it: what an outline file holds. `journey.title` and the
/// other workshop fields read through to `workshop`.
@dynamicMemberLookup
public struct Journey: Sendable, Equatable {
    public var workshop: WorkshopInfo
    /// The outline's `id:` when it gives one; otherwise the id derived from the title.
    public var givenID: JourneyID?
    /// What the outline's parser found legal but likely wrong (`file:line: warning: …`); not
    /// part of the journey, so not compared.
    public var warnings: [InputProblem] = []
    /// The id its sessions carry.
    public var id: JourneyID { givenID ?? JourneyID.derived(fromTitle: workshop.title) }
    /// Phases with their steps' texts and digital flags.
    public var phases: [(title: String, steps: [(text: String, digital: Bool)])]
    /// The department that owns a step, by the step's 0-based position in journey order.
    public var stepOwners: [Int: String] = [:]

    public init(
        workshop: WorkshopInfo, phases: [(title: String, steps: [(text: String, digital: Bool)])],
        stepOwners: [Int: String] = [:]
    ) {
        self.workshop = workshop
        self.phases = phases
        self.stepOwners = stepOwners
    }

    public init(
        title: String, language: Language = .en, brandPromise: String = "", drivers: [Driver] = [],
        facilitator: String = "", participants: [String] = [], metrics: [Metric] = [], habits: [String] = [],
        phases: [(title: String, steps: [(text: String, digital: Bool)])], stepOwners: [Int: String] = [:]
    ) {
        self.init(
            workshop: WorkshopInfo(
                title: title, language: language, brandPromise: brandPromise, drivers: drivers,
                facilitator: facilitator, participants: participants, metrics: metrics, habits: habits),
            phases: phases, stepOwners: stepOwners)
    }

    public subscript<T>(dynamicMember field: WritableKeyPath<WorkshopInfo, T>) -> T {
        get { workshop[keyPath: field] }
        set { workshop[keyPath: field] = newValue }
    }

    public var stepCount: Int { phases.reduce(0) { $0 + $1.steps.count } }

    public static func == (a: Journey, b: Journey) -> Bool {
        a.workshop == b.workshop && a.givenID == b.givenID && a.stepOwners == b.stepOwners
            && a.phases.count == b.phases.count
            && zip(a.phases, b.phases).allSatisfy { pa, pb in
                pa.title == pb.title && pa.steps.count == pb.steps.count
                    && zip(pa.steps, pb.steps).allSatisfy { $0.text == $1.text && $0.digital == $1.digital }
            }
    }
}
