#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the workshop outline format: a small subset of markdown a facilitator writes by hand.
///
///     # Title
///     language: nl
///     merkbelofte: Wij maken het je makkelijk
///     drivers: persoonlijke aandacht = 0.4; snelheid = 0.35
///
///     ## Phase
///     - A step
///     - A step with a digital element [digitaal]
public enum OutlineParser {
    public static func parse(file path: String) throws(InputError) -> Journey {
        try parse(try InputFile.read(path), file: path)
    }

    /// Parse outline bytes. Collects every problem, each with its line, before giving up.
    public static func parse(_ data: Data, file: String) throws(InputError) -> Journey {
        var problems: [InputProblem] = []
        func problem(_ line: Int, _ message: String) {
            problems.append(InputProblem(file: file, line: line, message: message))
        }

        // Lines, as bytes first, so invalid UTF-8 can be reported with its line.
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.isEmpty { throw InputError(file: file, "the file is empty; an outline needs a '# Title' and steps") }
        if let zero = bytes.firstIndex(of: 0) {
            throw InputError(
                file: file, "not a text file (binary data at byte \(zero + 1)); an outline is markdown text")
        }
        var lines: [String] = []
        var start = 0
        var lineNumber = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            lineNumber += 1
            var slice = bytes[start..<i]
            if slice.last == 0x0D { slice = slice.dropLast() }
            start = i + 1
            if let s = String(validating: slice, as: UTF8.self) {
                lines.append(s)
            } else {
                problem(lineNumber, "not valid UTF-8 text (save the file as UTF-8)")
                lines.append("")
            }
            if problems.count >= 20 { break }
        }
        if problems.count > 3 {
            throw InputError(
                file: file, line: problems[0].line,
                "not UTF-8 text (on \(problems.count)\(problems.count >= 20 ? " or more" : "") lines); save the file as UTF-8"
            )
        }
        if !problems.isEmpty { throw InputError(problems) }

        var title: String?
        var language: Language?
        var brandPromise: String?
        var drivers: [Driver]?
        var facilitator: String?
        var participants: [String]?
        var metrics: [Metric] = []
        var habits: [String] = []
        var givenID: JourneyID?
        var stepOwners: [Int: String] = [:]
        var phases: [(title: String, steps: [(text: String, digital: Bool)])] = []
        var phaseLines: [Int] = []
        var seenKeys: [String: Int] = [:]
        var usedDutch = false
        var titleLine = 1

        for (index, raw) in lines.enumerated() {
            let n = index + 1
            let line = raw.replacingAll("\t", with: " ")
            let text = line.trimmingSpaces()
            if text.isEmpty || (text.hasPrefix("<!--") && text.hasSuffix("-->")) { continue }
            if let c = line.unicodeScalars.first(where: { Sanitize.isControl($0) }) {
                problem(
                    n,
                    "control character U+\(String(repeating: "0", count: max(0, 4 - String(c.value, radix: 16).count)) + String(c.value, radix: 16, uppercase: true)) is not allowed"
                )
                continue
            }
            if text.hasPrefix("#") {
                let hashes = text.prefix { $0 == "#" }.count
                let heading = text.dropFirst(hashes).trimmingSpaces()
                guard text.dropFirst(hashes).first == " " || heading.isEmpty else {
                    problem(n, "a heading needs a space after '\(String(repeating: "#", count: hashes))'")
                    continue
                }
                switch hashes {
                case 1:
                    if heading.isEmpty {
                        problem(n, "the title is empty")
                        continue
                    }
                    if title != nil {
                        problem(n, "a second title ('# …'); use '## …' for a phase")
                        continue
                    }
                    if !phases.isEmpty {
                        problem(n, "the title ('# …') must come before the first phase")
                        continue
                    }
                    title = heading
                    titleLine = n
                case 2:
                    if heading.isEmpty {
                        problem(n, "the phase name is empty")
                        continue
                    }
                    if title == nil { problem(n, "a phase before the title; start the file with '# Title'") }
                    phases.append((heading, []))
                    phaseLines.append(n)
                default:
                    problem(
                        n,
                        "only '# Title' and '## Phase' headings are used; '\(String(repeating: "#", count: hashes))' is not"
                    )
                }
                continue
            }
            if let item = listItem(text) {
                guard !phases.isEmpty else {
                    problem(n, "a step before the first phase; add a '## Phase' heading above it")
                    continue
                }
                let (stepText, digital, owner) = tags(item, line: n, problem: problem)
                if stepText.isEmpty {
                    problem(n, "the step has no text")
                    continue
                }
                if let owner { stepOwners[phases.reduce(0) { $0 + $1.steps.count }] = owner }
                phases[phases.count - 1].steps.append((stepText, digital))
                continue
            }
            if let colon = text.firstIndex(of: ":"), !phases.isEmpty || title != nil {
                let key = text[..<colon].trimmingSpaces().lowercased()
                let value = text[text.index(after: colon)...].trimmingSpaces()
                guard let canonical = metadataKeys[key] else {
                    if phases.isEmpty {
                        problem(
                            n,
                            "unknown setting '\(key)'; known: language, brand promise (merkbelofte), drivers, facilitator (begeleider), participants (deelnemers), internal metrics (interne metrics), external metrics (externe metrics), habits (gewoontes), journey id"
                        )
                    } else {
                        problem(n, "expected a step ('- …') or a phase ('## …')")
                    }
                    continue
                }
                guard phases.isEmpty else {
                    problem(n, "'\(key):' belongs above the first phase")
                    continue
                }
                if let first = seenKeys[canonical] {
                    problem(n, "'\(key)' is set twice (first on line \(first))")
                    continue
                }
                seenKeys[canonical] = n
                if dutchKeys.contains(key) { usedDutch = true }
                switch canonical {
                case "language":
                    guard let l = languageNames[value.lowercased()] else {
                        problem(n, "language '\(value)' is not known; use 'nl' or 'en'")
                        continue
                    }
                    language = l
                case "brand promise":
                    if value.isEmpty { problem(n, "the brand promise is empty") }
                    brandPromise = value
                case "drivers":
                    drivers = parseDrivers(value, line: n, problem: problem)
                case "facilitator":
                    facilitator = value
                case "participants":
                    participants = value.split(whereSeparator: { $0 == "," || $0 == ";" })
                        .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
                case "internal metrics", "external metrics":
                    metrics += parseMetrics(
                        value, kind: canonical == "internal metrics" ? .internal : .external, line: n, problem: problem)
                case "journey id":
                    if value.isEmpty
                        || !value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
                    {
                        problem(n, "the journey id '\(value)' must be letters, digits, '-', '_' or '.'")
                        continue
                    }
                    givenID = JourneyID(value)
                case "habits":
                    habits = value.split(separator: ";").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
                    if habits.isEmpty { problem(n, "'\(key):' lists no habits; separate them with ';'") }
                default: break
                }
                continue
            }
            if title == nil {
                problem(n, "expected the title ('# Title') first")
            } else {
                problem(n, "expected a step ('- …'), a phase ('## …') or a setting ('key: value')")
            }
        }

        if title == nil, !problems.contains(where: { $0.message.contains("title") }) {
            problems.insert(
                InputProblem(file: file, line: 1, message: "no title; start the file with '# Title'"), at: 0)
        }
        for (i, phase) in phases.enumerated() where phase.steps.isEmpty {
            problem(phaseLines[i], "the phase '\(phase.title)' has no steps")
        }
        if phases.isEmpty && problems.isEmpty {
            problem(titleLine, "no steps; add a phase ('## Phase') with steps ('- Step')")
        }
        if !problems.isEmpty {
            throw InputError(problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
        }
        var journey = Journey(
            title: title!, language: language ?? (usedDutch ? .nl : .en),
            brandPromise: brandPromise ?? "", drivers: drivers ?? [], facilitator: facilitator ?? "",
            participants: participants ?? [], metrics: metrics, habits: habits, phases: phases, stepOwners: stepOwners)
        journey.givenID = givenID
        return journey
    }

    static let metadataKeys: [String: String] = [
        "language": "language", "taal": "language",
        "brand promise": "brand promise", "merkbelofte": "brand promise",
        "drivers": "drivers",
        "facilitator": "facilitator", "begeleider": "facilitator",
        "participants": "participants", "deelnemers": "participants",
        "internal metrics": "internal metrics", "interne metrics": "internal metrics",
        "external metrics": "external metrics", "externe metrics": "external metrics",
        "habits": "habits", "gewoontes": "habits",
        "journey id": "journey id", "journey-id": "journey id",
    ]
    static let dutchKeys: Set<String> = [
        "taal", "merkbelofte", "begeleider", "deelnemers", "interne metrics", "externe metrics", "gewoontes",
    ]
    static let languageNames: [String: Language] = [
        "nl": .nl, "nederlands": .nl, "dutch": .nl, "en": .en, "english": .en, "engels": .en,
    ]

    /// `- text`, `* text`, `+ text`, `1. text` or `1) text`.
    static func listItem(_ text: String) -> String? {
        if let first = text.first, "-*+".contains(first) {
            let rest = text.dropFirst()
            if rest.isEmpty { return "" }
            if rest.first == " " { return rest.trimmingSpaces() }
            return nil
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty {
            let rest = text.dropFirst(digits.count)
            if let m = rest.first, m == "." || m == ")", rest.dropFirst().first == " " {
                return rest.dropFirst(2).trimmingSpaces()
            }
        }
        return nil
    }

    /// Strip the trailing tags of a step, in any order and case: `[digital]` / `[digitaal]`,
    /// and the department that owns it, `[owner: Logistics]` / `[afdeling: Logistiek]`.
    static func tags(_ item: String, line: Int, problem: (Int, String) -> Void) -> (String, Bool, String?) {
        var text = item
        var digital = false
        var owner: String?
        while text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
            let tag = text[text.index(after: open)..<text.index(before: text.endIndex)]
            let lower = tag.lowercased()
            if lower == "digital" || lower == "digitaal" {
                digital = true
            } else if let colon = tag.firstIndex(of: ":"),
                ["owner", "afdeling"].contains(tag[..<colon].trimmingSpaces().lowercased())
            {
                let name = tag[tag.index(after: colon)...].trimmingSpaces()
                if name.isEmpty { problem(line, "'[\(tag)]' names no department") }
                if owner != nil { problem(line, "the step names its owner twice") }
                owner = name
            } else {
                break
            }
            text = String(text[..<open]).trimmingSpaces()
        }
        return (text, digital, owner)
    }

    /// `NPS = 40; levertijd (dagen) = 3; CES`: a name, a unit in brackets and a target, both
    /// optional. Decimal commas are read.
    static func parseMetrics(_ value: String, kind: Metric.Kind, line: Int, problem: (Int, String) -> Void) -> [Metric]
    {
        var metrics: [Metric] = []
        for part in value.split(separator: ";") {
            let piece = part.trimmingSpaces()
            if piece.isEmpty { continue }
            let sides = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            var name = sides[0].trimmingSpaces()
            var unit = ""
            if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
                unit = name[name.index(after: open)..<name.index(before: name.endIndex)].trimmingSpaces()
                name = name[..<open].trimmingSpaces()
            }
            if name.isEmpty {
                problem(line, "a metric without a name ('\(piece)')")
                continue
            }
            var target: Double?
            if sides.count == 2 {
                let t = sides[1].trimmingSpaces().replacingAll(",", with: ".")
                guard let number = Double(t), number.isFinite else {
                    problem(
                        line,
                        "the target of metric '\(name)' is '\(sides[1].trimmingSpaces())', which is not a number (write e.g. '\(name) = 40')"
                    )
                    continue
                }
                target = number
            }
            metrics.append(Metric(name: name, unit: unit, target: target, kind: kind))
        }
        if metrics.count > Metric.perKind {
            problem(line, "at most \(Metric.perKind) \(kind.rawValue) metrics; this line has \(metrics.count)")
        }
        if metrics.isEmpty { problem(line, "no metrics on this line; separate them with ';'") }
        return metrics
    }

    /// `name = weight; name; name = 40%`. Weights accept a decimal comma.
    static func parseDrivers(_ value: String, line: Int, problem: (Int, String) -> Void) -> [Driver] {
        var drivers: [Driver] = []
        var bad = false
        for part in value.split(separator: ";") {
            let piece = part.trimmingSpaces()
            if piece.isEmpty { continue }
            let sides = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = sides[0].trimmingSpaces()
            if name.isEmpty {
                problem(line, "a driver without a name ('\(piece)')")
                continue
            }
            guard sides.count == 2 else {
                drivers.append(Driver(name: name))
                continue
            }
            var w = sides[1].trimmingSpaces().replacingAll(",", with: ".")
            let percent = w.hasSuffix("%")
            if percent { w = String(w.dropLast()).trimmingSpaces() }
            guard let number = Double(w), number.isFinite, number >= 0,
                w.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
            else {
                bad = true
                problem(
                    line,
                    "the weight of driver '\(name)' is '\(sides[1].trimmingSpaces())', which is not a number (write e.g. '\(name) = 0.4')"
                )
                continue
            }
            drivers.append(Driver(name: name, weight: percent ? number / 100 : number))
        }
        if drivers.isEmpty && !bad { problem(line, "'drivers:' lists no drivers; separate them with ';'") }
        return drivers
    }
}
