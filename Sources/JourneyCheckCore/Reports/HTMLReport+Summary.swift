/// Page 1 of the HTML report, what a management team reads: the journey at a glance (steps ×
/// lenses in colour and symbol, split votes marked), the five gaps to fix first, the three
/// find-outs, the top moment, the level to start on and the counts. Only what was decided is
/// listed; the rest is counted in one line.
extension HTMLReport {
    struct Page {
        let session: Session
        let d: Decisions
        let w: Wording
        var lang: Language { w.language }

        func stepName(_ n: Int, _ text: String) -> String { "\(n). \(Sanitize.line(text))" }

        func actionText(_ actions: [ImprovementAction]) -> String {
            actions.isEmpty
                ? "–"
                : actions.map { a in
                    Sanitize.line(a.text) + " (" + a.details(lang).joined(separator: ", ") + ")"
                }.joined(separator: "; ")
        }

        func drivers(_ item: PotentialItem) -> String {
            let names = item.driverNames(session.drivers)
            return names.isEmpty ? "–" : names.joined(separator: "; ")
        }

        func cell(_ r: Response, _ lens: Lens) -> HTMLNode {
            let split = r.votes?.isSplit ?? false
            return .el(
                "td",
                [
                    ("class", "cell \(cssClass(r.answer))" + (split ? " split" : "")),
                    (
                        "title",
                        "\(lens.experienceName): \(r.answer.label(lang))"
                            + (split ? " · \(w.splitVote) \(r.votes!.text)" : "")
                    ),
                ], text: r.answer.symbol + (split ? "≠" : ""))
        }

        func legend() -> HTMLNode {
            .el(
                "p", [("class", "legend")],
                [.text("\(w.legend): ")]
                    + [Answer.yes, .no, .dontKnow, .open, .notApplicable].map { a in
                        .el("span", [("class", "cell \(cssClass(a))")], text: "\(a.symbol) \(a.label(lang))")
                    } + [.el("span", [("class", "cell split")], text: "≠ \(w.splitVote)")])
        }

        /// The heatmap of steps × lenses, each phase beside its steps. On paper a step shows its
        /// first words and no time, so a 20-step journey fits page 1 with its decisions.
        func heatmap() -> HTMLNode {
            var rows: [HTMLNode] = []
            var number = 0
            for phase in session.phases {
                for (i, step) in phase.steps.enumerated() {
                    number += 1
                    var tds: [HTMLNode] = []
                    if i == 0 {
                        tds.append(
                            .el("th", [("class", "phase"), ("rowspan", String(phase.steps.count))], text: phase.title))
                    }
                    let short = HTMLReport.firstWords(step.text)
                    tds += [
                        .el("td", [("class", "n")], text: String(number)),
                        short == Sanitize.line(step.text)
                            ? .el("td", [("class", "text")], text: step.text)
                            : .el(
                                "td", [("class", "text")],
                                [
                                    .el("span", [("class", "full")], text: step.text),
                                    .el("span", [("class", "short")], text: short),
                                ]),
                    ]
                    tds += Lens.allCases.map { cell(step.answers[$0], $0) }
                    tds.append(.el("td", [("class", "n time")], text: formatDuration(step.seconds)))
                    rows.append(.el("tr", [], tds))
                }
            }
            let head = [w.phase, "#", w.step] + Lens.allCases.map { $0.label(lang) }
            return .el(
                "table", [("class", "heatmap")],
                [
                    .el(
                        "thead", [],
                        [
                            .el(
                                "tr", [],
                                head.map { .el("th", text: $0) } + [.el("th", [("class", "time")], text: w.time)])
                        ]
                    ),
                    .el("tbody", [], rows),
                ])
        }

        func summary() -> HTMLNode {
            let potential = d.potential
            let fix = d.decidedFixFirst.prefix(Decisions.summaryFixFirst)
            let find = d.assignedFindOuts.prefix(Decisions.summaryFindOut)
            var parts: [HTMLNode] = [
                .el("h2", [("id", "overview")], text: w.heatmap), legend(), heatmap(),
                .el("h2", text: w.fixFirst),
                .el("p", [("class", "rule")], text: w.orderRule),
            ]
            if fix.isEmpty {
                parts.append(.el("p", text: w.none))
            } else {
                parts.append(
                    HTMLReport.table(
                        ["#", w.step, w.lens, w.drivers, w.action, w.note],
                        fix.enumerated().map { i, g in
                            [
                                String(i + 1), "\(g.item.stepNumber). " + HTMLReport.firstWords(g.item.stepText),
                                g.item.lens.label(lang), drivers(g.item), actionText(g.actions), g.item.note,
                            ]
                        }, numeric: [0], widths: [nil, "24%", nil, "16%", "34%", nil]))
            }
            var rest: [String] = []
            if d.decidedFixFirst.count > fix.count {
                rest.append(w.moreFixFirst(d.decidedFixFirst.count - fix.count, "\(w.appendix) · \(w.fixFirst)"))
            }
            if d.undecidedNo > 0 { rest.append(w.noWithoutDecision(d.undecidedNo, "\(w.appendix) · \(w.potential)")) }
            if !rest.isEmpty { parts.append(.el("p", [("class", "count")], text: rest.joined(separator: " "))) }

            parts.append(.el("h2", text: w.findOutFirst))
            if find.isEmpty {
                parts.append(.el("p", text: w.none))
            } else {
                parts.append(.el("p", [("class", "rule")], text: w.findOutOrder))
                parts.append(
                    HTMLReport.table(
                        ["#", w.step, w.lens, w.who, w.how, w.byWhen, w.note],
                        find.enumerated().map { i, g in
                            let r = g.item.research
                            return [
                                String(i + 1), "\(g.item.stepNumber). " + HTMLReport.firstWords(g.item.stepText),
                                g.item.lens.label(lang), r?.who ?? "–", r?.method?.label(lang) ?? "–", r?.due ?? "–",
                                g.item.note,
                            ]
                        }, numeric: [0], widths: [nil, "40%"]))
            }
            var findRest: [String] = []
            if d.assignedFindOuts.count > find.count {
                findRest.append(
                    w.moreFindOut(d.assignedFindOuts.count - find.count, "\(w.appendix) · \(w.findOutFirst)"))
            }
            if d.unassignedFindOuts > 0 {
                findRest.append(w.dontKnowWithoutWho(d.unassignedFindOuts, "\(w.appendix) · \(w.potential)"))
            }
            if !findRest.isEmpty { parts.append(.el("p", [("class", "count")], text: findRest.joined(separator: " "))) }

            var closing: [(String, String)] = []
            if let (m, n, text) = d.topMoment {
                closing.append((w.topMoment, "\(stepName(n, text)): \(Sanitize.line(m.text))"))
            } else {
                closing.append((w.topMoment, w.none))
            }
            closing.append((w.levelToStart, d.startLevel.sentence(w)))
            closing.append(
                (
                    w.progress,
                    w.countsLine(
                        potential.stepCount, potential.total.no, potential.total.dontKnow, potential.total.open,
                        session.actions.count, d.gapsWithoutAction)
                ))
            parts.append(
                .el("dl", [("class", "closing")], closing.flatMap { k, v in [.el("dt", text: k), .el("dd", text: v)] }))
            return .el("section", [("id", "executive-summary"), ("class", "summary-page")], parts)
        }
    }

    /// A step's first words, at most about 42 characters, cut between words.
    static func firstWords(_ text: String, limit: Int = 42) -> String {
        let clean = Sanitize.line(text)
        guard clean.count > limit else { return clean }
        var out = ""
        for word in clean.split(separator: " ") {
            if out.count + word.count + 1 > limit - 1 { break }
            out += out.isEmpty ? String(word) : " " + word
        }
        if out.isEmpty { out = String(clean.prefix(limit - 1)) }
        return out + "…"
    }

    static func table(
        _ head: [String], _ rows: [[String]], numeric: Set<Int> = [], widths: [String?] = []
    ) -> HTMLNode {
        .el(
            "table", [],
            [
                .el(
                    "thead", [],
                    [
                        .el(
                            "tr", [],
                            head.enumerated().map { i, h in
                                .el(
                                    "th",
                                    (i < widths.count ? widths[i] : nil).map { [("style", "width: \($0)")] } ?? [],
                                    text: h)
                            })
                    ]),
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
}
