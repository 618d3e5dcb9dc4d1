#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

/// How a workshop run ended.
public struct WorkshopOutcome: Sendable, Equatable {
    /// Printed after the terminal is restored (e.g. where a rescue copy went).
    public var message: String?
    /// True when the session could not be saved to its file at the end.
    public var unsaved: Bool
    /// True when a signal or a lost terminal ended it.
    public var forced: Bool
}

/// Reads input, turns it into messages, performs the effects `update` returns, and draws. It
/// decides nothing: what to save when is the `SessionKeeper`'s, what a key does is `update`'s.
public final class Runtime {
    let terminal: any TerminalDevice
    let clock: () -> Date
    /// Messages from other threads: what any thread sends here reaches `update` in the next
    /// turn of the loop.
    public let inbox = Inbox()
    /// Opens (true) or closes the room; set by the command line, which owns the server. It
    /// answers the room now open (nil: closed) or why it could not open.
    public var roomSwitch: ((Bool) -> Result<RoomLink?, RoomSwitchFailure>)?

    /// Whether the runtime starts the clock's `Ticker` (a test's scripted terminal sends its
    /// own ticks, from its own clock).
    let ticks: Bool

    public init(terminal: any TerminalDevice, clock: @escaping () -> Date, ticks: Bool = true) {
        self.terminal = terminal
        self.clock = clock
        self.ticks = ticks
    }

    /// Feed messages to `handle` until it says stop, drawing after each turn: the terminal's
    /// input (each key preceded by the time) and whatever any source sent into the inbox (the
    /// clock's tick every second, the background fold, …). The loop knows no source by name.
    func loop(first: [Message], draw: () -> ScreenBuffer, handle: (Message) -> Bool) {
        let ticker = ticks ? Ticker(into: inbox) : nil
        defer { ticker?.stop() }
        for message in first where handle(message) { return }
        terminal.draw(draw())
        while true {
            var messages: [Message] = []
            switch terminal.read(wakingOn: inbox.wakeDescriptor) {
            case .key(let k): messages += [.time(clock()), .key(k)]
            case .resize:
                terminal.invalidate()
                messages.append(.resize(terminal.size))
            case .suspend:
                terminal.suspend()
                messages.append(.resize(terminal.size))
            case .hangup: messages.append(.terminate)
            case .wake: messages += inbox.drain()
            case .timeout: break
            }
            if messages.isEmpty { continue }
            for message in messages where handle(message) { return }
            terminal.draw(draw())
        }
    }

    /// Run a workshop until the team quits. `first` comes from the command line (a timebox, a
    /// recovered save). Every change is saved before it is drawn.
    public func runWorkshop(_ state: inout AppState, keeper: SessionKeeper, first: [Message] = []) -> WorkshopOutcome {
        var local = state
        var outcome: WorkshopOutcome?
        var forced = false
        let now = clock()
        let start: [Message] = [.time(now), .resize(terminal.size)] + first
        let inbox = self.inbox
        keeper.store.whenFoldWritten { inbox.send(.foldWritten) }
        loop(first: start, draw: { view(local) }) { message in
            if message == .terminate { forced = true }
            var pending = update(&local, message)
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                let now = clock()
                var replies: [Message] = []
                switch effect {
                case .save:
                    switch keeper.save(local.session, now: now) {
                    case .saved: if local.saveProblem != nil { replies.append(.saveSucceeded) }
                    case .savedKeepingOriginal(let path): replies.append(.originalKept(path))
                    case .failed(let reason): replies.append(.saveFailed(reason))
                    }
                case .keepFiles:
                    if let reason = keeper.tick(local.session, now: now) { replies.append(.saveFailed(reason)) }
                case .saveAs(let path):
                    if let error = keeper.saveAs(path, local.session, now: now) {
                        replies.append(.saveAsFailed(path: path, reason: error.reason(in: local.session.language)))
                    } else {
                        replies.append(.savedAs(path))
                    }
                case .discardRecovery:
                    keeper.discardRecovery()
                case .quit:
                    switch keeper.leave(local.session, problem: local.saveProblem, forced: forced) {
                    case .left(let message, let unsaved):
                        outcome = WorkshopOutcome(message: message, unsaved: unsaved, forced: forced)
                        return true
                    case .stay(let problem): replies.append(.cannotLeave(problem))
                    }
                case .acknowledge(let ack):
                    ack.done(local.saveProblem == nil)
                case .switchRoom(let open):
                    switch roomSwitch?(open) ?? .success(nil) {
                    case .success(let room): local.room = room
                    case .failure(let why): replies.append(.notice(local.text.roomFailed(why.reason)))
                    }
                case .list, .open:
                    break
                }
                for reply in replies { pending += update(&local, reply) }
            }
            // The phones follow the wall.
            local.room?.board.show(local.roomQuestion)
            return false
        }
        state = local
        return outcome ?? WorkshopOutcome(message: nil, unsaved: false, forced: forced)
    }

    /// Run the start screen until the user picks something (nil: quit). `list` reads the folders.
    public func runStart(
        _ state: inout StartState, first: [Message] = [],
        list: (String, String) -> [LibraryEntry]
    ) -> StartChoice? {
        var local = state
        var choice: StartChoice?
        loop(first: [.resize(terminal.size), .refresh] + first, draw: { startView(local) }) { message in
            var pending = startUpdate(&local, message)
            while !pending.isEmpty {
                switch pending.removeFirst() {
                case .list(let workshops, let sessions):
                    pending += startUpdate(&local, .listed(list(workshops, sessions)))
                case .open(let c):
                    choice = c
                    return true
                case .quit: return true
                default: break
                }
            }
            return false
        }
        state = local
        return choice
    }
}
