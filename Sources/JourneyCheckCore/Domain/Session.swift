#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A workshop session: the journey (copied in, so later edits to the outline change nothing),
/// every answer, note and action, and where the team stopped. `session.title` and the other
/// workshop fields read through to `workshop`.
///
/// This type is the schema: the session file is its `Codable` form (see `SessionCodec`), the
/// journal records parts of it, and older versions are migrated to it (`SessionMigration`).
@dynamicMemberLookup
public struct Session: Codable, Sendable, Equatable {
    public static let formatName = "journeycheck-session"
    /// The newest format version this program reads and writes.
    public static let currentVersion = 5

    public var format: String
    public var version: Int
    /// The journey this session assesses: shared by every session of it (see `JourneyID`).
    public var journey: JourneyID
    public var workshop: WorkshopInfo
    public var created: Date
    public var updated: Date
    public var phases: [Phase]
    public var actions: [ImprovementAction]
    /// The journey's one top moment, once the team chose it.
    public var topMoment: TopMoment?
    /// The session this one follows, when it is a reassessment.
    public var follows: SessionLink?
    /// The previous session's open actions, reviewed before the walk.
    public var review: [ReviewItem]?
    /// The previous session's find-outs, reviewed before the walk.
    public var findOutReview: [FindOutReview]?
    /// The current value of each metric, by name.
    public var metricValues: [String: Double]?
    /// The habits the leaders picked (this session's, and the previous one's to evaluate).
    public var habits: [LeaderHabit]?
    public var cursor: Cursor
    /// Per-step timebox in seconds; nil when off.
    public var timebox: Int?
    /// The next number for a new id; ids are never reused.
    public var nextID: Int

    /// A new session for a journey. Ids are `p1`, `s1`, ... in journey order.
    public init(journey: Journey, now: Date) {
        format = Session.formatName
        version = Session.currentVersion
        self.journey = journey.id
        workshop = journey.workshop
        created = now.wholeSeconds
        updated = now.wholeSeconds
        var n = 1
        var phases: [Phase] = []
        var stepNumber = 1
        for (index, phase) in journey.phases.enumerated() {
            var steps: [Step] = []
            for step in phase.steps {
                var s = Step(id: StepID("s\(stepNumber)"), text: step.text, digital: step.digital)
                s.owner = journey.stepOwners[stepNumber - 1]
                steps.append(s)
                stepNumber += 1
            }
            phases.append(Phase(id: PhaseID("p\(index + 1)"), title: phase.title, steps: steps))
            n = max(n, stepNumber, index + 2)
        }
        self.phases = phases
        actions = []
        topMoment = nil
        follows = nil
        review = nil
        findOutReview = nil
        metricValues = nil
        habits = nil
        let first = phases.first(where: { !$0.steps.isEmpty })?.steps.first?.id ?? StepID("")
        cursor = Cursor(step: first, lens: .brand)
        timebox = nil
        nextID = n
    }

    public subscript<T>(dynamicMember field: WritableKeyPath<WorkshopInfo, T>) -> T {
        get { workshop[keyPath: field] }
        set { workshop[keyPath: field] = newValue }
    }

    // MARK: Lookup

    /// Every step in journey order.
    public var steps: [Step] { phases.flatMap(\.steps) }

    public var stepCount: Int { phases.reduce(0) { $0 + $1.steps.count } }

    /// Phase index and index within the phase of a step.
    public func location(of stepID: StepID) -> (phase: Int, index: Int)? {
        for (p, phase) in phases.enumerated() {
            if let i = phase.steps.firstIndex(where: { $0.id == stepID }) { return (p, i) }
        }
        return nil
    }

    public func step(_ id: StepID) -> Step? {
        guard let l = location(of: id) else { return nil }
        return phases[l.phase].steps[l.index]
    }

    /// 0-based position of a step in journey order.
    public func ordinal(of stepID: StepID) -> Int? {
        var n = 0
        for phase in phases {
            if let i = phase.steps.firstIndex(where: { $0.id == stepID }) { return n + i }
            n += phase.steps.count
        }
        return nil
    }

    /// The step at a 0-based position in journey order, with its phase index.
    public func step(atOrdinal ordinal: Int) -> (phase: Int, step: Step)? {
        guard ordinal >= 0 else { return nil }
        var n = ordinal
        for (p, phase) in phases.enumerated() {
            if n < phase.steps.count { return (p, phase.steps[n]) }
            n -= phase.steps.count
        }
        return nil
    }

    /// Change a step in place.
    public mutating func modifyStep(_ id: StepID, _ body: (inout Step) -> Void) {
        guard let l = location(of: id) else { return }
        body(&phases[l.phase].steps[l.index])
    }

    mutating func takeID<Tag>(_ prefix: String) -> ID<Tag> {
        defer { nextID += 1 }
        return ID("\(prefix)\(nextID)")
    }
}

extension Date {
    /// Sessions keep whole seconds, so a save and a reload give the same bytes.
    public var wholeSeconds: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }
}
