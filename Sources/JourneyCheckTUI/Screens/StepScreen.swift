#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

// The step screen: one step, its five questions, one key per answer.

extension AppState {

    mutating func stepKey(_ key: Key, justAnswered: Cursor? = nil, justSaidNo: Question? = nil) -> [Effect] {
        let step = currentStep
        let lens = session.cursor.lens
        switch key {
        case .char(let c) where c.isASCII && c.isNumber && c != "0":
            return linkDriverDuringTheWalk(Int(String(c))!, to: justSaidNo)
        case .char("y"), .char("j"), .char("Y"), .char("J"): return answer(.yes)
        case .char("n"), .char("N"): return answer(.no)
        case .char("d"), .char("w"), .char("D"), .char("W"): return answer(.dontKnow)
        case .backspace, .delete:
            guard step.answers[lens].answer != .open, step.answers[lens].answer != .notApplicable else { return [] }
            return change { s, now in try s.answer(step.id, lens, .open, now: now) }
        case .down, .tab: return moveQuestion(by: 1)
        case .up, .backTab: return moveQuestion(by: -1)
        case .right: return moveStep(by: 1)
        case .left: return moveStep(by: -1)
        case .pageDown: return movePhase(by: 1)
        case .pageUp: return movePhase(by: -1)
        case .enter, .char("e"):
            // Right after a step's last answer moved the screen on, the note is about that answer.
            let target = justAnswered ?? Cursor(step: step.id, lens: lens)
            let note = self.step(target.step)?.answers[target.lens].note ?? ""
            overlay = .input(.questionNote(step: target.step, lens: target.lens), TextInput(note))
            return []
        case .char("v"):
            if lens == .user && !step.digital {
                status = text.notApplicable
                return []
            }
            // With the room open, the reveal: the prompt holds the phones' counts.
            let tally =
                room != nil ? step.answers[lens].phoneVotes ?? step.answers[lens].votes : step.answers[lens].votes
            let votes = tally.map { "\($0.yes) \($0.no) \($0.dontKnow)" } ?? ""
            overlay = .input(.tally(step: step.id, lens: lens), TextInput(votes))
            return []
        case .char("Q") where room != nil:
            showingRoomCode = true
            return []
        case .char("Z"): return [.switchRoom(room == nil)]
        case .char("E"):
            overlay = .input(.stepNote(step: step.id), TextInput(step.note))
            return []
        case .char("u"): return undo()
        case .char("o"): return openOverview()
        case .char("p"): return openDecide()
        case .char("m"): return openFollowUp()
        case .char("A"):
            overlay = .input(.actionText(step: step.id, lens: lens), TextInput())
            return []
        case .char("t"):
            overlay = .input(.timebox, TextInput(session.timebox.map(Timebox.format) ?? ""))
            return []
        case .char("S"):
            overlay = .input(.saveAs, TextInput(path))
            return []
        default: return editKey(key, stepID: step.id)
        }
    }

    /// A driver's number right after a "no": link (or unlink) that driver to it, and say so.
    /// More numbers may follow; any other key ends it.
    mutating func linkDriverDuringTheWalk(_ number: Int, to no: Question?) -> [Effect] {
        let t = text
        guard let no else {
            status = t.driverAfterNo
            return []
        }
        justSaidNo = no
        guard number <= session.drivers.count else {
            status = t.noSuchDriver(number, session.drivers.count)
            return []
        }
        let driver = session.drivers[number - 1]
        let effects = change { s, now in try s.toggleDriver(no.step, no.lens, number: number, now: now) }
        let linked = step(no.step)?.answers[no.lens].drivers.contains(driver.id) ?? false
        let stepNumber = (ordinal(of: no.step) ?? 0) + 1
        status = (linked ? t.driverLinked : t.driverUnlinked)(
            number, driver.name, no.lens.label(session.language), stepNumber)
        return effects
    }

    /// Record an answer and move on: to the next open question of this step, or, when the
    /// step is complete, straight to the next step.
    mutating func answer(_ answer: Answer) -> [Effect] {
        let step = currentStep
        let lens = session.cursor.lens
        if lens == .user && !step.digital {
            status = text.notApplicable
            return []
        }
        return answering { s, now in try s.answer(step.id, lens, answer, now: now) }
    }

    /// Apply an answer to the current question and move on.
    mutating func answering(_ record: (inout Session, Date) throws -> Void) -> [Effect] {
        let lens = session.cursor.lens
        let effects = change(record)
        guard !effects.isEmpty else { return effects }
        let updated = currentStep
        if updated.answers[lens].answer == .no && !session.drivers.isEmpty {
            justSaidNo = Question(step: updated.id, lens: lens)
        }
        let order = updated.applicableLenses
        let at = order.firstIndex(of: lens) ?? 0
        let rotated = order[(at + 1)...] + order[..<at]
        if let next = rotated.first(where: { updated.answers[$0].answer == .open }) {
            session.cursor.lens = next
        } else if let ordinal = ordinal(of: updated.id), let next = self.step(atOrdinal: ordinal + 1) {
            finishedStep = updated.id
            moveCursor(step: next.id, lens: firstOpenLens(next))
            justAnswered = Cursor(step: updated.id, lens: lens)
        } else {
            finishedStep = updated.id
        }
        // In whatever order the room answered: the offer when nothing is open any more, and
        // which question it is when one is left.
        if index.total.open == 0 {
            status = text.journeyComplete
        } else if index.total.open == 1, let q = firstOpenQuestion() {
            status = text.oneOpenLeft((ordinal(of: q.step) ?? 0) + 1, q.lens.label(session.language))
        }
        return effects
    }

    /// The first open question in journey order.
    func firstOpenQuestion() -> Question? {
        for step in session.steps {
            if let lens = step.applicableLenses.first(where: { step.answers[$0].answer == .open }) {
                return Question(step: step.id, lens: lens)
            }
        }
        return nil
    }

    mutating func moveQuestion(by delta: Int) -> [Effect] {
        let step = currentStep
        let order = step.applicableLenses
        let index = order.firstIndex(of: session.cursor.lens) ?? 0
        let target = index + delta
        if order.indices.contains(target) {
            session.cursor.lens = order[target]
            return [.save]
        }
        guard let ordinal = ordinal(of: step.id), let next = self.step(atOrdinal: ordinal + (delta > 0 ? 1 : -1))
        else { return [] }
        moveCursor(step: next.id, lens: delta > 0 ? .brand : next.applicableLenses.last!)
        return [.save]
    }

    mutating func moveStep(by delta: Int) -> [Effect] {
        guard let ordinal = ordinal(of: session.cursor.step), let next = self.step(atOrdinal: ordinal + delta)
        else { return [] }
        moveCursor(step: next.id, lens: firstOpenLens(next))
        return [.save]
    }

    mutating func movePhase(by delta: Int) -> [Effect] {
        guard let l = index.position(of: session.cursor.step) else { return [] }
        let target = delta > 0 ? l.phase + 1 : (l.index > 0 ? l.phase : l.phase - 1)
        guard session.phases.indices.contains(target) else { return [] }
        let step = session.phases[target].steps[0]
        moveCursor(step: step.id, lens: firstOpenLens(step))
        return [.save]
    }
}

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
    let done = state.index.completeSteps
    if state.pausedAt != nil {
        // A break: the whole row says so, for the room to see.
        buf.fill(y: 1, role: .warning)
        buf.put(
            TextLayout.truncate(" ⏸ \(t.paused) · \(t.pausedHint)", max(1, w - timeWidth - 2)), x: 0, y: 1,
            role: .warning)
        buf.put(timing + rest, x: max(1, w - timeWidth - 1), y: 1, role: .warning)
    } else {
        let barWidth = max(10, min(40, w - timeWidth - 14))
        let filled = stepCount == 0 ? 0 : (barWidth * done) / stepCount
        buf.put(String(repeating: "█", count: filled), x: 1, y: 1, role: .progress)
        buf.put(String(repeating: "░", count: barWidth - filled), x: 1 + filled, y: 1, role: .progressEmpty)
        buf.put(" \(done)/\(stepCount)", x: 1 + barWidth, y: 1, role: .label)
        let tx = max(barWidth + 10, w - timeWidth - 1)
        let used = buf.put(timing, x: tx, y: 1, role: timingRole)
        buf.put(rest, x: tx + used, y: 1, role: .label)
    }
    drawRule(&buf, y: 2)

    // Measure the blocks, then shrink until they fit.
    let labelWidth = Lens.allCases.map { DisplayWidth.of($0.label(lang)) }.max()! + 3
    // One width, vote or not, so the questions never move: a tally that does not fit beside the
    // answer's word stands beside its symbol ("? 3/3/1≠").
    let answerWidth = 13
    // In a reassessment, last time's answer stands as a symbol left of this time's.
    let hasPrevious = Lens.allCases.contains { step.answers[$0].previous != nil }
    let previousWidth = hasPrevious ? 3 : 0
    let questionWidth = max(10, w - labelWidth - answerWidth - previousWidth - 2)
    let stepText = "\(ordinal + 1). \(step.text)" + (step.digital ? "  [\(t.digitalTag)]" : "")
    let stepLines = TextLayout.wrap(stepText, w - 2)
    let promise = s.brandPromise.isEmpty ? [] : TextLayout.wrap("\(t.brandPromise): \(s.brandPromise)", w - 2)
    let drivers = s.drivers.isEmpty ? [] : TextLayout.wrap(driversLine(t.drivers, s.drivers, s.language), w - 2)
    let questionLines = Lens.allCases.map { TextLayout.wrap($0.question(lang), questionWidth) }
    let current = s.cursor.lens
    let bottomReserved = 3 + (state.overlay == nil ? 0 : 2)  // footer 2 + status/summary
    let noteRows = 1
    let summaryRows = state.finishedStep == nil ? 0 : 1
    let available = h - 3 - bottomReserved - noteRows - summaryRows

    // Every driver stays on screen, wrapped, whatever else gives way.
    var maxStep = 3, maxPromise = 2, rule = true, showStepNote = true
    let maxDrivers = drivers.count
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
    var shrink: [() -> Void] = [
        { rule = false },
        { maxPromise = 1 },
        {
            maxStep = 2
            showStepNote = false
        },
    ]
    for lens in Lens.allCases.filter({ $0 != current }).sorted(by: {
        questionLines[Lens.allCases.firstIndex(of: $0)!].count > questionLines[Lens.allCases.firstIndex(of: $1)!].count
    }) {
        shrink.append { compacted.insert(lens) }
    }
    shrink += [{ maxStep = 1 }, { maxPromise = 0 }]
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
        buf.put(
            (isCurrent ? "▶ " : "  ") + lens.label(lang), x: 0, y: firstY,
            role: isCurrent ? .current : (applies ? .label : .dim))
        let tally = response.votes.map { $0.text + ($0.isSplit ? "≠" : "") }
        let full = "\(response.answer.symbol) \(response.answer.label(lang))" + (tally.map { " " + $0 } ?? "")
        let label =
            DisplayWidth.of(full) <= answerWidth - 1 ? full : "\(response.answer.symbol) " + (tally ?? "")
        buf.put(
            TextLayout.pad(label, answerWidth - 1), x: w - answerWidth, y: firstY,
            role: isCurrent ? .current : answerRole(response.answer))
        if let previous = response.previous {
            buf.put(previous.symbol, x: w - answerWidth - previousWidth + 1, y: firstY, role: .dim)
        }
    }
    // The note of the current question, right under the questions.
    let note = step.answers[current].note
    let lastNote = step.answers[current].lastTime?.note ?? ""
    let last =
        step.answers[current].previous.map {
            "  ·  " + (lastNote.isEmpty ? t.lastTime($0.label(lang)) : t.lastTimeNote($0.label(lang), lastNote))
        } ?? ""
    if note.isEmpty {
        buf.put(TextLayout.truncate("\(t.note): —" + last, w - 2), x: 1, y: y, role: .dim)
    } else {
        buf.put(TextLayout.truncate("\(t.note): \(note)" + last, w - 2), x: 1, y: y, role: .normal)
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
        y += 1
    }
    drawJourneyAround(&buf, state, from: y + 1, to: h - bottomReserved - 1)
}

/// On a tall screen, the room below the questions shows the journey around the current step:
/// the phases and their steps, each with its answers as symbols, the current one marked, so the
/// room sees where it is and what is still open.
func drawJourneyAround(_ buf: inout ScreenBuffer, _ state: AppState, from top: Int, to bottom: Int) {
    let rows = bottom - top
    guard rows >= 4, let position = state.index.position(of: state.session.cursor.step) else { return }
    let w = buf.width
    // The lines of the whole journey, as references: a phase heading or a step's ordinal.
    // Only a window around the current step is built.
    let current = position.ordinal
    var lines: [(phase: Int?, ordinal: Int?)] = []
    let from = max(0, current - rows)
    let to = min(state.index.stepCount, current + rows)
    for ordinal in from..<to {
        let p = state.index.phase(ofOrdinal: ordinal)
        if ordinal == state.index.phaseStarts[p] || ordinal == from { lines.append((p, nil)) }
        lines.append((nil, ordinal))
    }
    guard let at = lines.firstIndex(where: { $0.ordinal == current }) else { return }
    let first = max(0, min(at - rows / 3, lines.count - rows))
    var y = top
    for line in lines.dropFirst(first).prefix(rows) {
        if let p = line.phase {
            buf.put(TextLayout.truncate(state.session.phases[p].title, w - 2), x: 1, y: y, role: .heading)
        } else if let ordinal = line.ordinal, let step = state.step(atOrdinal: ordinal) {
            let isCurrent = ordinal == current
            var x = 1
            x += buf.put(isCurrent ? "▶" : " ", x: x, y: y, role: isCurrent ? .current : .dim)
            x += buf.put(TextLayout.padLeft("\(ordinal + 1)", 4) + ". ", x: x, y: y, role: .label)
            let answers = Lens.allCases.map { step.answers[$0].answer }
            let textWidth = max(4, w - x - 2 * answers.count - 3)
            x += buf.put(
                TextLayout.pad(TextLayout.truncate(step.text, textWidth), textWidth) + "  ", x: x, y: y,
                role: isCurrent ? .normal : .dim)
            for answer in answers { x += buf.put(answer.symbol + " ", x: x, y: y, role: answerRole(answer)) }
        }
        y += 1
    }
}
