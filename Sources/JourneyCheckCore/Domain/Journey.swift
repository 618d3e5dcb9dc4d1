import Foundation

/// A journey as the facilitator wrote it: what an outline file holds.
public struct Journey: Sendable, Equatable {
    public var title: String
    public var language: Language
    public var brandPromise: String
    public var drivers: [Driver]
    public var facilitator: String
    public var participants: [String]
    /// Phases with their steps' texts and digital flags.
    public var phases: [(title: String, steps: [(text: String, digital: Bool)])]

    public init(
        title: String, language: Language = .en, brandPromise: String = "", drivers: [Driver] = [],
        facilitator: String = "", participants: [String] = [],
        phases: [(title: String, steps: [(text: String, digital: Bool)])]
    ) {
        self.title = title
        self.language = language
        self.brandPromise = brandPromise
        self.drivers = drivers
        self.facilitator = facilitator
        self.participants = participants
        self.phases = phases
    }

    public var stepCount: Int { phases.reduce(0) { $0 + $1.steps.count } }

    public static func == (a: Journey, b: Journey) -> Bool {
        a.title == b.title && a.language == b.language && a.brandPromise == b.brandPromise
            && a.drivers == b.drivers && a.facilitator == b.facilitator && a.participants == b.participants
            && a.phases.count == b.phases.count
            && zip(a.phases, b.phases).allSatisfy { pa, pb in
                pa.title == pb.title && pa.steps.count == pb.steps.count
                    && zip(pa.steps, pb.steps).allSatisfy { $0.text == $1.text && $0.digital == $1.digital }
            }
    }
}
