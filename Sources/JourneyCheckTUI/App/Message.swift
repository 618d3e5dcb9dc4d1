#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

public struct TermSize: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public init(_ width: Int, _ height: Int) {
        self.width = width
        self.height = height
    }
    /// Below this the screens say so instead of drawing a broken layout.
    public static let minimum = TermSize(60, 18)
    public var isTooSmall: Bool { width < TermSize.minimum.width || height < TermSize.minimum.height }
}

/// A message to `update`: everything that happens to the program, from the keyboard, the
/// clock, the terminal, the disk or the command line, arrives as one of these.
public enum Message: Equatable, Sendable {
    case key(Key)
    /// The time now (sent before each key, so `update` never reads a clock).
    case time(Date)
    /// About once a second.
    case tick(Date)
    /// A background fold wrote its snapshot (from another thread): put it in place now.
    case foldWritten
    case resize(TermSize)
    case saveFailed(String)
    case saveSucceeded
    /// Saved, after keeping the original of an older file at this path.
    case originalKept(String)
    case savedAs(String)
    case saveAsFailed(path: String, reason: String)
    /// Quitting failed: nothing could be written anywhere; the room stays.
    case cannotLeave(String)
    /// SIGINT, SIGTERM or SIGHUP: finish up and quit.
    case terminate
    /// From the command line: set the time per step (nil: off).
    case setTimebox(Int?)
    /// A newer state found in the temporary file of an interrupted save: ask what to keep.
    case offerRecovery(Session)
    /// A line for the user (for example that an older file was opened).
    case notice(String)
    /// The start screen: list the folders (again).
    case refresh
    /// The start screen: what the folders hold.
    case listed([LibraryEntry])
    /// The phones' counts for a question (from the room's server): keep them, then answer.
    case phoneVotes(Question, Votes, RoomAck)
}

/// What `update` asks the runtime to do; performed by the runtime, not by `update`.
public enum Effect: Equatable, Sendable {
    /// Write the session durably before the screen shows the change.
    case save
    /// The once-a-second care of the files: flush the journal, fold it in when quiet.
    case keepFiles
    /// Write the session to another path and keep using it.
    case saveAs(String)
    /// Remove the temporary file an interrupted save left behind.
    case discardRecovery
    case quit
    /// The start screen: read the workshops and sessions folders.
    case list(workshops: String, sessions: String)
    /// The start screen: open this.
    case open(StartChoice)
    /// Tell a phone whether its vote was kept (after the save before it).
    case acknowledge(RoomAck)
    /// Open (true) or close the room.
    case switchRoom(Bool)
}
