import Foundation
import JourneyCheckCore

// Every key, in the session's language.

extension AppState {

    mutating func helpKey(_ key: Key) -> [Effect] {
        let page = max(1, size.height - 5)
        let last = max(0, text.helpLines.count - page)
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

func drawHelp(_ buf: inout ScreenBuffer, _ state: AppState) {
    let t = state.text
    drawHeader(&buf, title: "JourneyCheck", right: t.help)
    drawRule(&buf, y: 1)
    let lines = t.helpLines
    let keyWidth = min(22, lines.map { DisplayWidth.of($0.0) }.max()! + 2)
    let height = buf.height - 5
    let start = min(state.helpScroll, max(0, lines.count - height))
    if start > 0 { buf.put("↑", x: buf.width - 1, y: 2, role: .label) }
    if start + height < lines.count { buf.put("↓", x: buf.width - 1, y: 1 + height, role: .label) }
    var y = 2
    for (key, text) in lines[start...].prefix(height) {
        if key.isEmpty {
            buf.put(text, x: 1, y: y, role: .heading)
        } else {
            buf.put(key, x: 3, y: y, role: .key)
            buf.put(TextLayout.truncate(text, buf.width - keyWidth - 4), x: 3 + keyWidth, y: y)
        }
        y += 1
    }
}
