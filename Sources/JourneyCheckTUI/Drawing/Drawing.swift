#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

// Pieces every screen draws with: header, rule, footer, input line, answer colours.

/// Keys and their words, flowed over `lines` rows from `y`, in the order given. The last
/// `pinned` pairs (help and quit) are kept at the right end of the last row, so they always show.
func drawFooter(_ buf: inout ScreenBuffer, _ groups: [[(String, String)]], y: Int, lines: Int, pinned: Int = 2) {
    let all = Array(groups.joined())
    let keep = all.count > pinned ? pinned : 0
    let flow = all.dropLast(keep)
    let tail = all.suffix(keep)
    func width(_ p: (String, String)) -> Int { DisplayWidth.of(p.0) + 1 + DisplayWidth.of(p.1) }
    let tailWidth = tail.isEmpty ? 0 : tail.reduce(0) { $0 + width($1) + 2 } + 1
    var row = y
    var x = 1
    // On the last row the flow stops two columns before the pinned keys.
    func limit(_ r: Int) -> Int { r == y + lines - 1 ? buf.width - tailWidth - 2 : buf.width - 1 }
    for pair in flow {
        if x + width(pair) > limit(row), x > 1 {
            row += 1
            x = 1
        }
        if row >= y + lines || x + width(pair) > limit(row) { break }
        x += buf.put(pair.0, x: x, y: row, role: .key)
        x += 1
        x += buf.put(pair.1, x: x, y: row, role: .normal)
        x += 2
    }
    var tx = max(1, buf.width - tailWidth)
    for pair in tail {
        tx += buf.put(pair.0, x: tx, y: y + lines - 1, role: .key)
        tx += 1
        tx += buf.put(pair.1, x: tx, y: y + lines - 1, role: .normal)
        tx += 2
    }
}

func answerRole(_ a: Answer) -> Role {
    switch a {
    case .yes: .yes
    case .no: .no
    case .dontKnow: .dontKnow
    case .open: .open
    case .notApplicable: .notApplicable
    }
}

func cellRole(_ a: Answer) -> Role {
    switch a {
    case .yes: .yesCell
    case .no: .noCell
    case .dontKnow: .dontKnowCell
    case .open: .openCell
    case .notApplicable: .notApplicableCell
    }
}

/// `16:40` in the given time zone (its offset at that moment).
func clock(_ date: Date, _ timeZone: LocalZone) -> String {
    let seconds = Int(date.timeIntervalSince1970) + timeZone.secondsFromGMT(for: date)
    let minutes = ((seconds / 60) % 1440 + 1440) % 1440
    let h = minutes / 60, m = minutes % 60
    return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
}

/// `Drivers (analyse n=1.204): snelheid (0.35) · …`: the source once when one analysis gave
/// every weight, beside each weight otherwise.
func driversLine(_ label: String, _ drivers: [Driver], _ language: Language) -> String {
    label + (drivers.sharedSource(language).map { " (\($0))" } ?? "") + ": "
        + zip(drivers, drivers.weightLabels(language)).map { d, w in d.name + (w.map { " (\($0))" } ?? "") }
        .joined(separator: " · ")
}

/// Title on the left, a right-aligned text, and a rule below.
func drawHeader(_ buf: inout ScreenBuffer, title: String, right: String, y: Int = 0) {
    let rw = DisplayWidth.of(right)
    buf.put(TextLayout.truncate(title, max(1, buf.width - rw - 3)), x: 1, y: y, role: .title)
    buf.put(right, x: max(1, buf.width - rw - 1), y: y, role: .label)
}

func drawRule(_ buf: inout ScreenBuffer, y: Int) {
    buf.fill(y: y, role: .dim, char: "─")
}
