#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

// Around the walk: the review of last time's actions and habits (before it), and the metrics
// and the leaders' habits (from the step screen with m, and offered at its end). The rows are
// the session's, shared; each screen's selection and keys are its own feature.

/// The review as a feature: the selected row.
public struct ReviewScreen: ScreenFeature, Equatable {
    public internal(set) var selection = 0

    mutating func key(_ key: Key, _ app: inout AppState) -> [Effect] {
        let rows = app.reviewRows
        if let done = app.rowKey(key, &selection, rows) { return done }
        let row = rows.indices.contains(selection) ? rows[selection] : nil
        switch key {
        case .escape, .char("s"): app.startWalk()
        case .enter where !app.needsReview: app.startWalk()
        case .char(let c) where "123".contains(c):
            if case .findOut(let i) = row {
                let outcome = FindOutOutcome.allCases[Int(String(c))! - 1]
                let effects = app.change { s, now in try s.decideFindOut(i, outcome, now: now) }
                selection = app.nextOpen(after: selection, rows)
                return effects
            }
            fallthrough
        case .char("4"):
            guard case .review(let i) = row, case .char(let c) = key else { break }
            let outcome = ReviewOutcome.allCases[Int(String(c))! - 1]
            let effects = app.change { s, now in try s.decideReview(i, outcome, now: now) }
            selection = app.nextOpen(after: selection, rows)
            return effects
        case .char("e"), .enter:
            if case .findOut(let i) = row {
                app.overlay = .input(.findOutNote(i), TextInput(app.session.findOutReview?[i].note ?? ""))
                break
            }
            guard case .review(let i) = row else { break }
            app.overlay = .input(.reviewNote(i), TextInput(app.session.review?[i].note ?? ""))
        case .char("k"), .char("w"), .char("v"):
            guard case .habit(let i) = row, let h = app.session.habits?[i] else { break }
            return app.toggleHabit(i, h, kept: key == .char("k"))
        default: break
        }
        return []
    }

    mutating func settle(_ app: AppState) {}
}

/// The metrics and habits screen as a feature: the selected row.
public struct FollowUpScreen: ScreenFeature, Equatable {
    public internal(set) var selection = 0

    mutating func key(_ key: Key, _ app: inout AppState) -> [Effect] {
        let rows = app.followUpRows
        if let done = app.rowKey(key, &selection, rows) { return done }
        let row = rows.indices.contains(selection) ? rows[selection] : nil
        switch key {
        case .escape, .char("m"): app.screen = .step
        case .enter:
            guard case .metric(let i) = row else { break }
            let m = app.session.workshop.metrics[i]
            app.overlay = .input(
                .metricValue(m.name), TextInput(app.session.metricValues?[m.name].map(formatWeight) ?? ""))
        case .char("a"):
            app.overlay = .chooseHabit
        case .char("x"):
            guard case .habit(let i) = row else { break }
            let effects = app.change { s, now in s.removeHabit(i, now: now) }
            let after = app.followUpRows
            selection = min(selection, after.count - 1)
            if !AppState.selectable(after[selection]) { selection = app.moved(selection, after, by: -1) }
            return effects
        case .char("k"), .char("w"), .char("v"):
            guard case .habit(let i) = row, let h = app.session.habits?[i], h.carried else { break }
            return app.toggleHabit(i, h, kept: key == .char("k"))
        default: break
        }
        return []
    }

    mutating func settle(_ app: AppState) {}
}

/// A row of the review or follow-up screen.
enum FollowUpRow: Equatable, Sendable {
    case heading(String)
    case review(Int)
    /// A find-out of last time, by its place in `findOutReview`.
    case findOut(Int)
    case habit(Int)
    case metric(Int)
    case hint(String)
}

extension AppState {
    /// The review screen's rows: last time's actions, then the habits to evaluate.
    var reviewRows: [FollowUpRow] {
        var rows: [FollowUpRow] = []
        let t = text
        if let items = session.review, !items.isEmpty {
            rows.append(.heading(t.reviewActions))
            rows += items.indices.map(FollowUpRow.review)
        }
        if let items = session.findOutReview, !items.isEmpty {
            rows.append(.heading(t.reviewFindOuts))
            rows += items.indices.map(FollowUpRow.findOut)
        }
        let carried = (session.habits ?? []).indices.filter { session.habits![$0].carried }
        if !carried.isEmpty {
            rows.append(.heading(t.reviewHabits))
            rows += carried.map(FollowUpRow.habit)
        }
        return rows
    }

    /// The follow-up screen's rows: the metrics, internal then external, then the habits.
    var followUpRows: [FollowUpRow] {
        var rows: [FollowUpRow] = []
        let t = text
        let metrics = session.workshop.metrics
        for (kind, title) in [(Metric.Kind.internal, t.internalMetrics), (.external, t.externalMetrics)] {
            rows.append(.heading(title))
            let mine = metrics.indices.filter { metrics[$0].kind == kind }
            rows += mine.isEmpty ? [.hint(t.noMetrics)] : mine.map(FollowUpRow.metric)
        }
        rows.append(.heading(t.leaderHabits))
        let habits = session.habits ?? []
        rows += habits.isEmpty ? [.hint(t.noHabitsYet)] : habits.indices.map(FollowUpRow.habit)
        return rows
    }

    /// Whether the session opens on the review: something of last time is still undecided.
    public var needsReview: Bool {
        session.openReviews > 0
            || (session.habits ?? []).contains { $0.carried && ($0.kept == nil || $0.valuable == nil) }
    }

    mutating func openFollowUp() -> [Effect] {
        screen = .followUp
        followUp.selection = followUpRows.firstIndex(where: Self.selectable) ?? 0
        return []
    }

    static func selectable(_ row: FollowUpRow) -> Bool {
        switch row {
        case .heading, .hint: false
        default: true
        }
    }

    /// The keys the review and the follow-up screen share: up and down over the selectable
    /// rows, and undo. Nil when the key is another.
    mutating func rowKey(_ key: Key, _ selection: inout Int, _ rows: [FollowUpRow]) -> [Effect]? {
        switch key {
        case .up: selection = moved(selection, rows, by: -1)
        case .down, .tab: selection = moved(selection, rows, by: 1)
        case .char("u"): return undo()
        default: return nil
        }
        return []
    }

    /// Up and down over the selectable rows.
    func moved(_ selection: Int, _ rows: [FollowUpRow], by delta: Int) -> Int {
        var i = selection + delta
        while rows.indices.contains(i) && !Self.selectable(rows[i]) { i += delta > 0 ? 1 : -1 }
        return rows.indices.contains(i) ? i : selection
    }

    /// From the review to the steps. The walk's clock starts now: the review is not time on
    /// the first step.
    mutating func startWalk() {
        screen = .step
        syncStepClock()
    }

    /// The next row still waiting for a decision, or the same row when none is left.
    func nextOpen(after selection: Int, _ rows: [FollowUpRow]) -> Int {
        let order = Array(rows.indices.dropFirst(selection + 1)) + Array(rows.indices.prefix(selection + 1))
        return order.first { i in
            switch rows[i] {
            case .review(let n): session.review?[n].outcome == nil
            case .findOut(let n): session.findOutReview?[n].outcome == nil
            case .habit(let n): session.habits?[n].kept == nil || session.habits?[n].valuable == nil
            default: false
            }
        } ?? selection
    }

    /// Kept / valuable: not said → yes → no → not said.
    mutating func toggleHabit(_ i: Int, _ h: LeaderHabit, kept: Bool) -> [Effect] {
        func next(_ v: Bool?) -> Bool? { v == nil ? true : (v == true ? false : nil) }
        return change { s, now in
            s.evaluateHabit(
                i, kept: kept ? next(h.kept) : h.kept, valuable: kept ? h.valuable : next(h.valuable), now: now)
        }
    }

    /// The habit menu: seed 000's defaults, then the outline's own.
    var habitMenu: [String] {
        Words.table.defaultHabits.map { $0.text(session.language) } + session.workshop.habits
    }
}

func yesNo(_ v: Bool?, _ t: UIText) -> String {
    switch v {
    case true?: "✔"
    case false?: "✘"
    case nil: "·"
    }
}

func drawFollowUpRows(
    _ buf: inout ScreenBuffer, _ rows: [FollowUpRow], selection: Int, top: Int, height: Int, _ state: AppState
) {
    let s = state.session
    let t = state.text
    let lang = s.language
    let w = buf.width
    let scroll = max(0, min(selection - height + 2, rows.count - height))
    var y = top
    for (i, row) in rows.enumerated().dropFirst(scroll) where y < top + height {
        let selected = i == selection
        if selected { buf.fill(y: y, role: .selected) }
        let role: Role = selected ? .selected : .normal
        switch row {
        case .heading(let title): buf.put(TextLayout.truncate(title, w - 2), x: 1, y: y, role: .heading)
        case .hint(let text): buf.put(TextLayout.truncate(text, w - 4), x: 3, y: y, role: .dim)
        case .review(let n), .findOut(let n):
            // What became of it (or "?" while open), then the action or find-out itself.
            let isAction = if case .review = row { true } else { false }
            let outcome = isAction ? s.review![n].outcome?.label(lang) : s.findOutReview![n].outcome?.label(lang)
            var x = 3
            x += buf.put(
                TextLayout.pad(outcome.map { "[\($0)]" } ?? "[  ?  ]", 16), x: x, y: y,
                role: outcome == nil ? .warning : (selected ? .selected : .yes))
            let text = isAction ? state.reviewText(n) : state.findOutText(n)
            buf.put(TextLayout.truncate(text, w - x - 1), x: x, y: y, role: role)
        case .habit(let n):
            let h = s.habits![n]
            var x = 3
            if h.carried {
                x += buf.put(
                    "\(t.kept) \(yesNo(h.kept, t))  \(t.valuable) \(yesNo(h.valuable, t))  ", x: x, y: y,
                    role: h.kept == nil || h.valuable == nil ? .warning : role)
            }
            buf.put(
                TextLayout.truncate("\(h.leader): \(h.habit) (\(t.since) \(h.started))", w - x - 1), x: x, y: y,
                role: role)
        case .metric(let n):
            let m = s.workshop.metrics[n]
            let value = s.metricValues?[m.name].map(formatWeight) ?? "–"
            let target = m.target.map { " · \(t.target.lowercased()) \(formatWeight($0))" } ?? ""
            var x = 3
            x += buf.put(
                TextLayout.pad(value, 10), x: x, y: y,
                role: s.metricValues?[m.name] == nil ? .dim : (selected ? .selected : .yes))
            buf.put(
                TextLayout.truncate("\(m.name)\(m.unit.isEmpty ? "" : " (\(m.unit))")\(target)", w - x - 1), x: x, y: y,
                role: role)
        }
        y += 1
    }
}

func drawReview(_ buf: inout ScreenBuffer, _ state: AppState) {
    let t = state.text
    drawHeader(&buf, title: state.session.title, right: t.reviewTitle)
    drawRule(&buf, y: 1)
    let since = state.session.follows.map { t.reviewSince(MarkdownReport.day($0.created, state.timeZone)) } ?? ""
    buf.put(
        TextLayout.truncate(since + " " + (state.needsReview ? t.reviewExplain : t.reviewDone), buf.width - 2), x: 1,
        y: 2,
        role: state.needsReview ? .label : .yes)
    let rows = state.reviewRows
    drawFollowUpRows(&buf, rows, selection: state.review.selection, top: 4, height: buf.height - 11, state)
    // The selected action or find-out in full: text, level, owner, due date, note.
    let full: String? =
        switch rows.indices.contains(state.review.selection) ? rows[state.review.selection] : nil {
        case .review(let n): state.reviewText(n)
        case .findOut(let n): state.findOutText(n)
        default: nil
        }
    if let full {
        for (i, line) in TextLayout.wrap(full, buf.width - 4).prefix(3).enumerated() {
            buf.put(line, x: 3, y: buf.height - 7 + i, role: .normal)
        }
    }
}

extension AppState {
    /// A reviewed action in words: where, its text, level, owner and due date, the note.
    func reviewText(_ n: Int) -> String {
        let lang = session.language
        let item = session.review![n]
        let a = item.action
        // An action whose step was deleted since belongs to the whole journey, without a lens.
        let number = a.step.flatMap { id in ordinal(of: id).map { "\($0 + 1)" } }
        let place = number.map { n in n + (a.lens.map { " · " + $0.label(lang) } ?? "") } ?? text.wholeJourney
        return "\(place): \(a.text) (\(a.details(lang).joined(separator: ", ")))"
            + (item.note.isEmpty ? "" : " — \(item.note)")
    }

    /// A reviewed find-out in words: the question, who, how and by when, what was learned.
    func findOutText(_ n: Int) -> String {
        let lang = session.language
        let item = session.findOutReview![n]
        let number = ordinal(of: item.question.step).map { "\($0 + 1)" } ?? "–"
        let r = item.research
        let how = [r.who, r.method?.label(lang), r.due].compactMap { $0 }.joined(separator: ", ")
        return "\(number) · \(item.question.lens.label(lang)): \(how)" + (item.note.isEmpty ? "" : " — \(item.note)")
    }
}

func drawFollowUp(_ buf: inout ScreenBuffer, _ state: AppState) {
    let t = state.text
    drawHeader(&buf, title: state.session.title, right: t.followUpTitle)
    drawRule(&buf, y: 1)
    buf.put(TextLayout.truncate(t.followUpExplain, buf.width - 2), x: 1, y: 2, role: .label)
    drawFollowUpRows(
        &buf, state.followUpRows, selection: state.followUp.selection, top: 4, height: buf.height - 8, state)
}
