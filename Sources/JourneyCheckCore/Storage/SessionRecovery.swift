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

/// What an interrupted save leaves behind: the temporary file beside the session.
public enum SessionRecovery {
    /// A complete session in the temporary file that is newer than the session file itself.
    /// An unreadable or older one is removed (it was never acknowledged on screen).
    public static func find(for path: String) -> Session? {
        let temp = DurableFile.temporaryPath(for: DurableFile.resolve(path))
        var tst = stat(), sst = stat()
        guard stat(temp, &tst) == 0 else { return nil }
        guard stat(path, &sst) == 0,
            (tst.st_mtim.tv_sec, tst.st_mtim.tv_nsec) >= (sst.st_mtim.tv_sec, sst.st_mtim.tv_nsec),
            let data = try? InputFile.read(temp),
            let session = try? SessionCodec.decode(data, file: temp),
            let current = try? SessionCodec.load(file: path), current != session
        else {
            unlink(temp)
            return nil
        }
        return session
    }

    public static func discard(for path: String) {
        unlink(DurableFile.temporaryPath(for: DurableFile.resolve(path)))
    }
}
