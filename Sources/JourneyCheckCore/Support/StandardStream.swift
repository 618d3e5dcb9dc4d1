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

/// Standard output and standard error, written with the C library (Foundation Essentials has
/// no `FileHandle`): every byte, short writes and interruptions retried.
public enum StandardStream {
    public static let output: Int32 = 1
    public static let error: Int32 = 2

    /// False, with the C library's reason, when the text could not all be written (a closed
    /// pipe, a full disk).
    @discardableResult
    public static func write(_ text: String, to fd: Int32) -> (written: Bool, reason: String) {
        write(Data(text.utf8), to: fd)
    }

    @discardableResult
    public static func write(_ bytes: Data, to fd: Int32) -> (written: Bool, reason: String) {
        if DurableFile.writeAll(fd, bytes) { return (true, "") }
        return (false, String(cString: strerror(errno)))
    }
}
