import Foundation
import JourneyCheckCore

public enum Screen: Equatable, Sendable { case step, overview, potential, help }

/// What a text prompt is for.
public enum Prompt: Equatable, Sendable {
    case questionNote(step: String, lens: Lens)
    case stepNote(step: String)
    case addStep(after: String)
    case renameStep(String)
    case phaseTitle(afterStep: String)
    case phaseFirstStep(afterStep: String, title: String)
    case renamePhase(String)
    case timebox
    case actionText(step: String, lens: Lens?)
    case actionOwner(step: String, lens: Lens?, text: String, level: ActionLevel)
    case actionDue(step: String, lens: Lens?, text: String, level: ActionLevel, owner: String)
    case saveAs
}

/// A modal question on top of a screen.
public enum Overlay: Equatable, Sendable {
    case input(Prompt, TextInput)
    case confirmDeleteStep(String)
    case confirmDeleteAction(String)
    case chooseLevel(step: String, lens: Lens?, text: String)
    /// A newer state found in a temporary file left by an interrupted save.
    case recover(Session)
}

public struct TermSize: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public init(_ width: Int, _ height: Int) {
        self.width = width
        self.height = height
    }
    /// Below this the screens say so instead of drawing a broken layout.
    public static let minimum = TermSize(60, 18)
    public var isTooSmall: Bool { width < TermSize.minimum.width || height < TermSize.minimum.height }
}

/// A message to `update`: a key, the clock, the terminal's size, the outcome of a save.
public enum Message: Equatable, Sendable {
    case key(Key)
    case tick(Date)
    case resize(TermSize)
    case saveFailed(String)
    case saveSucceeded
    /// SIGINT, SIGTERM or SIGHUP: finish up and quit.
    case terminate
}

/// What `update` asks the runtime to do; performed by the runtime, not by `update`.
public enum Effect: Equatable, Sendable {
    /// Write the session durably before the screen shows the change.
    case save
    /// Write the session to another path and keep using it.
    case saveAs(String)
    /// Remove the temporary file an interrupted save left behind.
    case discardRecovery
    case quit
}

/// Everything the screen shows: the session plus what only the screen knows.
public struct AppState: Sendable {
    public var session: Session
    public var screen: Screen = .step
    var helpReturn: Screen = .step
    public var overlay: Overlay?
    public var size: TermSize
    public var now: Date
    /// When the current step became current (time per step).
    var stepEnteredAt: Date
    /// Selected step (ordinal) in the overview, and the first heatmap row shown.
    public var overviewSelection = 0
    var overviewScroll = 0
    /// Selected row in the improvement-potential list, and the first row shown.
    public var potentialSelection = 0
    var potentialScroll = 0
    var helpScroll = 0
    /// Sessions before each change, newest last.
    var undoStack: [Session] = []
    static let undoLimit = 200
    /// A one-line message for the user, cleared by the next key.
    public var status: String?
    /// Set while the last save failed: shown until a save succeeds.
    public var saveProblem: String?
    /// The step just finished, shown as a one-line summary.
    public var finishedStep: String?
    /// The session's file, for messages.
    public var path: String
    /// For clock times on screen.
    public var timeZone: TimeZone = .current

    public init(session: Session, path: String, size: TermSize, now: Date = Date()) {
        self.session = session
        self.path = path
        self.size = size
        self.now = now
        stepEnteredAt = now
        overviewSelection = session.ordinal(of: session.cursor.step) ?? 0
    }

    public var text: UIText { UIText(session.language) }

    public var currentStep: Step { session.step(session.cursor.step) ?? session.phases[0].steps[0] }

    /// Seconds spent on the current step, including this sitting.
    public var currentStepSeconds: Int {
        currentStep.seconds + max(0, Int(now.timeIntervalSince(stepEnteredAt)))
    }

    /// Seconds spent on the whole journey so far.
    public var totalSeconds: Int {
        session.phases.reduce(0) { $0 + $1.steps.reduce(0) { $0 + $1.seconds } }
            + max(0, Int(now.timeIntervalSince(stepEnteredAt)))
    }

    /// When the journey will be done at the current pace; nil until a step is complete.
    public var projectedFinish: Date? {
        var done = 0, doneSeconds = 0
        for phase in session.phases {
            for step in phase.steps where step.isComplete {
                done += 1
                doneSeconds += step.id == session.cursor.step ? currentStepSeconds : step.seconds
            }
        }
        guard done > 0, doneSeconds > 0 else { return nil }
        let remaining = session.stepCount - done
        return now.addingTimeInterval(Double(doneSeconds) / Double(done) * Double(remaining))
    }
}
