import Foundation

/// An open session file: locked against a second writer, saved durably, and never rewritten
/// when nothing changed.
public final class SessionStore {
    public private(set) var path: String
    private var lock: SessionLock?
    private var lastSaved: Data?

    /// Lock `path` for this process. The session itself is loaded separately.
    public init(path: String, lastSaved: Data? = nil) throws(InputError) {
        self.path = path
        lock = try SessionLock(session: path)
        self.lastSaved = lastSaved
    }

    /// Load and lock a session file.
    public static func open(_ path: String) throws(InputError) -> (SessionStore, Session) {
        let data = try InputFile.read(path)
        let session = try SessionCodec.decode(data, file: path)
        let store = try SessionStore(path: path, lastSaved: data)
        return (store, session)
    }

    /// Write the session if it differs from what is on disk.
    public func save(_ session: Session) throws(WriteError) {
        let data: Data
        do { data = try SessionCodec.encode(session) } catch {
            throw WriteError(path: path, reason: "cannot encode: \(error)", code: EINVAL)
        }
        if data == lastSaved { return }
        try DurableFile.write(data, to: path)
        lastSaved = data
    }

    /// Save to another path and keep working there (the old file keeps its last state).
    public func move(to newPath: String, _ session: Session) throws(WriteError) {
        let newLock: SessionLock
        do { newLock = try SessionLock(session: newPath) } catch {
            throw WriteError(path: newPath, reason: error.problems.first?.message ?? "cannot lock", code: EBUSY)
        }
        let data: Data
        do { data = try SessionCodec.encode(session) } catch {
            throw WriteError(path: newPath, reason: "cannot encode: \(error)", code: EINVAL)
        }
        try DurableFile.write(data, to: newPath)
        lock?.release()
        lock = newLock
        path = newPath
        lastSaved = data
    }

    public func close() {
        lock?.release()
        lock = nil
    }
}

/// Where new sessions go and what they are called.
public enum SessionNaming {
    /// `sessions/<outline name>-<date>.json`, with `-2`, `-3`, … when taken.
    public static func newPath(for outline: String, in folder: String, now: Date = Date()) -> String {
        let base = URL(fileURLWithPath: outline).deletingPathExtension().lastPathComponent
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = .current
        let c = cal.dateComponents([.year, .month, .day], from: now)
        let stem = String(format: "%@-%04d-%02d-%02d", base, c.year!, c.month!, c.day!)
        var candidate = (folder as NSString).appendingPathComponent(stem + ".json")
        var n = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = (folder as NSString).appendingPathComponent("\(stem)-\(n).json")
            n += 1
        }
        return candidate
    }
}
