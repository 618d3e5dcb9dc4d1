import Foundation
import Testing
@testable import JourneyCheckCore
@testable import JourneyCheckTUI

/// A terminal that plays a script: keys, waits (the clock moves, nothing is typed) and actions
/// of the test between them; it records every frame, as ratatui's TestBackend does.
final class TestTerminal: TerminalDevice {
    enum Step {
        case key(Key)
        case wait(TimeInterval)
        case run(() -> Void)
        /// Wait (up to 5 s, really) for the inbox to wake the loop, as the real terminal does.
        case waitForInbox
    }
    var script: [Step]
    var frames: [ScreenBuffer] = []
    /// Where a wait sends the tick of its clock, as the real runtime's ticker does.
    var inbox: Inbox?
    private var lastSecond: Int?
    var now: Date
    var ended = false
    let size: TermSize

    init(_ script: [Step], now: Date, size: TermSize = TermSize(80, 24)) {
        self.script = script
        self.now = now
        self.size = size
    }

    var screen: String { frames.last?.text ?? "" }
    func draw(_ buffer: ScreenBuffer) { frames.append(buffer) }
    func read(wakingOn descriptor: Int32) -> Input {
        guard !script.isEmpty else { return .hangup }  // the script is over: as if the terminal went away
        switch script.removeFirst() {
        case .key(let k):
            now += 0.2
            return .key(k)
        case .wait(let seconds):
            now += seconds
            // The clock's tick, once its second changed.
            let second = Int(now.timeIntervalSince1970)
            if let inbox, lastSecond != second {
                lastSecond = second
                inbox.send(.tick(now))
                return .wake
            }
            return .timeout
        case .run(let body):
            body()
            return .timeout
        case .waitForInbox:
            var fd = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            return poll(&fd, 1, 5000) > 0 ? .wake : .timeout
        }
    }
    func invalidate() {}
    func suspend() {}
    func end() { ended = true }
}

/// A store whose disk can fill up on request.
final class TestStore: SessionStoring {
    var path = "room.json"
    var file: Session?
    var journal: [Session] = []
    var failing: String?
    var failingCode: Int32 = ENOSPC
    var compactions = 0
    var journalBytes: Int { journal.count * 300 }
    var isUntouchedOlderVersion = false
    var keptOriginal: String?

    func commit(_ session: Session) throws(WriteError) {
        if let failing { throw WriteError(path: path, reason: failing, code: failingCode) }
        journal.append(session)
    }
    func sync() throws(WriteError) {
        if let failing { throw WriteError(path: path, reason: failing, code: failingCode) }
    }
    func compact(_ session: Session) throws(WriteError) {
        if let failing { throw WriteError(path: path, reason: failing, code: failingCode) }
        file = session
        journal = []
        compactions += 1
    }
    func move(to path: String, _ session: Session, now: Date) throws(WriteError) {
        self.path = path
        try compact(session)
    }
    func discardRecovery() {}
    func close() {}

    /// What a reopen would see.
    var saved: Session? { journal.last ?? file }
}

@Suite struct RuntimeLoopTests {
    func run(
        _ script: [TestTerminal.Step], store: TestStore, rescue: [String] = []
    )
        -> (AppState, WorkshopOutcome, TestTerminal)
    {
        run(script, store: store, rescue: rescue) { _ in }
    }

    @Test func aMessageFromAnotherThreadIsDrawnWithoutAKey() {
        let store = TestStore()
        let box = InboxBox()
        var framesBefore = 0
        let (_, _, terminal) = run(
            [
                .run {
                    framesBefore = box.terminal?.frames.count ?? 0
                    let inbox = box.inbox!
                    Thread.detachNewThread {
                        usleep(50_000)
                        inbox.send(.notice("Bericht van een andere draad"))
                    }
                },
                .waitForInbox,
                .run { box.shown = box.terminal?.screen ?? "" },
                .key(.char("q")),
            ], store: store
        ) { t in
            box.terminal = t
        } inbox: {
            box.inbox = $0
        }
        #expect(terminal.frames.count > framesBefore)
        #expect(box.shown.contains("Bericht van een andere draad"), "\(box.shown)")
    }

    @Test func anAnswerIsSavedBeforeItIsShownAndQuitLeavesTheFile() {
        let store = TestStore()
        var shownBeforeSave = false
        let (state, outcome, terminal) = run(
            [
                .key(.char("y")),
                .run { shownBeforeSave = store.saved?.steps[0].answers.brand.answer != .yes },
                .key(.char("q")),
            ], store: store)
        #expect(!shownBeforeSave)
        #expect(terminal.frames.contains { $0.contains("✔ yes") })
        #expect(outcome == WorkshopOutcome(message: nil, unsaved: false, forced: false))
        #expect(store.file == state.session)
        #expect(store.file?.steps[0].answers.brand.answer == .yes)
    }

    @Test func theJournalIsFoldedInAfterTwoQuietSeconds() {
        let store = TestStore()
        _ = run(
            [
                .key(.char("y")), .wait(1), .run { #expect(store.compactions == 0) }, .wait(1.1), .wait(1),
                .run { #expect(store.compactions == 1 && store.journal.isEmpty) }, .key(.char("q")),
            ], store: store)
    }

    @Test func aFailingSaveIsShownRetriedEverySecondAndClearedWhenItWorks() {
        let store = TestStore()
        var screens: [String] = []
        var terminalRef: TestTerminal?
        let (state, outcome, terminal) = run(
            [
                .run { store.failing = "No space left on device" },
                .key(.char("n")),
                .run { screens.append(terminalRef?.screen ?? "") },
                .wait(1),
                .run { screens.append(terminalRef?.screen ?? "") },
                .run { store.failing = nil },
                .wait(1),
                .run { screens.append(terminalRef?.screen ?? "") },
                .key(.char("q")),
            ], store: store
        ) { terminalRef = $0 }
        _ = terminal
        // In the room's words, not the C library's.
        #expect(screens[0].contains("NOT SAVED: the disk is full"))
        #expect(screens[1].contains("NOT SAVED"))  // retried, still failing
        #expect(!screens[2].contains("NOT SAVED"))  // retried, and it worked
        #expect(store.saved?.steps[0].answers.brand.answer == .no)
        #expect(outcome.unsaved == false)
        #expect(state.saveProblem == nil)
    }

    @Test func quittingWhileTheDiskIsFullLeavesARescueCopy() throws {
        let store = TestStore()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jc-rescue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let (_, outcome, _) = run(
            [
                .run { store.failing = "No space left on device" },
                .key(.char("d")),
                .key(.char("q")),
            ], store: store, rescue: ["/nonexistent-folder", folder.path])
        let rescue = folder.appendingPathComponent("journeycheck-rescue-room-42.json").path
        #expect(outcome.unsaved)
        #expect(outcome.message?.contains("a copy of the session is in \(rescue)") == true)
        let copy = try SessionCodec.load(file: rescue)
        #expect(copy.steps[0].answers.brand.answer == .dontKnow)
    }

    @Test func withNowhereToWriteTheRoomStaysAndKeepsTheAnswers() {
        let store = TestStore()
        var screen = ""
        var terminalRef: TestTerminal?
        let (_, outcome, _) = run(
            [
                .run {
                    store.failing = "Read-only file system"
                    store.failingCode = EROFS
                },
                .key(.char("y")),
                .key(.char("q")),
                .run { screen = terminalRef?.screen ?? "" },
                .run { store.failing = nil },
                .wait(1),
                .key(.char("q")),
            ], store: store, rescue: ["/nonexistent-folder"]
        ) { terminalRef = $0 }
        #expect(screen.contains("NOT SAVED: the disk is read-only"))
        #expect(screen.contains("answers are kept in memory"))
        #expect(outcome == WorkshopOutcome(message: nil, unsaved: false, forced: false))
        #expect(store.file?.steps[0].answers.brand.answer == .yes)
    }

    @Test func aLostTerminalEndsTheRunAndSaves() {
        let store = TestStore()
        let (_, outcome, _) = run([.key(.char("y"))], store: store)  // then the script ends: hangup
        #expect(outcome.forced)
        #expect(store.file?.steps[0].answers.brand.answer == .yes)
    }
}

extension RuntimeLoopTests {
    /// `run`, handing the terminal to the script's actions first.
    func run(
        _ script: [TestTerminal.Step], store: TestStore, rescue: [String] = [], terminal: (TestTerminal) -> Void,
        inbox: (Inbox) -> Void = { _ in }
    )
        -> (AppState, WorkshopOutcome, TestTerminal)
    {
        let t = TestTerminal(script, now: t0)
        terminal(t)
        var state = makeState()
        store.file = state.session
        let keeper = SessionKeeper(store: store, now: t0, rescueFolders: rescue, processID: 42)
        let runtime = Runtime(terminal: t, clock: { t.now }, ticks: false)
        t.inbox = runtime.inbox
        inbox(runtime.inbox)
        let outcome = runtime.runWorkshop(&state, keeper: keeper)
        return (state, outcome, t)
    }
}

/// What a script's steps share with the test around them.
final class InboxBox {
    var inbox: Inbox?
    var terminal: TestTerminal?
    var shown = ""
}
