#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Old session files keep opening: each format version has one step that turns its JSON into
/// the next version's, and a file is carried through every step up to `Session.currentVersion`
/// in memory. Nothing is written here; the store writes the new version only when the team
/// changes something, and keeps the original bytes beside it (`backupPath`).
///
/// Journal records are not migrated: a record holds parts of a session in the shape of the
/// version that wrote the journal, and so far every version's records read as today's
/// (version 2 only moved the workshop fields, which records already kept together under
/// `header`; version 3 only added optional fields). A step that changes the shape of steps, actions or the cursor must add a record
/// step here too, keyed by the journal header's `version`.
public enum SessionMigration {
    /// One step per version: the JSON of version `n` becomes version `n + 1`.
    static func step(from version: Int, _ object: inout [String: JSONValue]) {
        switch version {
        case 1:
            // Version 2 keeps the workshop's fields together as `workshop`, as the journal did.
            var workshop: [String: JSONValue] = [:]
            for key in ["title", "language", "brandPromise", "drivers", "facilitator", "participants"] {
                workshop[key] = object.removeValue(forKey: key)
            }
            object["workshop"] = .object(workshop)
        case 2:
            // Version 3 adds decisions: drivers, gap kinds and research on a response, actions
            // on the whole journey (no step), and the top moment; and the room's tally of an
            // answer (votes). All are optional and absent in version 2, which therefore reads
            // as a version 3 with no decisions made and no votes.
            break
        default:
            break
        }
        object["version"] = .int(version + 1)
    }

    /// The file's JSON carried to the current version, with the version it was written in; nil
    /// when it is not an older session (the decoder then explains what it is).
    static func upgrade(_ data: Data) -> (data: Data, from: Int)? {
        guard case .object(var object) = try? JSONDecoder().decode(JSONValue.self, from: data),
            object["format"]?.string == Session.formatName,
            let version = object["version"]?.int, version >= 1, version < Session.currentVersion
        else { return nil }
        for v in version..<Session.currentVersion { step(from: v, &object) }
        guard let upgraded = try? JSONEncoder().encode(JSONValue.object(object)) else { return nil }
        return (upgraded, version)
    }

    /// Where the original bytes of an older file are kept: `NAME.v1.json` beside `NAME.json`,
    /// never overwritten (a second one becomes `NAME.v1-2.json`).
    public static func backupPath(for path: String, version: Int, taken: (String) -> Bool) -> String {
        let folder = Paths.folder(of: path)
        let (stem, found) = Paths.stemAndExtension(of: Paths.name(of: path))
        let ext = found.isEmpty ? "json" : found
        var candidate = Paths.join(folder, "\(stem).v\(version).\(ext)")
        var n = 2
        while taken(candidate) {
            candidate = Paths.join(folder, "\(stem).v\(version)-\(n).\(ext)")
            n += 1
        }
        return candidate
    }

    /// Whether a file name is such a kept original (lists of sessions leave them out).
    public static func isBackupName(_ name: String) -> Bool {
        guard name.hasSuffix(".json") else { return false }
        let stem = name.dropLast(5)
        guard let dot = stem.lastIndex(of: ".") else { return false }
        let tag = stem[stem.index(after: dot)...]
        guard tag.first == "v" else { return false }
        let parts = tag.dropFirst().split(separator: "-", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count)
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }
    }
}
