#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore
import Synchronization

/// The room on the wall: phones vote on the question the step screen shows; the wall shows how
/// many voted, never the split; `v` reveals (the tally prompt, filled with the phones'
/// counts); `Q` shows the room's QR code. The server is elsewhere (JourneyCheckRoom): the wall
/// knows only the board they share, the address and the code's modules.
public struct RoomLink: Sendable {
    public let board: RoomBoard
    public let url: String
    /// The QR code's modules, dark true, with their quiet zone.
    public let qr: [[Bool]]

    public init(board: RoomBoard, url: String, qr: [[Bool]]) {
        self.board = board
        self.url = url
        self.qr = qr
    }
}

/// Why the room could not open.
public struct RoomSwitchFailure: Error, Sendable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}

/// A phone waits for this: the counts it brought were kept (journaled) or not.
public final class RoomAck: Sendable, Equatable {
    private let state = Mutex<(done: Bool?, waiter: CheckedContinuation<Bool, Never>?)>((nil, nil))

    public init() {}

    public static func == (a: RoomAck, b: RoomAck) -> Bool { a === b }

    /// Called by the wall once the counts were saved (or could not be).
    public func done(_ kept: Bool) {
        let waiter = state.withLock { s -> CheckedContinuation<Bool, Never>? in
            if s.done != nil { return nil }
            s.done = kept
            let w = s.waiter
            s.waiter = nil
            return w
        }
        waiter?.resume(returning: kept)
    }

    /// Wait for the wall, at most `seconds`; false when it did not answer in time.
    public func wait(seconds: Double) async -> Bool {
        Task {
            try? await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
            done(false)
        }
        return await withCheckedContinuation { c in
            let now = state.withLock { s -> Bool? in
                if let d = s.done { return d }
                s.waiter = c
                return nil
            }
            if let now { c.resume(returning: now) }
        }
    }
}

extension AppState {
    /// The question the phones answer now: the step screen's, while nothing else is asked.
    public var roomQuestion: RoomBoard.Open? {
        guard room != nil, screen == .step, pausedAt == nil, let step = step(session.cursor.step),
            let ordinal = ordinal(of: step.id)
        else { return nil }
        let lens = session.cursor.lens
        return RoomBoard.Open(
            question: Question(step: step.id, lens: lens), stepNumber: ordinal + 1, stepText: step.text,
            language: session.language, answers: lens == .user && !step.digital ? [] : [.yes, .no, .dontKnow])
    }

    /// Record the room's vote on the current question, and move on as an answer does.
    mutating func tally(_ votes: Votes) -> [Effect] {
        let step = currentStep
        let lens = session.cursor.lens
        // The reveal: the question takes no more votes from the phones.
        room?.board.close(Question(step: step.id, lens: lens))
        return answering { s, now in try s.tally(step.id, lens, votes, now: now) }
    }

    /// The phones' counts arrived: keep them like an answer, then tell the phone.
    mutating func phoneVotes(_ q: Question, _ votes: Votes, _ ack: RoomAck) -> [Effect] {
        guard step(q.step) != nil else {
            ack.done(false)
            return []
        }
        session.modifyStep(q.step) { $0.answers[q.lens].phoneVotes = votes }
        return [.save, .acknowledge(ack)]
    }

    /// The room's line on the step screen: how many voted, never how.
    var roomLine: String? {
        guard let room, let open = roomQuestion else { return nil }
        let votes = step(open.question.step)?.answers[open.question.lens].phoneVotes?.total ?? 0
        let w = Wording(session.language)
        // "5 van 7 gestemd" while the participants are known and not exceeded; else the count.
        let voted = room.board.expected.flatMap { votes <= $0 ? w.roomVotedOf(votes, $0) : nil } ?? w.roomVoted(votes)
        return w.roomOpen(room.url) + " · " + voted + " · " + w.roomKeys
    }
}

/// The QR code over the whole screen, with the address under it.
func drawRoomCode(_ buf: inout ScreenBuffer, _ state: AppState) {
    guard let room = state.room else { return }
    let w = buf.width, h = buf.height
    for y in 0..<h { buf.fill(y: y, role: .normal) }
    let size = room.qr.count
    let rows = (size + 1) / 2
    let text = Wording(state.session.language)
    if size <= w - 2 && rows <= h - 4 {
        let x0 = (w - size) / 2, y0 = max(0, (h - 3 - rows) / 2)
        for r in 0..<rows {
            var line = ""
            for x in 0..<size {
                let top = room.qr[2 * r][x], bottom = 2 * r + 1 < size ? room.qr[2 * r + 1][x] : false
                line += top && bottom ? "█" : top ? "▀" : bottom ? "▄" : " "
            }
            buf.put(line, x: x0, y: y0 + r, role: .qr)
        }
        buf.put(
            TextLayout.truncate(room.url, w - 2), x: max(1, (w - DisplayWidth.of(room.url)) / 2),
            y: min(y0 + rows + 1, h - 4),
            role: .title)
    } else {
        buf.put(TextLayout.truncate(room.url, w - 2), x: 1, y: 1, role: .title)
        buf.put(TextLayout.truncate(text.roomWindowTooSmall, w - 2), x: 1, y: 3, role: .dim)
    }
    if let line = state.roomLine { buf.put(TextLayout.truncate(line, w - 2), x: 1, y: h - 3, role: .dim) }
}
