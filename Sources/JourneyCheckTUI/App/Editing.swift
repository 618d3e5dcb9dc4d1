#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

// Changes to the session from any screen: undo, time per step, the cursor, journey edits.

extension AppState {
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
        case .unknownDriver(let n): text.noSuchDriver(n, session.drivers.count)
        case .gapNeedsNo: text.gapOnlyForNo
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
        keepSelectionsVisible()
        status = text.undone
        return [.save]
    }

    /// Add the time of this sitting to the current step (not undoable).
    mutating func flushStepTime() {
        let seconds = runningSeconds
        if seconds > 0 {
            session.addTime(session.cursor.step, seconds: seconds, now: session.updated)
            stepEnteredAt = stepEnteredAt.addingTimeInterval(Double(seconds))
        }
    }

    /// Put the cursor on a step and question, accounting the time of the step left behind.
    mutating func moveCursor(step: StepID, lens: Lens) {
        if step != session.cursor.step {
            flushStepTime()
            stepEnteredAt = clockNow
        }
        session.cursor = Cursor(step: step, lens: lens)
    }

    /// Stop the clocks for a break, or start them again: paused time is never counted.
    mutating func togglePause() {
        if pausedAt != nil {
            pausedAt = nil
        } else {
            flushStepTime()
            pausedAt = now
        }
        syncStepClock()
    }

    mutating func quit() -> [Effect] {
        flushStepTime()
        return [.save, .quit]
    }

    /// The first open applicable question of a step, else brand.
    func firstOpenLens(_ step: Step) -> Lens {
        step.applicableLenses.first { step.answers[$0].answer == .open } ?? .brand
    }

    /// Keep the selected rows of the overview and the decide screen on screen.
    mutating func keepSelectionsVisible() {
        overview.settle(self)
        decide.settle(self)
    }

    /// Keys that change the journey, on the step screen and in the overview.
    mutating func editKey(_ key: Key, stepID: StepID) -> [Effect] {
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
            keepSelectionsVisible()
            return effects
        case .char("P"):
            overlay = .input(.phaseTitle(afterStep: stepID), TextInput())
        case .char("R"):
            overlay = .input(.renamePhase(session.phases[l.phase].id), TextInput(session.phases[l.phase].title))
        default: break
        }
        return []
    }
}
