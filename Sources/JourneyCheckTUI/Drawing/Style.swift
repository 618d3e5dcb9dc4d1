/// The eight colours every colour terminal has, in curses' numbering.
public enum TermColor: Int16, Sendable, CaseIterable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell looks: a colour pair (nil: the terminal's own colour) and attributes. The one
/// place that decides it, read by the ncurses adapter and by the style snapshots alike.
public struct Style: Equatable, Sendable {
    public var foreground: TermColor?
    public var background: TermColor?
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public var hasColor: Bool { foreground != nil || background != nil }
}

extension Role {
    /// The colours of a role on a colour terminal; nil for a role drawn in the terminal's own.
    public var colors: (foreground: TermColor?, background: TermColor?)? {
        switch self {
        case .title: (nil, nil)
        case .heading, .label: (.cyan, nil)
        case .current: (.black, .yellow)
        case .selected: (.black, .cyan)
        case .key: (.yellow, nil)
        case .yes: (.green, nil)
        case .no: (.red, nil)
        case .dontKnow: (.yellow, nil)
        case .yesCell: (.black, .green)
        case .noCell: (.white, .red)
        case .dontKnowCell: (.black, .yellow)
        case .progress: (.green, nil)
        case .warning: (.black, .yellow)
        case .error: (.white, .red)
        case .input: (.white, .blue)
        case .qr: (.black, .white)
        case .normal, .dim, .open, .notApplicable, .openCell, .notApplicableCell, .progressEmpty: nil
        }
    }

    /// How the role looks, with colour or without (monochrome, `NO_COLOR`): colours still read
    /// in monochrome as bold, reverse, underline and dim.
    public func style(colored terminalHasColor: Bool) -> Style {
        let pair = terminalHasColor ? colors : nil
        let colored = pair != nil
        var s = Style(foreground: pair?.foreground, background: pair?.background)
        switch self {
        case .normal, .open, .openCell, .label, .yes, .yesCell: break
        case .dim, .notApplicable, .notApplicableCell, .progressEmpty: s.dim = true
        case .title, .heading, .key, .progress: s.bold = true
        case .current:
            s.bold = true
            s.reverse = !colored
        case .selected, .input, .qr: s.reverse = !colored
        case .no, .noCell, .error:
            s.bold = true
            s.reverse = !colored && self != .no
        case .dontKnow, .dontKnowCell: s.underline = !colored
        case .warning:
            s.reverse = !colored
            s.bold = true
        }
        return s
    }
}
