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
        let day = { (date: Date) in MarkdownReport.day(date, timeZone) }

        func cells(_ values: [String], header: Bool = false) -> HTMLNode {
            .el("tr", [], values.map { .el(header ? "th" : "td", text: $0) })
        }
        func table(_ head: [String], _ rows: [[String]], numeric: Set<Int> = []) -> HTMLNode {
            .el(
                "table", [],
                [
                    .el("thead", [], [cells(head, header: true)]),
                    .el(
                        "tbody", [],
                        rows.map { row in
                            .el(
                                "tr", [],
                                row.enumerated().map { i, v in
                                    .el("td", numeric.contains(i) ? [("class", "n")] : [], text: v)
                                })
                        }),
                ])
        }
        func stepName(_ n: Int, _ text: String) -> String { "\(n). \(Sanitize.line(text))" }
        func driverList(_ names: [String]) -> String { names.isEmpty ? "–" : names.joined(separator: "; ") }
        func actionList(_ actions: [ImprovementAction]) -> String {
            actions.isEmpty
                ? w.noActionYet
                : actions.map { a in
                    Sanitize.line(a.text) + " ("
                        + a.details(lang).joined(separator: ", ") + ")"
                }.joined(separator: "; ")
        }
        func counts(_ c: AnswerCounts) -> [String] {
            [String(c.yes), String(c.no), String(c.dontKnow), String(c.open), MarkdownReport.percent(c.yesShare)]
        }
        let answerHead = [
            Answer.yes.label(lang), Answer.no.label(lang), Answer.dontKnow.label(lang), Answer.open.label(lang),
            w.yesShare,
        ]

        var facts: [(String, String)] = [
            (
                w.date,
                day(session.created)
                    + (day(session.updated) != day(session.created)
                        ? " (\(w.lastChanged) \(day(session.updated)))" : "")
            )
        ]
        if !session.facilitator.isEmpty { facts.append((w.facilitator, session.facilitator)) }
        if let f = session.follows { facts.append((w.follows, "\(f.path) (\(day(f.created)))")) }
        if !session.participants.isEmpty {
            facts.append((w.participants, session.participants.joined(separator: ", ")))
        }
        if !session.brandPromise.isEmpty { facts.append((w.brandPromise, session.brandPromise)) }
        if !session.drivers.isEmpty {
            facts.append(
                (
                    w.drivers,
                    session.drivers.map { $0.name + ($0.weight.map { " (\(formatWeight($0)))" } ?? "") }.joined(
                        separator: "; ")
                ))
        }
        let totalTime = session.steps.reduce(0) { $0 + $1.seconds }
        facts.append(
            (
                w.progress,
                "\(w.stepsComplete(potential.completeSteps, potential.stepCount)); "
                    + "\(w.openQuestions(potential.total.open)); \(w.timeSpent) \(formatDuration(totalTime))"
            ))

        let fixRows = d.fixFirst.prefix(Decisions.fixFirstLimit).enumerated().map { i, g in
            [
                String(i + 1), stepName(g.item.stepNumber, g.item.stepText), g.item.lens.experienceName,
                driverList(g.item.driverNames(session.drivers)),
                formatScore(g.item.score), g.item.gap.map { $0.label(lang) } ?? "–", actionList(g.actions),
            ]
        }
        let findRows = d.findOutFirst.enumerated().map { i, g in
            [
                String(i + 1), stepName(g.item.stepNumber, g.item.stepText), g.item.lens.experienceName,
                driverList(g.item.driverNames(session.drivers)),
                formatScore(g.item.score), g.item.research.map { $0.who.isEmpty ? "–" : $0.who } ?? w.nobodyYet,
                g.item.research?.method?.label(lang) ?? "–", g.item.research?.due ?? "–",
            ]
        }

        var number = 0
        var heatRows: [HTMLNode] = []
        for phase in session.phases {
            heatRows.append(.el("tr", [("class", "phase")], [.el("th", [("colspan", "8")], text: phase.title)]))
            for step in phase.steps {
                number += 1
                heatRows.append(
                    .el(
                        "tr", [],
                        [.el("td", [("class", "n")], text: String(number)), .el("td", text: step.text)]
                            + Lens.allCases.map { lens in
                                let a = step.answers[lens].answer
                                return .el(
                                    "td",
                                    [
                                        ("class", "cell \(cssClass(a))"),
                                        ("title", "\(lens.experienceName): \(a.label(lang))"),
                                    ], text: a.symbol)
                            }
                            + [.el("td", [("class", "n")], text: formatDuration(step.seconds))]))
            }
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
        let page: HTMLNode = .el(
            "html", [("lang", lang == .nl ? "nl" : "en")],
            [
                .el(
                    "head", [],
                    [
                        .el("meta", [("charset", "utf-8")]),
                        .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                        .el("title", text: "\(w.report): \(session.title)"),
                        .style(css),
                    ]),
                .el(
                    "body", [],
                    [
                        .el("header", [], [.el("h1", text: "\(w.report): \(session.title)"), definitions(facts)]),
                        section(
                            "fix-first", w.fixFirst,
                            [
                                .el(
                                    "p", [("class", "rule")],
                                    text: w.orderRule + (d.hasUnweightedDriver ? " " + w.unweightedRule : "")),
                                fixRows.isEmpty
                                    ? .el("p", text: w.none)
                                    : table(
                                        ["#", w.step, w.lens, w.drivers, w.score, w.gap, w.action], fixRows,
                                        numeric: [0, 4]),
                                d.fixFirst.count > Decisions.fixFirstLimit
                                    ? .el(
                                        "p", text: w.moreUnder(d.fixFirst.count - Decisions.fixFirstLimit, w.potential))
                                    : .group([]),
                            ]),
                        section(
                            "find-out-first", w.findOutFirst,
                            [
                                findRows.isEmpty
                                    ? .el("p", text: w.none)
                                    : table(
                                        ["#", w.step, w.lens, w.drivers, w.score, w.who, w.how, w.byWhen], findRows,
                                        numeric: [0, 4])
                            ]),
                        section(
                            "actions", w.reportActions,
                            (session.actions.isEmpty ? [.el("p", text: w.none)] : [])
                                + d.actionsByLevel.filter { !$0.actions.isEmpty }.flatMap { level, rows -> [HTMLNode] in
                                    [
                                        .el("h3", text: w.levelHeading(level.number, level.label(lang))),
                                        table(
                                            [w.step, w.lens, w.action, w.owner, w.due],
                                            rows.map { row in
                                                [
                                                    row.stepNumber.map { stepName($0, row.stepText ?? "") }
                                                        ?? w.wholeJourney,
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
                            [
                                .el("p", text: w.disagreementExplain),
                                d.disagreements.isEmpty
                                    ? .el("p", text: w.none)
                                    : table(
                                        [
                                            w.step, w.lens, w.answer,
                                            "\(Answer.yes.label(lang)) / \(Answer.no.label(lang)) / \(Answer.dontKnow.label(lang))",
                                        ],
                                        d.disagreements.map {
                                            [
                                                stepName($0.stepNumber, $0.stepText), $0.lens.experienceName,
                                                $0.answer.label(lang), $0.votes.text,
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
                            "overview", w.overview,
                            [
                                .el(
                                    "p", [("class", "legend")],
                                    [.text("\(w.legend): ")]
                                        + [Answer.yes, .no, .dontKnow, .open, .notApplicable].map { a in
                                            .el(
                                                "span", [("class", "cell \(cssClass(a))")],
                                                text: "\(a.symbol) \(a.label(lang))")
                                        }),
                                .el(
                                    "table", [("class", "heatmap")],
                                    [
                                        .el(
                                            "thead", [],
                                            [
                                                cells(
                                                    ["#", w.step] + Lens.allCases.map { $0.label(lang) } + [w.time],
                                                    header: true)
                                            ]),
                                        .el("tbody", [], heatRows),
                                    ]),
                            ]),
                        section(
                            "potential", w.potential,
                            [
                                (w.reportImprove, w.improveExplain, potential.improve),
                                (w.reportInvestigate, w.investigateExplain, potential.investigate),
                            ].flatMap { heading, explain, items -> [HTMLNode] in
                                [
                                    .el("h3", text: "\(heading): \(items.count)"), .el("p", text: explain),
                                    items.isEmpty
                                        ? .el("p", text: w.none)
                                        : .el(
                                            "ul", [],
                                            items.map { item in
                                                .el(
                                                    "li",
                                                    text:
                                                        "\(stepName(item.stepNumber, item.stepText)) · \(item.lens.experienceName)"
                                                        + (item.note.isEmpty ? "" : ": \(item.note)"))
                                            }),
                                ]
                            }),
                        section("notes", w.notes, [notes.isEmpty ? .el("p", text: w.none) : .el("ul", [], notes)]),
                        section(
                            "questions", w.questionsLegend,
                            [definitions(Lens.allCases.map { ($0.experienceName, $0.question(lang)) })]),
                        .el("footer", text: "JourneyCheck \(JourneyCheckVersion.current)"),
                    ]),
            ])
        var out = Array("<!DOCTYPE html>\n".utf8)
        out.reserveCapacity(64 * 1024 + session.stepCount * 600)
        page.render(into: &out)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
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
        body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; }
        h1 { font-size: 1.6rem; margin-bottom: .5rem; }
        h2 { font-size: 1.25rem; border-bottom: 2px solid #333; padding-bottom: .2rem; margin-top: 2rem; }
        h3 { font-size: 1.05rem; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; }
        dt { font-weight: 600; }
        dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
        th, td { border: 1px solid #bbb; padding: .25rem .4rem; text-align: left; vertical-align: top; }
        thead th { background: #eee; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .rule { color: #444; font-style: italic; }
        .heatmap td.cell { text-align: center; font-weight: 700; width: 3.2rem; }
        .heatmap tr.phase th { background: #f6f6f6; border-left: 0; border-right: 0; padding-top: .6rem; }
        .cell.yes { background: #cdebd3; color: #0b5d1e; }
        .cell.no { background: #f6c8c8; color: #8a1111; }
        .cell.dk { background: #fbe7b5; color: #7a5200; }
        .cell.open { background: #fff; color: #777; }
        .cell.na { background: #f0f0f0; color: #999; }
        .legend .cell { display: inline-block; padding: 0 .4rem; margin-right: .4rem; border: 1px solid #bbb; }
        .criteria { list-style: none; padding-left: 0; }
        footer { margin-top: 2rem; color: #777; font-size: .85rem; }
        @page { size: A4; margin: 15mm 12mm; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
          h2 { break-after: avoid; }
          tr, li { break-inside: avoid; }
          thead { display: table-header-group; }
          .cell { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
