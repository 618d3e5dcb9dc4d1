#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The comparison as markdown, CSV and a self-contained page.
public enum CompareReport {
    static func share(_ s: Double?) -> String { MarkdownReport.percent(s) }

    /// The change from the first session to the last, in percentage points: `+20 pp`.
    static func change(_ shares: [Double?]) -> String {
        guard let a = shares.first ?? nil, let b = shares.last ?? nil else { return "–" }
        let points = Int(((b - a) * 100).rounded())
        return (points > 0 ? "+" : points < 0 ? "−" : "±") + "\(abs(points)) pp"
    }

    /// Changes grouped by the newest session's phases, in journey order.
    static func byPhase(_ c: Comparison, _ xs: [Comparison.Change]) -> [(phase: String, changes: [Comparison.Change])] {
        var out: [(String, [Comparison.Change])] = []
        for x in xs {
            let phase = c.phase(ofStepNumber: x.stepNumber)
            if out.last?.0 == phase { out[out.count - 1].1.append(x) } else { out.append((phase, [x])) }
        }
        return out
    }

    /// The one line that says it all, first on both pages.
    static func summary(_ c: Comparison, _ w: Wording) -> String {
        let done = c.actionOutcomes.filter { $0.outcome == .done }
        return w.compareSummary(
            share(c.overall.first ?? nil), share(c.overall.last ?? nil), change(c.overall), c.better.count,
            c.worse.count, c.knowledgeGained.count, done.count, c.actionOutcomes.count, c.doneButUnmoved.count)
    }

    /// The earlier sessions' actions: text, step, lens, outcome, answer then → now, moved.
    static func outcomeRows(_ c: Comparison, _ w: Wording) -> [[String]] {
        let lang = w.language
        return c.actionOutcomes.map { o in
            [
                o.action.text + " (" + o.action.details(lang).joined(separator: ", ") + ")",
                o.stepNumber.map(String.init) ?? (o.action.step == nil ? w.wholeJourney : "–"),
                o.action.lens?.experienceName ?? "–", o.outcome?.label(lang) ?? w.notReviewed,
                o.then.map { a in "\(a.label(lang)) → \(o.now?.label(lang) ?? "–")" } ?? "–",
                o.moved.map { $0 ? Answer.yes.label(lang) : Answer.no.label(lang) } ?? "–",
            ]
        }
    }

    static func outcomeHead(_ w: Wording) -> [String] {
        [w.action, w.step, w.lens, w.outcome, w.answerThenNow, w.moved]
    }

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
        line("**\(summary(c, w))**")
        line()
        line("## \(w.yesSharePerLens)")
        line()
        line(
            "| \(w.lens) | " + c.labels.joined(separator: " | ") + " | \(w.changeColumn) |"
                + (c.hasTrend ? " \(w.trend) |" : ""))
        line("|---|" + c.labels.map { _ in "---:" }.joined(separator: "|") + "|---:|" + (c.hasTrend ? "---|" : ""))
        for (lens, shares) in c.perLens {
            line(
                "| \(lens.experienceName) | " + shares.map(share).joined(separator: " | ") + " | \(change(shares)) |"
                    + (c.hasTrend ? " \(trend(shares)) |" : ""))
        }
        line(
            "| **\(w.overallRow)** | " + c.overall.map { "**\(share($0))**" }.joined(separator: " | ")
                + " | **\(change(c.overall))** |" + (c.hasTrend ? " \(trend(c.overall)) |" : ""))
        line()
        line("### \(w.perPhase)")
        line()
        line("| \(w.phase) | " + c.labels.joined(separator: " | ") + " | \(w.changeColumn) |")
        line("|---|" + c.labels.map { _ in "---:" }.joined(separator: "|") + "|---:|")
        for (phase, shares) in c.perPhase {
            line("| \(e(phase)) | " + shares.map(share).joined(separator: " | ") + " | \(change(shares)) |")
        }
        line()
        for (heading, list) in [(w.better, c.better), (w.worse, c.worse), (w.knowledgeGained, c.knowledgeGained)] {
            line("## \(heading) (\(list.count))")
            line()
            if list.isEmpty {
                line(w.none)
                line()
            }
            for (phase, xs) in byPhase(c, list) {
                line("### \(e(phase))")
                line()
                for x in xs {
                    line(
                        "- \(x.stepNumber). \(e(x.stepText)) · \(x.lens.experienceName): \(x.then.label(lang)) → \(x.now.label(lang))"
                    )
                }
                line()
            }
        }
        line("## \(w.lastTimesActions)")
        line()
        if c.actionOutcomes.isEmpty {
            line(w.none)
        } else {
            line(w.actionsOrderAgreed)
            line()
            line("| " + outcomeHead(w).joined(separator: " | ") + " |")
            line("|---|---:|---|---|---|---|")
            for row in outcomeRows(c, w) { line("| " + row.map(e).joined(separator: " | ") + " |") }
        }
        line()
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
        line("---")
        line()
        line("JourneyCheck \(JourneyCheckVersion.current)")
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
        // The first column names the row; the others hold numbers, right-aligned.
        func table(_ head: [String], _ rows: [[String]]) -> HTMLNode {
            func cell(_ tag: String, _ i: Int, _ text: String) -> HTMLNode {
                .el(tag, i == 0 ? [] : [("class", "num")], text: text)
            }
            return .el(
                "table", [],
                [
                    .el("thead", [], [.el("tr", [], head.enumerated().map { cell("th", $0, $1) })]),
                    .el("tbody", [], rows.map { r in .el("tr", [], r.enumerated().map { cell("td", $0, $1) }) }),
                ])
        }
        func list(_ items: [String]) -> HTMLNode {
            items.isEmpty ? .el("p", text: w.none) : .el("ul", [], items.map { .el("li", text: $0) })
        }
        func changes(_ heading: String, _ xs: [Comparison.Change]) -> HTMLNode {
            let groups = byPhase(c, xs).flatMap { phase, xs -> [HTMLNode] in
                [
                    .el("h3", text: phase),
                    list(
                        xs.map {
                            "\($0.stepNumber). \($0.stepText) · \($0.lens.experienceName): \($0.then.label(lang)) → \($0.now.label(lang))"
                        }),
                ]
            }
            return .group([.el("h2", text: "\(heading) (\(xs.count))")] + (xs.isEmpty ? [list([])] : groups))
        }
        let page: HTMLNode = .el(
            "html", [("lang", lang == .nl ? "nl" : "en")],
            [
                .el(
                    "head", [],
                    [
                        .el("meta", [("charset", "utf-8")]), .el("title", text: "\(w.comparison): \(newest.title)"),
                        .style(HTMLReport.css), .style(Self.css),
                    ]),
                .el(
                    "body", [],
                    [
                        .el("h1", text: "\(w.comparison): \(newest.title)"),
                        .el("p", text: "\(w.sessionsCompared): " + c.labels.joined(separator: " → ")),
                        .el("p", [("class", "summary")], [.el("strong", text: summary(c, w))]),
                        .el("h2", text: w.yesSharePerLens),
                        table(
                            [w.lens] + c.labels + [w.changeColumn] + (c.hasTrend ? [w.trend] : []),
                            (c.perLens.map { ($0.lens.experienceName, $0.shares) } + [(w.overallRow, c.overall)]).map {
                                [$0.0] + $0.1.map(share) + [change($0.1)] + (c.hasTrend ? [trend($0.1)] : [])
                            }),
                        .el("h3", text: w.perPhase),
                        table(
                            [w.phase] + c.labels + [w.changeColumn],
                            c.perPhase.map { [$0.phase] + $0.shares.map(share) + [change($0.shares)] }),
                        changes(w.better, c.better), changes(w.worse, c.worse),
                        changes(w.knowledgeGained, c.knowledgeGained),
                        .el("h2", text: w.lastTimesActions),
                        c.actionOutcomes.isEmpty
                            ? .el("p", text: w.none)
                            : .group([
                                .el("p", [("class", "rule")], text: w.actionsOrderAgreed),
                                HTMLReport.table(outcomeHead(w), outcomeRows(c, w), numeric: [1]),
                            ]),
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
                        .el("footer", text: "JourneyCheck \(JourneyCheckVersion.current)"),
                    ]),
            ])
        var out = Array("<!DOCTYPE html>\n".utf8)
        page.render(into: &out)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// What the comparison's page adds to the report's style: numbers right-aligned.
    static let css: StaticString = "td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }"
}
