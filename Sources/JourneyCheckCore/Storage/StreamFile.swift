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

/// A report written to what people type after `-o` that is no file: `/dev/null`,
/// `/dev/stdout`, a terminal, or a pipe with a reader (a process substitution, `>(…)`). It is
/// written straight through: there is no file to replace atomically. A pipe nobody reads is
/// refused at once instead of waiting for a reader.
public enum StreamFile {
    /// Whether `path` names a device, a pipe or a socket (following links), not a file or a folder.
    public static func isStream(_ path: String) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0 else { return false }
        let kind = st.st_mode & S_IFMT
        return kind == S_IFCHR || kind == S_IFIFO || kind == S_IFSOCK
    }

    public static func write(_ data: Data, to path: String) throws(WriteError) {
        let fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            throw WriteError(
                path: path,
                reason: code == ENXIO
                    ? "a named pipe that nobody reads; start its reader first" : String(cString: strerror(code)),
                code: code)
        }
        defer { close(fd) }
        // Opened without waiting for a reader; the writing itself may wait for the reader.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        guard DurableFile.writeAll(fd, data) else {
            throw WriteError(path: path, reason: String(cString: strerror(errno)), code: errno)
        }
    }
}
