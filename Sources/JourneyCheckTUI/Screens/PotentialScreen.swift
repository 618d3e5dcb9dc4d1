import Foundation
import JourneyCheckCore

// The improvement potential: every no and don't know, with the actions agreed on them.

extension AppState {

    mutating func openPotential() -> [Effect] {
        screen = .potential
        // Select the first item of the current step when there is one.
        if let i = potentialRowRefs.firstIndex(where: {
            if case .item(let n) = $0 { index.items[n].stepID == session.cursor.step } else { false }
        }) {
            potentialSelection = i
        }
        potentialSelection = min(potentialSelection, max(0, potentialRowCount - 1))
        keepSelectionsVisible()
        return []
    }

    mutating func potentialKey(_ key: Key) -> [Effect] {
        let count = potentialRowCount
        func move(_ delta: Int) {
            guard count > 0 else { return }
            var target = max(0, min(count - 1, potentialSelection + delta))
            // Headings are not selectable: step past them in the direction of travel.
            if potentialRowRefs[target] == .heading {
                let next = target + (delta >= 0 ? 1 : -1)
                target = (0..<count).contains(next) ? next : potentialSelection
            }
            potentialSelection = target
        }
        switch key {
        case .up: move(-1)
        case .down, .tab: move(1)
        case .pageUp: move(-max(1, size.height - 8))
        case .pageDown: move(max(1, size.height - 8))
        case .home: move(-count)
        case .end: move(count)
        case .escape, .char("p"), .char("1"): screen = .step
        case .char("o"), .char("2"): return openOverview()
        case .char("u"):
            let e = undo()
            potentialSelection = min(potentialSelection, max(0, potentialRowCount - 1))
            keepSelectionsVisible()
            return e
        case .enter:
            guard potentialSelection < count else { break }
            switch potentialRow(potentialSelection) {
            case .item(let item):
                moveCursor(step: item.stepID, lens: item.lens)
                screen = .step
                return [.save]
            case .action(let a):
                if let step = self.step(a.step) {
                    moveCursor(step: a.step, lens: a.lens.flatMap { step.applicableLenses.contains($0) ? $0 : nil } ?? .brand)
                    screen = .step
                    return [.save]
                }
            case .heading: break
            }
        case .char("a"):
            guard potentialSelection < count else { break }
            switch potentialRow(potentialSelection) {
            case .item(let item): overlay = .input(.actionText(step: item.stepID, lens: item.lens), TextInput())
            case .action(let a): overlay = .input(.actionText(step: a.step, lens: a.lens), TextInput())
            case .heading: break
            }
        case .char("x"):
            if potentialSelection < count, case .action(let a) = potentialRow(potentialSelection) {
                overlay = .confirmDeleteAction(a.id)
            }
        default: break
        }
        keepSelectionsVisible()
        return []
    }
}

enum PotentialLayout {
    static func listHeight(_ size: TermSize) -> Int { size.height - 7 }
}

func drawPotential(_ buf: inout ScreenBuffer, _ state: AppState) {
    let s = state.session
    let t = state.text
    let lang = s.language
    let w = buf.width
    let p = state.index
    drawHeader(&buf, title: s.title,
               right: "\(t.potential) · ✘ \(p.total.no) \(t.improve) · ? \(p.total.dontKnow) \(t.investigate) · \(t.actions): \(s.actions.count)")
    drawRule(&buf, y: 1)
    let rowCount = state.potentialRowCount
    if rowCount == 0 {
        for (i, line) in TextLayout.wrap(t.nothingYet, w - 4).enumerated() { buf.put(line, x: 2, y: 3 + i, role: .dim) }
        return
    }
    let labelWidth = Lens.allCases.map { DisplayWidth.of($0.label(lang)) }.max()! + 1
    let answerWidth = 13  // "? don't know" and a space
    let height = PotentialLayout.listHeight(state.size)
    var y = 2
    for index in state.potentialScroll..<min(rowCount, state.potentialScroll + height) {
        let selected = index == state.potentialSelection
        if selected { buf.fill(y: y, role: .selected) }
        switch state.potentialRow(index) {
        case .item(let item):
            var x = 1
            x += buf.put(String(format: "%3d ", item.stepNumber), x: x, y: y, role: selected ? .selected : .label)
            x += buf.put(TextLayout.pad(item.lens.label(lang), labelWidth), x: x, y: y, role: selected ? .selected : .label)
            buf.put(TextLayout.pad("\(item.answer.symbol) \(item.answer.label(lang))", answerWidth), x: x, y: y,
                    role: answerRole(item.answer))
            x += answerWidth
            let rest = item.stepText + (item.note.isEmpty ? "" : " — \(item.note)")
            buf.put(TextLayout.truncate(rest, w - x - 1), x: x, y: y, role: selected ? .selected : .normal)
        case .action(let a):
            let due = a.due.map { ", \($0)" } ?? ""
            let owner = a.owner.isEmpty ? "" : ", \(a.owner)"
            let n = (state.ordinal(of: a.step) ?? 0) + 1
            let text = "→ \(t.action) (\(n)\(a.lens.map { " · " + $0.label(lang) } ?? "")): \(a.text) [\(a.level.label(lang))\(owner)\(due)]"
            buf.put(TextLayout.truncate(text, w - 8), x: 6, y: y, role: selected ? .selected : .yes)
        case .heading(let title):
            buf.put(title, x: 1, y: y, role: .heading)
        }
        y += 1
    }
    if state.potentialScroll > 0 { buf.put("↑", x: w - 1, y: 2, role: .label) }
    if state.potentialScroll + height < rowCount { buf.put("↓", x: w - 1, y: 1 + height, role: .label) }
}

/// A row of the improvement-potential screen, by reference.
enum PotentialRowRef: Equatable, Sendable {
    case item(Int)
    case action(Int)
    case heading
}

/// A row of the improvement-potential screen.
public enum PotentialRow: Equatable, Sendable {
    case item(PotentialItem)
    case action(ImprovementAction)
    case heading(String)
}
