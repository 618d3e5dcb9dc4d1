#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

/// What the start screen hands back: an outline to start or a session to resume.
public enum StartChoice: Equatable, Sendable {
    case startOutline(String)
    case resume(String)
    /// A new session that follows a saved one.
    case reassess(String)
}

/// The start screen: outlines in `workshops/` and saved sessions, newest first. Reading the
/// folders is an effect (`.list`); what they hold comes back as `.listed`.
public struct StartState: Sendable {
    public var entries: [LibraryEntry] = []
    public var selection = 0
    public var size: TermSize
    public var status: String?
    public var workshops: String
    public var sessions: String
    /// For the sessions' dates.
    public var timeZone: LocalZone

    public init(workshops: String, sessions: String, size: TermSize, timeZone: LocalZone) {
        self.workshops = workshops
        self.sessions = sessions
        self.size = size
        self.timeZone = timeZone
    }
}

public func startUpdate(_ state: inout StartState, _ message: Message) -> [Effect] {
    switch message {
    case .resize(let size): state.size = size
    case .terminate: return [.quit]
    case .refresh: return [.list(workshops: state.workshops, sessions: state.sessions)]
    case .listed(let entries):
        let selected = state.entries.indices.contains(state.selection) ? state.entries[state.selection].path : nil
        state.entries = entries
        state.selection = entries.firstIndex { $0.path == selected } ?? entries.firstIndex { $0.problem == nil } ?? 0
    case .notice(let text): state.status = text
    case .key(let key):
        state.status = nil
        switch key {
        case .char("q"), .control("c"), .escape: return [.quit]
        case .up: state.selection = max(0, state.selection - 1)
        case .down, .tab: state.selection = min(max(0, state.entries.count - 1), state.selection + 1)
        case .home: state.selection = 0
        case .end: state.selection = max(0, state.entries.count - 1)
        case .enter:
            guard state.entries.indices.contains(state.selection) else { return [] }
            let e = state.entries[state.selection]
            if let problem = e.problem {
                state.status = problem
                return []
            }
            return [.open(e.kind == .outline ? .startOutline(e.path) : .resume(e.path))]
        case .char("r"):
            guard state.entries.indices.contains(state.selection) else { return [] }
            let e = state.entries[state.selection]
            guard e.kind == .session, e.problem == nil else {
                state.status = e.problem ?? Words.table.startReassessOnlySessions.en
                return []
            }
            return [.open(.reassess(e.path))]
        default: break
        }
    default: break
    }
    return []
}

public func startView(_ state: StartState) -> ScreenBuffer {
    var buf = ScreenBuffer(width: state.size.width, height: state.size.height)
    if state.size.isTooSmall {
        drawTooSmall(&buf, UIText(.en))
        return buf
    }
    let w = buf.width, h = buf.height
    let words = Words.table
    func both(_ p: Phrase) -> String { p.nl + " / " + p.en }
    drawHeader(&buf, title: "JourneyCheck", right: both(words.startTitle))
    drawRule(&buf, y: 1)
    if state.entries.isEmpty {
        let text = words.startNothing.fill(.en, [state.workshops, state.sessions])
        for (i, line) in TextLayout.wrap(text, w - 4).enumerated() { buf.put(line, x: 2, y: 3 + i, role: .dim) }
    }
    let listHeight = h - 6
    let scroll = max(0, min(state.selection - listHeight + 1, state.entries.count - listHeight))
    // Columns that line up on every row: the title, the facts, the file name.
    func detail(_ e: LibraryEntry) -> String {
        guard e.problem == nil else { return words.startInvalid.en }
        return e.kind == .session
            ? "\(e.done ?? 0)/\(e.steps) · \(localDateTime(e.date, state.timeZone))"
            : "\(e.steps) · \(e.language?.rawValue ?? "")"
    }
    let details = state.entries.map(detail)
    let names = state.entries.map { Paths.name(of: $0.path) }
    let detailWidth = min(max(12, w / 3), details.map(DisplayWidth.of).max() ?? 0)
    // The file name gets a quarter of the width, or all that the longest title leaves.
    let titleWidth = state.entries.map { DisplayWidth.of($0.title) }.max() ?? 0
    let nameWidth = min(
        max(8, w / 4, w - 1 - detailWidth - 2 - 2 - titleWidth - 3), names.map(DisplayWidth.of).max() ?? 0)
    let nameX = w - nameWidth - 1
    let detailX = nameX - detailWidth - 2
    var y = 2
    var lastKind: LibraryEntry.Kind?
    for (i, e) in state.entries.enumerated().dropFirst(max(0, scroll)) where y < 2 + listHeight {
        if e.kind != lastKind {
            buf.put(
                both(e.kind == .session ? words.startResume : words.startNew),
                x: 1, y: y, role: .heading)
            y += 1
            lastKind = e.kind
            if y >= 2 + listHeight { break }
        }
        let selected = i == state.selection
        if selected { buf.fill(y: y, role: .selected) }
        let role: Role = selected ? .selected : (e.problem == nil ? .normal : .dim)
        buf.put(TextLayout.truncate(e.title, max(1, detailX - 5)), x: 3, y: y, role: role)
        buf.put(TextLayout.truncate(details[i], detailWidth), x: detailX, y: y, role: selected ? .selected : .dim)
        buf.put(TextLayout.truncate(names[i], nameWidth), x: nameX, y: y, role: selected ? .selected : .dim)
        y += 1
    }
    if let status = state.status {
        buf.fill(y: h - 3, role: .warning)
        buf.put(" " + status, x: 0, y: h - 3, role: .warning)
    }
    let footer = words.footerStart.map { $0.map { ($0.key.en, $0.word.nl + "/" + $0.word.en) } }
    drawFooter(&buf, footer, y: h - 2, lines: 2, pinned: 1)
    return buf
}

/// `2026-11-24 14:02` in the given time zone.
func localDateTime(_ date: Date, _ timeZone: LocalZone) -> String { CivilTime(date, timeZone).dayAndTime }
