#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckTUI

/// Hooks for the end-to-end tests, kept out of the production types: with
/// JOURNEYCHECK_TEST_CRASH=1 the key `!` crashes the program (the crash-restores-the-terminal test).
enum TestHooks {
    static func wrap(_ terminal: any TerminalDevice) -> any TerminalDevice {
        ProcessInfo.processInfo.environment["JOURNEYCHECK_TEST_CRASH"] == "1" ? CrashOnBang(terminal) : terminal
    }

    final class CrashOnBang: TerminalDevice {
        let inner: any TerminalDevice
        init(_ inner: any TerminalDevice) { self.inner = inner }
        var size: TermSize { inner.size }
        func draw(_ buffer: ScreenBuffer) { inner.draw(buffer) }
        func read(wakingOn descriptor: Int32) -> Input {
            let input = inner.read(wakingOn: descriptor)
            if input == .key(.char("!")) { fatalError("crash requested by JOURNEYCHECK_TEST_CRASH") }
            return input
        }
        func invalidate() { inner.invalidate() }
        func suspend() { inner.suspend() }
        func end() { inner.end() }
    }
}
