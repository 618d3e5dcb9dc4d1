import Foundation
import JourneyCheckCore

/// An outline to start from or a session to resume.
public struct StartEntry: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case outline, session }
    public var kind: Kind
    public var path: String
    public var title: String
    public var detail: String
    public var date: Date
    /// Why the file cannot be used, when it cannot.
    public var problem: String?
}

public enum StartChoice: Equatable, Sendable {
    case startOutline(String)
    case resume(String)
    case quit
}

/// The start screen: outlines in `workshops/` and saved sessions, newest first.
public struct StartState: Sendable {
    public var entries: [StartEntry]
    public var selection = 0
    public var size: TermSize
    public var status: String?
    public var workshops: String
    public var sessions: String

    public init(workshops: String, sessions: String, size: TermSize) {
        self.workshops = workshops
        self.sessions = sessions
        self.size = size
        entries = StartState.scan(workshops: workshops, sessions: sessions)
        selection = entries.firstIndex { $0.problem == nil } ?? 0
    }

    /// Saved sessions (newest first), then outlines (by name).
    public static func scan(workshops: String, sessions: String) -> [StartEntry] {
        let fm = FileManager.default
        func files(_ folder: String, _ ext: String) -> [String] {
            ((try? fm.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasSuffix(ext) && !$0.hasPrefix(".") }.sorted()
                .map { (folder as NSString).appendingPathComponent($0) }
        }
        var saved: [StartEntry] = []
        for path in files(sessions, ".json") {
            do {
                let s = try SessionStore.read(path)
                let p = s.potential
                saved.append(StartEntry(kind: .session, path: path, title: s.title,
                                        detail: "\(p.completeSteps)/\(s.stepCount)", date: s.updated))
            } catch {
                saved.append(StartEntry(kind: .session, path: path, title: (path as NSString).lastPathComponent,
                                        detail: "", date: .distantPast, problem: error.problems.first?.description))
            }
        }
        saved.sort { $0.date > $1.date }
        var outlines: [StartEntry] = []
        for path in files(workshops, ".md") {
            do {
                let j = try OutlineParser.parse(file: path)
                outlines.append(StartEntry(kind: .outline, path: path, title: j.title,
                                           detail: "\(j.stepCount) · \(j.language.rawValue)", date: .distantPast))
            } catch {
                outlines.append(StartEntry(kind: .outline, path: path, title: (path as NSString).lastPathComponent,
                                           detail: "", date: .distantPast, problem: error.problems.first?.description))
            }
        }
        return saved + outlines
    }
}

public func startUpdate(_ state: inout StartState, _ message: Message) -> StartChoice? {
    switch message {
    case .resize(let size): state.size = size
    case .terminate: return .quit
    case .key(let key):
        state.status = nil
        switch key {
        case .char("q"), .control("c"), .escape: return .quit
        case .up: state.selection = max(0, state.selection - 1)
        case .down, .tab: state.selection = min(max(0, state.entries.count - 1), state.selection + 1)
        case .home: state.selection = 0
        case .end: state.selection = max(0, state.entries.count - 1)
        case .enter:
            guard state.entries.indices.contains(state.selection) else { return nil }
            let e = state.entries[state.selection]
            if let problem = e.problem {
                state.status = problem
                return nil
            }
            return e.kind == .outline ? .startOutline(e.path) : .resume(e.path)
        default: break
        }
    default: break
    }
    return nil
}

public func startView(_ state: StartState) -> ScreenBuffer {
    var buf = ScreenBuffer(width: state.size.width, height: state.size.height)
    if state.size.isTooSmall {
        drawTooSmall(&buf, UIText(.en))
        return buf
    }
    let w = buf.width, h = buf.height
    drawHeader(&buf, title: "JourneyCheck", right: "start · nieuw of verder / new or resume")
    drawRule(&buf, y: 1)
    if state.entries.isEmpty {
        let text = "No workshops in \(state.workshops)/ and no sessions in \(state.sessions)/. "
            + "Write an outline (see README) and run: journeycheck start OUTLINE.md"
        for (i, line) in TextLayout.wrap(text, w - 4).enumerated() { buf.put(line, x: 2, y: 3 + i, role: .dim) }
    }
    let listHeight = h - 6
    let scroll = max(0, min(state.selection - listHeight + 1, state.entries.count - listHeight))
    var y = 2
    var lastKind: StartEntry.Kind?
    for (i, e) in state.entries.enumerated().dropFirst(max(0, scroll)) where y < 2 + listHeight {
        if e.kind != lastKind {
            buf.put(e.kind == .session ? "Verder met een sessie / Resume a session" : "Nieuwe workshop / Start a workshop",
                    x: 1, y: y, role: .heading)
            y += 1
            lastKind = e.kind
            if y >= 2 + listHeight { break }
        }
        let selected = i == state.selection
        if selected { buf.fill(y: y, role: .selected) }
        let role: Role = selected ? .selected : (e.problem == nil ? .normal : .dim)
        let name = (e.path as NSString).lastPathComponent
        var detail = e.problem == nil ? e.detail : "⚠ invalid"
        if e.kind == .session, e.problem == nil {
            detail = "\(e.detail) · \(localDateTime(e.date))"
        }
        let right = TextLayout.truncate("\(detail)  \(name)", w / 2)
        let rw = DisplayWidth.of(right)
        buf.put(TextLayout.truncate(e.title, w - rw - 6), x: 3, y: y, role: role)
        buf.put(right, x: w - rw - 1, y: y, role: selected ? .selected : .dim)
        y += 1
    }
    if let status = state.status {
        buf.fill(y: h - 3, role: .warning)
        buf.put(" " + status, x: 0, y: h - 3, role: .warning)
    }
    drawFooter(&buf, [[("↑↓", "kies/select"), ("Enter", "start/open"), ("q", "stop/quit")]], y: h - 2, lines: 2, pinned: 1)
    return buf
}

/// `2026-11-24 14:02` in the local time zone, without ICU.
func localDateTime(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .current
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
    return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
}
