#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What changed between sessions of one journey, matched by step id, in the newest session's
/// language and numbering. "Then" is the first session given, "now" the last.
public struct Comparison: Sendable {
    public struct Change: Sendable, Equatable {
        /// In the newest session's numbering.
        public var stepNumber: Int
        public var stepText: String
        public var lens: Lens
        public var then: Answer
        public var now: Answer
    }

    public struct DoneButUnmoved: Sendable, Equatable {
        public var action: String
        public var stepNumber: Int
        public var stepText: String
        public var lens: Lens
        public var answer: Answer
    }

    /// An action agreed in one session, as the next session reviewed it, and whether its
    /// question's answer moved by the newest session.
    public struct ActionOutcome: Sendable, Equatable {
        public var action: ImprovementAction
        /// In the newest session's numbering; nil for a whole-journey action or a removed step.
        public var stepNumber: Int?
        /// Nil when the next session did not review it.
        public var outcome: ReviewOutcome?
        /// The answer when it was agreed and in the newest session; nil without a question.
        public var then: Answer?
        public var now: Answer?
        /// Whether the answer changed; nil without a question or while it is still open.
        public var moved: Bool? {
            guard let then, let now, then != .open, now != .open else { return nil }
            return then != now
        }
    }

    public var sessions: [Session]
    /// Names for the sessions' columns: their dates, numbered when two share a day.
    public var labels: [String]
    /// Share of yes per lens and per phase (newest phases), one value per session; nil when
    /// nothing was answered.
    public var perLens: [(lens: Lens, shares: [Double?])]
    /// Share of yes over every question, one value per session.
    public var overall: [Double?]
    public var perPhase: [(phase: String, shares: [Double?])]
    public var better: [Change]
    public var worse: [Change]
    public var knowledgeGained: [Change]
    public var doneButUnmoved: [DoneButUnmoved]
    /// The actions of every session but the newest, in the order they were agreed.
    public var actionOutcomes: [ActionOutcome]
    public var added: [(stepNumber: Int, text: String)]
    public var removed: [String]
    /// Metric values per session, for the newest session's metrics.
    public var metrics: [(metric: Metric, values: [Double?])]

    public enum Refusal: Error, CustomStringConvertible {
        case tooFew
        case unrelated(String, String, titles: (String, String))
        public var description: String {
            switch self {
            case .tooFew: "compare needs at least two sessions"
            case .unrelated(let a, let b, let titles):
                "\(a) and \(b) are sessions of different journeys ('\(titles.0)' and '\(titles.1)'); compare sessions of one journey"
            }
        }
    }

    /// Compare sessions of one journey, named by their files for messages, in the order they
    /// were held, whatever the order given: by the day they were made, and a session that
    /// follows another after it.
    public init(_ given: [Session], files givenFiles: [String]) throws(Refusal) {
        let order = Self.chronological(given, files: givenFiles)
        let sessions = order.map { given[$0] }
        let files = order.map { givenFiles[$0] }
        guard sessions.count >= 2, let newest = sessions.last else { throw .tooFew }
        // Sessions of one journey share its id (step ids alone match in any two journeys).
        for (i, s) in sessions.dropLast().enumerated() where s.journey != newest.journey {
            throw .unrelated(files[i], files[files.count - 1], titles: (s.title, newest.title))
        }
        self.sessions = sessions
        var labels: [String] = []
        for s in sessions {
            let day = Session.day(s.created)
            let same = labels.filter { $0 == day || $0.hasPrefix(day + " #") }.count
            labels.append(same == 0 ? day : "\(day) #\(same + 1)")
        }
        self.labels = labels
        let byID = sessions.map { s in Dictionary(uniqueKeysWithValues: s.steps.map { ($0.id, $0) }) }

        perLens = Lens.allCases.map { lens in
            (
                lens,
                sessions.map { s in
                    var c = AnswerCounts()
                    for step in s.steps { c.add(step.answers[lens].answer) }
                    return c.yesShare
                }
            )
        }
        overall = sessions.map { s in
            var c = AnswerCounts()
            for step in s.steps { for lens in Lens.allCases { c.add(step.answers[lens].answer) } }
            return c.yesShare
        }
        perPhase = newest.phases.map { phase in
            (
                phase.title,
                byID.map { steps in
                    var c = AnswerCounts()
                    for step in phase.steps {
                        guard let old = steps[step.id] else { continue }
                        for lens in Lens.allCases { c.add(old.answers[lens].answer) }
                    }
                    return c.yesShare
                }
            )
        }

        let first = byID[0]
        var better: [Change] = [], worse: [Change] = [], gained: [Change] = []
        for (i, step) in newest.steps.enumerated() {
            guard let old = first[step.id] else { continue }
            for lens in Lens.allCases {
                let a = old.answers[lens].answer, b = step.answers[lens].answer
                let change = Change(stepNumber: i + 1, stepText: step.text, lens: lens, then: a, now: b)
                if a.isPotential && b == .yes { better.append(change) }
                if a == .yes && b.isPotential { worse.append(change) }
                if a == .dontKnow && (b == .yes || b == .no) { gained.append(change) }
            }
        }
        self.better = better
        self.worse = worse
        knowledgeGained = gained

        // Actions a later session reviewed as done, whose gap is still the same gap: the
        // sessions' decision models say what is a gap.
        let models = sessions.map(DecisionModel.init)
        let newestModel = models[models.count - 1]
        var unmoved: [DoneButUnmoved] = []
        for k in 1..<sessions.count {
            for item in sessions[k].review ?? [] where item.outcome == .done {
                guard let step = item.action.step, let lens = item.action.lens else { continue }
                let question = Question(step: step, lens: lens)
                guard let before = models[k - 1].gap(question), let after = models[k].gap(question),
                    before.item.answer == after.item.answer,
                    let n = newestModel.index.position(of: step)?.ordinal, let text = byID[byID.count - 1][step]?.text
                else { continue }
                unmoved.append(
                    DoneButUnmoved(
                        action: item.action.text, stepNumber: n + 1, stepText: text, lens: lens,
                        answer: after.item.answer))
            }
        }
        doneButUnmoved = unmoved
        var outcomes: [ActionOutcome] = []
        let newestByID = byID[byID.count - 1]
        for k in 0..<(sessions.count - 1) {
            let reviewed = Dictionary(
                (sessions[k + 1].review ?? []).map { ($0.action.id, $0.outcome) }, uniquingKeysWith: { a, _ in a })
            for a in sessions[k].actions {
                var then: Answer?, now: Answer?
                if let step = a.step, let lens = a.lens {
                    then = byID[k][step]?.answers[lens].answer
                    now = newestByID[step]?.answers[lens].answer
                }
                outcomes.append(
                    ActionOutcome(
                        action: a,
                        stepNumber: a.step.flatMap { newestModel.index.position(of: $0)?.ordinal }.map { $0 + 1 },
                        outcome: reviewed[a.id] ?? nil, then: then, now: now))
            }
        }
        actionOutcomes = outcomes
        added = newest.steps.enumerated().filter { first[$0.element.id] == nil }.map {
            ($0.offset + 1, $0.element.text)
        }
        removed = sessions[0].steps.filter { byID[byID.count - 1][$0.id] == nil }.map(\.text)
        metrics = newest.workshop.metrics.map { m in (m, sessions.map { $0.metricValues?[m.name] }) }
    }

    /// The places of the sessions in the order they were held: by creation time; at the same
    /// time, a session that follows another (by its file's name) after it; else as given.
    static func chronological(_ sessions: [Session], files: [String]) -> [Int] {
        func follows(_ a: Int, _ b: Int) -> Bool {
            guard let link = sessions[a].follows?.path else { return false }
            return Paths.name(of: link) == Paths.name(of: files[b])
        }
        return sessions.indices.sorted { a, b in
            if sessions[a].created != sessions[b].created { return sessions[a].created < sessions[b].created }
            if follows(b, a) { return true }
            if follows(a, b) { return false }
            return a < b
        }
    }

    /// The phase of the newest session that holds a step number.
    public func phase(ofStepNumber n: Int) -> String {
        var first = 1
        for phase in sessions[sessions.count - 1].phases {
            if n < first + phase.steps.count { return phase.title }
            first += phase.steps.count
        }
        return ""
    }

    /// A trend is shown with three sessions or more.
    public var hasTrend: Bool { sessions.count >= 3 }
}
