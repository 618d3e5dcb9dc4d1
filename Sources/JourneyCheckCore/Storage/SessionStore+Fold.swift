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
import Dispatch

// Folding the journal into the file on another thread, so that no key waits for it.

extension SessionStore {
    /// A snapshot being written on another thread.
    final class FoldJob: @unchecked Sendable {
        let snapshot: Session
        let done = DispatchSemaphore(value: 0)
        /// Set once, by the writer, before `done` is signalled.
        var result: Result<(temp: String, fingerprint: String), WriteError>?
        init(snapshot: Session) { self.snapshot = snapshot }
    }
    static let foldSuffix = "jc-fold"

    /// Fold the journal into the file without making the room wait. The first call writes a
    /// snapshot of what is committed to a temporary file on another thread (the encoding and
    /// the big write and flush are most of a compaction); a later call, once that is done,
    /// puts it in place: a new journal holding what changed since the snapshot is written and
    /// flushed beside the old one, the new file is renamed into place, then the new journal
    /// over the old. Until the new file is in place the old file and journal hold everything;
    /// after, the new file and the new journal do (see `replayJournal`).
    public func foldInBackground(_ session: Session) throws(WriteError) { try foldInBackground(crashAt: nil) }

    /// Where a test stops a fold as a kill would (the files stay as they are at that point).
    enum FoldStage { case afterNextJournal, afterFilePlaced }

    /// Tests: what a kill leaves: the descriptors and the lock go, every file stays as it is.
    func simulateKill() {
        if let job = fold { job.done.wait() }
        fold = nil
        flusher.wait()
        if journalFD >= 0 { _ = POSIX.close(journalFD) }
        journalFD = -1
        lock?.release()
        lock = nil
    }

    /// Wait until the background writer is done, without placing its work (tests, benchmarks).
    public func waitForFoldWriter() {
        if let job = fold {
            job.done.wait()
            job.done.signal()
        }
    }

    func foldInBackground(crashAt: FoldStage?) throws(WriteError) {
        if let job = fold {
            guard job.done.wait(timeout: .now()) == .success else { return }  // still writing
            fold = nil
            switch job.result! {
            case .failure(let error): throw error
            case .success(let staged): try placeFold(staged, snapshot: job.snapshot, crashAt: crashAt)
            }
            return
        }
        guard journalBytes > 0 else { return }
        try keepOriginal()
        let job = FoldJob(snapshot: current)
        let path = self.path
        fold = job
        let notify = foldWritten
        DispatchQueue.global(qos: .utility).async {
            let result: Result<(temp: String, fingerprint: String), WriteError>
            do {
                let data = try SessionCodec.encode(job.snapshot)
                let temp = try DurableFile.stage(data, besides: path, suffix: SessionStore.foldSuffix)
                result = .success((temp, SessionStore.fingerprint(data)))
            } catch let error as WriteError {
                result = .failure(error)
            } catch {
                result = .failure(WriteError(path: path, reason: "cannot encode: \(error)", code: EINVAL))
            }
            job.result = result
            job.done.signal()
            notify?()
        }
    }

    /// The short part on the main thread: the new journal, then the renames.
    private func placeFold(
        _ staged: (temp: String, fingerprint: String), snapshot: Session, crashAt: FoldStage?
    ) throws(WriteError) {
        let next = journalPath + ".next"
        func abandon(_ error: WriteError) -> WriteError {
            unlink(staged.temp)
            unlink(next)
            return error
        }
        // Somebody moved the files away under us: write everything again, the ordinary way.
        guard journalFD >= 0, stillThere() else {
            unlink(staged.temp)
            try compact(current)
            return
        }
        let fd = POSIX.open(next, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw abandon(WriteError(path: next, reason: String(cString: strerror(errno)), code: errno))
        }
        var st = stat()
        if stat(path, &st) == 0 { fchmod(fd, st.st_mode & 0o666) }
        var bytes =
            (try? JSONEncoder().encode(JournalHeader(base: staged.fingerprint, version: Session.currentVersion)))
            ?? Data()
        bytes.append(0x0A)
        let headerSize = bytes.count
        if let record = JournalRecord.diff(snapshot, current) {
            do { bytes += try encoder.encode(record) } catch {
                _ = POSIX.close(fd)
                throw abandon(WriteError(path: next, reason: "cannot encode: \(error)", code: EINVAL))
            }
            bytes.append(0x0A)
        }
        guard DurableFile.writeAll(fd, bytes), Flusher.dataSync(fd) == 0 else {
            let e = WriteError(path: next, reason: String(cString: strerror(errno)), code: errno)
            _ = POSIX.close(fd)
            throw abandon(e)
        }
        if crashAt == .afterNextJournal {
            _ = POSIX.close(fd)
            return
        }
        do { try DurableFile.place(staged.temp, at: path) } catch {
            _ = POSIX.close(fd)
            unlink(next)
            throw error
        }
        if crashAt == .afterFilePlaced {
            _ = POSIX.close(fd)
            return
        }
        // The new file is in place and `next` continues it; now it takes the journal's name.
        if rename(next, journalPath) != 0 {
            _ = POSIX.close(fd)
            unlink(next)
            try compact(current)
            return
        }
        DurableFile.syncFolder(of: journalPath)
        _ = POSIX.close(journalFD)
        journalFD = fd
        journalBytes = bytes.count - headerSize
        unsynced = false
        openedBase = nil
    }

    /// Wait for a background fold and throw its work away (before writing the file another way).
    func abandonFold() {
        guard let job = fold else { return }
        job.done.wait()
        if case .success(let staged)? = job.result { unlink(staged.temp) }
        fold = nil
    }

}
