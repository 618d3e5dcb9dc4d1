import Foundation
import JourneyCheckCore

/// Draw the state into a screen buffer. Pure: the same state always gives the same cells.
public func view(_ state: AppState) -> ScreenBuffer {
    var buf = ScreenBuffer(width: state.size.width, height: state.size.height)
    if state.size.isTooSmall {
        drawTooSmall(&buf, state.text)
        return buf
    }
    switch state.screen {
    case .step: drawStep(&buf, state)
    case .overview: drawOverview(&buf, state)
    case .potential: drawPotential(&buf, state)
    case .help: drawHelp(&buf, state)
    }
    drawBottom(&buf, state)
    return buf
}

func drawTooSmall(_ buf: inout ScreenBuffer, _ text: UIText) {
    let m = TermSize.minimum
    let lines = TextLayout.wrap(text.tooSmall(buf.width, buf.height, m.width, m.height), max(1, buf.width))
    for (i, line) in lines.prefix(buf.height).enumerated() { buf.put(line, x: 0, y: i, role: .warning) }
}

// MARK: Shared pieces

/// Keys and their words, flowed over `lines` rows from `y`, in the order given. The last
/// `pinned` pairs (help and quit) are kept at the right end of the last row, so they always show.
func drawFooter(_ buf: inout ScreenBuffer, _ groups: [[(String, String)]], y: Int, lines: Int, pinned: Int = 2) {
    let all = Array(groups.joined())
    let keep = all.count > pinned ? pinned : 0
    let flow = all.dropLast(keep)
    let tail = all.suffix(keep)
    func width(_ p: (String, String)) -> Int { DisplayWidth.of(p.0) + 1 + DisplayWidth.of(p.1) }
    let tailWidth = tail.isEmpty ? 0 : tail.reduce(0) { $0 + width($1) + 2 } + 1
    var row = y
    var x = 1
    // On the last row the flow stops two columns before the pinned keys.
    func limit(_ r: Int) -> Int { r == y + lines - 1 ? buf.width - tailWidth - 2 : buf.width - 1 }
    for pair in flow {
        if x + width(pair) > limit(row), x > 1 {
            row += 1
            x = 1
        }
        if row >= y + lines || x + width(pair) > limit(row) { break }
        x += buf.put(pair.0, x: x, y: row, role: .key)
        x += 1
        x += buf.put(pair.1, x: x, y: row, role: .normal)
        x += 2
    }
    var tx = max(1, buf.width - tailWidth)
    for pair in tail {
        tx += buf.put(pair.0, x: tx, y: y + lines - 1, role: .key)
        tx += 1
        tx += buf.put(pair.1, x: tx, y: y + lines - 1, role: .normal)
        tx += 2
    }
}

/// The footer, status, save warning and any prompt: the bottom rows of every screen.
func drawBottom(_ buf: inout ScreenBuffer, _ state: AppState) {
    let h = buf.height, w = buf.width
    let t = state.text
    var footer: [[(String, String)]]
    switch state.screen {
    case .step: footer = t.footerStep
    case .overview: footer = t.footerOverview
    case .potential: footer = t.footerPotential
    case .help: footer = t.footerHelp
    }
    var statusRow = h - 3
    if let overlay = state.overlay {
        switch overlay {
        case .input(let prompt, let input):
            footer = t.footerInput
            let label = promptLabel(prompt, state)
            buf.fill(y: h - 4, role: .input)
            buf.put(" " + label + ":", x: 0, y: h - 4, role: .input)
            drawInput(&buf, input, y: h - 3)
            statusRow = h - 5
        case .confirmDeleteStep(let id):
            let n = (state.ordinal(of: id) ?? 0) + 1
            let text = state.step(id)?.text ?? ""
            buf.fill(y: h - 3, role: .warning)
            buf.put(" " + t.confirmDelete(n, TextLayout.truncate(text, max(8, w - 60))), x: 0, y: h - 3, role: .warning)
            statusRow = h - 4
        case .confirmDeleteAction:
            buf.fill(y: h - 3, role: .warning)
            buf.put(" " + t.confirmDeleteAction, x: 0, y: h - 3, role: .warning)
            statusRow = h - 4
        case .recover(let newer):
            let answered = { (s: Session) in s.potential.total.answered }
            let lines = TextLayout.wrap(t.recoverPrompt(answered(newer), answered(state.session)), w - 2)
            for (i, line) in lines.prefix(2).enumerated() {
                buf.fill(y: h - 4 + i, role: .warning)
                buf.put(" " + line, x: 0, y: h - 4 + i, role: .warning)
            }
            statusRow = h - 5
        case .chooseLevel:
            buf.fill(y: h - 3, role: .input)
            buf.put(" " + t.promptLevel, x: 0, y: h - 3, role: .input)
            statusRow = h - 4
        }
    }
    if let problem = state.saveProblem {
        buf.fill(y: statusRow, role: .error)
        buf.put(" \(t.notSaved): \(problem) — \(t.keptInMemory)", x: 0, y: statusRow, role: .error)
    } else if let status = state.status {
        buf.fill(y: statusRow, role: .warning)
        buf.put(" " + status, x: 0, y: statusRow, role: .warning)
    }
    buf.fill(y: h - 2, role: .normal)
    buf.fill(y: h - 1, role: .normal)
    drawFooter(&buf, footer, y: h - 2, lines: 2)
}

func promptLabel(_ prompt: Prompt, _ state: AppState) -> String {
    let t = state.text
    let lang = state.session.language
    switch prompt {
    case .questionNote(_, let lens): return t.promptNote(lens.label(lang))
    case .stepNote: return t.promptStepNote
    case .addStep: return t.promptAddStep
    case .renameStep: return t.promptRenameStep
    case .phaseTitle: return t.promptPhaseTitle
    case .phaseFirstStep(_, let title): return t.promptPhaseStep + " '\(title)'"
    case .renamePhase: return t.promptRenamePhase
    case .timebox: return t.promptTimebox
    case .actionText(let step, let lens):
        let n = (state.ordinal(of: step) ?? 0) + 1
        return t.promptActionText + " (\(n)\(lens.map { " · " + $0.label(lang) } ?? ""))"
    case .actionOwner: return t.promptOwner
    case .actionDue: return t.promptDue
    case .saveAs: return t.promptSaveAs
    }
}

/// A text field with its cursor; scrolls horizontally to keep the cursor visible.
func drawInput(_ buf: inout ScreenBuffer, _ input: TextInput, y: Int) {
    let width = buf.width - 3
    buf.fill(y: y, role: .input)
    buf.put("›", x: 0, y: y, role: .input)
    var start = 0
    func cols(_ from: Int, _ to: Int) -> Int {
        input.characters[from..<to].reduce(0) { $0 + DisplayWidth.cell($1).1 }
    }
    while cols(start, input.cursor) > width - 1 { start += 1 }
    var x = 2
    for i in start..<input.characters.count {
        let (shown, w) = DisplayWidth.cell(input.characters[i])
        if x + w > buf.width - 1 { break }
        buf.put(shown, x: x, y: y, role: i == input.cursor ? .current : .input)
        x += w
    }
    if input.cursor == input.characters.count, x < buf.width { buf.put(" ", x: x, y: y, role: .current) }
}

func answerRole(_ a: Answer) -> Role {
    switch a {
    case .yes: .yes
    case .no: .no
    case .dontKnow: .dontKnow
    case .open: .open
    case .notApplicable: .notApplicable
    }
}

func cellRole(_ a: Answer) -> Role {
    switch a {
    case .yes: .yesCell
    case .no: .noCell
    case .dontKnow: .dontKnowCell
    case .open: .openCell
    case .notApplicable: .notApplicableCell
    }
}

/// `16:40` in the given time zone (its offset at that moment).
func clock(_ date: Date, _ timeZone: TimeZone) -> String {
    let seconds = Int(date.timeIntervalSince1970) + timeZone.secondsFromGMT(for: date)
    let minutes = ((seconds / 60) % 1440 + 1440) % 1440
    let h = minutes / 60, m = minutes % 60
    return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
}

func driversText(_ drivers: [Driver]) -> String {
    drivers.map { d in d.name + (d.weight.map { " (\(formatWeight($0)))" } ?? "") }.joined(separator: " · ")
}

/// Title on the left, a right-aligned text, and a rule below.
func drawHeader(_ buf: inout ScreenBuffer, title: String, right: String, y: Int = 0) {
    let rw = DisplayWidth.of(right)
    buf.put(TextLayout.truncate(title, max(1, buf.width - rw - 3)), x: 1, y: y, role: .title)
    buf.put(right, x: max(1, buf.width - rw - 1), y: y, role: .label)
}

func drawRule(_ buf: inout ScreenBuffer, y: Int) {
    buf.fill(y: y, role: .dim, char: "─")
}

// MARK: Step screen

func drawStep(_ buf: inout ScreenBuffer, _ state: AppState) {
    let s = state.session
    let t = state.text
    let lang = s.language
    let w = buf.width, h = buf.height
    let step = state.currentStep
    let position = state.index.position(of: step.id)
    let ordinal = position?.ordinal ?? 0
    let phase = position.map { s.phases[$0.phase].title } ?? ""
    let stepCount = state.index.stepCount

    drawHeader(&buf, title: s.title, right: "\(phase) · \(t.stepOf(ordinal + 1, stepCount))")

    // Row 1: progress bar and the clock.
    var timing = ""
    let spent = state.currentStepSeconds
    var timingRole = Role.label
    if let box = s.timebox {
        let left = box - spent
        timing = left >= 0 ? "⏱ \(formatDuration(left))" : "⏱ +\(formatDuration(-left)) \(t.timeUp)"
        if left < 0 { timingRole = .error } else if left <= 30 { timingRole = .warning }
    } else {
        timing = "⏱ \(formatDuration(spent))"
    }
    var rest = "  Σ \(formatDuration(state.totalSeconds))"
    if let finish = state.projectedFinish { rest += "  \(t.finishAt) \(clock(finish, state.timeZone))" }
    let timeWidth = DisplayWidth.of(timing) + DisplayWidth.of(rest)
    let barWidth = max(10, min(40, w - timeWidth - 14))
    let done = state.index.completeSteps
    let filled = stepCount == 0 ? 0 : (barWidth * done) / stepCount
    buf.put(String(repeating: "█", count: filled), x: 1, y: 1, role: .progress)
    buf.put(String(repeating: "░", count: barWidth - filled), x: 1 + filled, y: 1, role: .progressEmpty)
    buf.put(" \(done)/\(stepCount)", x: 1 + barWidth, y: 1, role: .label)
    let tx = max(barWidth + 10, w - timeWidth - 1)
    let used = buf.put(timing, x: tx, y: 1, role: timingRole)
    buf.put(rest, x: tx + used, y: 1, role: .label)
    drawRule(&buf, y: 2)

    // Measure the blocks, then shrink until they fit.
    let labelWidth = Lens.allCases.map { DisplayWidth.of($0.label(lang)) }.max()! + 3
    let answerWidth = 13
    let questionWidth = max(10, w - labelWidth - answerWidth - 2)
    let stepText = "\(ordinal + 1). \(step.text)" + (step.digital ? "  [\(t.digitalTag)]" : "")
    let stepLines = TextLayout.wrap(stepText, w - 2)
    let promise = s.brandPromise.isEmpty ? [] : TextLayout.wrap("\(t.brandPromise): \(s.brandPromise)", w - 2)
    let drivers = s.drivers.isEmpty ? [] : TextLayout.wrap("\(t.drivers): \(driversText(s.drivers))", w - 2)
    let questionLines = Lens.allCases.map { TextLayout.wrap($0.question(lang), questionWidth) }
    let current = s.cursor.lens
    let bottomReserved = 3 + (state.overlay == nil ? 0 : 2)  // footer 2 + status/summary
    let noteRows = 1
    let summaryRows = state.finishedStep == nil ? 0 : 1
    let available = h - 3 - bottomReserved - noteRows - summaryRows

    var maxStep = 3, maxPromise = 2, maxDrivers = 2, rule = true, showStepNote = true
    var compacted = Set<Lens>()
    func needed() -> Int {
        let q = Lens.allCases.enumerated().reduce(0) { sum, e in
            sum + (compacted.contains(e.element) ? 1 : questionLines[e.offset].count)
        }
        return min(stepLines.count, maxStep) + (showStepNote && !step.note.isEmpty ? 1 : 0)
            + min(promise.count, maxPromise) + min(drivers.count, maxDrivers) + (rule ? 1 : 0) + q
    }
    // Give way gradually: the rule, then the second lines of promise and drivers, then other
    // questions one at a time (longest first); the current question always stays whole.
    var shrink: [() -> Void] = [{ rule = false }, { maxPromise = 1; maxDrivers = 1 }, { maxStep = 2; showStepNote = false }]
    for lens in Lens.allCases.filter({ $0 != current }).sorted(by: {
        questionLines[Lens.allCases.firstIndex(of: $0)!].count > questionLines[Lens.allCases.firstIndex(of: $1)!].count
    }) {
        shrink.append { compacted.insert(lens) }
    }
    shrink += [{ maxStep = 1 }, { maxPromise = 0 }, { maxDrivers = 0 }]
    for s in shrink where needed() > available { s() }
    let compactQuestions = !compacted.isEmpty

    var y = 3
    for (i, line) in stepLines.prefix(maxStep).enumerated() {
        let cut = i == maxStep - 1 && stepLines.count > maxStep
        buf.put(cut ? TextLayout.truncate(line + " …", w - 2) : line, x: 1, y: y, role: .heading)
        y += 1
    }
    if showStepNote && !step.note.isEmpty {
        buf.put(TextLayout.truncate("\(t.stepNote): \(step.note)", w - 2), x: 1, y: y, role: .dim)
        y += 1
    }
    for (lines, limit) in [(promise, maxPromise), (drivers, maxDrivers)] {
        for (i, line) in lines.prefix(limit).enumerated() {
            let cut = i == limit - 1 && lines.count > limit
            buf.put(cut ? TextLayout.truncate(line + " …", w - 2) : line, x: 1, y: y, role: .label)
            y += 1
        }
    }
    if rule {
        drawRule(&buf, y: y)
        y += 1
    }
    let questionsEnd = 3 + available
    for (i, lens) in Lens.allCases.enumerated() {
        guard y < questionsEnd else { break }
        let response = step.answers[lens]
        let isCurrent = lens == current
        var lines = questionLines[i]
        if compactQuestions && compacted.contains(lens) && lines.count > 1 {
            lines = [TextLayout.truncate(lens.question(lang), questionWidth)]
        }
        let applies = lens != .user || step.digital
        let firstY = y
        for line in lines where y < questionsEnd {
            buf.put(line, x: labelWidth, y: y, role: applies ? .normal : .dim)
            y += 1
        }
        // The current question: a marked, highlighted label and answer box. Only these cells
        // change when the cursor moves, so a keystroke costs few bytes on the wire.
        if isCurrent { buf.fill(x: 0, y: firstY, count: labelWidth - 1, role: .current) }
        buf.put((isCurrent ? "▶ " : "  ") + lens.label(lang), x: 0, y: firstY, role: isCurrent ? .current : (applies ? .label : .dim))
        let label = "\(response.answer.symbol) \(response.answer.label(lang))"
        buf.put(TextLayout.pad(label, answerWidth - 1), x: w - answerWidth, y: firstY,
                role: isCurrent ? .current : answerRole(response.answer))
    }
    // The note of the current question, right under the questions.
    let note = step.answers[current].note
    if note.isEmpty {
        buf.put(TextLayout.truncate("\(t.note): —", w - 2), x: 1, y: y, role: .dim)
    } else {
        buf.put(TextLayout.truncate("\(t.note): \(note)", w - 2), x: 1, y: y, role: .normal)
    }
    y += 1
    if let id = state.finishedStep, let done = state.step(id), let n = state.ordinal(of: id) {
        // Lens labels when there is room; otherwise the symbols in question order.
        let labelled = w >= 110
        let tail = Lens.allCases.map { (labelled ? "\($0.label(lang)) " : "") + done.answers[$0].answer.symbol }
            .joined(separator: labelled ? "  " : " ")
        var x = 1
        x += buf.put("✔ \(n + 1). ", x: x, y: y, role: .label)
        let textWidth = max(4, w - 3 - x - DisplayWidth.of(tail))
        x += buf.put(TextLayout.truncate(done.text, textWidth) + "  ", x: x, y: y, role: .dim)
        for lens in Lens.allCases {
            if labelled { x += buf.put("\(lens.label(lang)) ", x: x, y: y, role: .dim) }
            x += buf.put(done.answers[lens].answer.symbol, x: x, y: y, role: answerRole(done.answers[lens].answer))
            x += labelled ? 2 : 1
        }
    }
}

// MARK: Overview

enum OverviewLayout {
    /// Rows for the heatmap list between header and summary.
    static func listHeight(_ size: TermSize) -> Int { size.height - 8 }

    /// Row index (phase headings included) of a step ordinal.
    static func row(ofStep ordinal: Int, in index: SessionIndex) -> Int {
        guard index.stepCount > 0 else { return 0 }
        let o = min(max(0, ordinal), index.stepCount - 1)
        return o + index.phase(ofOrdinal: o) + 1
    }

    /// The phase whose heading or steps occupy a row, and the row of its heading.
    static func phase(atRow row: Int, in index: SessionIndex) -> (phase: Int, headingRow: Int) {
        // Heading row of phase p is phaseStarts[p] + p: increasing, so binary search.
        var lo = 0, hi = index.phaseStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if index.phaseStarts[mid] + mid <= row { lo = mid } else { hi = mid - 1 }
        }
        return (lo, index.phaseStarts.isEmpty ? 0 : index.phaseStarts[lo] + lo)
    }
}

func drawOverview(_ buf: inout ScreenBuffer, _ state: AppState) {
    let s = state.session
    let t = state.text
    let lang = s.language
    let w = buf.width
    let index = state.index
    drawHeader(&buf, title: s.title, right: "\(t.overview) · \(index.completeSteps)/\(index.stepCount)")
    let cellWidth = 7
    let timeWidth = 8
    let textWidth = max(10, w - 6 - cellWidth * 5 - timeWidth - 1)
    let lensX = 6 + textWidth
    buf.put("#", x: 1, y: 1, role: .label)
    for (i, lens) in Lens.allCases.enumerated() {
        buf.put(TextLayout.truncate(lens.label(lang), cellWidth - 1), x: lensX + i * cellWidth, y: 1, role: .label)
    }
    buf.put(TextLayout.pad("⏱", timeWidth), x: lensX + 5 * cellWidth + 1, y: 1, role: .label)
    drawRule(&buf, y: 2)

    // Only the visible rows are visited: start at the phase that holds the first one.
    let height = OverviewLayout.listHeight(state.size)
    let first = state.overviewScroll
    var y = 3
    var (p, row) = OverviewLayout.phase(atRow: first, in: index)
    outer: while p < s.phases.count, y < 3 + height {
        let phase = s.phases[p]
        if row >= first {
            buf.put(TextLayout.truncate(phase.title, w - 2), x: 1, y: y, role: .heading)
            y += 1
        }
        let skip = max(0, first - row - 1)
        for i in skip..<phase.steps.count {
            if y >= 3 + height { break outer }
            let step = phase.steps[i]
            let ordinal = index.phaseStarts[p] + i
            let selected = ordinal == state.overviewSelection
            let isCursor = step.id == s.cursor.step
            if selected { buf.fill(y: y, role: .selected) }
            let mark = isCursor ? "▶" : " "
            buf.put(mark + String(format: "%3d", ordinal + 1), x: 0, y: y, role: selected ? .selected : .label)
            let text = step.text + (step.digital ? " ⌁" : "")
            buf.put(TextLayout.truncate(text, textWidth - 1), x: 5, y: y, role: selected ? .selected : .normal)
            for (l, lens) in Lens.allCases.enumerated() {
                let a = step.answers[lens].answer
                let x = lensX + l * cellWidth
                buf.fill(x: x, y: y, count: cellWidth - 1, role: cellRole(a))
                buf.put(a.symbol, x: x + (cellWidth - 1) / 2, y: y, role: cellRole(a))
            }
            if step.seconds > 0 || isCursor {
                let secs = isCursor ? state.currentStepSeconds : step.seconds
                buf.put(formatDuration(secs), x: lensX + 5 * cellWidth + 1, y: y, role: selected ? .selected : .dim)
            }
            y += 1
        }
        row += phase.steps.count + 1
        p += 1
    }
    // Scroll hints.
    let totalRows = s.phases.count + index.stepCount
    if first > 0 { buf.put("↑", x: w - 1, y: 3, role: .label) }
    if first + height < totalRows { buf.put("↓", x: w - 1, y: 2 + height, role: .label) }

    // Counts per lens.
    let sy = 3 + height
    drawRule(&buf, y: sy)
    buf.put("✘+? \(t.potentialRow)", x: 1, y: sy + 1, role: .label)
    buf.put("· \(t.openRow)", x: 1, y: sy + 2, role: .label)
    for (i, lens) in Lens.allCases.enumerated() {
        let c = index.perLens[lens]!
        buf.put(String(format: "%4d", c.potential), x: lensX + i * cellWidth, y: sy + 1, role: c.potential > 0 ? .no : .dim)
        buf.put(String(format: "%4d", c.open), x: lensX + i * cellWidth, y: sy + 2, role: .dim)
    }
}

// MARK: Improvement potential

enum PotentialLayout {
    static func listHeight(_ size: TermSize) -> Int { size.height - 7 }
}

func drawPotential(_ buf: inout ScreenBuffer, _ state: AppState) {
    let s = state.session
    let t = state.text
    let lang = s.language
    let w = buf.width
    let p = state.index
    drawHeader(&buf, title: s.title,
               right: "\(t.potential) · ✘ \(p.total.no) \(t.improve) · ? \(p.total.dontKnow) \(t.investigate) · \(t.actions): \(s.actions.count)")
    drawRule(&buf, y: 1)
    let rowCount = state.potentialRowCount
    if rowCount == 0 {
        for (i, line) in TextLayout.wrap(t.nothingYet, w - 4).enumerated() { buf.put(line, x: 2, y: 3 + i, role: .dim) }
        return
    }
    let labelWidth = Lens.allCases.map { DisplayWidth.of($0.label(lang)) }.max()! + 1
    let answerWidth = 12
    let height = PotentialLayout.listHeight(state.size)
    var y = 2
    for index in state.potentialScroll..<min(rowCount, state.potentialScroll + height) {
        let selected = index == state.potentialSelection
        if selected { buf.fill(y: y, role: .selected) }
        switch state.potentialRow(index) {
        case .item(let item):
            var x = 1
            x += buf.put(String(format: "%3d ", item.stepNumber), x: x, y: y, role: selected ? .selected : .label)
            x += buf.put(TextLayout.pad(item.lens.label(lang), labelWidth), x: x, y: y, role: selected ? .selected : .label)
            buf.put(TextLayout.pad("\(item.answer.symbol) \(item.answer.label(lang))", answerWidth), x: x, y: y,
                    role: answerRole(item.answer))
            x += answerWidth
            let rest = item.stepText + (item.note.isEmpty ? "" : " — \(item.note)")
            buf.put(TextLayout.truncate(rest, w - x - 1), x: x, y: y, role: selected ? .selected : .normal)
        case .action(let a):
            let due = a.due.map { ", \($0)" } ?? ""
            let owner = a.owner.isEmpty ? "" : ", \(a.owner)"
            let n = (state.ordinal(of: a.step) ?? 0) + 1
            let text = "→ \(t.action) (\(n)\(a.lens.map { " · " + $0.label(lang) } ?? "")): \(a.text) [\(a.level.label(lang))\(owner)\(due)]"
            buf.put(TextLayout.truncate(text, w - 8), x: 6, y: y, role: selected ? .selected : .yes)
        case .heading(let title):
            buf.put(title, x: 1, y: y, role: .heading)
        }
        y += 1
    }
    if state.potentialScroll > 0 { buf.put("↑", x: w - 1, y: 2, role: .label) }
    if state.potentialScroll + height < rowCount { buf.put("↓", x: w - 1, y: 1 + height, role: .label) }
}

// MARK: Help

func drawHelp(_ buf: inout ScreenBuffer, _ state: AppState) {
    let t = state.text
    drawHeader(&buf, title: "JourneyCheck", right: t.help)
    drawRule(&buf, y: 1)
    let lines = t.helpLines
    let keyWidth = min(22, lines.map { DisplayWidth.of($0.0) }.max()! + 2)
    let height = buf.height - 5
    let start = min(state.helpScroll, max(0, lines.count - height))
    if start > 0 { buf.put("↑", x: buf.width - 1, y: 2, role: .label) }
    if start + height < lines.count { buf.put("↓", x: buf.width - 1, y: 1 + height, role: .label) }
    var y = 2
    for (key, text) in lines[start...].prefix(height) {
        if key.isEmpty {
            buf.put(text, x: 1, y: y, role: .heading)
        } else {
            buf.put(key, x: 3, y: y, role: .key)
            buf.put(TextLayout.truncate(text, buf.width - keyWidth - 4), x: 3 + keyWidth, y: y)
        }
        y += 1
    }
}
