/// What reading the terminal gave.
public enum Input: Equatable, Sendable {
    case key(Key)
    case resize
    /// Nothing within the timeout.
    case timeout
    /// The terminal went away (stdin hung up or closed), or SIGINT, SIGTERM or SIGHUP came.
    case hangup
    /// Ctrl-Z (SIGTSTP): give the terminal back until `fg`.
    case suspend
    /// The other descriptor given to `read(wakingOn:)` became readable: the inbox has mail.
    case wake
}

/// The terminal as the runtime uses it: `Terminal` is the real one (ncurses); tests bring a
/// scripted one that records every frame, as ratatui's `TestBackend` does.
public protocol TerminalDevice: AnyObject {
    var size: TermSize { get }
    /// Show a frame.
    func draw(_ buffer: ScreenBuffer)
    /// Wait up to a short timeout for input, or for `descriptor` (the inbox's) to become
    /// readable, whichever comes first: one wake-up for both.
    func read(wakingOn descriptor: Int32) -> Input
    /// Forget what is on screen: the next frame is drawn whole.
    func invalidate()
    /// Give the terminal back, stop, and take it again on `fg`.
    func suspend()
    /// Restore the terminal. Safe to call more than once.
    func end()
}
