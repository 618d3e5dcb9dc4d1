#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

/// Messages change the state; effects are returned, never performed here.
public func update(_ state: inout AppState, _ message: Message) -> [Effect] {
    let effects = route(&state, message)
    // The step clock follows the screen: it runs only while the step is on the step screen.
    state.syncStepClock()
    return effects
}

private func route(_ state: inout AppState, _ message: Message) -> [Effect] {
    switch message {
    case .time(let now):
        state.now = now
        return []
    case .tick(let now):
        state.now = now
        // While a save is failing, every tick tries again.
        return state.saveProblem != nil ? [.save] : [.keepFiles]
    case .foldWritten:
        return state.saveProblem != nil ? [] : [.keepFiles]
    case .resize(let size):
        state.size = size
        state.keepSelectionsVisible()
        return []
    case .saveFailed(let reason):
        state.saveProblem = reason
        // A change said to be kept was not: the warning speaks alone.
        state.status = nil
        return []
    case .saveSucceeded:
        state.saveProblem = nil
        return []
    case .originalKept(let path):
        state.saveProblem = nil
        state.status = state.text.originalKept(path)
        return []
    case .savedAs(let path):
        state.path = path
        state.saveProblem = nil
        state.status = state.text.savedElsewhere(path)
        return []
    case .saveAsFailed(let path, let reason):
        state.status = state.text.notSavedAs(path, reason)
        return []
    case .cannotLeave(let reason):
        state.saveProblem = reason
        state.status = state.text.keptInMemory
        return []
    case .terminate:
        return state.quit()
    case .setTimebox(let seconds):
        guard seconds != state.session.timebox else { return [] }
        state.session.setTimebox(seconds, now: state.now)
        return [.save]
    case .offerRecovery(let newer):
        state.overlay = .recover(newer)
        return []
    case .notice(let text):
        state.status = text
        return []
    case .refresh, .listed:
        return []
    case .phoneVotes(let q, let votes, let ack):
        return state.phoneVotes(q, votes, ack)
    case .key(let key):
        let effects = keyUpdate(&state, key)
        // Whatever the key changed, the decide list's selection stays on a line that is there.
        if state.screen == .decide { state.decide.settle(state) }
        return effects
    }
}

/// A key: to the overlay when there is one, to the app's own keys, else to the screen shown.
private func keyUpdate(_ state: inout AppState, _ key: Key) -> [Effect] {
    state.status = nil
    if let overlay = state.overlay { return state.handleOverlay(overlay, key) }
    if state.screen != .step {
        state.justAnswered = nil
        state.justSaidNo = nil
    }
    if state.showingRoomCode {
        state.showingRoomCode = false
        if key == .char("Q") || key == .escape { return [] }
    }
    if key == .char("q") || key == .control("c") { return state.quit() }
    if key == .char(" ") && state.screen != .help {
        state.togglePause()
        return []
    }
    if key == .char("?") || key == .f1 {
        if state.screen == .help {
            state.screen = state.help.returnTo
        } else {
            state.help.open(from: state.screen)
            state.screen = .help
        }
        return []
    }
    switch state.screen {
    case .step:
        let last = state.justAnswered
        state.justAnswered = nil
        let no = state.justSaidNo
        state.justSaidNo = nil
        return state.stepKey(key, justAnswered: last, justSaidNo: no)
    case .overview: return state.send(key, to: \.overview)
    case .decide: return state.send(key, to: \.decide)
    case .help: return state.send(key, to: \.help)
    case .review: return state.send(key, to: \.review)
    case .followUp: return state.send(key, to: \.followUp)
    }
}
