#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One change to a session, as absolute values (never "add 1"), so replaying a record that
/// the session file already contains changes nothing.
public struct JournalRecord: Codable, Sendable, Equatable {
    /// Phases with their titles and step ids, when the journey's structure changed.
    public struct PhaseShape: Codable, Sendable, Equatable {
        public var id: PhaseID
        public var title: String
        public var steps: [StepID]
    }

    /// The workshop's title, language, promise, drivers and people, when they changed. The
    /// key is `header`, as in version 1 journals, whose records read as these.
    public var header: WorkshopInfo?

    public var structure: [PhaseShape]?
    /// Steps that changed (or were added), whole.
    public var steps: [Step]?
    public var actions: [ImprovementAction]?
    /// Session-level values, when they changed: `{"value": …}`, or `{}` when removed.
    public var topMoment: Replacement<TopMoment>?
    public var follows: Replacement<SessionLink>?
    public var review: Replacement<[ReviewItem]>?
    public var findOutReview: Replacement<[FindOutReview]>?
    public var metricValues: Replacement<[String: Double]>?
    public var habits: Replacement<[LeaderHabit]>?
    public var cursor: Cursor?
    public var updated: Date?
    /// Seconds; 0 means off.
    public var timebox: Int?
    public var nextID: Int?

    /// What changed from `old` to `new`; nil when nothing did. Cheap when little changed:
    /// unchanged phases share storage with the old session and compare in constant time.
    public static func diff(_ old: Session, _ new: Session) -> JournalRecord? {
        var r = JournalRecord()
        var structureChanged = old.phases.count != new.phases.count
        if !structureChanged {
            for (a, b) in zip(old.phases, new.phases)
            where a.id != b.id || a.title != b.title || a.steps.count != b.steps.count {
                structureChanged = true
                break
            }
        }
        if !structureChanged {
            outer: for (a, b) in zip(old.phases, new.phases) where a.steps != b.steps {
                for (x, y) in zip(a.steps, b.steps) where x.id != y.id {
                    structureChanged = true
                    break outer
                }
            }
        }
        if structureChanged {
            r.structure = new.phases.map { PhaseShape(id: $0.id, title: $0.title, steps: $0.steps.map(\.id)) }
            var before: [StepID: Step] = [:]
            for p in old.phases { for s in p.steps { before[s.id] = s } }
            let changed = new.phases.flatMap(\.steps).filter { before[$0.id] != $0 }
            if !changed.isEmpty { r.steps = changed }
        } else {
            var changed: [Step] = []
            for (a, b) in zip(old.phases, new.phases) where a.steps != b.steps {
                for (x, y) in zip(a.steps, b.steps) where x != y { changed.append(y) }
            }
            if !changed.isEmpty { r.steps = changed }
        }
        if old.actions != new.actions { r.actions = new.actions }
        if old.topMoment != new.topMoment { r.topMoment = Replacement(new.topMoment) }
        if old.follows != new.follows { r.follows = Replacement(new.follows) }
        if old.review != new.review { r.review = Replacement(new.review) }
        if old.findOutReview != new.findOutReview { r.findOutReview = Replacement(new.findOutReview) }
        if old.metricValues != new.metricValues { r.metricValues = Replacement(new.metricValues) }
        if old.habits != new.habits { r.habits = Replacement(new.habits) }
        if old.cursor != new.cursor { r.cursor = new.cursor }
        if old.updated != new.updated { r.updated = new.updated }
        if old.timebox != new.timebox { r.timebox = new.timebox ?? 0 }
        if old.nextID != new.nextID { r.nextID = new.nextID }
        if old.workshop != new.workshop { r.header = new.workshop }
        return r == JournalRecord() ? nil : r
    }

    /// A value set, or removed (`{}`), so that a missing key can mean "unchanged".
    public struct Replacement<T: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
        public var value: T?
        init(_ value: T?) { self.value = value }
    }

    public enum ReplayError: Error { case unknownStep(String) }

    /// Apply the record to a session.
    public func apply(to s: inout Session) throws {
        if let structure {
            var byID: [StepID: Step] = [:]
            for p in s.phases { for step in p.steps { byID[step.id] = step } }
            for step in steps ?? [] { byID[step.id] = step }
            s.phases = try structure.map { shape in
                Phase(
                    id: shape.id, title: shape.title,
                    steps: try shape.steps.map { id in
                        guard let step = byID[id] else { throw ReplayError.unknownStep(id.rawValue) }
                        return step
                    })
            }
        } else if let steps {
            for step in steps {
                guard let l = s.location(of: step.id) else { throw ReplayError.unknownStep(step.id.rawValue) }
                s.phases[l.phase].steps[l.index] = step
            }
        }
        if let actions { s.actions = actions }
        if let topMoment { s.topMoment = topMoment.value }
        if let follows { s.follows = follows.value }
        if let review { s.review = review.value }
        if let findOutReview { s.findOutReview = findOutReview.value }
        if let metricValues { s.metricValues = metricValues.value }
        if let habits { s.habits = habits.value }
        if let cursor { s.cursor = cursor }
        if let updated { s.updated = updated }
        if let timebox { s.timebox = timebox > 0 ? timebox : nil }
        if let nextID { s.nextID = nextID }
        if let header { s.workshop = header }
    }
}
