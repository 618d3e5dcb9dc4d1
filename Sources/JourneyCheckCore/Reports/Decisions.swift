#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What the reports show of the decisions: the session's `DecisionModel` (the gaps in the
/// fix-first order with their actions, the knowledge gaps with who finds out) with the actions
/// by level, the top moment and the disagreements. The markdown and HTML reports both render
/// this, so they say the same as each other and as the decide screen.
public struct Decisions: Sendable {
    public typealias Gap = DecisionModel.Gap

    public struct ActionRow: Sendable {
        public var action: ImprovementAction
        /// 1-based step number; nil for an action on the whole journey.
        public var stepNumber: Int?
        public var stepText: String?
    }

    /// The decisions as the decide screen has them.
    public let model: DecisionModel
    public var potential: ImprovementPotential
    /// Every "no", ranked; the report shows the first `fixFirstLimit`.
    public var fixFirst: [Gap]
    /// Every "don't know", ranked.
    public var findOutFirst: [Gap]
    /// Actions per level, in level order, each in journey order (whole-journey actions first).
    public var actionsByLevel: [(level: ActionLevel, actions: [ActionRow])]
    public var topMoment: (moment: TopMoment, stepNumber: Int, stepText: String)?
    /// Whether some driver has no weight (the report then says how it counts).
    public var hasUnweightedDriver: Bool
    /// Questions where the room did not agree, in journey order: any answer whose tally gave
    /// no answer two thirds of the votes.
    public var disagreements: [(stepNumber: Int, stepText: String, lens: Lens, answer: Answer, votes: Votes)]

    public static let fixFirstLimit = 10
    /// What the executive summary lists: the first five gaps to fix, the first three find-outs.
    public static let summaryFixFirst = 5
    public static let summaryFindOut = 3

    /// The "no" gaps someone decided something about (a driver linked or an action), in the
    /// fix-first order: the reports list these; the others are counted in one line.
    public var decidedFixFirst: [Gap]
    /// "No" gaps with neither a driver nor an action.
    public var undecidedNo: Int { fixFirst.count - decidedFixFirst.count }
    /// The knowledge gaps someone finds out, in the find-out-first order.
    public var assignedFindOuts: [Gap]
    /// Knowledge gaps nobody finds out yet.
    public var unassignedFindOuts: Int { findOutFirst.count - assignedFindOuts.count }
    /// Where to start: level 1 when the heaviest driver is a behaviour driver.
    public var startLevel: StartLevel
    /// Whose report it is.
    public var branding: Branding

    /// Gaps per department that owns steps, in the order the departments first appear; nil
    /// when no step names an owner.
    public static func gapsPerDepartment(_ session: Session) -> [(department: String, no: Int, dontKnow: Int)]? {
        guard session.steps.contains(where: { $0.owner != nil }) else { return nil }
        var order: [String] = []
        var counts: [String: (Int, Int)] = [:]
        for step in session.steps {
            let key = step.owner ?? ""
            if counts[key] == nil {
                order.append(key)
                counts[key] = (0, 0)
            }
            for lens in Lens.allCases {
                switch step.answers[lens].answer {
                case .no: counts[key]!.0 += 1
                case .dontKnow: counts[key]!.1 += 1
                default: break
                }
            }
        }
        return order.map { ($0, counts[$0]!.0, counts[$0]!.1) }
    }

    /// The follow-up tables shared by the markdown and HTML reports: (heading, columns, rows).
    public static func followUpTables(
        _ session: Session, _ w: Wording
    ) -> [(heading: String, head: [String], rows: [[String]])] {
        let lang = w.language
        var tables: [(String, [String], [[String]])] = []
        var numbers: [StepID: Int] = [:]
        for (i, s) in session.steps.enumerated() { numbers[s.id] = i + 1 }
        if let review = session.review, !review.isEmpty {
            tables.append(
                (
                    w.reviewReport, [w.action, w.step, w.lens, w.outcome, w.note],
                    review.map { item in
                        [
                            item.action.text,
                            item.action.step.flatMap { numbers[$0].map(String.init) } ?? w.wholeJourney,
                            item.action.lens?.experienceName ?? "–", item.outcome?.label(lang) ?? "–", item.note,
                        ]
                    }
                ))
        }
        if let findOuts = session.findOutReview, !findOuts.isEmpty {
            tables.append(
                (
                    w.findOutReviewReport, [w.step, w.lens, w.who, w.outcome, w.note],
                    findOuts.map { item in
                        let r = item.research
                        return [
                            numbers[item.question.step].map(String.init) ?? "–", item.question.lens.experienceName,
                            [r.who, r.method?.label(lang), r.due].compactMap { $0 }.joined(separator: ", "),
                            item.outcome?.label(lang) ?? "–", item.note,
                        ]
                    }
                ))
        }
        if !session.workshop.metrics.isEmpty {
            tables.append(
                (
                    w.metricsReport, [w.metric, w.target, w.value],
                    session.workshop.metrics.map { m in
                        [
                            m.name + (m.unit.isEmpty ? "" : " (\(m.unit))") + " · "
                                + (m.kind == .internal ? w.internalMetrics : w.externalMetrics).lowercased(),
                            m.target.map(formatWeight) ?? "–", session.metricValues?[m.name].map(formatWeight) ?? "–",
                        ]
                    }
                ))
        }
        if let habits = session.habits, !habits.isEmpty {
            func mark(_ v: Bool?) -> String { v.map { $0 ? Answer.yes.label(lang) : Answer.no.label(lang) } ?? "–" }
            tables.append(
                (
                    w.habitsReport,
                    [w.leader, w.habit, w.since.capitalized, w.kept.capitalized, w.valuable.capitalized],
                    habits.map { h in
                        [
                            h.leader, h.habit, h.started, h.carried ? mark(h.kept) : "–",
                            h.carried ? mark(h.valuable) : "–",
                        ]
                    }
                ))
        }
        // Every question the room voted on, with how many voted (split or not).
        let voted = session.steps.enumerated().flatMap { i, step in
            Lens.allCases.compactMap { lens in
                step.answers[lens].votes.map { (i + 1, lens, step.answers[lens].answer, $0) }
            }
        }
        if !voted.isEmpty {
            tables.append(
                (
                    w.votesPerQuestion,
                    [
                        w.step, w.lens, w.answer,
                        "\(Answer.yes.label(lang)) / \(Answer.no.label(lang)) / \(Answer.dontKnow.label(lang))",
                        w.voters,
                    ],
                    voted.map { n, lens, answer, v in
                        [String(n), lens.experienceName, answer.label(lang), v.text, String(v.total)]
                    }
                ))
        }
        if let perDepartment = gapsPerDepartment(session) {
            tables.append(
                (
                    w.gapsPerDepartment, [w.department, Answer.no.label(lang), Answer.dontKnow.label(lang)],
                    perDepartment.map {
                        [$0.department.isEmpty ? w.noDepartment : $0.department, String($0.no), String($0.dontKnow)]
                    }
                ))
        }
        return tables
    }

    /// The notes not shown with the improvement potential: each step's note and the notes on
    /// answers that are not gaps, per step (number, text, lines of "label: note").
    public static func otherNotes(
        _ session: Session, _ w: Wording
    ) -> [(stepNumber: Int, stepText: String, lines: [String])] {
        var out: [(Int, String, [String])] = []
        for (i, step) in session.steps.enumerated() {
            var lines: [String] = []
            if !step.note.isEmpty { lines.append("\(w.reportStepNote): \(step.note)") }
            for lens in Lens.allCases {
                let r = step.answers[lens]
                if !r.note.isEmpty && !r.answer.isPotential {
                    lines.append("\(lens.experienceName) (\(r.answer.label(w.language))): \(r.note)")
                }
            }
            if !lines.isEmpty { out.append((i + 1, step.text, lines)) }
        }
        return out
    }

    public var gapsWithoutAction: Int { model.gapsWithoutAction }

    public init(_ session: Session) { self.init(session, model: DecisionModel(session)) }

    public init(_ session: Session, model: DecisionModel) {
        self.model = model
        potential = ImprovementPotential(model.index, phases: session.phases)
        fixFirst = model.fixFirst
        findOutFirst = model.findOutFirst
        decidedFixFirst = fixFirst.filter { !$0.item.drivers.isEmpty || !$0.actions.isEmpty }
        assignedFindOuts = findOutFirst.filter { !($0.item.research?.who.isEmpty ?? true) }
        startLevel = StartLevel(session.drivers)
        branding = session.workshop.branding

        var numbers: [StepID: (Int, String)] = [:]
        for (i, s) in session.steps.enumerated() { numbers[s.id] = (i + 1, s.text) }
        let rows = session.actions.enumerated().map { (offset, a) in
            (
                offset,
                ActionRow(
                    action: a, stepNumber: a.step.flatMap { numbers[$0]?.0 },
                    stepText: a.step.flatMap { numbers[$0]?.1 })
            )
        }
        actionsByLevel = ActionLevel.allCases.map { level in
            let mine = rows.filter { $0.1.action.level == level }
                .sorted { ($0.1.stepNumber ?? 0, $0.0) < ($1.1.stepNumber ?? 0, $1.0) }
            return (level, mine.map(\.1))
        }
        if let m = session.topMoment, let (n, text) = numbers[m.step] {
            topMoment = (m, n, text)
        } else {
            topMoment = nil
        }
        hasUnweightedDriver = session.drivers.contains { $0.weight == nil }
        disagreements = session.steps.enumerated().flatMap { i, step in
            Lens.allCases.compactMap { lens in
                let r = step.answers[lens]
                guard let v = r.votes, v.isSplit else { return nil }
                return (i + 1, step.text, lens, r.answer, v)
            }
        }
    }
}
