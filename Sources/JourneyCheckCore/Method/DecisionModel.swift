/// What the team decided, derived from a session once per change and read by everything that
/// shows decisions: the decide screen, the markdown, HTML and CSV reports, `compare` (and the
/// phones' page). It holds the gaps in the fix-first order (through `SessionIndex`, which
/// keeps them current in time proportional to what changed), the actions on each question,
/// and the decide list: improve, find out (each gap followed by its actions), the actions on
/// the whole journey, the other actions, the top moment. A gap is named by its question,
/// never by its position.
public struct DecisionModel: Sendable, Equatable {
    /// A gap with what the team decided about it.
    public struct Gap: Sendable, Equatable {
        public var item: PotentialItem
        /// The actions on this question, in the order they were agreed.
        public var actions: [ImprovementAction]
        public var question: Question { item.question }
        /// An action, or for a knowledge gap someone who finds out.
        public var isCovered: Bool { !actions.isEmpty || !(item.research?.who.isEmpty ?? true) }
    }

    /// The parts of the decide list, in its order.
    public enum Section: Sendable, Equatable, CaseIterable {
        case improve, findOut, journeyActions, otherActions, topMoment
    }

    /// One line of the decide list.
    public enum Entry: Sendable, Equatable, Hashable {
        case heading(Section)
        case gap(Question)
        case action(ActionID)
        case topMoment
    }

    /// Positions, counts, times and the ranked improvement potential.
    public private(set) var index: SessionIndex
    /// The session's actions, as agreed.
    public private(set) var actions: [ImprovementAction] = []
    public private(set) var topMoment: TopMoment?
    /// The decide list.
    public private(set) var entries: [Entry] = []
    private var actionPositions: [ActionID: Int] = [:]
    private var onQuestion: [Question: [Int]] = [:]
    private var itemsVersion = -1

    public init(_ session: Session) {
        index = SessionIndex(session)
        refresh(session)
    }

    /// Bring the model from `old` to `new`: the index in proportion to what changed, the
    /// list only when the gaps, the actions or the top moment changed.
    public mutating func update(from old: Session, to new: Session) {
        index.update(from: old, to: new)
        if index.itemsVersion != itemsVersion || old.actions != new.actions || old.topMoment != new.topMoment {
            refresh(new)
        }
    }

    private mutating func refresh(_ session: Session) {
        actions = session.actions
        topMoment = session.topMoment
        actionPositions = [:]
        onQuestion = [:]
        for (i, a) in actions.enumerated() {
            actionPositions[a.id] = i
            if let step = a.step, let lens = a.lens {
                onQuestion[Question(step: step, lens: lens), default: []].append(i)
            }
        }
        var list: [Entry] = []
        list.reserveCapacity(index.items.count + actions.count + 6)
        var shown = Set<Int>()
        for (section, keys) in [(Section.improve, index.fixFirst), (.findOut, index.findOutFirst)] where !keys.isEmpty {
            list.append(.heading(section))
            for key in keys {
                guard let item = index.item(key) else { continue }
                list.append(.gap(item.question))
                for a in onQuestion[item.question] ?? [] {
                    list.append(.action(actions[a].id))
                    shown.insert(a)
                }
            }
        }
        let journeyWide = actions.filter { $0.step == nil }
        if !journeyWide.isEmpty {
            list.append(.heading(.journeyActions))
            list += journeyWide.map { .action($0.id) }
        }
        let others = actions.indices.filter { !shown.contains($0) && actions[$0].step != nil }
        if !others.isEmpty {
            list.append(.heading(.otherActions))
            list += others.map { .action(actions[$0].id) }
        }
        if topMoment != nil {
            list.append(.heading(.topMoment))
            list.append(.topMoment)
        }
        entries = list
        itemsVersion = index.itemsVersion
    }

    // MARK: Reading

    /// The gap of a question; nil when its answer is no gap.
    public func gap(_ question: Question) -> Gap? {
        index.item(question).map { Gap(item: $0, actions: actions(on: $0.question)) }
    }

    public func actions(on question: Question) -> [ImprovementAction] {
        (onQuestion[question] ?? []).map { actions[$0] }
    }

    public func action(_ id: ActionID) -> ImprovementAction? { actionPositions[id].map { actions[$0] } }

    /// Every "no", in the fix-first order.
    public var fixFirst: [Gap] { index.fixFirst.compactMap { index.item($0).map(gapOf) } }
    /// Every "don't know", in the same order: find out first.
    public var findOutFirst: [Gap] { index.findOutFirst.compactMap { index.item($0).map(gapOf) } }

    private func gapOf(_ item: PotentialItem) -> Gap { Gap(item: item, actions: actions(on: item.question)) }

    /// How many gaps are in a section of the list (the headings say it).
    public func count(_ section: Section) -> Int {
        switch section {
        case .improve: index.fixFirst.count
        case .findOut: index.findOutFirst.count
        case .journeyActions: actions.filter { $0.step == nil }.count
        case .otherActions, .topMoment: 0
        }
    }

    /// Gaps with neither an action nor, for a knowledge gap, someone who finds out.
    public var gapsWithoutAction: Int {
        (fixFirst + findOutFirst).reduce(0) { $0 + ($1.isCovered ? 0 : 1) }
    }
}
