import Foundation
import JourneyCheckCore

public enum Screen: Equatable, Sendable { case step, overview, potential, help }

/// Everything the screen shows: the session plus what only the screen knows.
public struct AppState: Sendable {
    /// The session; every change keeps `index` and the potential rows current.
    public var session: Session {
        didSet {
            index.update(from: oldValue, to: session)
            if index.itemsVersion != potentialItemsVersion || oldValue.actions != session.actions { rebuildPotentialRows() }
        }
    }
    /// Positions, counts, times and improvement potential of the session, kept up to date.
    public private(set) var index: SessionIndex
    /// Rows of the improvement-potential screen, as references into `index.items` and actions.
    private(set) var potentialRowRefs: [PotentialRowRef] = []
    private var potentialItemsVersion = -1
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
    public var timeZone: TimeZone

    public init(session: Session, path: String, size: TermSize, now: Date, timeZone: TimeZone) {
        self.timeZone = timeZone
        self.session = session
        index = SessionIndex(session)
        self.path = path
        self.size = size
        self.now = now
        stepEnteredAt = now
        overviewSelection = index.position(of: session.cursor.step)?.ordinal ?? 0
        rebuildPotentialRows()
    }

    /// Items, each followed by its actions; then a heading and the other actions.
    mutating func rebuildPotentialRows() {
        var byItem: [String: [Int]] = [:]
        for (i, a) in session.actions.enumerated() { byItem["\(a.step)|\(a.lens?.rawValue ?? "")", default: []].append(i) }
        var refs: [PotentialRowRef] = []
        refs.reserveCapacity(index.items.count + session.actions.count + 1)
        var shown = Set<Int>()
        for (i, item) in index.items.enumerated() {
            refs.append(.item(i))
            for a in byItem["\(item.stepID)|\(item.lens.rawValue)"] ?? [] {
                refs.append(.action(a))
                shown.insert(a)
            }
        }
        let others = session.actions.indices.filter { !shown.contains($0) }
        if !others.isEmpty {
            refs.append(.heading)
            refs += others.map(PotentialRowRef.action)
        }
        potentialRowRefs = refs
        potentialItemsVersion = index.itemsVersion
    }

    public var potentialRowCount: Int { potentialRowRefs.count }

    public func potentialRow(_ i: Int) -> PotentialRow {
        switch potentialRowRefs[i] {
        case .item(let n): .item(index.items[n])
        case .action(let n): .action(session.actions[n])
        case .heading: .heading(text.otherActions)
        }
    }

    /// Rows of the potential screen (tests; the screen reads only the visible ones).
    public var potentialRows: [PotentialRow] { (0..<potentialRowCount).map(potentialRow) }

    /// The step at a 0-based position in journey order.
    public func step(atOrdinal ordinal: Int) -> Step? {
        guard ordinal >= 0, ordinal < index.stepCount else { return nil }
        let p = index.phase(ofOrdinal: ordinal)
        return session.phases[p].steps[ordinal - index.phaseStarts[p]]
    }

    public func ordinal(of id: String) -> Int? { index.position(of: id)?.ordinal }

    /// A step by id, found through the index.
    public func step(_ id: String) -> Step? {
        index.position(of: id).map { session.phases[$0.phase].steps[$0.index] }
    }

    public var text: UIText { UIText(session.language) }

    public var currentStep: Step { step(session.cursor.step) ?? session.phases[0].steps[0] }

    /// Seconds spent on the current step, including this sitting.
    public var currentStepSeconds: Int {
        currentStep.seconds + max(0, Int(now.timeIntervalSince(stepEnteredAt)))
    }

    /// Seconds spent on the whole journey so far.
    public var totalSeconds: Int { index.totalSeconds + max(0, Int(now.timeIntervalSince(stepEnteredAt))) }

    /// When the journey will be done at the current pace; nil until a step is complete.
    public var projectedFinish: Date? {
        let done = index.completeSteps
        var doneSeconds = index.completeSeconds
        if currentStep.isComplete { doneSeconds += max(0, Int(now.timeIntervalSince(stepEnteredAt))) }
        guard done > 0, doneSeconds > 0 else { return nil }
        let remaining = index.stepCount - done
        return now.addingTimeInterval(Double(doneSeconds) / Double(done) * Double(remaining))
    }
}
