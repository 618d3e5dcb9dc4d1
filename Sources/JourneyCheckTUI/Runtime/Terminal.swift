import CNcursesw
import CSupport
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place that talks to ncurses: copies a screen buffer to the terminal and reads keys.
public final class Terminal: TerminalDevice {
    private var screen: OpaquePointer?
    private var ended = false
    public let hasColor: Bool

    fileprivate init(screen: OpaquePointer?, hasColor: Bool, owned: Bool) {
        self.screen = screen
        self.hasColor = hasColor
        ended = !owned
    }

    /// Take over the controlling terminal: UTF-8 locale, signal flags, a crash handler that
    /// restores the terminal, then curses.
    public static func open(monochrome: Bool) throws -> Terminal {
        _ = jc_setup_utf8_locale()
        Signals.install()
        jc_terminal_save(STDIN_FILENO)
        jc_install_crash_restore()
        // Curses on the controlling terminal. Fails (instead of exiting as `initscr` would)
        // when the terminal type is unknown.
        // Exported LINES/COLUMNS freeze the size and break resizing.
        unsetenv("LINES")
        unsetenv("COLUMNS")
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r") else {
            throw TerminalError.cannotStart("cannot open the terminal")
        }
        guard let screen = newterm(nil, output, input) else {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
            throw TerminalError.cannotStart("the terminal type '\(term)' is not known to ncurses")
        }
        set_term(screen)
        cbreak()
        noecho()
        nonl()
        keypad(jc_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        timeout(0)
        var color = false
        if !monochrome && has_colors() {
            start_color()
            use_default_colors()
            color = true
        }
        if color { definePairs() }
        return Terminal(screen: screen, hasColor: color, owned: true)
    }

    public var size: TermSize { TermSize(Int(getmaxx(jc_stdscr())), Int(getmaxy(jc_stdscr()))) }

    /// Milliseconds `read` waits for a key.
    public func setTimeout(_ ms: Int32) { waitMilliseconds = ms }

    /// The buffer last drawn, to send ncurses only the rows that changed.
    private var shown: ScreenBuffer?

    /// Copy the buffer to the screen: only rows that differ from the last frame are rewritten,
    /// and ncurses sends only the cells that changed (no `clear()`, which repaints everything
    /// and flickers over SSH and on projectors).
    public func draw(_ buffer: ScreenBuffer) {
        let h = min(buffer.height, Int(getmaxy(jc_stdscr())))
        let w = min(buffer.width, Int(getmaxx(jc_stdscr())))
        let rows = (buffer.width == w && buffer.height == h) ? buffer.changedRows(since: shown) : Array(0..<h)
        if rows.count == h { erase() }
        for y in rows {
            if rows.count != h {
                move(Int32(y), 0)
                setStyle(.normal)
                clrtoeol()
            }
            drawRow(buffer, y: y, width: w, height: h)
        }
        setStyle(.normal)
        refresh()
        shown = buffer
    }

    /// Forget what is on screen (after a suspend or a resize): the next draw is complete.
    public func invalidate() { shown = nil }

    private func drawRow(_ buffer: ScreenBuffer, y: Int, width w: Int, height h: Int) {
        var x = 0
        while x < w {
            let role = buffer[x, y].role
            var run = ""
            let start = x
            var allBlank = true
            while x < w, buffer[x, y].role == role {
                // The bottom-right cell would scroll the screen: leave it.
                if y == h - 1 && x == w - 1 { break }
                let cell = buffer[x, y]
                run += cell.text
                if cell.text != " " && cell.width != 0 { allBlank = false }
                x += 1
            }
            if !(allBlank && role == .normal) {
                setStyle(role)
                mvaddstr(Int32(y), Int32(start), run)
            }
            if y == h - 1 && x == w - 1 { x += 1 }
        }
    }

    /// How long `read` waits for input, in milliseconds.
    private var waitMilliseconds: Int32 = 200

    /// Wait for a key, or for `descriptor` to become readable, up to the timeout: a key that
    /// ncurses already holds comes first, then `poll` waits on the terminal and the inbox at
    /// once. A signal's flag counts as input: Ctrl-Z suspends, SIGINT, SIGTERM and SIGHUP end
    /// the program; a resize interrupts the wait and ncurses reports it as a key.
    public func read(wakingOn descriptor: Int32) -> Input {
        if Signals.takeSuspend() { return .suspend }
        if Signals.take() != 0 { return .hangup }
        if let input = readKey() { return input }
        var fds = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&fds, 2, waitMilliseconds)
        if ready > 0 && fds[1].revents & Int16(POLLIN) != 0 { return .wake }
        if ready > 0 && fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .hangup }
        if let input = readKey() { return input }
        if ready > 0 && fds[0].revents & Int16(POLLIN) != 0 {
            // Readable yet nothing read: end of file (or half an escape sequence).
            var probe: UInt8 = 0
            if recv(STDIN_FILENO, &probe, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) == 0 { return .hangup }
        }
        return .timeout
    }

    /// The key ncurses has now, without waiting; nil when there is none.
    private func readKey() -> Input? {
        var ch: wint_t = 0
        let r = jc_get_wch(&ch)
        if r == ERR { return nil }
        if r == jc_key_code_yes() {
            let code = Int32(ch)
            switch code {
            case jc_key_resize(): return .resize
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_BACKSPACE: return .key(.backspace)
            case KEY_DC: return .key(.delete)
            case KEY_BTAB: return .key(.backTab)
            case KEY_ENTER: return .key(.enter)
            case KEY_F0 + 1: return .key(.f1)
            default: return .timeout
            }
        }
        switch ch {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(ch) + 96))))
        default:
            guard let scalar = Unicode.Scalar(UInt32(ch)) else { return .timeout }
            return .key(.char(Character(scalar)))
        }
    }

    /// Ctrl-Z: give the terminal back, stop (with the rest of the job), and on `fg` take it
    /// again and repaint everything.
    public func suspend() {
        endwin()
        var dfl = sigaction(), old = sigaction()
        dfl.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&dfl.sa_mask)
        sigaction(SIGTSTP, &dfl, &old)
        kill(0, SIGTSTP)
        // Continued here after SIGCONT.
        sigaction(SIGTSTP, &old, nil)
        clearok(jc_stdscr(), true)
        refresh()
        shown = nil
    }

    /// Give the terminal back as it was. Safe to call more than once.
    public func end() {
        guard !ended else { return }
        ended = true
        curs_set(1)
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
    }

    deinit { end() }

    // MARK: Styles

    private static func pairNumber(_ role: Role) -> Int16 { Int16(role.rawValue) + 1 }

    private static func definePairs() {
        for role in Role.allCases {
            guard let (fg, bg) = role.colors else { continue }
            init_pair(pairNumber(role), fg?.rawValue ?? -1, bg?.rawValue ?? -1)
        }
    }

    private func setStyle(_ role: Role) {
        let s = role.style(colored: hasColor)
        let pair: Int16 = hasColor && role.colors != nil ? Terminal.pairNumber(role) : 0
        _ = jc_set_attributes(pair, s.bold ? 1 : 0, s.reverse ? 1 : 0, s.underline ? 1 : 0, s.dim ? 1 : 0)
    }
}

public enum TerminalError: Error, CustomStringConvertible {
    case cannotStart(String)
    public var description: String {
        switch self {
        case .cannotStart(let why): why
        }
    }
}

extension Terminal {
    /// Draw a buffer into an ncurses screen on /dev/null and read every cell back: each row as
    /// ncurses holds it (the adapter's own check, used by the tests).
    public static func drawOffscreen(_ buffer: ScreenBuffer) -> [String]? {
        _ = DisplayWidth.localeReady
        guard let null = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else { return nil }
        defer {
            fclose(null)
            fclose(input)
        }
        setenv("TERM", "xterm-256color", 0)
        guard let screen = newterm("xterm-256color", null, input) else { return nil }
        set_term(screen)
        resizeterm(Int32(buffer.height), Int32(buffer.width))
        let t = Terminal(screen: screen, hasColor: false, owned: false)
        t.draw(buffer)
        var rows: [String] = []
        for y in 0..<buffer.height {
            var row = ""
            var x = 0
            while x < buffer.width {
                if buffer[x, y].width == 0 {
                    x += 1
                    continue
                }
                var chars = [wchar_t](repeating: 0, count: 8)
                var pair: Int32 = 0, bold: Int32 = 0
                if jc_cell_text(jc_stdscr(), Int32(y), Int32(x), &chars, 8, &pair, &bold) == OK {
                    for c in chars where c != 0 {
                        if let s = Unicode.Scalar(UInt32(bitPattern: c)) { row.unicodeScalars.append(s) }
                    }
                }
                x += 1
            }
            rows.append(row)
        }
        endwin()
        delscreen(screen)
        return rows
    }
}
