#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Messages for `update` from any thread, as Bubble Tea's `Program.Send`: the background fold
/// finishing, and later the room's server or an analysis. `send` queues the message and
/// writes a byte to a pipe; the runtime waits on that pipe and on the terminal at once
/// (`TerminalDevice.read(wakingOn:)`), so a message is drawn as soon as it arrives, never
/// after the next key. A source needs only the inbox: the loop has no code for any of them.
public final class Inbox: Sendable {
    private let queue = Mutex<[Message]>([])
    private let readEnd: Int32
    private let writeEnd: Int32

    public init() {
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            }
        }
        readEnd = fds[0]
        writeEnd = fds[1]
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    /// What the runtime waits on beside the terminal: readable while messages wait.
    public var wakeDescriptor: Int32 { readEnd }

    /// Queue a message for the loop; safe from any thread, never blocks.
    public func send(_ message: Message) {
        queue.withLock { $0.append(message) }
        var byte: UInt8 = 1
        // A full pipe already wakes the loop: the byte is not needed then.
        _ = write(writeEnd, &byte, 1)
    }

    /// Every message sent so far, oldest first.
    public func drain() -> [Message] {
        var bytes = [UInt8](repeating: 0, count: 256)
        while read(readEnd, &bytes, bytes.count) > 0 {}
        return queue.withLock { q in
            defer { q.removeAll() }
            return q
        }
    }
}
