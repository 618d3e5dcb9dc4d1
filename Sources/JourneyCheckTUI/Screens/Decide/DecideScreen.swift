#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

/// The decide screen as a feature: its own state (which line of the decide list is selected,
/// what is scrolled into view) and its update. The list itself is the session's
/// `DecisionModel`; what the screen changes goes through the app (`change`, overlays, status).
public struct DecideScreen: ScreenFeature, Equatable {
    public typealias Entry = DecisionModel.Entry

    /// The selected line, by what it shows (a gap by its question), so the selection stays on
    /// its gap when the list re-sorts.
    public private(set) var selected: Entry?
    /// Where the selection was last seen in the list: found again there at once, and where
    /// the selection lands when its line goes away.
    private var at = 0
    /// The first line shown.
    private(set) var scroll = 0
    /// The order shown while the team works on a line: a change (a driver linked, a gap kind
    /// said) updates the lines in place instead of re-sorting them under the cursor. The list
    /// re-ranks when the selection moves on, or with `r`, and says so.
    public private(set) var pinned: [Entry]?

    public init() {}

    /// The list as shown: the model's, or the pinned order with the model's lines in it.
    public func shown(_ model: DecisionModel) -> [Entry] {
        guard let pinned else { return model.entries }
        return Self.reconcile(pinned, model.entries)
    }

    /// The pinned order, without the lines that went and with the new ones placed right after
    /// the line they follow in the model's order.
    static func reconcile(_ pinned: [Entry], _ current: [Entry]) -> [Entry] {
        let now = Set(current)
        let kept = pinned.filter(now.contains)
        guard kept.count != current.count else { return kept }
        let keptSet = Set(kept)
        var leading: [Entry] = []
        var after: [Entry: [Entry]] = [:]
        var previous: Entry?
        for e in current {
            if keptSet.contains(e) {
                previous = e
            } else if let p = previous {
                after[p, default: []].append(e)
            } else {
                leading.append(e)
            }
        }
        var out = leading
        out.reserveCapacity(current.count)
        for e in kept {
            out.append(e)
            out += after[e] ?? []
        }
        return out
    }

    /// Keep the order as shown through the change a key is about to make.
    mutating func pin(_ model: DecisionModel) {
        if pinned == nil { pinned = model.entries }
    }

    /// Back to the model's order; says so when that moved lines.
    mutating func rerank(_ app: inout AppState) {
        guard let pinned else { return }
        let before = Self.reconcile(pinned, app.decisions.entries)
        self.pinned = nil
        if before != app.decisions.entries { app.status = app.text.reranked }
    }

    /// The selected line's place in `entries`: never a heading while there is another line.
    public func selection(in entries: [Entry]) -> Int {
        guard !entries.isEmpty else { return 0 }
        if let selected {
            if at < entries.count && entries[at] == selected { return at }
            if let i = entries.firstIndex(of: selected) { return i }
        }
        let i = min(at, entries.count - 1)
        return Self.selectable(entries, from: i, step: 1) ?? Self.selectable(entries, from: i, step: -1) ?? i
    }

    /// The first line at or beyond `i`, in the direction of `step`, that is not a heading.
    static func selectable(_ entries: [Entry], from i: Int, step: Int) -> Int? {
        var j = i
        while j >= 0 && j < entries.count {
            if case .heading = entries[j] { j += step } else { return j }
        }
        return nil
    }

    mutating func select(_ i: Int, in entries: [Entry]) {
        at = max(0, min(i, entries.count - 1))
        selected = entries.isEmpty ? nil : entries[at]
    }

    /// Select a line by what it shows, when it is in the list.
    mutating func select(_ entry: Entry, in entries: [Entry]) {
        if let i = entries.firstIndex(of: entry) { select(i, in: entries) }
    }

    /// After a change anywhere: the selection on a line that is there, the scroll around it.
    mutating func settle(_ app: AppState) {
        let entries = shown(app.decisions)
        select(selection(in: entries), in: entries)
        let visible = max(1, DecideLayout.listHeight(app.size))
        var top = at
        if top > 0, top < entries.count, case .heading = entries[top - 1] { top -= 1 }
        if top < scroll { scroll = top }
        if at >= scroll + visible { scroll = at - visible + 1 }
        scroll = max(0, min(scroll, max(0, entries.count - 1)))
    }

    /// From another screen: on the first gap of the current step, when it has one.
    mutating func open(_ app: inout AppState) -> [Effect] {
        app.screen = .decide
        pinned = nil
        let entries = app.decisions.entries
        let step = app.session.cursor.step
        if let i = entries.firstIndex(where: { if case .gap(let q) = $0 { q.step == step } else { false } }) {
            select(i, in: entries)
        }
        settle(app)
        return []
    }

    mutating func key(_ key: Key, _ app: inout AppState) -> [Effect] {
        let entries = shown(app.decisions)
        let count = entries.count
        let current = selection(in: entries)
        func move(_ delta: Int) {
            guard count > 0 else { return }
            let target = max(0, min(count - 1, current + delta))
            // Headings are not selectable: step past them in the direction of travel, or back
            // at the ends of the list.
            let forward = delta >= 0 ? 1 : -1
            let i =
                Self.selectable(entries, from: target, step: forward)
                ?? Self.selectable(entries, from: target, step: -forward) ?? current
            select(i, in: entries)
            // Leaving the line: the list re-ranks, the selection stays on the line it reached.
            rerank(&app)
        }
        switch key {
        case .up, .down, .tab, .pageUp, .pageDown, .home, .end, .escape, .char("p"), .char("o"), .char("r"): break
        default: pin(app.decisions)
        }
        let entry = current < count ? entries[current] : nil
        let row = entry.map(app.decideRow)
        let page = max(1, DecideLayout.listHeight(app.size) - 1)
        switch key {
        case .up: move(-1)
        case .down, .tab: move(1)
        case .pageUp: move(-page)
        case .pageDown: move(page)
        case .home: move(-count)
        case .end: move(count)
        case .char("r"): rerank(&app)
        case .escape, .char("p"):
            pinned = nil
            app.screen = .step
        case .char("o"):
            pinned = nil
            return app.openOverview()
        case .char("u"): return app.undo()
        case .char(let c) where c.isASCII && c.isNumber && c != "0":
            guard case .gap(let item, _) = row else { break }
            return linkDriver(Int(String(c))!, item, &app)
        case .char("d"), .char("i"):
            guard case .gap(let item, _) = row else { break }
            guard item.answer == .no else {
                app.status = app.text.gapOnlyForNo
                break
            }
            let kind: GapKind = key == .char("d") ? .design : .implementation
            return app.change { s, now in try s.setGap(item.stepID, item.lens, item.gap == kind ? nil : kind, now: now)
            }
        case .char("f"):
            guard case .gap(let item, _) = row else { break }
            guard item.answer == .dontKnow else {
                app.status = app.text.findOutOnlyForDontKnow
                break
            }
            app.overlay = .input(.researchWho(step: item.stepID, lens: item.lens), TextInput(item.research?.who ?? ""))
        case .enter:
            return open(row, &app)
        case .char("a"):
            switch row {
            case .gap(let item, _): app.overlay = .input(.actionText(step: item.stepID, lens: item.lens), TextInput())
            case .action(let a): app.overlay = .input(.actionText(step: a.step, lens: a.lens), TextInput())
            case .topMoment(let m): app.overlay = .input(.actionText(step: m.step, lens: nil), TextInput())
            case .heading, nil: break
            }
        case .char("l"):
            // Last time's links and gap kind, offered as a suggestion: one key keeps them.
            guard case .gap(let item, _) = row else { break }
            guard app.step(item.stepID)?.answers[item.lens].lastTime != nil else {
                app.status = app.text.nothingFromLastTime
                break
            }
            return app.change { s, now in try s.keepLastTime(item.stepID, item.lens, now: now) }
        case .char("e"):
            // Edit an action in place: each prompt starts from what it says now.
            guard case .action(let a) = row else { break }
            app.overlay = .input(.actionText(step: a.step, lens: a.lens, editing: a.id), TextInput(a.text))
        case .char("b"):
            app.overlay = .input(.journeyActionText, TextInput())
        case .char("m"):
            guard let step = row?.step else {
                app.status = app.text.noTopMoment
                break
            }
            let existing = app.session.topMoment?.step == step ? app.session.topMoment?.text ?? "" : ""
            app.overlay = .input(.topMoment(step: step), TextInput(existing))
        case .char("x"):
            switch row {
            case .action(let a): app.overlay = .confirmDeleteAction(a.id)
            case .topMoment: app.overlay = .confirmDeleteTopMoment
            default: break
            }
        default: break
        }
        return []
    }

    /// A number key on a gap: link or unlink that driver.
    private func linkDriver(_ number: Int, _ item: PotentialItem, _ app: inout AppState) -> [Effect] {
        guard !app.session.drivers.isEmpty else {
            app.status = app.text.noDrivers
            return []
        }
        guard number <= app.session.drivers.count else {
            app.status = app.text.noSuchDriver(number, app.session.drivers.count)
            return []
        }
        return app.change { s, now in try s.toggleDriver(item.stepID, item.lens, number: number, now: now) }
    }

    /// Enter: to the question (or the step) of the line, on the step screen.
    private func open(_ row: DecideRow?, _ app: inout AppState) -> [Effect] {
        let target: Question? =
            switch row {
            case .gap(let item, _): item.question
            case .action(let a):
                a.step.flatMap { id in
                    app.step(id).map { step in
                        Question(
                            step: id, lens: a.lens.flatMap { step.applicableLenses.contains($0) ? $0 : nil } ?? .brand)
                    }
                }
            case .topMoment(let m): Question(step: m.step, lens: .brand)
            case .heading, nil: nil
            }
        guard let target else { return [] }
        app.moveCursor(step: target.step, lens: target.lens)
        app.screen = .step
        return [.save]
    }
}

extension AppState {
    /// A line of the decide list, with what it shows.
    public func decideRow(_ entry: DecisionModel.Entry) -> DecideRow {
        let t = text
        switch entry {
        case .heading(let section):
            return switch section {
            case .improve:
                .heading("\(t.improveGroup): \(decisions.count(.improve)) · \(t.fixFirst.lowercased())")
            case .findOut:
                .heading("\(t.findOutGroup): \(decisions.count(.findOut)) · \(t.findOutFirst.lowercased())")
            case .journeyActions: .heading(t.journeyActions)
            case .otherActions: .heading(t.otherActions)
            case .topMoment: .heading(t.topMoment)
            }
        case .gap(let question):
            guard let gap = decisions.gap(question) else { return .heading("") }
            return .gap(gap.item, covered: gap.isCovered)
        case .action(let id):
            guard let action = decisions.action(id) else { return .heading("") }
            return .action(action)
        case .topMoment:
            guard let moment = decisions.topMoment else { return .heading("") }
            return .topMoment(moment)
        }
    }

    /// The lines of the decide screen as shown (tests; the screen reads only the visible ones).
    public var decideRows: [DecideRow] { decide.shown(decisions).map(decideRow) }

    /// The selected line's place in the decide list as shown.
    public var decideSelection: Int { decide.selection(in: decide.shown(decisions)) }

    public func decideRow(_ i: Int) -> DecideRow { decideRow(decide.shown(decisions)[i]) }
}

extension DecideRow {
    /// The step the line is about, when it is about one.
    var step: StepID? {
        switch self {
        case .gap(let item, _): item.stepID
        case .action(let a): a.step
        case .topMoment(let m): m.step
        case .heading: nil
        }
    }
}
