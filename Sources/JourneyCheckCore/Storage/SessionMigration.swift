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
/// `header`; version 3 only added optional fields; version 4's driver links by id are restored
/// after a replay by `linkDriversByID`). A step that changes the shape of steps, actions or the
/// cursor must add a record step here too, keyed by the journal header's `version`.
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
        case 3:
            // Version 4 gives identities (the rule, for files written before it):
            // - the journey's id is derived from its title (`JourneyID.derived`), which a
            //   session and its reassessments share, and two different journeys do not;
            // - each driver gets the id of its position, `d1`, `d2`, … (`Driver.positionalID`);
            // - a gap's links to drivers, which were names, become those ids (a name that is
            //   no driver of the journey stays as it was, and validation says so).
            // Step, phase and action ids were unique and never reused already; they stay.
            guard case .object(var workshop) = object["workshop"] else { break }
            let title = workshop["title"]?.string ?? ""
            object["journey"] = .string(JourneyID.derived(fromTitle: title).rawValue)
            var ids: [String: String] = [:]
            if case .array(let drivers) = workshop["drivers"] {
                workshop["drivers"] = .array(
                    drivers.enumerated().map { i, driver in
                        guard case .object(var d) = driver else { return driver }
                        let id = Driver.positionalID(i).rawValue
                        if let name = d["name"]?.string, ids[name] == nil { ids[name] = id }
                        d["id"] = .string(id)
                        return .object(d)
                    })
                object["workshop"] = .object(workshop)
            }
            guard case .array(var phases) = object["phases"] else { break }
            for p in phases.indices {
                guard case .object(var phase) = phases[p], case .array(var steps) = phase["steps"] else { continue }
                for s in steps.indices {
                    guard case .object(var step) = steps[s], case .object(var answers) = step["answers"] else {
                        continue
                    }
                    for (lens, value) in answers {
                        guard case .object(var response) = value, case .array(let links) = response["drivers"] else {
                            continue
                        }
                        response["drivers"] = .array(
                            links.map { link in link.string.flatMap { ids[$0] }.map(JSONValue.string) ?? link })
                        answers[lens] = .object(response)
                    }
                    step["answers"] = .object(answers)
                    steps[s] = .object(step)
                }
                phase["steps"] = .array(steps)
                phases[p] = .object(phase)
            }
            object["phases"] = .array(phases)
        case 4:
            // Version 5 adds whose report it is (the workshop's `organisation`, `logo` and
            // `accent`) and behaviour drivers (a driver's `behaviour`). All are optional and
            // absent in version 4, which therefore reads as a version 5 without a
            // branding and without behaviour drivers.
            break
        default:
            break
        }
        object["version"] = .int(version + 1)
    }

    /// Links to drivers that are names (journal records written before version 4) become the
    /// ids of those drivers; links that are ids already stay.
    public static func linkDriversByID(_ session: inout Session) {
        let drivers = session.drivers
        let known = Set(drivers.map(\.id))
        var byName: [String: DriverID] = [:]
        for d in drivers where byName[d.name] == nil { byName[d.name] = d.id }
        for p in session.phases.indices {
            for s in session.phases[p].steps.indices {
                for lens in Lens.allCases {
                    let links = session.phases[p].steps[s].answers[lens].drivers
                    guard links.contains(where: { !known.contains($0) }) else { continue }
                    let mapped = links.map { known.contains($0) ? $0 : byName[$0.rawValue] ?? $0 }
                    session.phases[p].steps[s].answers[lens].drivers =
                        drivers.map(\.id).filter(mapped.contains)
                        + mapped.filter { !known.contains($0) }
                }
            }
        }
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
