#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The system's reasons for a failed write, in the room's words and language.

/// Why writing failed, said to the room (the command line keeps the system's own words).
struct SystemReasonWords: Sendable {
    static let table = SystemReasonWords()

    public let diskFull = Phrase("de schijf is vol", "the disk is full")
    public let noPermission = Phrase("geen toestemming om hier te schrijven", "no permission to write here")
    public let readOnly = Phrase("de schijf is alleen-lezen", "the disk is read-only")
    public let folderMissing = Template("de map {1} bestaat niet (meer)", "the folder {1} does not exist (any more)")
    public let notAFolder = Template("{1} is geen map", "{1} is not a folder")
    public let diskError = Phrase("de schijf gaf een fout", "the disk reported an error")
    public let inUse = Phrase("het bestand is elders geopend", "the file is open elsewhere")
    public let tooBig = Phrase("het bestand wordt te groot", "the file is getting too large")
}

extension Words {
    public var diskFull: Phrase { SystemReasonWords.table.diskFull }
    public var noPermission: Phrase { SystemReasonWords.table.noPermission }
    public var readOnly: Phrase { SystemReasonWords.table.readOnly }
    public var folderMissing: Template { SystemReasonWords.table.folderMissing }
    public var notAFolder: Template { SystemReasonWords.table.notAFolder }
    public var diskError: Phrase { SystemReasonWords.table.diskError }
    public var inUse: Phrase { SystemReasonWords.table.inUse }
    public var tooBig: Phrase { SystemReasonWords.table.tooBig }
}

extension WriteError {
    /// The reason in our own words and the session's language; the system's words for a
    /// reason we have no words for.
    public func reason(in language: Language) -> String {
        let w = Wording(language)
        let folder = Paths.folder(of: path)
        switch code {
        case ENOSPC, EDQUOT: return w.diskFull
        case EACCES, EPERM: return w.noPermission
        case EROFS: return w.readOnly
        case ENOENT: return w.folderMissing(folder.isEmpty ? "." : folder)
        case ENOTDIR: return w.notAFolder(folder)
        case EIO: return w.diskError
        case EBUSY, EWOULDBLOCK: return w.inUse
        case EFBIG: return w.tooBig
        default: return reason
        }
    }
}
