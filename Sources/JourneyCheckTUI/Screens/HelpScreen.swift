#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

// Every key, in the session's language.

/// The help screen as a feature: where it scrolled to, and the screen it came from.
struct HelpScreen: ScreenFeature, Equatable {
    private(set) var scroll = 0
    /// Where any other key goes back to.
    private(set) var returnTo: Screen = .step

    /// `?` or F1 on another screen.
    mutating func open(from screen: Screen) {
        returnTo = screen
        scroll = 0
    }

    mutating func key(_ key: Key, _ app: inout AppState) -> [Effect] {
        let page = max(1, app.size.height - 5)
        let last = max(0, helpRows(app.text, width: app.size.width).count - page)
        switch key {
        case .up: scroll = max(0, scroll - 1)
        case .down: scroll = min(last, scroll + 1)
        case .pageDown, .char(" "): scroll = min(last, scroll + page)
        case .pageUp: scroll = max(0, scroll - page)
        default: app.screen = returnTo
        }
        return []
    }

    mutating func settle(_ app: AppState) {}
}

/// The help lines as screen rows: a description too long for the width goes on below its key.
func helpRows(_ t: UIText, width: Int) -> [(key: String, text: String, heading: Bool)] {
    let lines = t.helpLines
    let keyWidth = min(22, lines.map { DisplayWidth.of($0.0) }.max()! + 2)
    let textWidth = max(8, width - keyWidth - 4)
    return lines.flatMap { key, text -> [(key: String, text: String, heading: Bool)] in
        if key.isEmpty { return [("", text, true)] }
        return TextLayout.wrap(text, textWidth).enumerated().map { i, line in (i == 0 ? key : "", line, false) }
    }
}

func drawHelp(_ buf: inout ScreenBuffer, _ state: AppState) {
    let t = state.text
    drawHeader(&buf, title: "JourneyCheck", right: t.help)
    drawRule(&buf, y: 1)
    let rows = helpRows(t, width: buf.width)
    let keyWidth = min(22, t.helpLines.map { DisplayWidth.of($0.0) }.max()! + 2)
    let height = buf.height - 5
    let start = min(state.help.scroll, max(0, rows.count - height))
    if start > 0 { buf.put("↑", x: buf.width - 1, y: 2, role: .label) }
    if start + height < rows.count { buf.put("↓", x: buf.width - 1, y: 1 + height, role: .label) }
    var y = 2
    for row in rows[start...].prefix(height) {
        if row.heading {
            buf.put(row.text, x: 1, y: y, role: .heading)
        } else {
            if !row.key.isEmpty { buf.put(row.key, x: 3, y: y, role: .key) }
            buf.put(TextLayout.truncate(row.text, buf.width - keyWidth - 4), x: 3 + keyWidth, y: y)
        }
        y += 1
    }
}
