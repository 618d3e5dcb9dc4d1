import Foundation
import JourneyCheckCore

/// Messages change the state; effects are returned, never performed here.
public func update(_ state: inout AppState, _ message: Message) -> [Effect] {
    switch message {
    case .tick(let now):
        state.now = now
        return state.saveProblem != nil ? [.save] : []
    case .resize(let size):
        state.size = size
        state.keepSelectionsVisible()
        return []
    case .saveFailed(let reason):
        state.saveProblem = reason
        return []
    case .saveSucceeded:
        state.saveProblem = nil
        return []
    case .terminate:
        return state.quit()
    case .key(let key):
        state.status = nil
        if let overlay = state.overlay { return state.handleOverlay(overlay, key) }
        if key == .char("q") || key == .control("c") { return state.quit() }
        if key == .char("?") || key == .f1 {
            if state.screen == .help { state.screen = state.helpReturn } else {
                state.helpReturn = state.screen
                state.helpScroll = 0
                state.screen = .help
            }
            return []
        }
        switch state.screen {
        case .step: return state.stepKey(key)
        case .overview: return state.overviewKey(key)
        case .potential: return state.potentialKey(key)
        case .help: return state.helpKey(key)
        }
    }
}

extension AppState {
    // MARK: Changes, undo, time

    /// Apply a change to the session, remembered for undo. Errors become a status line.
    mutating func change(_ body: (inout Session, Date) throws -> Void) -> [Effect] {
        var copy = session
        copy.cursor = session.cursor
        do {
            try body(&copy, now)
        } catch let error as EditError {
            status = describe(error)
            return []
        } catch {
            status = "\(error)"
            return []
        }
        undoStack.append(session)
        if undoStack.count > AppState.undoLimit { undoStack.removeFirst(undoStack.count - AppState.undoLimit) }
        session = copy
        return [.save]
    }

    func describe(_ error: EditError) -> String {
        switch error {
        case .lastStep: text.lastStep
        case .cannotMove: text.cannotMove
        case .emptyText: text.emptyText
        case .invalidDate: text.invalidDate
        case .notApplicable: text.notApplicable
        case .unknownStep(let id), .unknownPhase(let id): "? \(id)"
        }
    }

    mutating func undo() -> [Effect] {
        guard var previous = undoStack.popLast() else {
            status = text.nothingToUndo
            return []
        }
        flushStepTime()
        // Time spent is a fact, not an edit: undo keeps it.
        for (p, phase) in previous.phases.enumerated() {
            for (i, step) in phase.steps.enumerated() {
                if let at = index.position(of: step.id) {
                    let seconds = session.phases[at.phase].steps[at.index].seconds
                    if seconds != step.seconds { previous.phases[p].steps[i].seconds = seconds }
                }
            }
        }
        session = previous
        finishedStep = nil
        overviewSelection = min(overviewSelection, index.stepCount - 1)
        status = text.undone
        return [.save]
    }

    /// Add the time of this sitting to the current step (not undoable).
    mutating func flushStepTime() {
        let seconds = Int(now.timeIntervalSince(stepEnteredAt))
        if seconds > 0 {
            session.addTime(session.cursor.step, seconds: seconds, now: session.updated)
            stepEnteredAt = stepEnteredAt.addingTimeInterval(Double(seconds))
        }
    }

    /// Put the cursor on a step and question, accounting the time of the step left behind.
    mutating func moveCursor(step: String, lens: Lens) {
        if step != session.cursor.step {
            flushStepTime()
            stepEnteredAt = now
        }
        session.cursor = Cursor(step: step, lens: lens)
    }

    mutating func quit() -> [Effect] {
        flushStepTime()
        return [.save, .quit]
    }

    /// The first open applicable question of a step, else brand.
    func firstOpenLens(_ step: Step) -> Lens {
        step.applicableLenses.first { step.answers[$0].answer == .open } ?? .brand
    }

    // MARK: Step screen

    mutating func stepKey(_ key: Key) -> [Effect] {
        let step = currentStep
        let lens = session.cursor.lens
        switch key {
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
            overlay = .input(.questionNote(step: step.id, lens: lens), TextInput(step.answers[lens].note))
            return []
        case .char("E"):
            overlay = .input(.stepNote(step: step.id), TextInput(step.note))
            return []
        case .char("u"): return undo()
        case .char("o"), .char("2"): return openOverview()
        case .char("p"), .char("3"): return openPotential()
        case .char("t"):
            overlay = .input(.timebox, TextInput(session.timebox.map(formatTimebox) ?? ""))
            return []
        case .char("S"):
            overlay = .input(.saveAs, TextInput(path))
            return []
        default: return editKey(key, stepID: step.id)
        }
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
        let effects = change { s, now in try s.answer(step.id, lens, answer, now: now) }
        guard !effects.isEmpty else { return effects }
        let updated = currentStep
        let order = updated.applicableLenses
        let at = order.firstIndex(of: lens) ?? 0
        let rotated = order[(at + 1)...] + order[..<at]
        if let next = rotated.first(where: { updated.answers[$0].answer == .open }) {
            session.cursor.lens = next
        } else if let ordinal = ordinal(of: updated.id), let next = self.step(atOrdinal: ordinal + 1) {
            finishedStep = updated.id
            moveCursor(step: next.id, lens: firstOpenLens(next))
        } else {
            finishedStep = updated.id
            if index.total.open == 0 { status = text.journeyComplete }
        }
        return effects
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

    /// Keys that change the journey, on the step screen and in the overview.
    mutating func editKey(_ key: Key, stepID: String) -> [Effect] {
        guard let l = index.position(of: stepID), let step = self.step(stepID) else { return [] }
        switch key {
        case .char("a"):
            overlay = .input(.addStep(after: stepID), TextInput())
        case .char("r"):
            overlay = .input(.renameStep(stepID), TextInput(step.text))
        case .char("x"):
            overlay = .confirmDeleteStep(stepID)
        case .char("g"):
            let effects = change { s, now in try s.toggleDigital(stepID, now: now) }
            return effects
        case .char("["), .char("]"):
            let up = key == .char("[")
            let effects = change { s, now in try s.moveStep(stepID, up: up, now: now) }
            if screen == .overview, let o = ordinal(of: stepID) { overviewSelection = o }
            keepSelectionsVisible()
            return effects
        case .char("P"):
            overlay = .input(.phaseTitle(afterStep: stepID), TextInput())
        case .char("R"):
            overlay = .input(.renamePhase(session.phases[l.phase].id), TextInput(session.phases[l.phase].title))
        case .char("1"):
            screen = .step
        default: break
        }
        return []
    }

    // MARK: Overview

    mutating func openOverview() -> [Effect] {
        screen = .overview
        overviewSelection = ordinal(of: session.cursor.step) ?? 0
        keepSelectionsVisible()
        return []
    }

    mutating func overviewKey(_ key: Key) -> [Effect] {
        let count = index.stepCount
        switch key {
        case .up: overviewSelection = max(0, overviewSelection - 1)
        case .down, .tab: overviewSelection = min(count - 1, overviewSelection + 1)
        case .pageUp: overviewSelection = max(0, overviewSelection - max(1, size.height - 8))
        case .pageDown: overviewSelection = min(count - 1, overviewSelection + max(1, size.height - 8))
        case .home: overviewSelection = 0
        case .end: overviewSelection = count - 1
        case .enter:
            if let target = self.step(atOrdinal: overviewSelection) {
                moveCursor(step: target.id, lens: firstOpenLens(target))
                screen = .step
                return [.save]
            }
        case .escape, .char("o"), .char("1"): screen = .step
        case .char("p"), .char("3"): return openPotential()
        case .char("u"):
            let e = undo()
            keepSelectionsVisible()
            return e
        case .char("t"):
            overlay = .input(.timebox, TextInput(session.timebox.map(formatTimebox) ?? ""))
        default:
            if let target = self.step(atOrdinal: overviewSelection) { return editKey(key, stepID: target.id) }
        }
        keepSelectionsVisible()
        return []
    }

    // MARK: Improvement potential

    mutating func openPotential() -> [Effect] {
        screen = .potential
        // Select the first item of the current step when there is one.
        if let i = potentialRowRefs.firstIndex(where: {
            if case .item(let n) = $0 { index.items[n].stepID == session.cursor.step } else { false }
        }) {
            potentialSelection = i
        }
        potentialSelection = min(potentialSelection, max(0, potentialRowCount - 1))
        keepSelectionsVisible()
        return []
    }

    mutating func potentialKey(_ key: Key) -> [Effect] {
        let count = potentialRowCount
        func move(_ delta: Int) {
            guard count > 0 else { return }
            var target = max(0, min(count - 1, potentialSelection + delta))
            // Headings are not selectable: step past them in the direction of travel.
            if potentialRowRefs[target] == .heading {
                let next = target + (delta >= 0 ? 1 : -1)
                target = (0..<count).contains(next) ? next : potentialSelection
            }
            potentialSelection = target
        }
        switch key {
        case .up: move(-1)
        case .down, .tab: move(1)
        case .pageUp: move(-max(1, size.height - 8))
        case .pageDown: move(max(1, size.height - 8))
        case .home: move(-count)
        case .end: move(count)
        case .escape, .char("p"), .char("1"): screen = .step
        case .char("o"), .char("2"): return openOverview()
        case .char("u"):
            let e = undo()
            potentialSelection = min(potentialSelection, max(0, potentialRowCount - 1))
            keepSelectionsVisible()
            return e
        case .enter:
            guard potentialSelection < count else { break }
            switch potentialRow(potentialSelection) {
            case .item(let item):
                moveCursor(step: item.stepID, lens: item.lens)
                screen = .step
                return [.save]
            case .action(let a):
                if let step = self.step(a.step) {
                    moveCursor(step: a.step, lens: a.lens.flatMap { step.applicableLenses.contains($0) ? $0 : nil } ?? .brand)
                    screen = .step
                    return [.save]
                }
            case .heading: break
            }
        case .char("a"):
            guard potentialSelection < count else { break }
            switch potentialRow(potentialSelection) {
            case .item(let item): overlay = .input(.actionText(step: item.stepID, lens: item.lens), TextInput())
            case .action(let a): overlay = .input(.actionText(step: a.step, lens: a.lens), TextInput())
            case .heading: break
            }
        case .char("x"):
            if potentialSelection < count, case .action(let a) = potentialRow(potentialSelection) {
                overlay = .confirmDeleteAction(a.id)
            }
        default: break
        }
        keepSelectionsVisible()
        return []
    }

    // MARK: Help

    mutating func helpKey(_ key: Key) -> [Effect] {
        let page = max(1, size.height - 5)
        let last = max(0, text.helpLines.count - page)
        switch key {
        case .up: helpScroll = max(0, helpScroll - 1)
        case .down: helpScroll = min(last, helpScroll + 1)
        case .pageDown, .char(" "): helpScroll = min(last, helpScroll + page)
        case .pageUp: helpScroll = max(0, helpScroll - page)
        default: screen = helpReturn
        }
        return []
    }

    // MARK: Overlays

    mutating func handleOverlay(_ overlay: Overlay, _ key: Key) -> [Effect] {
        switch overlay {
        case .recover(let newer):
            switch key {
            case .char("r"), .char("y"), .char("j"):
                self.overlay = nil
                var effects = change { s, _ in s = newer }
                effects.append(.discardRecovery)
                return effects
            case .char("k"), .char("n"), .escape:
                self.overlay = nil
                return [.discardRecovery]
            default:
                return []
            }
        case .confirmDeleteStep(let id):
            self.overlay = nil
            guard key == .char("y") || key == .char("j") || key == .char("Y") || key == .char("J") else { return [] }
            let wasCurrent = session.cursor.step == id
            if wasCurrent { flushStepTime() }
            let effects = change { s, now in try s.deleteStep(id, now: now) }
            if wasCurrent { stepEnteredAt = now }
            if finishedStep == id { finishedStep = nil }
            overviewSelection = min(overviewSelection, index.stepCount - 1)
            keepSelectionsVisible()
            return effects
        case .confirmDeleteAction(let id):
            self.overlay = nil
            guard key == .char("y") || key == .char("j") || key == .char("Y") || key == .char("J") else { return [] }
            let effects = change { s, now in s.deleteAction(id, now: now) }
            potentialSelection = min(potentialSelection, max(0, potentialRowCount - 1))
            return effects
        case .chooseLevel(let step, let lens, let actionText):
            let level: ActionLevel? = switch key {
            case .char("1"), .char("b"), .char("g"): .behaviour
            case .char("2"), .char("j"): .journey
            case .char("3"), .char("m"): .moment
            default: nil
            }
            if key == .escape { self.overlay = nil; return [] }
            if let level {
                self.overlay = .input(.actionOwner(step: step, lens: lens, text: actionText, level: level), TextInput())
            }
            return []
        case .input(let prompt, var input):
            switch key {
            case .escape:
                self.overlay = nil
                return []
            case .enter:
                self.overlay = nil
                return submit(prompt, input.text)
            default:
                _ = input.apply(key)
                self.overlay = .input(prompt, input)
                return []
            }
        }
    }

    mutating func submit(_ prompt: Prompt, _ value: String) -> [Effect] {
        let value = value.trimmingCharacters(in: .whitespaces)
        switch prompt {
        case .questionNote(let step, let lens):
            guard self.step(step)?.answers[lens].note != value else { return [] }
            return change { s, now in try s.setNote(step, lens, value, now: now) }
        case .stepNote(let step):
            guard self.step(step)?.note != value else { return [] }
            return change { s, now in try s.setStepNote(step, value, now: now) }
        case .addStep(let after):
            var newID = ""
            let effects = change { s, now in newID = try s.addStep(after: after, text: value, now: now) }
            if !effects.isEmpty {
                if screen == .step {
                    moveCursor(step: newID, lens: .brand)
                } else if let o = ordinal(of: newID) {
                    overviewSelection = o
                    keepSelectionsVisible()
                }
            }
            return effects
        case .renameStep(let id):
            guard self.step(id)?.text != value else { return [] }
            return change { s, now in try s.renameStep(id, to: value, now: now) }
        case .phaseTitle(let after):
            guard !value.isEmpty else {
                status = text.emptyText
                return []
            }
            overlay = .input(.phaseFirstStep(afterStep: after, title: value), TextInput())
            return []
        case .phaseFirstStep(let after, let title):
            var newID = ""
            let effects = change { s, now in newID = try s.addPhase(afterStep: after, title: title, firstStep: value, now: now) }
            if !effects.isEmpty {
                if screen == .step {
                    moveCursor(step: newID, lens: .brand)
                } else if let o = ordinal(of: newID) {
                    overviewSelection = o
                    keepSelectionsVisible()
                }
            }
            return effects
        case .renamePhase(let id):
            guard session.phases.first(where: { $0.id == id })?.title != value else { return [] }
            return change { s, now in try s.renamePhase(id, to: value, now: now) }
        case .timebox:
            guard let seconds = parseTimebox(value) else {
                status = text.invalidTimebox
                return []
            }
            guard seconds != session.timebox else { return [] }
            return change { s, now in s.setTimebox(seconds, now: now) }
        case .actionText(let step, let lens):
            guard !value.isEmpty else {
                status = text.emptyText
                return []
            }
            overlay = .chooseLevel(step: step, lens: lens, text: value)
            return []
        case .actionOwner(let step, let lens, let actionText, let level):
            overlay = .input(.actionDue(step: step, lens: lens, text: actionText, level: level, owner: value), TextInput())
            return []
        case .actionDue(let step, let lens, let actionText, let level, let owner):
            if !value.isEmpty && !isISODate(value) {
                status = text.invalidDate
                overlay = .input(.actionDue(step: step, lens: lens, text: actionText, level: level, owner: owner), TextInput(value))
                return []
            }
            return change { s, now in
                try s.addAction(step: step, lens: lens, text: actionText, level: level, owner: owner,
                                 due: value.isEmpty ? nil : value, now: now)
            }
        case .saveAs:
            guard !value.isEmpty, value != path else { return [] }
            return [.saveAs(value)]
        }
    }

    // MARK: Scrolling

    /// Keep the selected rows of the overview and potential lists on screen.
    mutating func keepSelectionsVisible() {
        let visible = max(1, OverviewLayout.listHeight(size))
        let row = OverviewLayout.row(ofStep: overviewSelection, in: index)
        if row < overviewScroll { overviewScroll = max(0, row - 1) }
        if row >= overviewScroll + visible { overviewScroll = row - visible + 1 }
        let pvisible = max(1, PotentialLayout.listHeight(size))
        if potentialSelection < potentialScroll { potentialScroll = potentialSelection }
        if potentialSelection >= potentialScroll + pvisible { potentialScroll = potentialSelection - pvisible + 1 }
    }
}

/// A row of the improvement-potential screen, by reference.
enum PotentialRowRef: Equatable, Sendable {
    case item(Int)
    case action(Int)
    case heading
}

/// A row of the improvement-potential screen.
public enum PotentialRow: Equatable, Sendable {
    case item(PotentialItem)
    case action(ImprovementAction)
    case heading(String)
}

/// "3m", "90s", "2m30s", "1:30" or a plain number of minutes. Empty means off (nil inside .some).
public func parseTimebox(_ text: String) -> Int?? {
    let s = text.lowercased().replacingOccurrences(of: " ", with: "")
    if s.isEmpty || s == "0" || s == "off" || s == "uit" { return .some(nil) }
    if let m = Int(s), m > 0, m <= 600 { return .some(m * 60) }
    if s.contains(":") {
        let parts = s.split(separator: ":")
        if parts.count == 2, let m = Int(parts[0]), let sec = Int(parts[1]), m >= 0, (0..<60).contains(sec), m + sec > 0 {
            return .some(m * 60 + sec)
        }
        return nil
    }
    var total = 0
    var number = ""
    var any = false
    for c in s {
        if c.isNumber { number.append(c); continue }
        guard let n = Int(number) else { return nil }
        switch c {
        case "h", "u": total += n * 3600
        case "m": total += n * 60
        case "s": total += n
        default: return nil
        }
        number = ""
        any = true
    }
    guard number.isEmpty, any, total > 0, total <= 36000 else { return nil }
    return .some(total)
}

func formatTimebox(_ seconds: Int) -> String {
    let m = seconds / 60, s = seconds % 60
    return s == 0 ? "\(m)m" : (m == 0 ? "\(s)s" : "\(m)m\(s)s")
}
