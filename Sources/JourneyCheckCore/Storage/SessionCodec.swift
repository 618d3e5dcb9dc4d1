#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The session file format: pretty-printed JSON with sorted keys, so that saving a loaded
/// session without a change gives the same bytes and git diffs show only what the team changed.
public enum SessionCodec {
    /// Deeper nesting than any real session has (it needs 6); refusing early keeps
    /// `JSONDecoder` away from inputs that make it trap.
    public static let maximumDepth = 64

    public static func encode(_ session: Session) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = try encoder.encode(session)
        data.append(0x0A)
        return data
    }

    public static func load(file path: String) throws(InputError) -> Session {
        try decode(try InputFile.read(path), file: path)
    }

    /// Decode and check a session. Every failure names the file and where in it.
    public static func decode(_ data: Data, file: String) throws(InputError) -> Session {
        try decodeNotingVersion(data, file: file).session
    }

    /// Decode and check a session of any version this program reads, migrated to the current
    /// one in memory; `version` is the one the file was written in.
    public static func decodeNotingVersion(
        _ data: Data, file: String
    ) throws(InputError) -> (session: Session, version: Int) {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw InputError(file: file, "the file is empty (a session file is JSON written by JourneyCheck)")
        }
        if let (offset, depth) = tooDeep(data) {
            let (line, column) = position(of: offset, in: data)
            throw InputError(
                file: file, line: line, column: column,
                "nested more than \(depth) levels deep; this is not a JourneyCheck session")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var session: Session
        var version = Session.currentVersion
        do {
            session = try decoder.decode(Session.self, from: data)
            version = session.version
        } catch {
            // An older version is carried to this one; anything else, the decoder explains.
            guard let (upgraded, from) = SessionMigration.upgrade(data) else {
                throw diagnose(data, file: file, decodingError: error)
            }
            do {
                session = try decoder.decode(Session.self, from: upgraded)
            } catch {
                throw diagnose(data, file: file, decodingError: error)
            }
            version = from
        }
        // Decoded, but perhaps a format we do not know: check before trusting anything.
        if session.format != Session.formatName {
            throw InputError(
                file: file,
                "not a JourneyCheck session ('format' is '\(session.format)', expected '\(Session.formatName)')")
        }
        if version > Session.currentVersion { throw newerVersion(file, version) }
        if version < 1 { throw InputError(file: file, "unknown format version \(version)") }
        session.version = Session.currentVersion
        let problems = validate(&session, file: file)
        if !problems.isEmpty { throw InputError(problems) }
        return (session, version)
    }

    static func newerVersion(_ file: String, _ version: Int) -> InputError {
        InputError(
            file: file,
            "written by a newer JourneyCheck (format version \(version); this one reads up to \(Session.currentVersion)); update JourneyCheck to open it. The file was not changed."
        )
    }

    /// A markdown outline given where a session was expected: its first line that is not blank
    /// (after a byte order mark) is a `# Title` heading.
    static func looksLikeOutline(_ data: Data) -> Bool {
        let text = String(decoding: data.prefix(4096), as: UTF8.self)
        let first = text.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) }
        guard let line = first?.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace }) else { return false }
        return line.hasPrefix("# ")
    }

    /// Work out why decoding failed, in the user's terms: syntax with line and column first,
    /// then format and version, then the first field of the wrong shape.
    static func diagnose(_ data: Data, file: String, decodingError: any Error) -> InputError {
        if String(validating: data, as: UTF8.self) == nil {
            return InputError(file: file, "not UTF-8 text; a session file is JSON written by JourneyCheck")
        }
        if looksLikeOutline(data) {
            return InputError(
                file: file,
                "this is a workshop outline, not a session; start a session from it with: journeycheck start \(file)")
        }
        if let (offset, problem) = JSONSyntax.firstError(in: data) {
            let (line, column) = position(of: offset, in: data)
            if offset >= data.count {
                return InputError(
                    file: file, line: line, column: column,
                    "not valid JSON: the file ends in the middle (is it truncated?)")
            }
            return InputError(file: file, line: line, column: column, "not valid JSON: \(problem)")
        }
        guard let object = try? JSONDecoder().decode(JSONValue.self, from: data) else {
            return InputError(file: file, "not valid JSON: \(describe(decodingError))")
        }
        guard case .object(let dict) = object else {
            return InputError(file: file, "not a JourneyCheck session (the JSON is not an object)")
        }
        guard let format = dict["format"]?.string, format == Session.formatName else {
            return InputError(file: file, "not a JourneyCheck session (no \"format\": \"\(Session.formatName)\")")
        }
        guard let version = dict["version"]?.int else {
            return InputError(file: file, "the format version is missing or not a number")
        }
        if version > Session.currentVersion { return newerVersion(file, version) }
        return InputError(file: file, describe(decodingError))
    }

    /// "at phases[0].steps[2].answers.brand.answer: 'maybe' is not a valid value"
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ p: [any CodingKey]) -> String {
            var s = ""
            for key in p {
                if let i = key.intValue { s += "[\(i)]" } else { s += (s.isEmpty ? "" : ".") + key.stringValue }
            }
            return s.isEmpty ? "the top level" : s
        }
        switch error {
        case .keyNotFound(let key, let ctx):
            let place = ctx.codingPath.isEmpty ? "" : " in \(path(ctx.codingPath))"
            return "'\(key.stringValue)' is missing\(place)"
        case .typeMismatch(let type, let ctx):
            return "at \(path(ctx.codingPath)): expected \(typeName(type))"
        case .valueNotFound(let type, let ctx):
            return "at \(path(ctx.codingPath)): expected \(typeName(type)), found null"
        case .dataCorrupted(let ctx):
            var why = ctx.debugDescription
            if why.hasPrefix("Cannot initialize"), let v = why.components(separatedBy: " value ").last {
                why = "'\(v)' is not a valid value"
            } else if why.contains("ISO8601") || why.contains("date") {
                why = "not a date (expected e.g. 2026-11-24T10:00:00Z)"
            }
            return "at \(path(ctx.codingPath)): \(why)"
        @unknown default:
            return "\(error)"
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: String(describing: type).contains("Array") ? "a list" : "an object"
        }
    }

    /// Checks a decoder cannot make: ids, references, the user lens, the cursor.
    static func validate(_ s: inout Session, file: String) -> [InputProblem] {
        var problems: [String] = []
        if s.title.trimmed.isEmpty { problems.append("the title is empty") }
        if s.phases.isEmpty { problems.append("the journey has no phases") }
        var ids = Set<String>()
        var maxNumber = 0
        func note(_ id: String) {
            if let n = Int(id.drop { $0.isLetter }) { maxNumber = max(maxNumber, n) }
        }
        for (p, phase) in s.phases.enumerated() {
            let at = "phases[\(p)]"
            if !ids.insert(phase.id.rawValue).inserted { problems.append("\(at): the id '\(phase.id)' is used twice") }
            note(phase.id.rawValue)
            if phase.steps.isEmpty { problems.append("\(at): the phase '\(phase.title)' has no steps") }
            for (i, step) in phase.steps.enumerated() {
                let at = "\(at).steps[\(i)]"
                if !ids.insert(step.id.rawValue).inserted {
                    problems.append("\(at): the id '\(step.id)' is used twice")
                }
                note(step.id.rawValue)
                if step.text.trimmed.isEmpty { problems.append("\(at): the step has no text") }
                if step.seconds < 0 { problems.append("\(at): negative time") }
                for lens in Lens.allCases where lens != .user && step.answers[lens].answer == .notApplicable {
                    problems.append("\(at).answers.\(lens.rawValue): only the user lens can be 'n/a'")
                }
                if step.digital && step.answers.user.answer == .notApplicable {
                    problems.append("\(at).answers.user: the step is digital, so the user lens cannot be 'n/a'")
                }
                if !step.digital && step.answers.user.answer != .notApplicable {
                    problems.append("\(at).answers.user: the step is not digital, so the user lens must be 'n/a'")
                }
            }
        }
        for (i, a) in s.actions.enumerated() {
            if !ids.insert(a.id.rawValue).inserted { problems.append("actions[\(i)]: the id '\(a.id)' is used twice") }
            note(a.id.rawValue)
            if let step = a.step, s.location(of: step) == nil {
                problems.append("actions[\(i)]: step '\(step)' does not exist")
            }
            if let due = a.due, !isISODate(due) {
                problems.append("actions[\(i)].due: '\(due)' is not a date (YYYY-MM-DD)")
            }
        }
        for d in s.drivers where !(d.weight.map { $0.isFinite && $0 >= 0 } ?? true) {
            problems.append("drivers: the weight of '\(d.name)' must be a number of 0 or more")
        }
        var driverIDs = Set<DriverID>()
        for d in s.drivers where !driverIDs.insert(d.id).inserted {
            problems.append("drivers: the id '\(d.id)' is used twice")
        }
        for (p, phase) in s.phases.enumerated() {
            for (i, step) in phase.steps.enumerated() {
                for lens in Lens.allCases {
                    let r = step.answers[lens], at = "phases[\(p)].steps[\(i)].answers.\(lens.rawValue)"
                    for d in r.drivers where !driverIDs.contains(d) {
                        problems.append("\(at).drivers: '\(d)' is not a driver of the journey")
                    }
                    if r.gap == .knowledge {
                        problems.append(
                            "\(at).gap: a 'no' is a design or an implementation gap; a knowledge gap is a 'don't know'")
                    }
                    if let v = r.votes, v.yes < 0 || v.no < 0 || v.dontKnow < 0 || v.total == 0 {
                        problems.append("\(at).votes: counts must be 0 or more, with at least one vote")
                    }
                    if let due = r.research?.due, !isISODate(due) {
                        problems.append("\(at).research.due: '\(due)' is not a date (YYYY-MM-DD)")
                    }
                }
            }
        }
        if let m = s.topMoment, s.location(of: m.step) == nil {
            problems.append("topMoment: step '\(m.step)' does not exist")
        }
        if let t = s.timebox, t <= 0 { problems.append("timebox: must be a positive number of seconds") }
        if problems.isEmpty {
            if let step = s.step(s.cursor.step) {
                if s.cursor.lens == .user && !step.digital { s.cursor.lens = .service }
            } else {
                problems.append("cursor: step '\(s.cursor.step)' does not exist")
            }
        }
        // Never hand out an id twice, even if a hand edit lowered the counter.
        s.nextID = max(s.nextID, maxNumber + 1)
        return problems.map { InputProblem(file: file, message: $0) }
    }

    /// The first place where nesting exceeds `maximumDepth`, skipping strings.
    static func tooDeep(_ data: Data) -> (offset: Int, depth: Int)? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> (Int, Int)? in
            var depth = 0
            var inString = false
            var escaped = false
            for (i, b) in raw.enumerated() {
                if inString {
                    if escaped {
                        escaped = false
                    } else if b == 0x5C {
                        escaped = true
                    } else if b == 0x22 {
                        inString = false
                    }
                    continue
                }
                switch b {
                case 0x22: inString = true
                case 0x5B, 0x7B:
                    depth += 1
                    if depth > maximumDepth { return (i, maximumDepth) }
                case 0x5D, 0x7D: depth -= 1
                default: break
                }
            }
            return nil
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func position(of offset: Int, in data: Data) -> (line: Int, column: Int) {
        let end = min(max(offset, 0), data.count)
        var line = 1
        var lineStart = 0
        for (i, b) in data.prefix(end).enumerated() where b == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let column =
            String(decoding: data[data.startIndex + lineStart..<data.startIndex + end], as: UTF8.self).count + 1
        return (line, column)
    }
}
