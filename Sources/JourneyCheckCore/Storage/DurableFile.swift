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

/// Writes a file so that a crash at any moment leaves either the old or the new content,
/// never a torn file: a temporary file in the same folder, every byte written, flushed,
/// renamed over the old one, and the folder flushed. Keeps the old file's permissions and
/// writes through a symlink to its target.
public enum DurableFile {
    /// Where a simulated crash stops a write (tests of what a crash leaves behind).
    public enum Stage: Sendable { case afterPartialWrite, beforeRename }

    /// The prefix of temporary files, so that recovery can recognise them.
    public static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).jc-tmp").path
    }

    /// The first half of a durable write, for a writer on another thread: the bytes in a
    /// temporary file beside `path`, flushed; `place` renames it over `path` later.
    public static func stage(_ data: Data, besides path: String, suffix: String) throws(WriteError) -> String {
        let target = resolve(path)
        var existing = stat()
        let mode: mode_t = stat(target, &existing) == 0 ? existing.st_mode & 0o7777 : 0o666
        let url = URL(fileURLWithPath: target)
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(suffix)").path
        unlink(temp)
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else {
            let code = errno
            throw WriteError(path: path, reason: whyNotCreated(besides: path, code), code: code)
        }
        func fail() -> WriteError {
            let e = WriteError(path: path, reason: String(cString: strerror(errno)), code: errno)
            close(fd)
            unlink(temp)
            return e
        }
        _ = fchmod(fd, mode)
        guard writeAll(fd, data), fsync(fd) == 0 else { throw fail() }
        close(fd)
        return temp
    }

    /// Rename a staged file over its target, and flush the folder.
    public static func place(_ temp: String, at path: String) throws(WriteError) {
        let target = resolve(path)
        guard rename(temp, target) == 0 else {
            let e = WriteError(path: path, reason: String(cString: strerror(errno)), code: errno)
            unlink(temp)
            throw e
        }
        syncFolder(of: target)
    }

    /// Write `data` to `path`. With `replace: false` an existing file is never overwritten.
    public static func write(
        _ data: Data, to path: String, replace: Bool = true, crashAt: Stage? = nil
    ) throws(WriteError) {
        let target = resolve(path)
        func fail(_ what: String? = nil, _ code: Int32 = errno) -> WriteError {
            WriteError(path: path, reason: what ?? String(cString: strerror(code)), code: code)
        }
        var mode: mode_t = 0o666
        var existing = stat()
        let exists = stat(target, &existing) == 0
        if exists {
            if let kind = InputFile.notARegularFile(existing.st_mode) { throw fail("\(kind), not a file", EINVAL) }
            if !replace { throw fail("the file already exists", EEXIST) }
            mode = existing.st_mode & 0o7777
        }
        let temp = temporaryPath(for: target)
        unlink(temp)
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else {
            let code = errno
            throw fail(whyNotCreated(besides: path, code), code)
        }
        var closed = false
        var keepTemp = false
        defer {
            if !closed { close(fd) }
            if !keepTemp { unlink(temp) }
        }
        if exists, fchmod(fd, mode) != 0 { throw fail() }
        let toWrite = crashAt == .afterPartialWrite ? data.prefix(data.count / 2) : data
        guard writeAll(fd, toWrite) else { throw fail() }
        if crashAt != nil {
            keepTemp = true
            throw fail("simulated crash", EINTR)
        }
        // A failed fsync is not retried: the page cache may have dropped the data. Rewrite from memory.
        guard fsync(fd) == 0 else { throw fail() }
        closed = true
        guard close(fd) == 0 else { throw fail() }
        if replace {
            guard rename(temp, target) == 0 else { throw fail() }
        } else {
            // link() refuses to replace an existing file, atomically.
            guard link(temp, target) == 0 else { throw fail(errno == EEXIST ? "the file already exists" : nil) }
            unlink(temp)
        }
        keepTemp = true  // renamed away; nothing to remove
        syncFolder(of: target)
    }

    /// Write every byte (short writes and EINTR retried); false with errno set on failure.
    static func writeAll(_ fd: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { (buf: UnsafeRawBufferPointer) -> Bool in
            var offset = 0
            while offset < buf.count {
                let n = POSIX.write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
    }

    /// Flush the folder so the rename itself survives a power loss.
    public static func syncFolder(of path: String) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let dfd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }

    /// Why a file beside `path` could not be created, in words: a missing folder is named.
    static func whyNotCreated(besides path: String, _ code: Int32) -> String {
        let folder = Paths.folder(of: path)
        switch code {
        case ENOENT: return "the folder \(folder.isEmpty ? "." : folder) does not exist"
        case ENOTDIR: return "\(folder) is not a folder"
        default: return String(cString: strerror(code))
        }
    }

    /// A symlink's final target, so the link itself survives the rename.
    static func resolve(_ path: String) -> String {
        var isLink = stat()
        guard lstat(path, &isLink) == 0, (isLink.st_mode & S_IFMT) == S_IFLNK,
            let real = realpath(path, nil)
        else { return path }
        defer { free(real) }
        return String(cString: real)
    }
}
