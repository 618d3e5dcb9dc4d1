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
///     drivers: persoonlijke aandacht = 0.4 [gedrag]; snelheid = 0.35
///     organisatie: De Woonwinkel
///     logo: logo.svg
///     accent: #1f6feb
///
///     ## Phase
///     - A step
///     - A step with a digital element [digitaal]
public enum OutlineParser {
    public static func parse(file path: String) throws(InputError) -> Journey {
        try parse(try InputFile.read(path), file: path)
    }

    /// Parse outline bytes. Collects every problem, each with its line, before giving up; what
    /// is legal but likely wrong comes back as the journey's `warnings`.
    public static func parse(_ data: Data, file: String) throws(InputError) -> Journey {
        var problems: [InputProblem] = []
        func problem(_ line: Int, _ message: String) {
            problems.append(InputProblem(file: file, line: line, message: message))
        }
        var warnings: [InputProblem] = []
        func warn(_ line: Int, _ message: String) {
            warnings.append(InputProblem(file: file, line: line, message: "warning: " + message))
        }
        var stepLines: [String: Int] = [:]
        var phaseFirstLines: [String: Int] = [:]
        var ownerLines: [String: Int] = [:]
        var driversLine = 0
        var participantsGiven = false

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
        var branding = Branding()
        var logoAt: (path: String, line: Int)?
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
                    let key = heading.lowercased()
                    if let first = phaseFirstLines[key] {
                        warn(n, "the phase '\(heading)' is there twice (first on line \(first))")
                    } else {
                        phaseFirstLines[key] = n
                    }
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
                let key = stepText.lowercased()
                if let first = stepLines[key] {
                    warn(n, "the step '\(stepText)' is there twice (first on line \(first))")
                } else {
                    stepLines[key] = n
                }
                if let owner {
                    stepOwners[phases.reduce(0) { $0 + $1.steps.count }] = owner
                    if ownerLines[owner.lowercased()] == nil { ownerLines[owner.lowercased()] = n }
                }
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
                            "unknown setting '\(key)'; known: language, brand promise (merkbelofte), drivers, facilitator (begeleider), participants (deelnemers), internal metrics (interne metrics), external metrics (externe metrics), habits (gewoontes), journey id, organisation (organisatie), logo, accent (accentkleur)"
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
                    guard let l = Language(rawValue: value.lowercased()) else {
                        problem(n, "language '\(value)' is not known; use nl or en")
                        continue
                    }
                    language = l
                case "brand promise":
                    if value.isEmpty { problem(n, "the brand promise is empty") }
                    brandPromise = value
                case "drivers":
                    drivers = parseDrivers(value, line: n, problem: problem)
                    driversLine = n
                case "facilitator":
                    facilitator = value
                case "participants":
                    participantsGiven = true
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
                case "organisation":
                    if value.isEmpty { problem(n, "the organisation is empty") }
                    branding.organisation = value
                case "logo":
                    if value.isEmpty { problem(n, "no logo file given; write e.g. 'logo: logo.png'") }
                    logoAt = (value, n)
                case "accent":
                    guard let colour = Branding.colour(value) else {
                        problem(n, "the accent colour '\(value)' is not a colour; write it as '#1f6feb'")
                        continue
                    }
                    branding.accent = colour
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
        if let logoAt {
            let path = logoAt.path.hasPrefix("/") ? logoAt.path : Paths.join(Paths.folder(of: file), logoAt.path)
            do {
                switch Logo.read([UInt8](try InputFile.read(path)), file: logoAt.path) {
                case .success(let logo): branding.logo = logo
                case .failure(let why): problem(logoAt.line, "the logo '\(logoAt.path)' \(why.message)")
                }
            } catch {
                problem(logoAt.line, "the logo '\(logoAt.path)': \(error.problems.first?.message ?? "cannot be read")")
            }
        }
        if !problems.isEmpty {
            throw InputError(problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
        }
        var journey = Journey(
            title: title!, language: language ?? (usedDutch ? .nl : .en),
            brandPromise: brandPromise ?? "", drivers: drivers ?? [], facilitator: facilitator ?? "",
            participants: participants ?? [], metrics: metrics, habits: habits, phases: phases, stepOwners: stepOwners)
        journey.givenID = givenID
        journey.branding = branding
        if let drivers, !drivers.isEmpty, drivers.allSatisfy({ $0.weight != nil }) {
            let sum = drivers.reduce(0) { $0 + $1.weight! }
            if abs(sum - 1) > 0.001 {
                warn(
                    driversLine,
                    "the driver weights add up to \(formatWeight(sum)), not 1; they count as relative weights (each "
                        + "one's share of the sum)")
            }
        }
        let owners = StepOwners.absent(
            journey.stepOwners.sorted { $0.key < $1.key }.map(\.value), participants: participants ?? [])
        if let first = owners.first {
            warn(ownerLines[first.lowercased()] ?? 1, StepOwners.warning(owners, participantsGiven: participantsGiven))
        }
        journey.warnings = warnings.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
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
        "organisation": "organisation", "organization": "organisation", "organisatie": "organisation",
        "logo": "logo",
        "accent": "accent", "accent colour": "accent", "accent color": "accent", "accentkleur": "accent",
    ]
    static let dutchKeys: Set<String> = [
        "taal", "merkbelofte", "begeleider", "deelnemers", "interne metrics", "externe metrics", "gewoontes",
        "organisatie",
        "accentkleur",
    ]
}
