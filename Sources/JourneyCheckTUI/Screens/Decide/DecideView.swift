#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

// How the decide screen looks: the decide list (DecisionModel's) with the drivers each gap
// hurts, its kind, who finds out, and the actions on every level; the selected line in full.

enum DecideLayout {
    /// Header, rule, drivers, the order rule and the column headers on top; the selected row
    /// in full, the legend, status and footer below.
    static let top = 5
    /// Lines for the selected row in full: 2 at 18 rows, 4 at 24, up to 8 on a tall screen.
    static func detailHeight(_ size: TermSize) -> Int { max(2, min(8, (size.height - 18) / 3 + 2)) }
    static func listHeight(_ size: TermSize) -> Int { size.height - top - 5 - detailHeight(size) }
}

func drawDecide(_ buf: inout ScreenBuffer, _ state: AppState) {
    let s = state.session
    let t = state.text
    let w = buf.width
    let p = state.index
    drawHeader(
        &buf, title: s.title,
        right:
            "\(t.decide) · ✘ \(p.total.no) \(t.improve) · ? \(p.total.dontKnow) \(t.investigate) · \(t.actions): \(s.actions.count)"
    )
    drawRule(&buf, y: 1)
    if s.drivers.isEmpty {
        buf.put(TextLayout.truncate(t.noDrivers, w - 2), x: 1, y: 2, role: .dim)
    } else {
        drawDriverLegend(
            &buf, s.drivers, label: t.drivers + (s.drivers.sharedSource(s.language).map { " (\($0))" } ?? ""),
            language: s.language, y: 2)
    }
    // Before any driver is linked every score is 0: say what the order is then.
    let linked = state.index.items.contains { !$0.drivers.isEmpty }
    let rule = linked || s.drivers.isEmpty ? t.orderRuleShort : t.orderBeforeLinks
    buf.put(TextLayout.truncate(rule, w - 2), x: 1, y: 3, role: .dim)
    // Where to start (seed 000): level 1 when the heaviest driver is a behaviour driver.
    if !s.drivers.isEmpty {
        let start = StartLevel(s.drivers)
        let words = Wording(s.language)
        let text =
            words.startShort(start.level.number, start.level.label(s.language))
            + (start.heaviest.map { " (\($0.name)\($0.behaviour ? ", " + words.behaviourDriver : ""))" } ?? "")
        let x = w - 1 - DisplayWidth.of(text)
        if x > DisplayWidth.of(rule) + 3 { buf.put(text, x: x, y: 3, role: start.level == .behaviour ? .title : .dim) }
    }
    let entries = state.decide.shown(state.decisions)
    let rowCount = entries.count
    let selection = state.decide.selection(in: entries)
    let scroll = state.decide.scroll
    if rowCount == 0 {
        for (i, line) in TextLayout.wrap(t.nothingYet, w - 4).enumerated() { buf.put(line, x: 2, y: 5 + i, role: .dim) }
        return
    }
    let columns = DecideColumns(state, width: w)
    columns.drawHeaders(&buf, y: DecideLayout.top - 1, state)
    let height = DecideLayout.listHeight(state.size)
    var y = DecideLayout.top
    for index in scroll..<min(rowCount, scroll + height) {
        let selected = index == selection
        if selected { buf.fill(y: y, role: .selected) }
        columns.draw(&buf, state.decideRow(entries[index]), y: y, selected: selected, state)
        y += 1
    }
    if scroll > 0 { buf.put("↑", x: w - 1, y: DecideLayout.top, role: .label) }
    if scroll + height < rowCount { buf.put("↓", x: w - 1, y: DecideLayout.top + height - 1, role: .label) }
    if selection < rowCount {
        drawDecideDetail(&buf, state.decideRow(entries[selection]), y: DecideLayout.top + height, state)
    }
    buf.put(
        TextLayout.truncate(t.decideLegend, w - 2), x: 1,
        y: DecideLayout.top + height + DecideLayout.detailHeight(state.size),
        role: .dim)
}

/// The drivers with their keys, all on one line: without the label when it is tight, then with
/// each name shortened by the same amount, so every key keeps its driver.
func drawDriverLegend(_ buf: inout ScreenBuffer, _ drivers: [Driver], label: String, language: Language, y: Int) {
    let shown = Array(drivers.prefix(9).enumerated())
    let weights = drivers.weightLabels(language, score: true)
    func pieces(_ nameWidth: Int?) -> [(key: String, rest: String)] {
        shown.map { i, d in
            let name = nameWidth.map { TextLayout.truncate(d.name, $0) } ?? d.name
            return (
                "\(i + 1)",
                " \(name)" + (weights[i].map { " " + $0 } ?? "")
                    + (i < shown.count - 1 ? " · " : "")
            )
        }
    }
    func width(_ p: [(key: String, rest: String)]) -> Int {
        p.reduce(0) { $0 + DisplayWidth.of($1.key) + DisplayWidth.of($1.rest) }
    }
    let room = buf.width - 2
    var parts = pieces(nil)
    var prefix = label + ": "
    if width(parts) + DisplayWidth.of(prefix) > room { prefix = "" }
    var nameWidth = drivers.map { DisplayWidth.of($0.name) }.max() ?? 0
    while width(parts) > room && nameWidth > 3 {
        nameWidth -= 1
        parts = pieces(nameWidth)
    }
    var x = 1
    if !prefix.isEmpty { x += buf.put(prefix, x: x, y: y, role: .label) }
    for p in parts {
        x += buf.put(p.key, x: x, y: y, role: .key)
        x += buf.put(TextLayout.truncate(p.rest, max(0, buf.width - 1 - x)), x: x, y: y, role: .normal)
    }
}

/// Where each part of a gap row goes at this width.
struct DecideColumns {
    let labelWidth: Int
    let driverCount: Int
    let gapWidth: Int
    let shortGaps: Bool

    init(_ state: AppState, width: Int) {
        let lang = state.session.language
        labelWidth = Lens.allCases.map { DisplayWidth.of($0.label(lang)) }.max()!
        driverCount = min(9, state.session.drivers.count)
        // Below 100 columns the gap kind takes its short form, so the step text keeps its room.
        let short = width < 100
        shortGaps = short
        gapWidth = GapKind.allCases.map { DisplayWidth.of(short ? $0.shortLabel(lang) : $0.label(lang)) }.max()!
    }

    /// The column headers, over the columns `draw` fills.
    func drawHeaders(_ buf: inout ScreenBuffer, y: Int, _ state: AppState) {
        let t = state.text
        var x = 1
        x += buf.put("  # ", x: x, y: y, role: .dim)
        x += buf.put(TextLayout.pad(t.columnLens, labelWidth + 1), x: x, y: y, role: .dim)
        x += 2
        if driverCount > 0 {
            for i in 1...driverCount { x += buf.put("\(i) ", x: x, y: y, role: .dim) }
            x += buf.put("   Σ ", x: x, y: y, role: .dim)
        }
        x += buf.put(TextLayout.pad(t.columnGap, gapWidth + 1), x: x, y: y, role: .dim, limit: gapWidth + 1)
        x += buf.put("  ", x: x, y: y, role: .dim)
        buf.put(TextLayout.truncate(t.columnText, buf.width - x - 1), x: x, y: y, role: .dim)
    }

    func gapLabel(_ kind: GapKind?, _ lang: Language) -> String {
        guard let kind else { return "·" }
        return shortGaps ? kind.shortLabel(lang) : kind.label(lang)
    }

    func draw(_ buf: inout ScreenBuffer, _ row: DecideRow, y: Int, selected: Bool, _ state: AppState) {
        let lang = state.session.language
        let t = state.text
        let w = buf.width
        let plain: Role = selected ? .selected : .normal
        switch row {
        case .heading(let title):
            buf.put(TextLayout.truncate(title, w - 2), x: 1, y: y, role: .heading)
        case .gap(let item, let covered):
            var x = 1
            x += buf.put(
                TextLayout.padLeft("\(item.stepNumber)", 3) + " ", x: x, y: y, role: selected ? .selected : .label)
            x += buf.put(
                TextLayout.pad(item.lens.label(lang), labelWidth + 1), x: x, y: y, role: selected ? .selected : .label)
            x += buf.put(item.answer.symbol + (item.isSplit ? "≠" : " "), x: x, y: y, role: answerRole(item.answer))
            if driverCount > 0 {
                for i in 1...driverCount {
                    let on = item.drivers.contains(state.session.drivers[i - 1].id)
                    x += buf.put(on ? "\(i)" : "·", x: x, y: y, role: on ? (selected ? .selected : .key) : .dim)
                    x += 1
                }
                x += buf.put(formatScore(item.score) + " ", x: x, y: y, role: plain)
            }
            // A knowledge gap shows who finds out; a no its kind, once chosen.
            let kind =
                item.answer == .dontKnow
                ? (item.research?.who).flatMap { $0.isEmpty ? nil : $0 } ?? "·" : gapLabel(item.gap, lang)
            x += buf.put(TextLayout.pad(kind, gapWidth + 1), x: x, y: y, role: kind == "·" ? .dim : plain)
            x += buf.put(covered ? "● " : "○ ", x: x, y: y, role: covered ? .yes : .dim)
            buf.put(TextLayout.truncate(item.stepText, w - x - 1), x: x, y: y, role: plain)
        case .action(let a):
            let where_ = a.step.map { "\((state.ordinal(of: $0) ?? 0) + 1)" } ?? t.wholeJourney
            let text =
                "→ \(t.action) (\(where_)\(a.lens.map { " · " + $0.label(lang) } ?? "")): \(a.text) [\(actionFacts(a, lang))]"
            buf.put(TextLayout.truncate(text, w - 8), x: 6, y: y, role: selected ? .selected : .yes)
        case .topMoment(let m):
            let n = (state.ordinal(of: m.step) ?? 0) + 1
            let marks = MomentCriterion.allCases.map { criterionMark(m[$0]) }.joined()
            buf.put(
                TextLayout.truncate("★ \(n). \(m.text) [\(marks)]", w - 4), x: 2, y: y,
                role: selected ? .selected : .yes)
        }
    }
}

func actionFacts(_ a: ImprovementAction, _ lang: Language) -> String {
    a.details(lang).joined(separator: ", ")
}

func criterionMark(_ value: Bool?) -> String {
    switch value {
    case true?: "✔"
    case false?: "✘"
    case nil: "·"
    }
}

/// The selected row in full, wrapped over the lines the screen has for it: the step, then what
/// was decided, then (for a gap) each of its actions with level, owner and due date.
func drawDecideDetail(_ buf: inout ScreenBuffer, _ row: DecideRow, y: Int, _ state: AppState) {
    let s = state.session
    let lang = s.language
    let t = state.text
    let w = buf.width
    var first = "", second = ""
    var more: [String] = []
    switch row {
    case .heading: return
    case .gap(let item, _):
        first = "\(item.stepNumber). \(item.stepText)"
        var facts = [
            "\(item.lens.label(lang)): \(item.answer.label(lang))"
                + (item.votes.map { " (\($0.text)\($0.isSplit ? ", " + t.split : ""))" } ?? "")
        ]
        facts.append(
            item.drivers.isEmpty
                ? "\(t.drivers): –"
                : "\(t.drivers): "
                    + s.drivers.filter { item.drivers.contains($0.id) }
                    .map { d in d.name + (d.weight.map { " " + formatScore($0) } ?? "") }.joined(separator: ", "))
        if !s.drivers.isEmpty { facts.append("\(t.score.lowercased()) \(formatScore(item.score))") }
        if let g = item.gap { facts.append(g.label(lang)) }
        if item.answer == .dontKnow {
            if let r = item.research {
                facts.append(
                    [r.who.isEmpty ? t.nobodyYet : r.who, r.method?.label(lang), r.due].compactMap { $0 }.joined(
                        separator: ", "))
            } else {
                facts.append("\(t.who): \(t.nobodyYet)")
            }
        }
        if !item.note.isEmpty { facts.append(item.note) }
        // Last time's links and kind, as a suggestion that one key keeps.
        if let last = state.step(item.stepID)?.answers[item.lens].lastTime,
            !last.drivers.isEmpty || last.gap != nil,
            last.drivers != item.drivers || (item.answer == .no && last.gap != item.gap)
        {
            let said =
                s.drivers.names(of: last.drivers) + (item.answer == .no ? last.gap.map { [$0.label(lang)] } ?? [] : [])
            if !said.isEmpty { facts.append(t.lastTimeSuggestion(said.joined(separator: ", "))) }
        }
        second = facts.joined(separator: " · ")
        more = state.decisions.actions(on: item.question).map { "→ \($0.text) [\(actionFacts($0, lang))]" }
    case .action(let a):
        first =
            a.step.flatMap { id in state.step(id).map { "\((state.ordinal(of: id) ?? 0) + 1). \($0.text)" } }
            ?? t.wholeJourney
        second = "→ \(a.text) [\(actionFacts(a, lang))]"
    case .topMoment(let m):
        first = "\(t.topMoment): \((state.ordinal(of: m.step) ?? 0) + 1). \(state.step(m.step)?.text ?? "")"
        second =
            MomentCriterion.allCases.map { "\(criterionMark(m[$0])) \($0.rawValue)" }.joined(separator: "  ") + " · "
            + m.text
    }
    let room = DecideLayout.detailHeight(state.size)
    buf.put(TextLayout.truncate(first, w - 2), x: 1, y: y, role: .title)
    var lines = TextLayout.wrap(second, w - 2)
    for action in more { lines += TextLayout.wrap(action, w - 4).enumerated().map { $0 == 0 ? $1 : "  " + $1 } }
    if lines.count > room - 1 {
        lines = Array(lines.prefix(room - 1))
        lines[lines.count - 1] = TextLayout.truncate(lines[lines.count - 1] + " …", w - 2)
    }
    for (i, line) in lines.enumerated() { buf.put(line, x: 1, y: y + 1 + i, role: .normal) }
}

/// A row of the decide screen.
public enum DecideRow: Equatable, Sendable {
    case heading(String)
    /// A gap, and whether it has an action (or, for a knowledge gap, someone who finds out).
    case gap(PotentialItem, covered: Bool)
    case action(ImprovementAction)
    case topMoment(TopMoment)
}
