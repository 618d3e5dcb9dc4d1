#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

/// Draw the state into a screen buffer. Pure: the same state always gives the same cells.
public func view(_ state: AppState) -> ScreenBuffer {
    var buf = ScreenBuffer(width: state.size.width, height: state.size.height)
    if state.size.isTooSmall {
        drawTooSmall(&buf, state.text)
        return buf
    }
    switch state.screen {
    case .step: drawStep(&buf, state)
    case .overview: drawOverview(&buf, state)
    case .decide: drawDecide(&buf, state)
    case .help: drawHelp(&buf, state)
    case .review: drawReview(&buf, state)
    case .followUp: drawFollowUp(&buf, state)
    }
    drawBottom(&buf, state)
    if state.showingRoomCode { drawRoomCode(&buf, state) }
    return buf
}

func drawTooSmall(_ buf: inout ScreenBuffer, _ text: UIText) {
    let m = TermSize.minimum
    let lines = TextLayout.wrap(text.tooSmall(buf.width, buf.height, m.width, m.height), max(1, buf.width))
    for (i, line) in lines.prefix(buf.height).enumerated() { buf.put(line, x: 0, y: i, role: .warning) }
}

/// One full-width row of a prompt or warning: the text on a filled background.
func drawBar(_ buf: inout ScreenBuffer, _ text: String, y: Int, role: Role) {
    buf.fill(y: y, role: role)
    buf.put(text, x: 0, y: y, role: role)
}

/// The footer, status, save warning and any prompt: the bottom rows of every screen.
func drawBottom(_ buf: inout ScreenBuffer, _ state: AppState) {
    let h = buf.height, w = buf.width
    let t = state.text
    var footer: [[(String, String)]]
    switch state.screen {
    case .step:
        // Right after a "no", the driver numbers come first: they apply now.
        footer = (state.justSaidNo == nil ? [] : [[("1-9", t.driverForThisNo)]]) + t.footerStep
    case .overview: footer = t.footerOverview
    case .decide: footer = t.footerDecide
    case .help: footer = t.footerHelp
    case .review: footer = t.footerReview
    case .followUp: footer = t.footerFollowUp
    }
    var statusRow = h - 3
    if let overlay = state.overlay {
        switch overlay {
        case .input(let prompt, let input):
            footer = t.footerInput
            let label = promptLabel(prompt, state)
            drawBar(&buf, " " + label + ":", y: h - 4, role: .input)
            drawInput(&buf, input, y: h - 3)
            statusRow = h - 5
        case .confirmDeleteStep(let id):
            let n = (state.ordinal(of: id) ?? 0) + 1
            let text = state.step(id)?.text ?? ""
            drawBar(&buf, " " + t.confirmDelete(n, TextLayout.truncate(text, max(8, w - 60))), y: h - 3, role: .warning)
            statusRow = h - 4
        case .confirmDeleteAction:
            drawBar(&buf, " " + t.confirmDeleteAction, y: h - 3, role: .warning)
            statusRow = h - 4
        case .recover(let newer):
            let answered = { (s: Session) in s.potential.total.answered }
            let lines = TextLayout.wrap(t.recoverPrompt(answered(newer), answered(state.session)), w - 2)
            for (i, line) in lines.prefix(2).enumerated() {
                drawBar(&buf, " " + line, y: h - 4 + i, role: .warning)
            }
            statusRow = h - 5
        case .chooseLevel:
            drawBar(&buf, " " + t.promptLevel, y: h - 3, role: .input)
            statusRow = h - 4
        case .chooseHabit:
            let menu = state.habitMenu.prefix(9)
            let top = max(2, h - 4 - menu.count)
            drawBar(&buf, " " + t.chooseHabit, y: top - 1, role: .input)
            for (i, habit) in menu.enumerated() {
                drawBar(&buf, TextLayout.truncate(" \(i + 1) \(habit)", w - 1), y: top + i, role: .input)
            }
            statusRow = top - 2
        case .confirmDeleteTopMoment:
            drawBar(&buf, " " + t.confirmDeleteTopMoment, y: h - 3, role: .warning)
            statusRow = h - 4
        case .chooseResearch:
            let lang = state.session.language
            let methods = ResearchMethod.allCases.enumerated().map { "\($0.offset + 1) \($0.element.label(lang))" }
                .joined(separator: " · ")
            let lines = TextLayout.wrap(t.promptHow(methods), w - 2)
            for (i, line) in lines.suffix(2).enumerated() {
                drawBar(&buf, " " + line, y: h - 4 + i, role: .input)
            }
            statusRow = h - 5
        case .momentCriteria:
            // The four criteria over the detail rows and the status row, then the keys.
            let moment = state.session.topMoment
            let lang = state.session.language
            for (i, c) in MomentCriterion.allCases.enumerated() {
                let y = h - 7 + i
                buf.fill(y: y, role: .input)
                let mark = criterionMark(moment?[c])
                buf.put(TextLayout.truncate(" \(c.rawValue) \(mark) \(c.label(lang))", w - 1), x: 0, y: y, role: .input)
            }
            drawBar(&buf, TextLayout.truncate(" " + t.criteriaKeys, w - 1), y: h - 3, role: .input)
            statusRow = h - 8
        }
    }
    if let problem = state.saveProblem {
        drawBar(&buf, " \(t.notSaved): \(problem) — \(t.keptInMemory)", y: statusRow, role: .error)
    } else if let status = state.status {
        drawBar(&buf, " " + status, y: statusRow, role: .warning)
    } else if state.overlay == nil, let line = state.roomLine {
        buf.put(TextLayout.truncate(" " + line, w - 1), x: 0, y: statusRow, role: .dim)
    }
    buf.fill(y: h - 2, role: .normal)
    buf.fill(y: h - 1, role: .normal)
    drawFooter(&buf, footer, y: h - 2, lines: 2)
}
