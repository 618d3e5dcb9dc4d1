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

    public var sessions: [Session]
    /// Names for the sessions' columns: their dates, numbered when two share a day.
    public var labels: [String]
    /// Share of yes per lens and per phase (newest phases), one value per session; nil when
    /// nothing was answered.
    public var perLens: [(lens: Lens, shares: [Double?])]
    public var perPhase: [(phase: String, shares: [Double?])]
    public var better: [Change]
    public var worse: [Change]
    public var knowledgeGained: [Change]
    public var doneButUnmoved: [DoneButUnmoved]
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

    /// A trend is shown with three sessions or more.
    public var hasTrend: Bool { sessions.count >= 3 }
}

public enum CompareReport {
    static func share(_ s: Double?) -> String { MarkdownReport.percent(s) }

    public static func markdown(_ c: Comparison) -> String {
        let newest = c.sessions.last!
        let w = Wording(newest.language)
        let lang = newest.language
        var out: [String] = []
        func line(_ s: String = "") { out.append(s) }
        let e = MarkdownReport.escape
        line("# \(w.comparison): \(e(newest.title))")
        line()
        line("**\(w.sessionsCompared):** " + c.labels.joined(separator: " → "))
        line()
        line("## \(w.yesSharePerLens)")
        line()
        line("| \(w.lens) | " + c.labels.joined(separator: " | ") + (c.hasTrend ? " | \(w.trend) |" : " |"))
        line("|---|" + c.labels.map { _ in "---:" }.joined(separator: "|") + (c.hasTrend ? "|---|" : "|"))
        for (lens, shares) in c.perLens {
            line(
                "| \(lens.experienceName) | " + shares.map(share).joined(separator: " | ")
                    + (c.hasTrend ? " | \(trend(shares)) |" : " |"))
        }
        line()
        line("### \(w.perPhase)")
        line()
        line("| \(w.phase) | " + c.labels.joined(separator: " | ") + " |")
        line("|---|" + c.labels.map { _ in "---:" }.joined(separator: "|") + "|")
        for (phase, shares) in c.perPhase {
            line("| \(e(phase)) | " + shares.map(share).joined(separator: " | ") + " |")
        }
        line()
        for (heading, list) in [(w.better, c.better), (w.worse, c.worse), (w.knowledgeGained, c.knowledgeGained)] {
            line("## \(heading)")
            line()
            if list.isEmpty { line(w.none) }
            for x in list {
                line(
                    "- \(x.stepNumber). \(e(x.stepText)) · \(x.lens.experienceName): \(x.then.label(lang)) → \(x.now.label(lang))"
                )
            }
            line()
        }
        line("## \(w.doneButUnmoved)")
        line()
        if c.doneButUnmoved.isEmpty { line(w.none) }
        for x in c.doneButUnmoved {
            line(
                "- \(x.stepNumber). \(e(x.stepText)) · \(x.lens.experienceName): \(e(x.action)) — \(w.stillSays(x.answer.label(lang)))"
            )
        }
        line()
        line("## \(w.stepsAddedRemoved)")
        line()
        if c.added.isEmpty && c.removed.isEmpty { line(w.none) }
        for a in c.added { line("- + \(a.stepNumber). \(e(a.text))") }
        for r in c.removed { line("- − \(e(r))") }
        line()
        line("## \(w.metricsOverTime)")
        line()
        if c.metrics.isEmpty {
            line(w.none)
        } else {
            line("| \(w.metric) | \(w.target) | " + c.labels.joined(separator: " | ") + " |")
            line("|---|---:|" + c.labels.map { _ in "---:" }.joined(separator: "|") + "|")
            for (m, values) in c.metrics {
                line(
                    "| \(e(m.name))\(m.unit.isEmpty ? "" : " (\(e(m.unit)))") | \(m.target.map(formatWeight) ?? "–") | "
                        + values.map { $0.map(formatWeight) ?? "–" }.joined(separator: " | ") + " |")
            }
        }
        line()
        return out.joined(separator: "\n") + "\n"
    }

    /// `↑ 40% → 60% → 80%`: the direction from the first to the last share.
    static func trend(_ shares: [Double?]) -> String {
        let known = shares.compactMap { $0 }
        guard let a = known.first, let b = known.last, known.count >= 2 else { return "–" }
        return (b > a ? "↑" : b < a ? "↓" : "→") + " " + known.map { share($0) }.joined(separator: " → ")
    }

    /// One row per step and lens of the newest session (then the removed steps), one answer
    /// column per session.
    public static func csv(_ c: Comparison) -> String {
        let newest = c.sessions.last!
        var out =
            (["phase", "step", "step_text", "lens"] + c.labels).map(CSVReport.field).joined(separator: ",") + "\r\n"
        let byID = c.sessions.map { s in Dictionary(uniqueKeysWithValues: s.steps.map { ($0.id, $0) }) }
        var number = 0
        for phase in newest.phases {
            for step in phase.steps {
                number += 1
                for lens in Lens.allCases {
                    let answers = byID.map { $0[step.id]?.answers[lens].answer.rawValue ?? "" }
                    out +=
                        ([CSVReport.field(phase.title), String(number), CSVReport.field(step.text), lens.rawValue]
                        + answers)
                        .joined(separator: ",") + "\r\n"
                }
            }
        }
        let newestIDs = Set(newest.steps.map(\.id))
        for step in c.sessions[0].steps where !newestIDs.contains(step.id) {
            for lens in Lens.allCases {
                let answers = byID.map { $0[step.id]?.answers[lens].answer.rawValue ?? "" }
                out += (["", "", CSVReport.field(step.text), lens.rawValue] + answers).joined(separator: ",") + "\r\n"
            }
        }
        return out
    }

    /// The markdown comparison as a self-contained page.
    public static func html(_ c: Comparison) -> String {
        let newest = c.sessions.last!
        let w = Wording(newest.language)
        let lang = newest.language
        func table(_ head: [String], _ rows: [[String]]) -> HTMLNode {
            .el(
                "table", [],
                [
                    .el("thead", [], [.el("tr", [], head.map { .el("th", text: $0) })]),
                    .el("tbody", [], rows.map { r in .el("tr", [], r.map { .el("td", text: $0) }) }),
                ])
        }
        func list(_ items: [String]) -> HTMLNode {
            items.isEmpty ? .el("p", text: w.none) : .el("ul", [], items.map { .el("li", text: $0) })
        }
        func changes(_ xs: [Comparison.Change]) -> HTMLNode {
            list(
                xs.map {
                    "\($0.stepNumber). \($0.stepText) · \($0.lens.experienceName): \($0.then.label(lang)) → \($0.now.label(lang))"
                })
        }
        let page: HTMLNode = .el(
            "html", [("lang", lang == .nl ? "nl" : "en")],
            [
                .el(
                    "head", [],
                    [
                        .el("meta", [("charset", "utf-8")]), .el("title", text: "\(w.comparison): \(newest.title)"),
                        .style(HTMLReport.css),
                    ]),
                .el(
                    "body", [],
                    [
                        .el("h1", text: "\(w.comparison): \(newest.title)"),
                        .el("p", text: "\(w.sessionsCompared): " + c.labels.joined(separator: " → ")),
                        .el("h2", text: w.yesSharePerLens),
                        table(
                            [w.lens] + c.labels + (c.hasTrend ? [w.trend] : []),
                            c.perLens.map {
                                [$0.lens.experienceName] + $0.shares.map(share) + (c.hasTrend ? [trend($0.shares)] : [])
                            }),
                        .el("h3", text: w.perPhase),
                        table([w.phase] + c.labels, c.perPhase.map { [$0.phase] + $0.shares.map(share) }),
                        .el("h2", text: w.better), changes(c.better),
                        .el("h2", text: w.worse), changes(c.worse),
                        .el("h2", text: w.knowledgeGained), changes(c.knowledgeGained),
                        .el("h2", text: w.doneButUnmoved),
                        list(
                            c.doneButUnmoved.map {
                                "\($0.stepNumber). \($0.stepText) · \($0.lens.experienceName): \($0.action) — \(w.stillSays($0.answer.label(lang)))"
                            }),
                        .el("h2", text: w.stepsAddedRemoved),
                        list(c.added.map { "+ \($0.stepNumber). \($0.text)" } + c.removed.map { "− \($0)" }),
                        .el("h2", text: w.metricsOverTime),
                        c.metrics.isEmpty
                            ? .el("p", text: w.none)
                            : table(
                                [w.metric, w.target] + c.labels,
                                c.metrics.map { m, values in
                                    [
                                        m.name + (m.unit.isEmpty ? "" : " (\(m.unit))"),
                                        m.target.map(formatWeight) ?? "–",
                                    ] + values.map { $0.map(formatWeight) ?? "–" }
                                }),
                        .el("footer", text: "JourneyCheck"),
                    ]),
            ])
        var out = Array("<!DOCTYPE html>\n".utf8)
        page.render(into: &out)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }
}
