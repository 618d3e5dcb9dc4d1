/// Everything the screens ask of a session, kept up to date as it changes, so that drawing a
/// frame costs the same for 10 steps as for 10,000: where each step is, the counts, the times,
/// and the improvement potential. An answer updates it in time proportional to the steps it
/// changed; only a change to the journey's structure rebuilds it.
public struct SessionIndex: Sendable, Equatable {
    public struct Position: Sendable, Equatable {
        public var phase: Int
        public var index: Int
        public var ordinal: Int
    }

    public private(set) var positions: [StepID: Position] = [:]
    /// Ordinal of each phase's first step.
    public private(set) var phaseStarts: [Int] = []
    public private(set) var stepCount = 0
    public private(set) var completeSteps = 0
    /// Seconds of all steps, and of the complete ones.
    public private(set) var totalSeconds = 0
    public private(set) var completeSeconds = 0
    public private(set) var perLens: [Lens: AnswerCounts] = [:]
    public private(set) var total = AnswerCounts()
    /// Counts per phase, in journey order.
    public private(set) var perPhase: [AnswerCounts] = []
    /// Every no and don't know, in journey order.
    public private(set) var items: [PotentialItem] = []
    /// The "no" and "don't know" items in the fix-first order, as keys (`item(_:)` finds them).
    public private(set) var fixFirst: [FixFirst.Key] = []
    public private(set) var findOutFirst: [FixFirst.Key] = []
    /// The journey's drivers, whose weights the scores use.
    private var drivers: [Driver] = []
    /// Changes whenever `items` changes, so callers need not compare the list.
    public private(set) var itemsVersion = 0

    public init(_ session: Session) { rebuild(session) }

    /// Same content (the version counter is bookkeeping, not content).
    public static func == (a: SessionIndex, b: SessionIndex) -> Bool {
        a.positions == b.positions && a.phaseStarts == b.phaseStarts && a.stepCount == b.stepCount
            && a.completeSteps == b.completeSteps && a.totalSeconds == b.totalSeconds
            && a.completeSeconds == b.completeSeconds && a.perLens == b.perLens && a.total == b.total
            && a.perPhase == b.perPhase
            && a.items == b.items
            && a.fixFirst == b.fixFirst && a.findOutFirst == b.findOutFirst
    }

    public mutating func rebuild(_ s: Session) {
        positions = [:]
        positions.reserveCapacity(s.stepCount)
        phaseStarts = []
        stepCount = 0
        completeSteps = 0
        totalSeconds = 0
        completeSeconds = 0
        perLens = Dictionary(uniqueKeysWithValues: Lens.allCases.map { ($0, AnswerCounts()) })
        total = AnswerCounts()
        perPhase = Array(repeating: AnswerCounts(), count: s.phases.count)
        items = []
        itemsVersion &+= 1
        drivers = s.drivers
        for (p, phase) in s.phases.enumerated() {
            phaseStarts.append(stepCount)
            for (i, step) in phase.steps.enumerated() {
                positions[step.id] = Position(phase: p, index: i, ordinal: stepCount)
                stepCount += 1
                count(step, sign: 1, phase: p)
                items += PotentialItem.of(step, phase: phase.title, stepNumber: stepCount, drivers: drivers)
            }
        }
        fixFirst = items.filter { $0.answer == .no }.map(\.rankKey).sorted()
        findOutFirst = items.filter { $0.answer == .dontKnow }.map(\.rankKey).sorted()
    }

    /// Bring the index from `old` to `new`.
    public mutating func update(from old: Session, to new: Session) {
        // Unchanged phases share storage with the old session, and compare in constant time.
        guard old.phases.count == new.phases.count, old.drivers == new.drivers else { return rebuild(new) }
        var changed: [(Step, Step, Int)] = []
        for (p, (a, b)) in zip(old.phases, new.phases).enumerated()
        where a.steps != b.steps || a.title != b.title || a.id != b.id {
            guard a.id == b.id, a.title == b.title, a.steps.count == b.steps.count else { return rebuild(new) }
            for (x, y) in zip(a.steps, b.steps) where x != y {
                guard x.id == y.id else { return rebuild(new) }
                changed.append((x, y, p))
            }
        }
        for (before, after, p) in changed {
            let ordinal = positions[after.id]!.ordinal
            count(before, sign: -1, phase: p)
            count(after, sign: 1, phase: p)
            // Replace the step's items: they sit together, found by binary search.
            let lo = firstItem(atOrBeyond: ordinal)
            var hi = lo
            while hi < items.count && items[hi].stepNumber == ordinal + 1 { hi += 1 }
            let replacement = PotentialItem.of(
                after, phase: new.phases[p].title, stepNumber: ordinal + 1, drivers: drivers)
            if !items[lo..<hi].elementsEqual(replacement) {
                for item in items[lo..<hi] { rank(item, remove: true) }
                for item in replacement { rank(item, remove: false) }
                items.replaceSubrange(lo..<hi, with: replacement)
                itemsVersion &+= 1
            }
        }
    }

    public func position(of id: StepID) -> Position? { positions[id] }

    /// The phase that holds a step ordinal.
    public func phase(ofOrdinal ordinal: Int) -> Int {
        var lo = 0, hi = phaseStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if phaseStarts[mid] <= ordinal { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    private func firstItem(atOrBeyond ordinal: Int) -> Int {
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if items[mid].stepNumber - 1 < ordinal { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private mutating func count(_ step: Step, sign: Int, phase: Int) {
        totalSeconds += sign * step.seconds
        if step.isComplete {
            completeSteps += sign
            completeSeconds += sign * step.seconds
        }
        for lens in Lens.allCases {
            let a = step.answers[lens].answer
            perLens[lens]!.add(a, sign)
            perPhase[phase].add(a, sign)
            total.add(a, sign)
        }
    }

    private mutating func rank(_ item: PotentialItem, remove: Bool) {
        let key = item.rankKey
        if item.answer == .no {
            if remove { fixFirst.removeSorted(key) } else { fixFirst.insertSorted(key) }
        } else {
            if remove { findOutFirst.removeSorted(key) } else { findOutFirst.insertSorted(key) }
        }
    }

    /// The item of a step number and lens, found by binary search.
    public func item(_ key: FixFirst.Key) -> PotentialItem? { item(stepNumber: key.stepNumber, lens: key.lens) }

    /// The item of a question, when its answer is a gap.
    public func item(_ question: Question) -> PotentialItem? {
        guard let p = positions[question.step] else { return nil }
        return item(stepNumber: p.ordinal + 1, lens: question.lens)
    }

    public func item(stepNumber: Int, lens: Lens) -> PotentialItem? {
        var i = firstItem(atOrBeyond: stepNumber - 1)
        while i < items.count && items[i].stepNumber == stepNumber {
            if items[i].lens == lens { return items[i] }
            i += 1
        }
        return nil
    }
}

extension AnswerCounts {
    mutating func add(_ a: Answer, _ sign: Int) {
        switch a {
        case .yes: yes += sign
        case .no: no += sign
        case .dontKnow: dontKnow += sign
        case .open: open += sign
        case .notApplicable: notApplicable += sign
        }
    }
}
