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
import Synchronization

/// An open session: locked against a second writer; every change appended to a journal beside
/// the file (a few hundred bytes, no fsync in the keystroke path), flushed to disk at most a
/// second later, and folded into the deterministic session JSON when the room is quiet and on
/// quit. Opening replays what a killed process left in the journal.
public final class SessionStore {
    public private(set) var path: String {
        didSet { journalPath = Journal.path(for: DurableFile.resolve(path)) }
    }
    /// Beside the session (computed once: it is needed on every keystroke).
    var journalPath: String
    var lock: SessionLock?
    /// The state that is in the file plus the journal.
    var current: Session
    var journalFD: Int32 = -1
    /// Bytes of complete records in the journal (0: no journal since the last compaction).
    public internal(set) var journalBytes = 0
    var unsynced = false
    let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return e
    }()

    /// The fingerprint of the file as opened, so the first change can start a journal without
    /// rewriting the file.
    var openedBase: (fingerprint: String, size: Int)?

    /// Lock `path` for this process; `session` is what the file (and journal) hold. With the
    /// bytes just written to the file, the first change starts a journal instead of writing
    /// the whole file again.
    public init(path: String, session: Session, now: Date, fileBytes: Data? = nil) throws(InputError) {
        self.path = path
        journalPath = Journal.path(for: DurableFile.resolve(path))
        lock = try SessionLock(session: path, now: now)
        current = session
        if let fileBytes { openedBase = (SessionStore.fingerprint(fileBytes), fileBytes.count) }
    }

    deinit {
        if journalFD >= 0 { _ = POSIX.close(journalFD) }
    }

    /// Read a session with whatever its journal adds (no lock; for export, validate, lists).
    public static func read(_ path: String) throws(InputError) -> Session {
        let data = try InputFile.read(path)
        var session = try SessionCodec.decode(data, file: path)
        try replayJournal(of: path, sessionBytes: data, onto: &session)
        return session
    }

    /// Lock, load and replay; a replayed journal is folded into the file at once. A file of an
    /// older format version is migrated in memory and left as it is until the first change,
    /// which first keeps its bytes in `NAME.vN.json` (see `olderVersion`).
    public static func open(_ path: String, now: Date) throws(InputError) -> (SessionStore, Session) {
        let lock = try SessionLock(session: path, now: now)
        let data = try InputFile.read(path)
        var (session, version) = try SessionCodec.decodeNotingVersion(data, file: path)
        let replayed = try replayJournal(of: path, sessionBytes: data, onto: &session)
        let store = try SessionStore(path: path, session: session, lock: lock)
        defer {
            // What an interrupted background fold left: its snapshot, and a journal that did
            // not (or no longer) continue the file.
            let url = URL(fileURLWithPath: DurableFile.resolve(path))
            unlink(
                url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(foldSuffix)").path)
            if store.journalFD < 0 || replayed { unlink(Journal.path(for: DurableFile.resolve(path)) + ".next") }
        }
        if version < Session.currentVersion {
            store.olderVersion = (version, data)
        } else if replayed {
            do { try store.compact(session) } catch { throw InputError(file: path, error.reason) }
        } else {
            store.openedBase = (fingerprint(data), data.count)
        }
        return (store, session)
    }

    /// The version and bytes of the file as opened, while it is of an older format and not yet
    /// rewritten.
    public private(set) var olderVersion: (version: Int, bytes: Data)?
    /// Where the original of an older file was kept, once the first change rewrote it.
    public private(set) var keptOriginal: String?

    /// Keep the original bytes of an older file beside it before it is first rewritten.
    func keepOriginal() throws(WriteError) {
        guard let (version, bytes) = olderVersion else { return }
        let fm = FileManager.default
        // An identical copy from an earlier attempt is reused; a different one is never overwritten.
        let backup = SessionMigration.backupPath(for: path, version: version) { candidate in
            fm.fileExists(atPath: candidate) && fm.contents(atPath: candidate) != bytes
        }
        if !fm.fileExists(atPath: backup) {
            do { try DurableFile.write(bytes, to: backup, replace: false) } catch {
                throw WriteError(path: backup, reason: error.reason, code: error.code)
            }
        }
        keptOriginal = backup
        olderVersion = nil
    }

    private init(path: String, session: Session, lock: SessionLock) throws(InputError) {
        self.path = path
        journalPath = Journal.path(for: DurableFile.resolve(path))
        self.lock = lock
        current = session
    }

    /// Returns whether records were applied.
    /// The journal that continues the file is `.NAME.json.journal`, or, when a background fold
    /// was interrupted between putting the new file in place and renaming its journal,
    /// `.NAME.json.journal.next`: whichever starts with the file's fingerprint.
    @discardableResult
    static func replayJournal(
        of path: String, sessionBytes: Data, onto session: inout Session
    ) throws(InputError) -> Bool {
        let base = fingerprint(sessionBytes)
        for jpath in [Journal.path(for: path), Journal.path(for: path) + ".next"] {
            guard FileManager.default.fileExists(atPath: jpath) else { continue }
            let data = try InputFile.read(jpath)
            guard let newline = data.firstIndex(of: 0x0A),
                let header = try? JSONDecoder().decode(JournalHeader.self, from: data[data.startIndex..<newline]),
                header.base == base
            else { continue }  // empty, torn at birth, or older than the file: nothing to add
            return try replay(data, header: header, newline: newline, file: jpath, onto: &session)
        }
        return false
    }

    private static func replay(
        _ data: Data, header: JournalHeader, newline: Data.Index, file jpath: String,
        onto session: inout Session
    ) throws(InputError) -> Bool {
        if let version = header.version, version > Session.currentVersion {
            throw InputError(
                file: jpath,
                "written by a newer JourneyCheck (format version \(version)); update JourneyCheck to open it. Nothing was changed."
            )
        }
        return try Journal.replay(
            data[(newline + 1)...], onto: &session, file: jpath, recordVersion: header.version ?? 1) > 0
    }

    /// The first line of a journal: the file it continues and the format version of its
    /// records (none in version 1 journals).
    struct JournalHeader: Codable {
        var base: String
        var version: Int?
    }

    /// FNV-1a of the session file's bytes: which file a journal continues.
    static func fingerprint(_ data: Data) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { raw in
            for b in raw { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        return String(h, radix: 16) + ":\(data.count)"
    }

    /// Make the change durable against a kill: one appended record. Falls back to a full save
    /// when the journal or the file has gone (a folder removed under us).
    public func commit(_ session: Session) throws(WriteError) {
        guard let record = JournalRecord.diff(current, session) else { return }
        if journalFD < 0, let base = openedBase, fileUnchanged(size: base.size) {
            // The file is as we read it: continue it with a journal instead of rewriting it.
            try startJournal(fingerprint: base.fingerprint)
            openedBase = nil
        }
        if journalFD < 0 || !stillThere() {
            try compact(session)
            return
        }
        var line: Data
        do { line = try encoder.encode(record) } catch {
            throw WriteError(path: path, reason: "cannot encode: \(error)", code: EINVAL)
        }
        line.append(0x0A)
        try append(line)
        current = session
    }

    /// Flush the journal to disk (power loss); called about once a second. The flush runs on
    /// a background thread so that no keystroke waits for the disk; its failure is reported by
    /// the next call.
    public func sync() throws(WriteError) {
        let failed = flusher.takeError()
        if failed != 0 {
            // A failed flush may have lost the data: write everything again, in full.
            if journalFD >= 0 { _ = POSIX.close(journalFD) }
            journalFD = -1
            throw WriteError(path: Journal.path(for: path), reason: String(cString: strerror(failed)), code: failed)
        }
        guard unsynced, journalFD >= 0, flusher.start(journalFD) else { return }
        unsynced = false
    }

    /// Wait until a running flush is done (before closing, and in tests).
    public func waitForSync() { flusher.wait() }

    let flusher = Flusher()

    /// Write the whole session durably and start an empty journal for it.
    public func compact(_ session: Session) throws(WriteError) {
        abandonFold()
        try keepOriginal()
        let data: Data
        do { data = try SessionCodec.encode(session) } catch {
            throw WriteError(path: path, reason: "cannot encode: \(error)", code: EINVAL)
        }
        try DurableFile.write(data, to: path)
        current = session
        openedBase = nil
        try startJournal(fingerprint: SessionStore.fingerprint(data))
    }

    /// A background fold in progress (SessionStore+Fold.swift).
    var fold: FoldJob?
    /// Told when a background fold's snapshot is written (`whenFoldWritten`).
    var foldWritten: (@Sendable () -> Void)?

    /// Save to another path and keep working there (the old file keeps its last state).
    /// An older file that was not rewritten yet stays as it is where it is: it needs no kept
    /// copy beside the new path.
    public func move(to newPath: String, _ session: Session, now: Date) throws(WriteError) {
        let newLock: SessionLock
        do { newLock = try SessionLock(session: newPath, now: now) } catch {
            throw WriteError(path: newPath, reason: error.problems.first?.message ?? "cannot lock", code: EBUSY)
        }
        let oldPath = path
        let older = olderVersion
        path = newPath
        olderVersion = nil
        do {
            try compact(session)
        } catch {
            path = oldPath
            olderVersion = older
            throw error
        }
        lock?.release()
        lock = newLock
    }

    /// Give the lock up. An empty journal (everything folded into the file) is removed.
    public func close() {
        abandonFold()
        flusher.wait()
        if journalFD >= 0 {
            _ = POSIX.close(journalFD)
            if journalBytes == 0 { unlink(journalPath) }
        }
        journalFD = -1
        lock?.release()
        lock = nil
    }

    // MARK: Journal file

    /// A fresh journal that continues the file with this fingerprint. Its header reaches the
    /// disk with the next `sync`, before or with the records that follow it.
    private func startJournal(fingerprint: String) throws(WriteError) {
        if journalFD >= 0 { _ = POSIX.close(journalFD) }
        journalFD = -1
        journalBytes = 0
        let fd = POSIX.open(journalPath, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw WriteError(path: journalPath, reason: String(cString: strerror(errno)), code: errno)
        }
        var st = stat()
        if stat(path, &st) == 0 { fchmod(fd, st.st_mode & 0o666) }
        journalFD = fd
        // All or nothing: a journal without its header would be ignored on replay.
        do throws(WriteError) {
            guard ftruncate(fd, 0) == 0 else {
                throw WriteError(path: journalPath, reason: String(cString: strerror(errno)), code: errno)
            }
            var header =
                (try? JSONEncoder().encode(JournalHeader(base: fingerprint, version: Session.currentVersion))) ?? Data()
            header.append(0x0A)
            try append(header)
        } catch {
            _ = POSIX.close(fd)
            journalFD = -1
            unlink(journalPath)
            throw error
        }
        journalBytes = 0
    }

    /// The session file is still the one we read (same size and still there): cheap, not proof,
    /// but the lock keeps other JourneyChecks out and the fingerprint guards the replay.
    private func fileUnchanged(size: Int) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && Int(st.st_size) == size
    }

    /// Append whole records; a partial write is cut off again so the journal never holds a torn
    /// record in the middle.
    private func append(_ data: Data) throws(WriteError) {
        let start = lseek(journalFD, 0, SEEK_END)
        guard DurableFile.writeAll(journalFD, data) else {
            let code = errno
            if start >= 0 { ftruncate(journalFD, start) }
            throw WriteError(path: journalPath, reason: String(cString: strerror(code)), code: code)
        }
        journalBytes += data.count
        unsynced = true
    }

    /// The journal we write to is still the one beside the session, and the session is there.
    func stillThere() -> Bool {
        var held = stat(), named = stat(), file = stat()
        return fstat(journalFD, &held) == 0 && held.st_nlink > 0
            && stat(journalPath, &named) == 0 && named.st_ino == held.st_ino
            && stat(path, &file) == 0
    }
}
