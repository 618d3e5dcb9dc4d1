#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The decision report as one self-contained page: inline CSS, no scripts, nothing fetched.
/// The step × lens table is a heatmap in colour and symbol, so a grey print still reads; the
/// print CSS is for A4, so a browser's print makes the PDF the management team receives.
/// Built from typed nodes (`HTMLNode`), which escape every text by construction.
public enum HTMLReport {
    public static func render(_ session: Session, timeZone: LocalZone) -> String {
        let w = Wording(session.language)
        let lang = session.language
        let d = Decisions(session)
        let potential = d.potential
        let page = Page(session: session, d: d, w: w)
        let day = { (date: Date) in MarkdownReport.day(date, timeZone) }
        let stepName = page.stepName

        func counts(_ c: AnswerCounts) -> [String] {
            [String(c.yes), String(c.no), String(c.dontKnow), String(c.open), MarkdownReport.percent(c.yesShare)]
        }
        let answerHead = [
            Answer.yes.label(lang), Answer.no.label(lang), Answer.dontKnow.label(lang), Answer.open.label(lang),
            w.yesShare,
        ]
        let dates =
            day(session.created)
            + (day(session.updated) != day(session.created) ? " (\(w.lastChanged) \(day(session.updated)))" : "")

        // Page 1's line under the title: whose report, when, who was there.
        var meta: [String] = []
        if !d.branding.organisation.isEmpty { meta.append(d.branding.organisation) }
        meta.append(dates)
        if !session.facilitator.isEmpty { meta.append("\(w.facilitator): \(session.facilitator)") }
        if !session.participants.isEmpty {
            meta.append("\(w.participants): \(session.participants.joined(separator: ", "))")
        }

        var facts: [(String, String)] = [(w.date, dates)]
        if !d.branding.organisation.isEmpty { facts.append((w.organisation, d.branding.organisation)) }
        if !session.facilitator.isEmpty { facts.append((w.facilitator, session.facilitator)) }
        if let f = session.follows { facts.append((w.follows, "\(f.path) (\(day(f.created)))")) }
        if !session.participants.isEmpty {
            facts.append((w.participants, session.participants.joined(separator: ", ")))
        }
        if !session.brandPromise.isEmpty { facts.append((w.brandPromise, session.brandPromise)) }
        if !session.drivers.isEmpty {
            facts.append((w.drivers, MarkdownReport.driverFacts(session.drivers, w)))
        }
        let totalTime = session.steps.reduce(0) { $0 + $1.seconds }
        facts.append(
            (
                w.progress,
                "\(w.stepsComplete(potential.completeSteps, potential.stepCount)); "
                    + "\(w.openQuestions(potential.total.open)); \(w.timeSpent) \(formatDuration(totalTime))"
            ))

        let fixRows = d.decidedFixFirst.enumerated().map { i, g in
            [
                String(i + 1), stepName(g.item.stepNumber, g.item.stepText), g.item.lens.label(lang),
                page.drivers(g.item), formatScore(g.item.score), g.item.gap.map { $0.label(lang) } ?? "–",
                page.actionText(g.actions), g.item.note,
            ]
        }
        let findRows = d.assignedFindOuts.enumerated().map { i, g in
            [
                String(i + 1), stepName(g.item.stepNumber, g.item.stepText), g.item.lens.label(lang),
                page.drivers(g.item), formatScore(g.item.score), g.item.research?.who ?? "–",
                g.item.research?.method?.label(lang) ?? "–", g.item.research?.due ?? "–", g.item.note,
            ]
        }

        let notes: [HTMLNode] = Decisions.otherNotes(session, w).map { n, text, lines in
            .el("li", [], [.el("strong", text: stepName(n, text)), .el("ul", [], lines.map { .el("li", text: $0) })])
        }

        func section(_ id: String, _ title: String, _ children: [HTMLNode]) -> HTMLNode {
            .el("section", [("id", id)], [.el("h2", text: title)] + children)
        }
        func definitions(_ pairs: [(String, String)]) -> HTMLNode {
            .el("dl", [], pairs.flatMap { k, v in [HTMLNode.el("dt", text: k), .el("dd", text: v)] })
        }
        func rule(_ text: String) -> HTMLNode { .el("p", [("class", "rule")], text: text) }
        func count(_ text: String) -> HTMLNode { .el("p", [("class", "count")], text: text) }
        var head: [HTMLNode] = [
            .el("meta", [("charset", "utf-8")]),
            .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            .el("title", text: "\(w.report): \(session.title)"),
            .style(css),
        ]
        if let accent = d.branding.accent { head.append(.accent(accent)) }
        var top: [HTMLNode] = []
        if let logo = d.branding.logo {
            top.append(.el("img", [("class", "logo"), ("src", logo.dataURL), ("alt", d.branding.organisation)]))
        }
        top += [
            .el("h1", text: "\(w.report): \(session.title)"),
            .el("p", [("class", "meta")], text: meta.joined(separator: " · ")),
        ]
        let page1: HTMLNode = .el("header", [], top)

        let appendix: [HTMLNode] = [
            .el("h2", [("class", "appendix")], text: w.appendix),
            definitions(facts),
            section(
                "fix-first", w.fixFirst,
                [rule(w.orderRule + (d.hasUnweightedDriver ? " " + w.unweightedRule : ""))]
                    + (fixRows.isEmpty
                        ? [.el("p", text: w.none)]
                        : [
                            table(
                                ["#", w.step, w.lens, w.drivers, w.score, w.gap, w.action, w.note], fixRows,
                                numeric: [0, 4], widths: [nil, "25%", nil, "14%", nil, nil, "27%"])
                        ])
                    + (d.undecidedNo > 0 ? [count(w.noWithoutDecision(d.undecidedNo, w.potential))] : [])),
            section(
                "find-out-first", w.findOutFirst,
                [rule(w.findOutOrder)]
                    + (findRows.isEmpty
                        ? [.el("p", text: w.none)]
                        : [
                            table(
                                ["#", w.step, w.lens, w.drivers, w.score, w.who, w.how, w.byWhen, w.note], findRows,
                                numeric: [0, 4], widths: [nil, "30%"])
                        ])
                    + (d.unassignedFindOuts > 0 ? [count(w.dontKnowWithoutWho(d.unassignedFindOuts, w.potential))] : [])
            ),
            section(
                "actions", w.reportActions,
                (session.actions.isEmpty ? [.el("p", text: w.none)] : [rule(w.actionsOrder)])
                    + d.actionsByLevel.filter { !$0.actions.isEmpty }.flatMap { level, rows -> [HTMLNode] in
                        [
                            .el("h3", text: w.levelHeading(level.number, level.label(lang))),
                            table(
                                [w.step, w.lens, w.action, w.owner, w.due],
                                rows.map { row in
                                    [
                                        row.stepNumber.map { stepName($0, row.stepText ?? "") } ?? w.wholeJourney,
                                        row.action.lens?.experienceName ?? "–", row.action.text,
                                        row.action.owner, row.action.due ?? "",
                                    ]
                                }),
                        ]
                    }
                    + [.el("p", [], [.el("strong", text: w.gapsWithoutAction(d.gapsWithoutAction) + ".")])]),
            section(
                "top-moment", w.topMoment,
                d.topMoment.map { m, n, text -> [HTMLNode] in
                    [
                        .el("p", [], [.el("strong", text: stepName(n, text) + ": "), .text(m.text)]),
                        .el(
                            "ul", [("class", "criteria")],
                            MomentCriterion.allCases.map { c in
                                .el("li", text: "\(MarkdownReport.criterionMark(m[c])) \(c.label(lang))")
                            }),
                    ]
                } ?? [.el("p", text: w.none)]),
            section(
                "disagreement", w.disagreement,
                d.disagreements.isEmpty
                    ? [.el("p", text: w.none)]
                    : [
                        .el("p", text: w.disagreementExplain),
                        table(
                            [
                                w.step, w.lens, w.answer,
                                "\(Answer.yes.label(lang)) / \(Answer.no.label(lang)) / \(Answer.dontKnow.label(lang))",
                            ],
                            d.disagreements.map {
                                [
                                    stepName($0.stepNumber, $0.stepText), $0.lens.experienceName, $0.answer.label(lang),
                                    $0.votes.text,
                                ]
                            }),
                    ]),
            .group(
                Decisions.followUpTables(session, w).enumerated().map { i, t in
                    section("follow-up-\(i + 1)", t.heading, [table(t.head, t.rows)])
                }),
            section(
                "summary", w.summary,
                [
                    table(
                        [w.lens] + answerHead,
                        Lens.allCases.map { [$0.experienceName] + counts(potential.perLens[$0]!) } + [
                            [w.reportTotal] + counts(potential.total)
                        ],
                        numeric: [1, 2, 3, 4, 5]),
                    .el("h3", text: w.perPhase),
                    table(
                        [w.phase] + answerHead, potential.perPhase.map { [$0.phase] + counts($0.counts) },
                        numeric: [1, 2, 3, 4, 5]),
                ]),
            section(
                "potential", w.potential,
                [rule(w.journeyOrder)]
                    + [
                        (w.reportImprove, w.improveExplain, potential.improve),
                        (w.reportInvestigate, w.investigateExplain, potential.investigate),
                    ].flatMap { heading, explain, items -> [HTMLNode] in
                        [
                            .el("h3", text: "\(heading): \(items.count)"), .el("p", text: explain),
                            items.isEmpty
                                ? .el("p", text: w.none)
                                : .el(
                                    "ul", [("class", "potential")],
                                    HTMLReport.perStep(items).map { first, mine in
                                        .el(
                                            "li", [],
                                            [
                                                .el("strong", text: stepName(first.stepNumber, first.stepText) + ": "),
                                                .text(
                                                    mine.map {
                                                        $0.lens.label(lang) + ($0.note.isEmpty ? "" : " (\($0.note))")
                                                    }.joined(separator: " · ")),
                                            ])
                                    }),
                        ]
                    }),
            section("notes", w.notes, [notes.isEmpty ? .el("p", text: w.none) : .el("ul", [], notes)]),
            section(
                "questions", w.questionsLegend,
                [definitions(Lens.allCases.map { ($0.experienceName, $0.question(lang)) })]),
        ]
        let html: HTMLNode = .el(
            "html", [("lang", lang == .nl ? "nl" : "en")],
            [
                .el("head", [], head),
                .el(
                    "body", [],
                    [page1, page.summary(), .el("div", [("class", "appendix")], appendix)]
                        + [.el("footer", text: "JourneyCheck \(JourneyCheckVersion.current)")]),
            ])
        var out = Array("<!DOCTYPE html>\n".utf8)
        out.reserveCapacity(64 * 1024 + session.stepCount * 900)
        html.render(into: &out)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// Items grouped by their step, in journey order.
    static func perStep(_ items: [PotentialItem]) -> [(PotentialItem, [PotentialItem])] {
        var out: [(PotentialItem, [PotentialItem])] = []
        for item in items {
            if let last = out.last, last.0.stepID == item.stepID {
                out[out.count - 1].1.append(item)
            } else {
                out.append((item, [item]))
            }
        }
        return out
    }

    static func cssClass(_ a: Answer) -> String {
        switch a {
        case .yes: "yes"
        case .no: "no"
        case .dontKnow: "dk"
        case .open: "open"
        case .notApplicable: "na"
        }
    }

    public static let css: StaticString = """
        :root { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; }
        body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.35; }
        h1 { font-size: 1.5rem; margin: 0 0 .2rem; color: var(--accent, #1d1d1f); }
        h2 { font-size: 1.15rem; border-bottom: 2px solid var(--accent, #333); padding-bottom: .15rem; margin: 1.4rem 0 .4rem; }
        h3 { font-size: 1rem; margin: .8rem 0 .3rem; }
        header { overflow: hidden; }
        header .logo { float: right; max-height: 3.2rem; max-width: 12rem; margin-left: 1rem; }
        .meta { color: #444; margin: 0 0 .6rem; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; }
        dt { font-weight: 600; }
        dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 .6rem; font-size: .9rem; }
        th, td { border: 1px solid #bbb; padding: .2rem .35rem; text-align: left; vertical-align: top; }
        thead th { background: #eee; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .rule, .count { color: #444; font-style: italic; margin: .2rem 0; }
        .count { font-style: normal; }
        .heatmap td.cell { text-align: center; font-weight: 700; width: 3.2rem; }
        .heatmap th.phase { background: #f6f6f6; font-weight: 600; width: 7rem; }
        .heatmap .short { display: none; }
        .cell.yes { background: #cdebd3; color: #0b5d1e; }
        .cell.no { background: #f6c8c8; color: #8a1111; }
        .cell.dk { background: #fbe7b5; color: #7a5200; }
        .cell.open { background: #fff; color: #777; }
        .cell.na { background: #f0f0f0; color: #999; }
        .cell.split { outline: 2px dashed #5a3e9b; outline-offset: -3px; }
        .legend { margin: .2rem 0; font-size: .85rem; }
        .legend .cell { display: inline-block; padding: 0 .4rem; margin-right: .3rem; border: 1px solid #bbb; }
        .closing { margin-top: .6rem; }
        .criteria { list-style: none; padding-left: 0; }
        footer { margin-top: 2rem; color: #777; font-size: .85rem; }
        @page { margin: 12mm 11mm; }
        ul.potential { padding-left: 1.2rem; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 8.5pt; line-height: 1.25; }
          h1 { font-size: 15pt; }
          h2 { font-size: 11pt; margin: .55rem 0 .2rem; }
          table { font-size: 8pt; margin: .2rem 0 .3rem; }
          th, td { padding: .08rem .25rem; }
          .summary-page table { font-size: 7.5pt; }
          .heatmap { font-size: 7.5pt; }
          .heatmap td, .heatmap th { padding: 0 .25rem; line-height: 1.2; }
          .heatmap .full, .heatmap .time { display: none; }
          .heatmap .short { display: inline; }
          .legend { font-size: 7.5pt; }
          h2.appendix { break-before: page; }
          h2, h3 { break-after: avoid; }
          tr, li { break-inside: avoid; }
          thead { display: table-header-group; }
          .cell, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
