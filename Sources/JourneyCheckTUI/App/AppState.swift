#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

public enum Screen: Equatable, Sendable { case step, overview, decide, help, review, followUp }

/// Everything the screen shows: the session plus what only the screen knows.
public struct AppState: Sendable {
    /// The session; every change keeps `index` and the decide screen's rows current.
    public var session: Session {
        didSet {
            index.update(from: oldValue, to: session)
            if index.itemsVersion != decideItemsVersion || oldValue.actions != session.actions
                || oldValue.topMoment != session.topMoment
            {
                rebuildDecideRows()
            }
        }
    }
    /// Positions, counts, times and improvement potential of the session, kept up to date.
    public private(set) var index: SessionIndex
    /// Rows of the decide screen, as references into the index's rankings and the actions.
    private(set) var decideRowRefs: [DecideRowRef] = []
    private var decideItemsVersion = -1
    public var screen: Screen = .step
    var helpReturn: Screen = .step
    public var overlay: Overlay?
    public var size: TermSize
    public var now: Date
    /// When the current step became current (time per step).
    var stepEnteredAt: Date
    /// Set during a break: the clocks stand still from then on.
    public internal(set) var pausedAt: Date?
    /// The time the clocks show: `now`, or the moment the break began.
    var clockNow: Date { pausedAt ?? now }
    /// The question whose answer just finished its step and moved the screen on: a note typed
    /// right after belongs to it. Cleared by the next key.
    var justAnswered: Cursor?
    /// Selected step (ordinal) in the overview, and the first heatmap row shown.
    public var overviewSelection = 0
    var overviewScroll = 0
    /// Selected row in the decide screen, and the first row shown.
    public var decideSelection = 0
    var decideScroll = 0
    var helpScroll = 0
    /// Selected rows of the review and the metrics-and-habits screens.
    public var reviewSelection = 0
    public var followUpSelection = 0
    /// Sessions before each change, newest last.
    var undoStack: [Session] = []
    static let undoLimit = 200
    /// A one-line message for the user, cleared by the next key.
    public var status: String?
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
        index = SessionIndex(session)
        self.path = path
        self.size = size
        self.now = now
        stepEnteredAt = now
        overviewSelection = index.position(of: session.cursor.step)?.ordinal ?? 0
        rebuildDecideRows()
        // A reassessment opens on the review of last time, until everything in it is decided.
        if needsReview {
            screen = .review
            reviewSelection = nextOpen(after: -1, reviewRows)
        }
    }

    /// Improve, then find out, each gap in the fix-first order followed by its actions; then the
    /// actions on the whole journey, the other actions (on a "yes", or on a step), the top moment.
    mutating func rebuildDecideRows() {
        var byQuestion: [String: [Int]] = [:]
        for (i, a) in session.actions.enumerated() {
            if let step = a.step, let lens = a.lens { byQuestion["\(step)|\(lens.rawValue)", default: []].append(i) }
        }
        var refs: [DecideRowRef] = []
        refs.reserveCapacity(index.items.count + session.actions.count + 6)
        var shown = Set<Int>()
        for (group, keys) in [(GapGroup.improve, index.fixFirst), (.findOut, index.findOutFirst)] where !keys.isEmpty {
            refs.append(.heading(group == .improve ? .improve : .findOut))
            for (n, key) in keys.enumerated() {
                refs.append(.gap(group, n))
                guard !byQuestion.isEmpty, let item = index.item(key) else { continue }
                for a in byQuestion["\(item.stepID)|\(key.lens.rawValue)"] ?? [] {
                    refs.append(.action(a))
                    shown.insert(a)
                }
            }
        }
        let journeyWide = session.actions.indices.filter { session.actions[$0].step == nil }
        if !journeyWide.isEmpty {
            refs.append(.heading(.journeyActions))
            refs += journeyWide.map(DecideRowRef.action)
        }
        let others = session.actions.indices.filter { !shown.contains($0) && session.actions[$0].step != nil }
        if !others.isEmpty {
            refs.append(.heading(.otherActions))
            refs += others.map(DecideRowRef.action)
        }
        if session.topMoment != nil {
            refs.append(.heading(.topMoment))
            refs.append(.topMoment)
        }
        decideRowRefs = refs
        decideItemsVersion = index.itemsVersion
    }

    public var decideRowCount: Int { decideRowRefs.count }

    func rankKey(_ group: GapGroup, _ n: Int) -> FixFirst.Key {
        group == .improve ? index.fixFirst[n] : index.findOutFirst[n]
    }

    public func decideRow(_ i: Int) -> DecideRow {
        switch decideRowRefs[i] {
        case .heading(let h):
            let t = text
            return switch h {
            case .improve: .heading("\(t.improveGroup): \(index.fixFirst.count) · \(t.fixFirst.lowercased())")
            case .findOut: .heading("\(t.findOutGroup): \(index.findOutFirst.count) · \(t.findOutFirst.lowercased())")
            case .journeyActions: .heading(t.journeyActions)
            case .otherActions: .heading(t.otherActions)
            case .topMoment: .heading(t.topMoment)
            }
        case .gap(let group, let n):
            let item = index.item(rankKey(group, n))!
            let covered =
                session.actions.contains { $0.step == item.stepID && $0.lens == item.lens }
                || !(item.research?.who.isEmpty ?? true)
            return .gap(item, covered: covered)
        case .action(let n): return .action(session.actions[n])
        case .topMoment: return .topMoment(session.topMoment!)
        }
    }

    /// Rows of the decide screen (tests; the screen reads only the visible ones).
    public var decideRows: [DecideRow] { (0..<decideRowCount).map(decideRow) }

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
        currentStep.seconds + max(0, Int(clockNow.timeIntervalSince(stepEnteredAt)))
    }

    /// Seconds spent on the whole journey so far.
    public var totalSeconds: Int { index.totalSeconds + max(0, Int(clockNow.timeIntervalSince(stepEnteredAt))) }

    /// When the journey will be done at the current pace; nil until a step is complete, during
    /// a break, and once every step is complete.
    public var projectedFinish: Date? {
        let done = index.completeSteps
        var doneSeconds = index.completeSeconds
        if currentStep.isComplete { doneSeconds += max(0, Int(clockNow.timeIntervalSince(stepEnteredAt))) }
        guard done > 0, doneSeconds > 0, done < index.stepCount, pausedAt == nil else { return nil }
        let remaining = index.stepCount - done
        return now.addingTimeInterval(Double(doneSeconds) / Double(done) * Double(remaining))
    }
}
