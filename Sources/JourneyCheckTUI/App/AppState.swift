#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

public enum Screen: Equatable, Sendable { case step, overview, decide, help, review, followUp }

/// Everything the screen shows: the session plus what only the screen knows.
public struct AppState: Sendable {
    /// The session; every change brings the decision model up to date, once.
    public var session: Session {
        didSet { decisions.update(from: oldValue, to: session) }
    }
    /// The decisions: gaps ranked, their actions, the decide list (read by every screen).
    public private(set) var decisions: DecisionModel
    /// Positions, counts, times and improvement potential of the session, kept up to date.
    public var index: SessionIndex { decisions.index }
    public var screen: Screen = .step
    public var overlay: Overlay?
    public var size: TermSize
    public var now: Date
    /// Since when the step clock counts for the current step (time per step).
    var stepEnteredAt: Date
    /// The step clock stands still: the step is not on the step screen (the decide, overview,
    /// help, review or metrics screen is), or the room is on a break. Time then goes on no
    /// step; `syncStepClock` books and restarts it as the screen changes.
    private(set) var stepClockStopped = false
    /// Set during a break: the clocks stand still from then on.
    public internal(set) var pausedAt: Date?
    /// The time the clocks show: `now`, or the moment the break began.
    var clockNow: Date { pausedAt ?? now }
    /// The question whose answer just finished its step and moved the screen on: a note typed
    /// right after belongs to it. Cleared by the next key.
    var justAnswered: Cursor?
    /// The "no" just given: a driver's number links that driver to it (as `e` notes the answer
    /// just given). Kept while driver numbers follow; cleared by any other key.
    public internal(set) var justSaidNo: Question?
    /// The overview: its selected step and scroll.
    public internal(set) var overview = OverviewScreen()
    /// The decide screen: its selection and scroll.
    public internal(set) var decide = DecideScreen()
    /// The help screen: its scroll and the screen it came from.
    var help = HelpScreen()
    /// Selected rows of the review and the metrics-and-habits screens.
    public internal(set) var review = ReviewScreen()
    public internal(set) var followUp = FollowUpScreen()
    /// Sessions before each change, newest last.
    var undoStack: [Session] = []
    static let undoLimit = 200
    /// A one-line message for the user, cleared by the next key.
    public var status: String?
    /// The room, when phones can vote (`--room`).
    public var room: RoomLink?
    /// The room's QR code fills the screen (`Q`).
    public var showingRoomCode = false
    /// Set while the last save failed: shown until a save succeeds.
    public var saveProblem: String?
    /// The step just finished, shown as a one-line summary.
    public var finishedStep: StepID?
    /// The session's file, for messages.
    public var path: String
    /// For clock times on screen.
    public var timeZone: LocalZone

    public init(session: Session, path: String, size: TermSize, now: Date, timeZone: LocalZone) {
        self.timeZone = timeZone
        self.session = session
        decisions = DecisionModel(session)
        self.path = path
        self.size = size
        self.now = now
        stepEnteredAt = now
        overview.select(step: session.cursor.step, self)
        // A reassessment opens on the review of last time, until everything in it is decided.
        if needsReview {
            screen = .review
            review.selection = nextOpen(after: -1, reviewRows)
        }
        stepClockStopped = screen != .step
        // Weights a driver analysis wrote (`journeycheck drivers --apply`) are the last change
        // before this sitting: the first undo gives the drivers back their earlier weights.
        if session.drivers.contains(where: { JourneyCheckCore.Driver.beforeAnalysis($0) != nil }) {
            var before = session
            before.workshop.drivers = session.drivers.map { JourneyCheckCore.Driver.beforeAnalysis($0) ?? $0 }
            undoStack.append(before)
        }
    }

    /// Seconds on the step clock since it last booked them (0 while it stands still).
    var runningSeconds: Int { stepClockStopped ? 0 : max(0, Int(clockNow.timeIntervalSince(stepEnteredAt))) }

    /// After every message: the step clock runs only while its step is on the step screen and
    /// the room is not on a break. Stopping books the time so far on the step; starting
    /// counts from now.
    mutating func syncStepClock() {
        let runs = screen == .step && pausedAt == nil
        if runs && stepClockStopped {
            stepClockStopped = false
            stepEnteredAt = now
        } else if !runs && !stepClockStopped {
            flushStepTime()
            stepClockStopped = true
        }
    }

    /// The step at a 0-based position in journey order.
    public func step(atOrdinal ordinal: Int) -> Step? {
        guard ordinal >= 0, ordinal < index.stepCount else { return nil }
        let p = index.phase(ofOrdinal: ordinal)
        return session.phases[p].steps[ordinal - index.phaseStarts[p]]
    }

    public func ordinal(of id: StepID) -> Int? { index.position(of: id)?.ordinal }

    /// A step by id, found through the index.
    public func step(_ id: StepID) -> Step? {
        index.position(of: id).map { session.phases[$0.phase].steps[$0.index] }
    }

    public var text: UIText { UIText(session.language) }

    public var currentStep: Step { step(session.cursor.step) ?? session.phases[0].steps[0] }

    /// Seconds spent on the current step, including this sitting.
    public var currentStepSeconds: Int {
        currentStep.seconds + runningSeconds
    }

    /// Seconds spent on the whole journey so far.
    public var totalSeconds: Int { index.totalSeconds + runningSeconds }

    /// When the journey will be done at the current pace; nil until a step is complete, during
    /// a break, and once every step is complete.
    public var projectedFinish: Date? {
        let done = index.completeSteps
        var doneSeconds = index.completeSeconds
        if currentStep.isComplete { doneSeconds += runningSeconds }
        guard done > 0, doneSeconds > 0, done < index.stepCount, pausedAt == nil else { return nil }
        let remaining = index.stepCount - done
        return now.addingTimeInterval(Double(doneSeconds) / Double(done) * Double(remaining))
    }
}
