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

/// Reading input files with the checks every reader needs.
public enum InputFile {
    /// Largest file we read: a 10,000-step session is about 7 MB.
    public static let maximumSize = 32 * 1024 * 1024

    /// The bytes of a file, or an error naming it and saying what is wrong.
    public static func read(_ path: String) throws(InputError) -> Data {
        // Opened without blocking, then looked at: a named pipe with no writer, a device or a
        // folder is refused at once instead of waiting forever.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else {
            let reason =
                switch errno {
                case ENOENT: "no such file"
                case EISDIR: "is a folder, not a file"
                default: String(cString: strerror(errno))
                }
            throw InputError(file: path, reason)
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw InputError(file: path, String(cString: strerror(errno))) }
        if let kind = notARegularFile(st.st_mode) { throw InputError(file: path, "\(kind), not a file") }
        if st.st_size > maximumSize {
            throw InputError(
                file: path, "too large (\(formatBytes(Int(st.st_size))); the limit is \(formatBytes(maximumSize)))")
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { POSIX.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(file: path, String(cString: strerror(errno)))
            }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
            if data.count > maximumSize {
                throw InputError(file: path, "too large (more than \(formatBytes(maximumSize)))")
            }
        }
        return data
    }

    /// What a path is when it is not a regular file, in words; nil for a regular file.
    public static func notARegularFile(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "is a folder"
        case S_IFIFO: "is a named pipe (FIFO)"
        case S_IFCHR, S_IFBLK: "is a device"
        case S_IFSOCK: "is a socket"
        default: "is not a regular file"
        }
    }

    /// Refuse a path that exists and is not a regular file, without opening it (for files we
    /// are about to write or lock); a missing path is fine.
    public static func requireRegularOrMissing(_ path: String) throws(InputError) {
        var st = stat()
        guard lstat(path, &st) == 0 || stat(path, &st) == 0 else { return }
        if (st.st_mode & S_IFMT) == S_IFLNK {
            guard stat(path, &st) == 0 else { return }
        }
        if let kind = notARegularFile(st.st_mode) { throw InputError(file: path, "\(kind), not a file") }
    }

    static func formatBytes(_ n: Int) -> String {
        func tenths(_ x: Double) -> String {
            let t = Int((x * 10).rounded())
            return "\(t / 10).\(t % 10)"
        }
        if n >= 1024 * 1024 { return tenths(Double(n) / 1_048_576) + " MB" }
        if n >= 1024 { return tenths(Double(n) / 1024) + " KB" }
        return "\(n) bytes"
    }
}
