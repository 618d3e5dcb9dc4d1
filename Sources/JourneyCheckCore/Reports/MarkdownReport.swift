#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The report the team takes home: readable as plain text and as rendered markdown.
/// Every text from the session is escaped, so a `|`, `*` or `<script>` in a step cannot
/// break a table or inject markup.
public enum MarkdownReport {
    public static func render(_ session: Session, timeZone: LocalZone) -> String {
        let w = Wording(session.language)
        let lang = session.language
        // One derivation of the decisions, and the potential from it.
        let d = Decisions(session)
        let potential = d.potential
        var out: [String] = []
        func line(_ s: String = "") { out.append(s) }

        line("# \(w.report): \(escape(session.title))")
        line()
        var facts = [
            "**\(w.date):** \(day(session.created, timeZone))"
                + (day(session.updated, timeZone) != day(session.created, timeZone)
                    ? " (\(w.lastChanged) \(day(session.updated, timeZone)))" : "")
        ]
        if !d.branding.organisation.isEmpty {
            facts.append("**\(w.organisation):** \(escape(d.branding.organisation))")
        }
        if !session.facilitator.isEmpty { facts.append("**\(w.facilitator):** \(escape(session.facilitator))") }
        if let f = session.follows { facts.append("**\(w.follows):** \(escape(f.path)) (\(day(f.created, timeZone)))") }
        if !session.participants.isEmpty {
            facts.append("**\(w.participants):** \(session.participants.map(escape).joined(separator: ", "))")
        }
        if !session.brandPromise.isEmpty { facts.append("**\(w.brandPromise):** \(escape(session.brandPromise))") }
        if !session.drivers.isEmpty {
            facts.append("**\(w.drivers):** " + escape(driverFacts(session.drivers, w)))
        }
        let totalTime = session.phases.reduce(0) { $0 + $1.steps.reduce(0) { $0 + $1.seconds } }
        facts.append(
            "**\(w.progress):** \(w.stepsComplete(potential.completeSteps, potential.stepCount)); "
                + "\(w.openQuestions(potential.total.open)); \(w.timeSpent) \(formatDuration(totalTime))")
        // Two trailing spaces: a hard line break, so each fact is its own line when rendered.
        for (i, f) in facts.enumerated() { line(f + (i < facts.count - 1 ? "  " : "")) }
        line()

        line("## \(w.fixFirst)")
        line()
        line(w.orderRule + (d.hasUnweightedDriver ? " " + w.unweightedRule : ""))
        line()
        if d.decidedFixFirst.isEmpty {
            line(w.none)
        } else {
            line("| # | \(w.step) | \(w.lens) | \(w.drivers) | \(w.score) | \(w.gap) | \(w.action) | \(w.note) |")
            line("|---:|---|---|---|---:|---|---|---|")
            for (i, g) in d.decidedFixFirst.enumerated() {
                let it = g.item
                line(
                    "| \(i + 1) | \(it.stepNumber). \(escape(it.stepText)) | \(it.lens.experienceName) | \(driverList(it.driverNames(session.drivers))) | "
                        + "\(formatScore(it.score)) | \(it.gap.map { $0.label(lang) } ?? "–") | \(actionList(g.actions, w)) | \(escape(it.note)) |"
                )
            }
        }
        if d.undecidedNo > 0 {
            line()
            line(w.noWithoutDecision(d.undecidedNo, w.potential))
        }
        line()
        line("## \(w.findOutFirst)")
        line()
        line(w.findOutOrder)
        line()
        if d.assignedFindOuts.isEmpty {
            line(w.none)
        } else {
            line(
                "| # | \(w.step) | \(w.lens) | \(w.drivers) | \(w.score) | \(w.who) | \(w.how) | \(w.byWhen) | \(w.note) |"
            )
            line("|---:|---|---|---|---:|---|---|---|---|")
            for (i, g) in d.assignedFindOuts.enumerated() {
                let it = g.item
                let r = it.research
                line(
                    "| \(i + 1) | \(it.stepNumber). \(escape(it.stepText)) | \(it.lens.experienceName) | \(driverList(it.driverNames(session.drivers))) | "
                        + "\(formatScore(it.score)) | \(escape(r?.who ?? "–")) | \(r?.method?.label(lang) ?? "–") | \(r?.due ?? "–") | \(escape(it.note)) |"
                )
            }
        }
        if d.unassignedFindOuts > 0 {
            line()
            line(w.dontKnowWithoutWho(d.unassignedFindOuts, w.potential))
        }
        line()
        line("## \(w.levelToStart)")
        line()
        line(escape(d.startLevel.sentence(w)))
        line()
        line("## \(w.reportActions)")
        line()
        line(session.actions.isEmpty ? w.none : w.actionsOrder)
        line()
        for (level, rows) in d.actionsByLevel where !rows.isEmpty {
            line("### \(w.levelHeading(level.number, level.label(lang)))")
            line()
            line("| \(w.step) | \(w.lens) | \(w.action) | \(w.owner) | \(w.due) |")
            line("|---|---|---|---|---|")
            for row in rows {
                let a = row.action
                let step = row.stepNumber.map { "\($0). \(escape(row.stepText ?? ""))" } ?? w.wholeJourney
                line(
                    "| \(step) | \(a.lens?.experienceName ?? "–") | \(escape(a.text)) | \(escape(a.owner)) | \(a.due ?? "") |"
                )
            }
            line()
        }
        line(w.gapsWithoutAction(d.gapsWithoutAction) + ".")
        line()
        line("## \(w.topMoment)")
        line()
        if let (m, n, text) = d.topMoment {
            line("**\(n). \(escape(text))**: \(escape(m.text))")
            line()
            for c in MomentCriterion.allCases {
                line("- \(criterionMark(m[c])) \(c.label(lang))")
            }
        } else {
            line(w.none)
        }
        line()

        line("## \(w.disagreement)")
        line()
        line(w.disagreementExplain)
        line()
        if d.disagreements.isEmpty {
            line(w.none)
        } else {
            line(
                "| \(w.step) | \(w.lens) | \(w.answer) | \(Answer.yes.label(lang)) / \(Answer.no.label(lang)) / \(Answer.dontKnow.label(lang)) |"
            )
            line("|---|---|---|---|")
            for x in d.disagreements {
                line(
                    "| \(x.stepNumber). \(escape(x.stepText)) | \(x.lens.experienceName) | \(x.answer.label(lang)) | \(x.votes.text) |"
                )
            }
        }
        line()

        for (heading, head, rows) in Decisions.followUpTables(session, w) {
            line("## \(heading)")
            line()
            line("| " + head.joined(separator: " | ") + " |")
            line("|" + head.map { _ in "---" }.joined(separator: "|") + "|")
            for row in rows { line("| " + row.map(escape).joined(separator: " | ") + " |") }
            line()
        }

        line("## \(w.summary)")
        line()
        line(
            "| \(w.lens) | \(Answer.yes.label(lang)) | \(Answer.no.label(lang)) | \(Answer.dontKnow.label(lang)) | \(Answer.open.label(lang)) | \(w.yesShare) |"
        )
        line("|---|---:|---:|---:|---:|---:|")
        for lens in Lens.allCases {
            let c = potential.perLens[lens]!
            line("| \(lens.experienceName) | \(c.yes) | \(c.no) | \(c.dontKnow) | \(c.open) | \(percent(c.yesShare)) |")
        }
        let t = potential.total
        line("| **\(w.reportTotal)** | \(t.yes) | \(t.no) | \(t.dontKnow) | \(t.open) | \(percent(t.yesShare)) |")
        line()
        line("### \(w.perPhase)")
        line()
        line(
            "| \(w.phase) | \(Answer.yes.label(lang)) | \(Answer.no.label(lang)) | \(Answer.dontKnow.label(lang)) | \(Answer.open.label(lang)) | \(w.yesShare) |"
        )
        line("|---|---:|---:|---:|---:|---:|")
        for (phase, c) in potential.perPhase {
            line("| \(escape(phase)) | \(c.yes) | \(c.no) | \(c.dontKnow) | \(c.open) | \(percent(c.yesShare)) |")
        }
        line()

        line("## \(w.overview)")
        line()
        line(
            "\(w.legend): "
                + [Answer.yes, .no, .dontKnow, .open, .notApplicable]
                .map { "\(escapeSymbol($0.symbol)) \($0.label(lang))" }.joined(separator: " · "))
        line()
        line(
            "| # | \(w.phase) | \(w.step) | " + Lens.allCases.map { $0.label(lang) }.joined(separator: " | ")
                + " | \(w.time) |")
        line("|---:|---|---|" + Lens.allCases.map { _ in ":---:" }.joined(separator: "|") + "|---:|")
        var number = 0
        for phase in session.phases {
            for step in phase.steps {
                number += 1
                let cells = Lens.allCases.map { escapeSymbol(step.answers[$0].answer.symbol) }.joined(separator: " | ")
                line(
                    "| \(number) | \(escape(phase.title)) | \(escape(step.text)) | \(cells) | \(formatDuration(step.seconds)) |"
                )
            }
        }
        line()

        line("## \(w.potential)")
        line()
        line(w.journeyOrder)
        line()
        for (heading, explain, items) in [
            (w.reportImprove, w.improveExplain, potential.improve),
            (w.reportInvestigate, w.investigateExplain, potential.investigate),
        ] {
            line("### \(heading): \(items.count)")
            line()
            line(explain)
            line()
            if items.isEmpty {
                line(w.none)
                line()
                continue
            }
            var lastStep: StepID?
            for item in items {
                if item.stepID != lastStep {
                    line("- **\(item.stepNumber). \(escape(item.stepText))** (\(escape(item.phase)))")
                    lastStep = item.stepID
                }
                line("  - \(item.lens.experienceName)" + (item.note.isEmpty ? "" : ": \(escape(item.note))"))
            }
            line()
        }

        // Notes not shown with the improvement potential: step notes and notes on other answers.
        var noteLines: [String] = []
        for (n, text, lines) in Decisions.otherNotes(session, w) {
            noteLines.append("- **\(n). \(escape(text))**")
            noteLines += lines.map { "  - " + escape($0) }
        }
        line("## \(w.notes)")
        line()
        if noteLines.isEmpty { line(w.none) } else { out += noteLines }
        line()
        line("## \(w.questionsLegend)")
        line()
        for lens in Lens.allCases { line("- **\(lens.experienceName)**: \(lens.question(lang))") }
        line()
        line("---")
        line()
        line("JourneyCheck \(JourneyCheckVersion.current)")
        return out.joined(separator: "\n") + "\n"
    }

    /// The drivers as the reports list them: `name (weight · behaviour)`.
    public static func driverFacts(_ drivers: [Driver], _ w: Wording) -> String {
        zip(drivers, drivers.weightLabels(w.language)).map { d, weight in
            let details = (weight.map { [$0] } ?? []) + (d.behaviour ? [ActionLevel.behaviour.label(w.language)] : [])
            return d.name + (details.isEmpty ? "" : " (\(details.joined(separator: " · ")))")
        }.joined(separator: "; ") + (drivers.sharedSource(w.language).map { " · " + $0 } ?? "")
    }

    static func driverList(_ names: [String]) -> String {
        names.isEmpty ? "–" : names.map(escape).joined(separator: "; ")
    }

    static func actionList(_ actions: [ImprovementAction], _ w: Wording) -> String {
        guard !actions.isEmpty else { return w.noActionYet }
        return actions.map { a in
            escape(a.text) + " ("
                + a.details(w.language).map(escape).joined(separator: ", ") + ")"
        }.joined(separator: "; ")
    }

    static func criterionMark(_ value: Bool?) -> String {
        switch value {
        case true?: "✔"
        case false?: "✘"
        case nil: "·"
        }
    }

    /// Escape text for inline markdown, also inside table cells: backslash before every
    /// character that could start markup, control characters neutralised, one line.
    public static func escape(_ text: String) -> String {
        var clean = Sanitize.line(text)
        if let f = clean.utf8.first, let l = clean.utf8.last, f == 0x20 || l == 0x20 {
            clean = clean.trimmingSpaces()
        }
        // Byte by byte: every character that needs a backslash is ASCII, so a backslash before
        // its scalar never splits a character.
        func special(_ b: UInt8) -> Bool {
            switch b {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                UInt8(ascii: "]"),
                UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "#"), UInt8(ascii: "~"),
                UInt8(ascii: "&"),
                UInt8(ascii: "!"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "$"):
                true
            default: false
            }
        }
        var out: String
        if clean.utf8.contains(where: special) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(clean.utf8.count + 8)
            for b in clean.utf8 {
                if special(b) { bytes.append(UInt8(ascii: "\\")) }
                bytes.append(b)
            }
            out = String(decoding: bytes, as: UTF8.self)
        } else {
            out = clean
        }
        // What starts a block at the beginning of a line: a list marker, a numbered item, a rule.
        if let first = out.utf8.first,
            first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=")
        {
            out = "\\" + out
        }
        // A numbered item is one to nine digits, `.` or `)`, then a space, a tab or the end
        // (CommonMark): `4.5` and `2)x` are plain text and stay as they are.
        let digits = out.utf8.prefix(10).prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        let rest = out.utf8.dropFirst(digits)
        if (1...9).contains(digits), let mark = rest.first, mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")") {
            let after = rest.dropFirst().first
            if after == nil || after == 0x20 || after == 0x09 {
                out.insert("\\", at: out.index(out.startIndex, offsetBy: digits))
            }
        }
        return out
    }

    static func escapeSymbol(_ s: String) -> String { s == "?" ? "?" : s }

    static func percent(_ share: Double?) -> String {
        share.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"
    }

    public static func day(_ date: Date, _ tz: LocalZone) -> String { CivilTime(date, tz).dayText }
}
