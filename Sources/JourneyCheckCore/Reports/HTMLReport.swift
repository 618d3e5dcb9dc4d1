import Foundation
import Plot

/// The decision report as one self-contained page: inline CSS, no scripts, nothing fetched.
/// The step × lens table is a heatmap in colour and symbol, so a grey print still reads; the
/// print CSS is for A4, so a browser's print makes the PDF the management team receives.
/// Built with Plot's typed nodes, which escape every text by construction.
public enum HTMLReport {
    public static func render(_ session: Session, timeZone: TimeZone) -> String {
        let w = Wording(session.language)
        let lang = session.language
        let d = Decisions(session)
        let potential = d.potential
        let day = { (date: Date) in MarkdownReport.day(date, timeZone) }

        func cells(_ values: [String], header: Bool = false) -> Node<HTML.TableContext> {
            .tr(.forEach(values) { header ? .th(.text($0)) : .td(.text($0)) })
        }
        func table(_ head: [String], _ rows: [[String]], numeric: Set<Int> = []) -> Node<HTML.BodyContext> {
            .table(
                .thead(cells(head, header: true)),
                .tbody(.forEach(rows) { row in
                    .tr(.forEach(Array(row.enumerated())) { i, v in numeric.contains(i) ? .td(.class("n"), .text(v)) : .td(.text(v)) })
                }))
        }
        func stepName(_ n: Int, _ text: String) -> String { "\(n). \(Sanitize.line(text))" }
        func driverList(_ names: [String]) -> String { names.isEmpty ? "–" : names.joined(separator: "; ") }
        func actionList(_ actions: [ImprovementAction]) -> String {
            actions.isEmpty ? w.noActionYet : actions.map { a in
                Sanitize.line(a.text) + " (" + ([a.level.label(lang)] + (a.owner.isEmpty ? [] : [a.owner]) + (a.due.map { [$0] } ?? []))
                    .joined(separator: ", ") + ")"
            }.joined(separator: "; ")
        }
        func counts(_ c: AnswerCounts) -> [String] {
            [String(c.yes), String(c.no), String(c.dontKnow), String(c.open), MarkdownReport.percent(c.yesShare)]
        }
        let answerHead = [Answer.yes.label(lang), Answer.no.label(lang), Answer.dontKnow.label(lang), Answer.open.label(lang), w.yesShare]

        var facts: [(String, String)] = [(w.date, day(session.created)
            + (day(session.updated) != day(session.created) ? " (\(w.lastChanged) \(day(session.updated)))" : ""))]
        if !session.facilitator.isEmpty { facts.append((w.facilitator, session.facilitator)) }
        if !session.participants.isEmpty { facts.append((w.participants, session.participants.joined(separator: ", "))) }
        if !session.brandPromise.isEmpty { facts.append((w.brandPromise, session.brandPromise)) }
        if !session.drivers.isEmpty {
            facts.append((w.drivers, session.drivers.map { $0.name + ($0.weight.map { " (\(formatWeight($0)))" } ?? "") }.joined(separator: "; ")))
        }
        let totalTime = session.steps.reduce(0) { $0 + $1.seconds }
        facts.append((w.progress, "\(w.stepsComplete(potential.completeSteps, potential.stepCount)); "
            + "\(w.openQuestions(potential.total.open)); \(w.timeSpent) \(formatDuration(totalTime))"))

        let fixRows = d.fixFirst.prefix(Decisions.fixFirstLimit).enumerated().map { i, g in
            [String(i + 1), stepName(g.item.stepNumber, g.item.stepText), g.item.lens.experienceName, driverList(g.item.drivers),
             formatScore(g.item.score), g.item.gap.map { $0.label(lang) } ?? "–", actionList(g.actions)]
        }
        let findRows = d.findOutFirst.enumerated().map { i, g in
            [String(i + 1), stepName(g.item.stepNumber, g.item.stepText), g.item.lens.experienceName, driverList(g.item.drivers),
             formatScore(g.item.score), g.item.research.map { $0.who.isEmpty ? "–" : $0.who } ?? w.nobodyYet,
             g.item.research?.method?.label(lang) ?? "–", g.item.research?.due ?? "–"]
        }

        var number = 0
        var heatRows: [Node<HTML.TableContext>] = []
        for phase in session.phases {
            heatRows.append(.tr(.class("phase"), .th(.attribute(named: "colspan", value: "8"), .text(Sanitize.line(phase.title)))))
            for step in phase.steps {
                number += 1
                let n = number
                heatRows.append(.tr(
                    .td(.class("n"), .text(String(n))),
                    .td(.text(Sanitize.line(step.text))),
                    .forEach(Lens.allCases) { lens in
                        let a = step.answers[lens].answer
                        return .td(.class("cell \(cssClass(a))"), .attribute(named: "title", value: "\(lens.experienceName): \(a.label(lang))"),
                                   .text(a.symbol))
                    },
                    .td(.class("n"), .text(formatDuration(step.seconds)))))
            }
        }

        var notes: [Node<HTML.ListContext>] = []
        number = 0
        for phase in session.phases {
            for step in phase.steps {
                number += 1
                var lines: [String] = []
                if !step.note.isEmpty { lines.append("\(w.reportStepNote): \(Sanitize.line(step.note))") }
                for lens in Lens.allCases {
                    let r = step.answers[lens]
                    if !r.note.isEmpty { lines.append("\(lens.experienceName) (\(r.answer.label(lang))): \(Sanitize.line(r.note))") }
                }
                if !lines.isEmpty {
                    notes.append(.li(.strong(.text(stepName(number, step.text))), .ul(.forEach(lines) { .li(.text($0)) })))
                }
            }
        }

        let html = HTML(
            .lang(lang == .nl ? .dutch : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", text: "\(w.report): \(Sanitize.line(session.title))"),
                .style(css)),
            .body(
                .header(
                    .h1(.text("\(w.report): \(Sanitize.line(session.title))")),
                    .element(named: "dl", nodes: facts.flatMap { k, v -> [Node<HTML.BodyContext>] in
                        [.element(named: "dt", text: k), .element(named: "dd", text: Sanitize.line(v))]
                    })),
                .section(.id("fix-first"),
                    .h2(.text(w.fixFirst)),
                    .p(.class("rule"), .text(w.orderRule + (d.hasUnweightedDriver ? " " + w.unweightedRule : ""))),
                    fixRows.isEmpty ? .p(.text(w.none))
                        : table(["#", w.step, w.lens, w.drivers, w.score, w.gap, w.action], fixRows, numeric: [0, 4]),
                    .if(d.fixFirst.count > Decisions.fixFirstLimit,
                        .p(.text(w.moreUnder(d.fixFirst.count - Decisions.fixFirstLimit, w.potential))))),
                .section(.id("find-out-first"),
                    .h2(.text(w.findOutFirst)),
                    findRows.isEmpty ? .p(.text(w.none))
                        : table(["#", w.step, w.lens, w.drivers, w.score, w.who, w.how, w.byWhen], findRows, numeric: [0, 4])),
                .section(.id("actions"),
                    .h2(.text(w.reportActions)),
                    .if(session.actions.isEmpty, .p(.text(w.none))),
                    .forEach(d.actionsByLevel.filter { !$0.actions.isEmpty }) { level, rows in
                        .group(
                            .h3(.text(w.levelHeading(level.number, level.label(lang)))),
                            table([w.step, w.lens, w.action, w.owner, w.due], rows.map { row in
                                [row.stepNumber.map { stepName($0, row.stepText ?? "") } ?? w.wholeJourney,
                                 row.action.lens?.experienceName ?? "–", Sanitize.line(row.action.text), row.action.owner, row.action.due ?? ""]
                            }))
                    },
                    .p(.strong(.text(w.gapsWithoutAction(d.gapsWithoutAction) + ".")))),
                .section(.id("top-moment"),
                    .h2(.text(w.topMoment)),
                    .unwrap(d.topMoment, { m, n, text in
                        .group(
                            .p(.strong(.text(stepName(n, text) + ": ")), .text(Sanitize.line(m.text))),
                            .ul(.class("criteria"), .forEach(MomentCriterion.allCases) { c in
                                .li(.text("\(MarkdownReport.criterionMark(m[c])) \(c.label(lang))"))
                            }))
                    }, else: .p(.text(w.none)))),
                .section(.id("summary"),
                    .h2(.text(w.summary)),
                    table([w.lens] + answerHead,
                          Lens.allCases.map { [$0.experienceName] + counts(potential.perLens[$0]!) } + [[w.reportTotal] + counts(potential.total)],
                          numeric: [1, 2, 3, 4, 5]),
                    .h3(.text(w.perPhase)),
                    table([w.phase] + answerHead, potential.perPhase.map { [Sanitize.line($0.phase)] + counts($0.counts) },
                          numeric: [1, 2, 3, 4, 5])),
                .section(.id("overview"),
                    .h2(.text(w.overview)),
                    .p(.class("legend"), .text("\(w.legend): "), .forEach([Answer.yes, .no, .dontKnow, .open, .notApplicable]) { a in
                        .span(.class("cell \(cssClass(a))"), .text("\(a.symbol) \(a.label(lang))"))
                    }),
                    .table(.class("heatmap"),
                        .thead(cells(["#", w.step] + Lens.allCases.map { $0.label(lang) } + [w.time], header: true)),
                        .tbody(.group(heatRows)))),
                .section(.id("potential"),
                    .h2(.text(w.potential)),
                    .forEach([(w.reportImprove, w.improveExplain, potential.improve),
                              (w.reportInvestigate, w.investigateExplain, potential.investigate)]) { heading, explain, items in
                        .group(
                            .h3(.text("\(heading): \(items.count)")),
                            .p(.text(explain)),
                            items.isEmpty ? .p(.text(w.none)) : .ul(.forEach(items) { item in
                                .li(.text("\(stepName(item.stepNumber, item.stepText)) · \(item.lens.experienceName)"
                                    + (item.note.isEmpty ? "" : ": \(Sanitize.line(item.note))")))
                            }))
                    }),
                .section(.id("notes"),
                    .h2(.text(w.notes)),
                    notes.isEmpty ? .p(.text(w.none)) : .ul(.group(notes))),
                .section(.id("questions"),
                    .h2(.text(w.questionsLegend)),
                    .element(named: "dl", nodes: Lens.allCases.flatMap { lens -> [Node<HTML.BodyContext>] in
                        [.element(named: "dt", text: lens.experienceName), .element(named: "dd", text: lens.question(lang))]
                    })),
                .footer(.text("JourneyCheck")))
        )
        return "<!DOCTYPE html>\n" + html.render(indentedBy: .spaces(1)).replacingOccurrences(of: "<!DOCTYPE html>\n", with: "") + "\n"
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

    static let css = """
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
