#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

// Questions on top of a screen: confirmations, choices, recovery (text entry: TextEntry.swift).

/// A modal question on top of a screen.
public enum Overlay: Equatable, Sendable {
    case input(Prompt, TextInput)
    /// Confirmed with `x` again, never with an answer key (a "yes" typed on would delete).
    case confirmDeleteStep(StepID)
    case confirmDeleteAction(ActionID)
    case confirmDeleteTopMoment
    /// The level of an action being written (or, with `editing`, rewritten in place).
    case chooseLevel(step: StepID?, lens: Lens?, text: String, editing: ActionID? = nil)
    /// How a knowledge gap is found out: one key per method.
    case chooseResearch(step: StepID, lens: Lens, who: String)
    /// The top moment's four criteria, one key each; every key is saved at once.
    case momentCriteria
    /// A leader's habit from the menu, by its number.
    case chooseHabit
    /// A newer state found in a temporary file left by an interrupted save.
    case recover(Session)
}

extension AppState {
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
            guard key == .char("x") || key == .char("X") else { return [] }
            let wasCurrent = session.cursor.step == id
            if wasCurrent { flushStepTime() }
            let effects = change { s, now in try s.deleteStep(id, now: now) }
            if wasCurrent { stepEnteredAt = clockNow }
            if finishedStep == id { finishedStep = nil }
            keepSelectionsVisible()
            return effects
        case .confirmDeleteAction(let id):
            self.overlay = nil
            guard key == .char("x") || key == .char("X") else { return [] }
            let effects = change { s, now in s.deleteAction(id, now: now) }
            keepSelectionsVisible()
            return effects
        case .confirmDeleteTopMoment:
            self.overlay = nil
            guard key == .char("x") || key == .char("X") else { return [] }
            let effects = change { s, now in try s.setTopMoment(nil, now: now) }
            keepSelectionsVisible()
            return effects
        case .chooseResearch(let step, let lens, let who):
            if key == .escape {
                self.overlay = .input(
                    .researchDue(step: step, lens: lens, who: who, method: nil),
                    TextInput(self.step(step)?.answers[lens].research?.due ?? ""))
                return []
            }
            guard case .char(let c) = key, let n = Int(String(c)), (1...ResearchMethod.allCases.count).contains(n)
            else { return [] }
            let method = ResearchMethod.allCases[n - 1]
            self.overlay = .input(
                .researchDue(step: step, lens: lens, who: who, method: method),
                TextInput(self.step(step)?.answers[lens].research?.due ?? ""))
            return []
        case .chooseHabit:
            if key == .escape {
                self.overlay = nil
                return []
            }
            guard case .char(let c) = key, let n = Int(String(c)), n >= 1, n <= min(9, habitMenu.count) else {
                return []
            }
            self.overlay = .input(.habitLeader(habit: habitMenu[n - 1]), TextInput())
            return []
        case .momentCriteria:
            guard var moment = session.topMoment else {
                self.overlay = nil
                return []
            }
            switch key {
            case .char(let c):
                guard let n = Int(String(c)), let criterion = MomentCriterion(rawValue: n) else {
                    if c == "x" { self.overlay = .confirmDeleteTopMoment }
                    return []
                }
                // Not judged → yes → no → not judged.
                moment[criterion] =
                    switch moment[criterion] {
                    case nil: true
                    case true?: false
                    case false?: nil
                    }
                return change { s, now in try s.setTopMoment(moment, now: now) }
            case .enter, .escape:
                self.overlay = nil
                return []
            default:
                return []
            }
        case .chooseLevel(let step, let lens, let actionText, let editing):
            let level: ActionLevel? =
                switch key {
                case .char("1"), .char("b"), .char("g"): .behaviour
                case .char("2"), .char("j"): .journey
                case .char("3"), .char("m"): .moment
                default: nil
                }
            if key == .escape {
                self.overlay = nil
                return []
            }
            if let level {
                let owner = editing.flatMap { decisions.action($0)?.owner } ?? ""
                self.overlay = .input(
                    .actionOwner(step: step, lens: lens, text: actionText, level: level, editing: editing),
                    TextInput(owner))
            }
            return []
        case .input(let prompt, let input):
            return textEntryKey(prompt, input, key)
        }
    }
}
