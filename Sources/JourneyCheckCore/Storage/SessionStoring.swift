#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What the save lifecycle needs of an open session file; `SessionStore` is the real one, and
/// tests bring their own (a store whose disk fills up, say).
public protocol SessionStoring: AnyObject {
    /// The session's file, for messages.
    var path: String { get }
    /// Bytes of changes in the journal that are not yet folded into the file.
    var journalBytes: Int { get }
    /// An older format version was opened and nothing has changed it yet: leave it as it is.
    var isUntouchedOlderVersion: Bool { get }
    /// Where the original of an older file was kept when it was first rewritten.
    var keptOriginal: String? { get }
    /// Make a change durable against a kill (appended to the journal).
    func commit(_ session: Session) throws(WriteError)
    /// Flush what was committed to the disk (power loss).
    func sync() throws(WriteError)
    /// Write the whole session into its file.
    func compact(_ session: Session) throws(WriteError)
    /// Fold the journal into the file without making the room wait: the first call starts
    /// writing a snapshot on another thread, a later call (the next tick) puts it in place.
    func foldInBackground(_ session: Session) throws(WriteError)
    /// Save to another path and keep working there.
    func move(to path: String, _ session: Session, now: Date) throws(WriteError)
    /// Remove what an interrupted save left beside the file.
    func discardRecovery()
    /// Give the lock up.
    func close()
    /// Call `notify`, from the writing thread, each time a background fold has written its
    /// snapshot and waits to be put in place (the runtime sends itself a message).
    func whenFoldWritten(_ notify: @escaping @Sendable () -> Void)
}

extension SessionStoring {
    /// A store without a background writer has nothing to tell.
    public func whenFoldWritten(_ notify: @escaping @Sendable () -> Void) {}

    /// A store without a background writer folds at once.
    public func foldInBackground(_ session: Session) throws(WriteError) { try compact(session) }
}

extension SessionStore: SessionStoring {
    public func whenFoldWritten(_ notify: @escaping @Sendable () -> Void) { foldWritten = notify }

    public var isUntouchedOlderVersion: Bool { olderVersion != nil }
    public func discardRecovery() { SessionRecovery.discard(for: path) }
}
