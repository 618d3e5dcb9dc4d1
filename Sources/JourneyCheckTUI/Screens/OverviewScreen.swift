#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

// The overview: the journey as a heatmap of steps × lenses.

/// The overview as a feature: the selected step (by id, so the selection stays on its step
/// when steps move) and the first heatmap row shown.
public struct OverviewScreen: ScreenFeature, Equatable {
    /// The selected step; nil until one is chosen.
    public private(set) var step: StepID?
    /// Its place in journey order when last seen (where the selection lands when it goes).
    public private(set) var selection = 0
    /// The first heatmap row shown.
    private(set) var scroll = 0

    public init() {}

    mutating func select(ordinal: Int, _ app: AppState) {
        selection = max(0, min(ordinal, app.index.stepCount - 1))
        step = app.step(atOrdinal: selection)?.id
    }

    mutating func select(step id: StepID, _ app: AppState) {
        if let o = app.ordinal(of: id) { select(ordinal: o, app) }
    }

    mutating func settle(_ app: AppState) {
        if let step, let o = app.ordinal(of: step) { selection = o } else { select(ordinal: selection, app) }
        let visible = max(1, OverviewLayout.listHeight(app.size))
        let row = OverviewLayout.row(ofStep: selection, in: app.index)
        if row < scroll { scroll = max(0, row - 1) }
        if row >= scroll + visible { scroll = row - visible + 1 }
    }

    /// From another screen: on the current step.
    mutating func open(_ app: inout AppState) -> [Effect] {
        app.screen = .overview
        select(step: app.session.cursor.step, app)
        settle(app)
        return []
    }

    mutating func key(_ key: Key, _ app: inout AppState) -> [Effect] {
        let count = app.index.stepCount
        let page = max(1, app.size.height - 8)
        switch key {
        case .up: select(ordinal: selection - 1, app)
        case .down, .tab: select(ordinal: min(count - 1, selection + 1), app)
        case .pageUp: select(ordinal: selection - page, app)
        case .pageDown: select(ordinal: min(count - 1, selection + page), app)
        case .home: select(ordinal: 0, app)
        case .end: select(ordinal: count - 1, app)
        case .enter:
            if let target = app.step(atOrdinal: selection) {
                app.moveCursor(step: target.id, lens: app.firstOpenLens(target))
                app.screen = .step
                return [.save]
            }
        case .escape, .char("o"): app.screen = .step
        case .char("p"): return app.openDecide()
        case .char("u"): return app.undo()
        case .char("t"):
            app.overlay = .input(.timebox, TextInput(app.session.timebox.map(Timebox.format) ?? ""))
        default:
            if let target = app.step(atOrdinal: selection) { return app.editKey(key, stepID: target.id) }
        }
        return []
    }
}

extension AppState {
    /// From another screen to the overview.
    mutating func openOverview() -> [Effect] {
        var f = overview
        let effects = f.open(&self)
        overview = f
        return effects
    }

    /// The step selected in the overview (0-based, journey order).
    public var overviewSelection: Int { overview.selection }
}

enum OverviewLayout {
    /// Rows for the heatmap list between header and summary.
    static func listHeight(_ size: TermSize) -> Int { size.height - 8 }

    /// Row index (phase headings included) of a step ordinal.
    static func row(ofStep ordinal: Int, in index: SessionIndex) -> Int {
        guard index.stepCount > 0 else { return 0 }
        let o = min(max(0, ordinal), index.stepCount - 1)
        return o + index.phase(ofOrdinal: o) + 1
    }

    /// The phase whose heading or steps occupy a row, and the row of its heading.
    static func phase(atRow row: Int, in index: SessionIndex) -> (phase: Int, headingRow: Int) {
        // Heading row of phase p is phaseStarts[p] + p: increasing, so binary search.
        var lo = 0, hi = index.phaseStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if index.phaseStarts[mid] + mid <= row { lo = mid } else { hi = mid - 1 }
        }
        return (lo, index.phaseStarts.isEmpty ? 0 : index.phaseStarts[lo] + lo)
    }
}

func drawOverview(_ buf: inout ScreenBuffer, _ state: AppState) {
    let s = state.session
    let t = state.text
    let lang = s.language
    let w = buf.width
    let index = state.index
    drawHeader(&buf, title: s.title, right: "\(t.overview) · \(index.completeSteps)/\(index.stepCount)")
    // Below 100 columns an answer column is as narrow as its symbol (and a split mark) needs,
    // headed by three letters, so the step text gets the room.
    let narrow = w < 100
    let cellWidth = narrow ? 4 : 7
    let timeWidth = 8
    let textWidth = max(10, w - 6 - cellWidth * 5 - timeWidth - 1)
    let lensX = 6 + textWidth
    buf.put("#", x: 1, y: 1, role: .label)
    for (i, lens) in Lens.allCases.enumerated() {
        let label = narrow ? lens.shortLabel(lang) : TextLayout.truncate(lens.label(lang), cellWidth - 1)
        buf.put(label, x: lensX + i * cellWidth, y: 1, role: .label)
    }
    buf.put(TextLayout.pad("⏱", timeWidth), x: lensX + 5 * cellWidth + 1, y: 1, role: .label)
    drawRule(&buf, y: 2)

    // Only the visible rows are visited: start at the phase that holds the first one.
    let height = OverviewLayout.listHeight(state.size)
    let first = state.overview.scroll
    var y = 3
    var (p, row) = OverviewLayout.phase(atRow: first, in: index)
    outer: while p < s.phases.count, y < 3 + height {
        let phase = s.phases[p]
        if row >= first {
            buf.put(TextLayout.truncate(phase.title, w - 2), x: 1, y: y, role: .heading)
            y += 1
        }
        let skip = max(0, first - row - 1)
        for i in skip..<phase.steps.count {
            if y >= 3 + height { break outer }
            let step = phase.steps[i]
            let ordinal = index.phaseStarts[p] + i
            let selected = ordinal == state.overviewSelection
            let isCursor = step.id == s.cursor.step
            if selected { buf.fill(y: y, role: .selected) }
            let mark = isCursor ? "▶" : " "
            buf.put(mark + TextLayout.padLeft(String(ordinal + 1), 3), x: 0, y: y, role: selected ? .selected : .label)
            let text = step.text + (step.digital ? " ⌁" : "")
            buf.put(TextLayout.truncate(text, textWidth - 1), x: 5, y: y, role: selected ? .selected : .normal)
            for (l, lens) in Lens.allCases.enumerated() {
                let r = step.answers[lens]
                let a = r.answer
                let x = lensX + l * cellWidth
                buf.fill(x: x, y: y, count: cellWidth - 1, role: cellRole(a))
                buf.put(a.symbol, x: x + (cellWidth - 1) / 2, y: y, role: cellRole(a))
                if r.isSplit { buf.put("≠", x: x + (cellWidth - 1) / 2 + 1, y: y, role: cellRole(a)) }
            }
            if step.seconds > 0 || isCursor {
                let secs = isCursor ? state.currentStepSeconds : step.seconds
                buf.put(formatDuration(secs), x: lensX + 5 * cellWidth + 1, y: y, role: selected ? .selected : .dim)
            }
            y += 1
        }
        row += phase.steps.count + 1
        p += 1
    }
    // Scroll hints.
    let totalRows = s.phases.count + index.stepCount
    if first > 0 { buf.put("↑", x: w - 1, y: 3, role: .label) }
    if first + height < totalRows { buf.put("↓", x: w - 1, y: 2 + height, role: .label) }

    // Counts per lens.
    let sy = 3 + height
    drawRule(&buf, y: sy)
    buf.put("✘+? \(t.potentialRow)", x: 1, y: sy + 1, role: .label)
    buf.put("· \(t.openRow)", x: 1, y: sy + 2, role: .label)
    for (i, lens) in Lens.allCases.enumerated() {
        let c = index.perLens[lens]!
        buf.put(
            TextLayout.padLeft(String(c.potential), (cellWidth - 1) / 2 + 1), x: lensX + i * cellWidth, y: sy + 1,
            role: c.potential > 0 ? .no : .dim)
        buf.put(
            TextLayout.padLeft(String(c.open), (cellWidth - 1) / 2 + 1), x: lensX + i * cellWidth, y: sy + 2, role: .dim
        )
    }
}
