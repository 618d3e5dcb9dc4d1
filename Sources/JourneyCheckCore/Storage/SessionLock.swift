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

/// One writer per session: an advisory `flock` on a sidecar file beside the session. The kernel
/// releases it when the process ends in any way (also `kill -9`), so a lock left behind by a
/// dead process is simply taken over.
public final class SessionLock: @unchecked Sendable {
    public let lockPath: String
    private var fd: Int32

    /// `.name.json.lock` beside the session.
    public static func lockPath(for session: String) -> String {
        let url = URL(fileURLWithPath: session)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).lock").path
    }

    /// Take the lock, or say who holds it.
    public init(session: String, now: Date) throws(InputError) {
        lockPath = SessionLock.lockPath(for: session)
        var fd: Int32 = -1
        // Lock, then check the path still names the locked file: a holder that released the lock
        // unlinks it, and a lock on an unlinked file protects nothing.
        for _ in 0..<10 {
            fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                let code = errno
                if code == ENOENT || code == ENOTDIR {
                    throw InputError(file: session, DurableFile.whyNotCreated(besides: session, code))
                }
                throw InputError(
                    file: session, "cannot create the lock file \(lockPath): \(String(cString: strerror(code)))")
            }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let holder = SessionLock.describeHolder(fd)
                close(fd)
                throw InputError(file: session, "is open in another JourneyCheck\(holder); close it there first")
            }
            var held = stat(), named = stat()
            if fstat(fd, &held) == 0, stat(lockPath, &named) == 0, held.st_ino == named.st_ino,
                held.st_dev == named.st_dev
            {
                break
            }
            close(fd)
            fd = -1
        }
        guard fd >= 0 else { throw InputError(file: session, "could not take the lock \(lockPath)") }
        self.fd = fd
        var host = [CChar](repeating: 0, count: 256)
        gethostname(&host, host.count)
        let hostName = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let stamp = now.formatted(.iso8601)
        let info =
            "pid=\(getpid())\n" + (Self.userName.map { "user=\($0)\n" } ?? "")
            + (hostName.isEmpty ? "" : "host=\(hostName)\n") + "since=\(stamp)\n"
        ftruncate(fd, 0)
        _ = info.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    /// Who runs this program: the login name from the environment, else the account's name
    /// in the user database (a terminal under tmux or cron may have no USER); nil when unknown.
    static var userName: String? {
        let environment = ProcessInfo.processInfo.environment
        for key in ["USER", "LOGNAME"] {
            if let name = environment[key], !name.isEmpty { return name }
        }
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
        let text = String(cString: name)
        return text.isEmpty ? nil : text
    }

    static func describeHolder(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 512)
        let n = pread(fd, &buffer, buffer.count, 0)
        guard n > 0 else { return "" }
        var fields: [String: String] = [:]
        for line in String(decoding: buffer[0..<n], as: UTF8.self).split(separator: "\n") {
            let kv = line.split(separator: "=", maxSplits: 1)
            if kv.count == 2 { fields[String(kv[0])] = Sanitize.line(String(kv[1])) }
        }
        var parts: [String] = []
        // Locks of earlier releases wrote "?" for a user they did not know.
        if let user = fields["user"], !user.isEmpty, user != "?" { parts.append("by \(user)") }
        if let pid = fields["pid"] { parts.append("pid \(pid)") }
        if let host = fields["host"] { parts.append("on \(host)") }
        if let since = fields["since"] { parts.append("since \(since)") }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }

    /// Give the lock up (also done when the process ends).
    public func release() {
        guard fd >= 0 else { return }
        unlink(lockPath)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
