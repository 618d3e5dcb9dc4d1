#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The next session of a journey, and what the team records around the walk: the review of
/// last time's actions, the metrics, the leaders' habits.
extension Session {
    /// A new session that follows `previous` (read from `path`): the journey as the team left
    /// it (phases, steps with their ids and owners, promise, drivers, metrics, people), every
    /// answer open with last time's answer beside it, last time's actions waiting for review,
    /// and the habits the leaders picked waiting to be evaluated.
    public static func reassess(_ previous: Session, path: String, now: Date) -> Session {
        var s = previous
        s.version = Session.currentVersion
        s.created = now.wholeSeconds
        s.updated = now.wholeSeconds
        for p in s.phases.indices {
            for i in s.phases[p].steps.indices {
                var step = s.phases[p].steps[i]
                let old = step.answers
                step.answers = LensResponses(digital: step.digital)
                for lens in Lens.allCases where old[lens].answer != .open && old[lens].answer != .notApplicable {
                    step.answers[lens].previous = old[lens].answer
                    step.answers[lens].lastTime = LastTime(of: old[lens])
                }
                step.note = ""
                step.seconds = 0
                s.phases[p].steps[i] = step
            }
        }
        s.actions = []
        s.review = previous.actions.isEmpty ? nil : previous.actions.map { ReviewItem(action: $0) }
        // Every find-out of last time, to say what became of it.
        let findOuts = previous.steps.flatMap { step in
            Lens.allCases.compactMap { lens -> FindOutReview? in
                let r = step.answers[lens]
                guard r.answer == .dontKnow, let research = r.research, !research.who.isEmpty else { return nil }
                return FindOutReview(question: Question(step: step.id, lens: lens), research: research)
            }
        }
        s.findOutReview = findOuts.isEmpty ? nil : findOuts
        let toEvaluate = (previous.habits ?? []).filter { !$0.carried }
            .map { LeaderHabit(leader: $0.leader, habit: $0.habit, started: $0.started, carried: true) }
        s.habits = toEvaluate.isEmpty ? nil : toEvaluate
        s.metricValues = nil
        s.follows = SessionLink(path: path, created: previous.created, updated: previous.updated)
        let first = s.phases.first(where: { !$0.steps.isEmpty })?.steps.first?.id ?? ""
        s.cursor = Cursor(step: first, lens: .brand)
        return s
    }

    /// Review items still waiting for a decision.
    public var openReviews: Int {
        (review ?? []).reduce(0) { $0 + ($1.outcome == nil ? 1 : 0) }
            + (findOutReview ?? []).reduce(0) { $0 + ($1.outcome == nil ? 1 : 0) }
    }

    /// Say what became of a find-out of last time (and what was learned, as its note).
    public mutating func decideFindOut(
        _ index: Int, _ outcome: FindOutOutcome?, note: String? = nil, now: Date
    ) throws {
        guard var items = findOutReview, items.indices.contains(index) else {
            throw EditError.unknownStep("find-out \(index)")
        }
        items[index].outcome = outcome
        if let note { items[index].note = note.trimmed }
        findOutReview = items
        touch(now)
    }

    /// Decide what became of a reviewed action. In progress and carried-over actions live on in
    /// this session with the decision added to their history; done and dropped ones stay in
    /// the review only.
    public mutating func decideReview(_ index: Int, _ outcome: ReviewOutcome?, note: String? = nil, now: Date) throws {
        guard var items = review, items.indices.contains(index) else { throw EditError.unknownStep("review \(index)") }
        items[index].outcome = outcome
        if let note { items[index].note = note.trimmed }
        review = items
        let item = items[index]
        actions.removeAll { $0.id == item.action.id }
        if let outcome, outcome.livesOn {
            var action = item.action
            action.history.append(ActionHistoryEntry(date: Self.day(created), outcome: outcome, note: item.note))
            if let step = action.step, self.step(step) == nil {
                action.step = nil
                action.lens = nil
            }
            actions.append(action)
        }
        touch(now)
    }

    /// Record a metric's current value, or nil to clear it.
    public mutating func setMetricValue(_ name: String, _ value: Double?, now: Date) throws {
        guard workshop.metrics.contains(where: { $0.name == name }) else { throw EditError.unknownStep(name) }
        var values = metricValues ?? [:]
        values[name] = value
        metricValues = values.isEmpty ? nil : values
        touch(now)
    }

    /// A leader picks a habit for the coming weeks.
    public mutating func addHabit(leader: String, habit: String, started: String, now: Date) throws {
        let leader = leader.trimmed, habit = habit.trimmed
        guard !leader.isEmpty, !habit.isEmpty else { throw EditError.emptyText }
        guard isISODate(started) else { throw EditError.invalidDate(started) }
        habits = (habits ?? []) + [LeaderHabit(leader: leader, habit: habit, started: started)]
        touch(now)
    }

    public mutating func removeHabit(_ index: Int, now: Date) {
        guard var list = habits, list.indices.contains(index) else { return }
        list.remove(at: index)
        habits = list.isEmpty ? nil : list
        touch(now)
    }

    /// Whether a carried habit was kept, and whether it was valuable.
    public mutating func evaluateHabit(_ index: Int, kept: Bool?, valuable: Bool?, now: Date) {
        guard var list = habits, list.indices.contains(index) else { return }
        list[index].kept = kept
        list[index].valuable = valuable
        habits = list
        touch(now)
    }

    /// Departments that own steps but are not among the participants (compared without case).
    public var absentOwners: [String] {
        StepOwners.absent(steps.compactMap(\.owner), participants: workshop.participants)
    }

    /// The day of a date in UTC, `YYYY-MM-DD` (for history entries; no calendar needed).
    static func day(_ date: Date) -> String { CivilTime(date, offset: 0).dayText }
}

/// Departments that own steps, and the participants: who owns steps but is not in the room.
public enum StepOwners {
    /// The owners not among the participants (compared without case), each once, in the
    /// order they first own a step.
    public static func absent(_ owners: [String], participants: [String]) -> [String] {
        let present = Set(participants.map { $0.lowercased() })
        var seen = Set<String>()
        return owners.filter { !present.contains($0.lowercased()) && seen.insert($0.lowercased()).inserted }
    }

    /// The one-line warning about them (`validate`, `new`, `start`, `reassess`).
    public static func warning(_ absent: [String], participantsGiven: Bool) -> String {
        (absent.count == 1 ? "the step owner " : "the step owners ")
            + absent.map { "'\(Sanitize.line($0))'" }.joined(separator: ", ") + (absent.count == 1 ? " is" : " are")
            + (participantsGiven ? " not among the participants" : " named, but the outline lists no participants")
    }
}
