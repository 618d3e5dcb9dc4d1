#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

// Every key, in the session's language.

extension AppState {

    mutating func helpKey(_ key: Key) -> [Effect] {
        let page = max(1, size.height - 5)
        let last = max(0, helpRows(text, width: size.width).count - page)
        switch key {
        case .up: helpScroll = max(0, helpScroll - 1)
        case .down: helpScroll = min(last, helpScroll + 1)
        case .pageDown, .char(" "): helpScroll = min(last, helpScroll + page)
        case .pageUp: helpScroll = max(0, helpScroll - page)
        default: screen = helpReturn
        }
        return []
    }
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
    let start = min(state.helpScroll, max(0, rows.count - height))
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
