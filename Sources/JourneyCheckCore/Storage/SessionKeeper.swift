#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// When an open session is written, and what happens when it cannot be: the save lifecycle.
/// Every change is committed before the screen shows it; about once a second the journal is
/// flushed; after two quiet seconds (or 4 MiB of journal) it is folded into the file; on quit
/// the file is written whole; and a session that cannot be saved is never left without a
/// copy somewhere. Time comes in as a value, so every rule is tested without waiting.
public final class SessionKeeper {
    /// Quiet time after the last change before the journal is folded into the file.
    public static let quietBeforeCompaction: TimeInterval = 2
    /// A journal this large is folded in at the next tick, quiet or not.
    public static let journalLimit = 4 << 20

    public let store: any SessionStoring
    /// Folders tried in turn for a rescue copy when the file cannot be written.
    let rescueFolders: [String]
    let processID: Int32
    private var lastCommit: Date
    private var reportedOriginal = false

    public init(store: any SessionStoring, now: Date, rescueFolders: [String], processID: Int32) {
        self.store = store
        lastCommit = now
        self.rescueFolders = rescueFolders
        self.processID = processID
    }

    public var path: String { store.path }

    /// How a save went.
    public enum Saved: Equatable, Sendable {
        case saved
        /// Saved, and an older file's original was kept at this path first.
        case savedKeepingOriginal(String)
        case failed(String)
    }

    /// A change the screen is about to show.
    public func save(_ session: Session, now: Date) -> Saved {
        do {
            try store.commit(session)
        } catch {
            return .failed(error.reason(in: session.language))
        }
        lastCommit = now
        if !reportedOriginal, let kept = store.keptOriginal {
            reportedOriginal = true
            return .savedKeepingOriginal(kept)
        }
        return .saved
    }

    /// About once a second: flush the journal, and fold it into the file when the room has
    /// been quiet. Returns the reason when that failed.
    public func tick(_ session: Session, now: Date) -> String? {
        do {
            try store.sync()
            if store.journalBytes > 0,
                now.timeIntervalSince(lastCommit) >= SessionKeeper.quietBeforeCompaction
                    || store.journalBytes > SessionKeeper.journalLimit
            {
                try store.foldInBackground(session)
            }
        } catch {
            return error.reason(in: session.language)
        }
        return nil
    }

    public func saveAs(_ path: String, _ session: Session, now: Date) -> WriteError? {
        do { try store.move(to: path, session, now: now) } catch { return error }
        return nil
    }

    public func discardRecovery() { store.discardRecovery() }

    /// How leaving went.
    public enum Leaving: Equatable, Sendable {
        /// Done; `message` is printed after the terminal is restored, `unsaved` when the file
        /// itself does not hold the last state.
        case left(message: String?, unsaved: Bool)
        /// Nothing could be written anywhere: stay, keep the answers in memory, keep retrying.
        case stay(problem: String)
    }

    /// Quitting: leave the deterministic file behind, or at least a copy. `problem` is the
    /// failure of the last save, if one is still failing; `forced` when a signal or a lost
    /// terminal ends the program and staying is not an option.
    public func leave(_ session: Session, problem: String?, forced: Bool) -> Leaving {
        var problem = problem
        var message: String?
        if problem == nil && !store.isUntouchedOlderVersion {
            // If the file cannot be rewritten, the journal still has it all.
            do {
                try store.compact(session)
            } catch {
                do {
                    try store.sync()
                    message =
                        "journeycheck: \(path) could not be rewritten (\(error.reason)); "
                        + "every change is in its journal and is applied when the session is opened again"
                } catch {
                    problem = error.reason
                }
            }
        }
        guard let problem else { return .left(message: message, unsaved: false) }
        if let rescue = rescue(session) {
            return .left(
                message: "journeycheck: \(path) could not be saved (\(problem)); a copy of the session is in \(rescue)",
                unsaved: true)
        }
        if !forced { return .stay(problem: problem) }
        return .left(
            message: "journeycheck: \(path) could not be saved (\(problem)) and no rescue copy could be written",
            unsaved: true)
    }

    /// Write the session where it can be written: each rescue folder in turn.
    func rescue(_ session: Session) -> String? {
        guard let data = try? SessionCodec.encode(session) else { return nil }
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let name = "journeycheck-rescue-\(stem)-\(processID).json"
        for folder in rescueFolders {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            if (try? DurableFile.write(data, to: candidate)) != nil { return candidate }
        }
        return nil
    }
}
