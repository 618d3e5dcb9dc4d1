import Foundation

/// Reading input files with the checks every reader needs.
public enum InputFile {
    /// Largest file we read: a 10,000-step session is about 7 MB.
    public static let maximumSize = 32 * 1024 * 1024

    /// The bytes of a file, or an error naming it and saying what is wrong.
    public static func read(_ path: String) throws(InputError) -> Data {
        var st = stat()
        guard stat(path, &st) == 0 else {
            let reason = errno == ENOENT ? "no such file" : String(cString: strerror(errno))
            throw InputError(file: path, reason)
        }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw InputError(file: path, "is a folder, not a file") }
        if st.st_size > maximumSize {
            throw InputError(file: path, "too large (\(formatBytes(Int(st.st_size))); the limit is \(formatBytes(maximumSize)))")
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw InputError(file: path, String(cString: strerror(errno))) }
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
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

    static func formatBytes(_ n: Int) -> String {
        if n >= 1024 * 1024 { return String(format: "%.1f MB", Double(n) / 1_048_576) }
        if n >= 1024 { return String(format: "%.1f KB", Double(n) / 1024) }
        return "\(n) bytes"
    }
}
