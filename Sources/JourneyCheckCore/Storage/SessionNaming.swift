#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where new sessions go and what they are called.
public enum SessionNaming {
    /// `sessions/<outline name>-<date>.json`, with `-2`, `-3`, … when taken.
    public static func newPath(for outline: String, in folder: String, now: Date, timeZone: LocalZone) -> String {
        var base = URL(fileURLWithPath: outline).deletingPathExtension().lastPathComponent
        // A session named after its day (`name-2026-11-18`, `name-2026-11-18-2`) gives its
        // next session the journey's name with the new day, not both days.
        if let match = base.firstMatch(of: /-\d{4}-\d{2}-\d{2}(-\d+)?$/), match.range.lowerBound > base.startIndex {
            base = String(base[..<match.range.lowerBound])
        }
        let stem = base + "-" + CivilTime(now, timeZone).dayText
        var candidate = Paths.join(folder, stem + ".json")
        var n = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = Paths.join(folder, "\(stem)-\(n).json")
            n += 1
        }
        return candidate
    }
}
