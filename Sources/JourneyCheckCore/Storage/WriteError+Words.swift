#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The system's reasons for a failed write, in the room's words and language (the words are in
// MoreWords).

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
