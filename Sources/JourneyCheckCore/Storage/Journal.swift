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

/// The append-only journal beside a session: `.NAME.json.journal`, one JSON record a line.
public enum Journal {
    public static func path(for session: String) -> String {
        let url = URL(fileURLWithPath: session)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).journal").path
    }

    /// Replay the journal's complete records onto a session. A torn last line (a kill in the
    /// middle of an append) was never acknowledged and is ignored. Returns the number applied.
    @discardableResult
    /// `recordVersion` is the format version of the records (the journal header's): records
    /// before version 4 link drivers by name, and get their ids here.
    public static func replay(
        _ data: Data, onto session: inout Session, file: String, recordVersion: Int = Session.currentVersion
    ) throws(InputError) -> Int {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var applied = 0
        var lineNumber = 0
        var start = data.startIndex
        while start < data.endIndex {
            guard let end = data[start...].firstIndex(of: 0x0A) else { break }  // torn tail
            lineNumber += 1
            let line = data[start..<end]
            start = end + 1
            if line.isEmpty { continue }
            var next = session
            do {
                let record = try decoder.decode(JournalRecord.self, from: line)
                try record.apply(to: &next)
            } catch {
                throw InputError(
                    file: file, line: lineNumber,
                    "the journal record cannot be applied (\(SessionCodec.describe(error))); "
                        + "the session file itself is intact: move the journal away to open it without the last changes"
                )
            }
            session = next
            applied += 1
        }
        if applied > 0 {
            if recordVersion < 4 { SessionMigration.linkDriversByID(&session) }
            var check = session
            let problems = SessionCodec.validate(&check, file: file)
            if !problems.isEmpty { throw InputError(problems) }
            session = check
        }
        return applied
    }
}

/// A JSON string literal.
func jsonString(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where u.value < 0x20:
            let hex = String(u.value, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(u)
        }
    }
    return out + "\""
}

/// `2026-11-24T10:00:00Z`, whole seconds, UTC: what JSONEncoder's .iso8601 writes.
func iso8601(_ date: Date) -> String {
    var t = time_t(date.timeIntervalSince1970.rounded(.down))
    var tm = tm()
    gmtime_r(&t, &tm)
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return
        "\(tm.tm_year + 1900)-\(two(tm.tm_mon + 1))-\(two(tm.tm_mday))T\(two(tm.tm_hour)):\(two(tm.tm_min)):\(two(tm.tm_sec))Z"
}
