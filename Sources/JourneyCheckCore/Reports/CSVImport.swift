#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads a report CSV back after the team or the consultant edited it in a spreadsheet:
/// answers, notes, gap kinds, linked drivers and the room's votes. Rows are matched by step number and lens, and
/// the step text must be the session's. Every row is checked before anything is applied: any
/// problem refuses the whole file, each problem named `FILE:LINE: what is wrong`.
///
/// A small reader of its own rather than a CSV library: the errors need the line each record
/// starts on, and the libraries in our package set do not report it.
public enum CSVImport {
    /// What a good file changes.
    public struct Change: Sendable, Equatable {
        public var rows: Int
        public var changedQuestions: Int
        /// Every field that changed, in file order: `FILE:LINE: step N lens: field 'old' → 'new'`.
        public var details: [String] = []
        /// The table the file held.
        public var table: CSVTable = .answers
        /// Actions the file added (rows without an id).
        public var added = 0

        /// The closing line, `3 rows read, 2 questions changed`, for a real import or a dry run.
        public func summary(_ w: Wording, dryRun: Bool) -> String {
            switch (table, dryRun) {
            case (.answers, false): w.imported(rows, changedQuestions)
            case (.answers, true): w.importedDryRun(rows, changedQuestions)
            case (.actions, false): w.importedActions(rows, changedQuestions, added)
            case (.actions, true): w.importedActionsDryRun(rows, changedQuestions, added)
            case (.findouts, false): w.importedFindOuts(rows, changedQuestions)
            case (.findouts, true): w.importedFindOutsDryRun(rows, changedQuestions)
            }
        }
    }

    /// An answer as people type it in a spreadsheet: the file's own words (`dont_know`), the
    /// reports' words in either language (`don't know`, `weet niet`, `Ja`, `n.v.t.`), in any
    /// case (a spreadsheet capitalises `Yes`).
    static func answer(_ text: String) -> Answer? {
        let key = text.trimmingSpaces().lowercased().replacingAll("’", with: "'")
        if let a = Answer(rawValue: key) { return a }
        for a in Answer.allCases where [a.label(.nl), a.label(.en)].contains(key) { return a }
        return nil
    }

    /// The marks a double-encoded conversion leaves (UTF-8 read as Latin-1 or Windows-1252 and
    /// written again): `â€“`, `Ã©` and their like.
    static func looksDoubleEncoded(_ text: String) -> Bool {
        for marker in ["â€", "Ã©", "Ã«", "Ã¨", "Ã¶", "Ã¼", "Ã¤", "Ã¯", "Ã³", "Ã¡", "Ã ", "Â "]
        where text.contains(marker) {
            return true
        }
        return false
    }

    /// Apply the file to a session, or throw every problem found.
    public static func apply(
        _ text: String, file: String, to session: inout Session, now: Date
    ) throws(InputError) -> Change {
        var problems: [InputProblem] = []
        func problem(_ line: Int, _ message: String) {
            problems.append(InputProblem(file: file, line: line, message: message))
        }

        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let firstLine = body.prefix { !$0.isNewline }
        let separator: Character = firstLine.contains(";") && !firstLine.contains(",") ? ";" : ","
        let records: [(line: Int, cells: [String])]
        do { records = try parse(body, separator: separator) } catch let e as Malformed {
            problem(e.line, e.message)
            throw InputError(problems)
        } catch { throw InputError([InputProblem(file: file, message: "\(error)")]) }
        guard let header = records.first else {
            throw InputError([InputProblem(file: file, message: "empty: no header row")])
        }

        guard let table = CSVTable.of(header: header.cells) else {
            throw InputError([
                InputProblem(
                    file: file, line: header.line,
                    message:
                        "not a JourneyCheck table: the header has none of the columns answer (answers), level and text (actions), who (findouts)"
                )
            ])
        }
        var column: [String: Int] = [:]
        for (i, name) in header.cells.enumerated() {
            let name = name.trimmingSpaces()
            if !table.columns.contains(name) {
                problem(
                    header.line,
                    "unknown column '\(name)' in the \(table.rawValue) table (its columns are \(table.columns.joined(separator: ", ")))"
                )
            } else if column[name] != nil {
                problem(header.line, "the column '\(name)' appears twice")
            } else {
                column[name] = i
            }
        }
        let required =
            switch table {
            case .answers: ["step", "step_text", "lens", "answer"]
            case .actions: ["id", "step", "lens", "level", "text"]
            case .findouts: ["id", "step", "lens", "who"]
            }
        for name in required where column[name] == nil {
            problem(header.line, "the column '\(name)' is missing")
        }
        guard problems.isEmpty else { throw InputError(problems) }
        if table != .answers {
            var rows: [Row] = []
            for record in records.dropFirst() where !record.cells.allSatisfy({ $0.trimmingSpaces().isEmpty }) {
                if record.cells.count != header.cells.count {
                    problem(record.line, "\(record.cells.count) cells, the header has \(header.cells.count)")
                } else if let bad = record.cells.first(where: Self.looksDoubleEncoded) {
                    problem(
                        record.line,
                        "'\(bad)' looks garbled by a conversion (UTF-8 read as another encoding); export the sheet as UTF-8 CSV"
                    )
                } else {
                    rows.append(Row(record: record, column: column))
                }
            }
            guard problems.isEmpty else { throw InputError(problems) }
            return table == .actions
                ? try applyActions(rows, file: file, to: &session, now: now)
                : try applyFindOuts(rows, file: file, to: &session, now: now)
        }

        var steps: [(id: StepID, step: Step)] = []
        for st in session.steps { steps.append((st.id, st)) }
        let driverNames = session.drivers.map(\.name)
        var seen: [String: Int] = [:]
        var lines: [Int: Int] = [:]
        var edits: [(stepIndex: Int, lens: Lens, response: Response)] = []
        for record in records.dropFirst() {
            let line = record.line
            if record.cells.allSatisfy({ $0.trimmingSpaces().isEmpty }) { continue }
            func cell(_ name: String) -> String? {
                guard let i = column[name] else { return nil }
                return i < record.cells.count ? CSVReport.restore(record.cells[i]) : ""
            }
            if record.cells.count != header.cells.count {
                problem(line, "\(record.cells.count) cells, the header has \(header.cells.count)")
                continue
            }
            let numberText = cell("step")!.trimmingSpaces()
            guard let number = Int(numberText), number >= 1, number <= steps.count else {
                problem(line, "step '\(numberText)' is not a step of this session (1 to \(steps.count))")
                continue
            }
            let step = steps[number - 1].step
            let lensText = cell("lens")!.trimmingSpaces()
            guard let lens = Lens(rawValue: lensText) else {
                problem(line, "unknown lens '\(lensText)' (brand, customer, employee, service, user)")
                continue
            }
            if Sanitize.line(step.text) != cell("step_text")! {
                problem(
                    line, "the text of step \(number) is '\(cell("step_text")!)', but the session's is '\(step.text)'")
                continue
            }
            if let earlier = seen["\(number)|\(lens.rawValue)"] {
                problem(line, "step \(number) \(lens.rawValue) appears twice (also on line \(earlier))")
                continue
            }
            seen["\(number)|\(lens.rawValue)"] = line
            var r = step.answers[lens]
            let answerText = cell("answer")!.trimmingSpaces()
            guard let answer = Self.answer(answerText) else {
                problem(
                    line,
                    "unknown answer '\(answerText)' (open, yes, no, dont_know, n/a, or the report's words: ja, nee, weet niet, n.v.t., don't know)"
                )
                continue
            }
            if let bad = record.cells.first(where: Self.looksDoubleEncoded) {
                problem(
                    line,
                    "'\(bad)' looks garbled by a conversion (UTF-8 read as another encoding); export the sheet as UTF-8 CSV"
                )
                continue
            }
            if (answer == .notApplicable) != (lens == .user && !step.digital) {
                problem(
                    line,
                    answer == .notApplicable
                        ? "'n/a' is only for the user lens of a step without a digital element"
                        : "step \(number) has no digital element, so its user lens must be 'n/a'")
                continue
            }
            r.answer = answer
            if let note = cell("note") { r.note = note.trimmingSpaces() }
            if let gapText = cell("gap_kind")?.trimmingSpaces() {
                let gap = gapText.isEmpty ? nil : GapKind(rawValue: gapText)
                if !gapText.isEmpty && gap == nil {
                    problem(line, "unknown gap kind '\(gapText)' (design, implementation, knowledge, or empty)")
                    continue
                }
                switch (answer, gap) {
                case (.no, .knowledge?):
                    problem(line, "a 'no' is a design or an implementation gap; a knowledge gap is a 'dont_know'")
                    continue
                case (.dontKnow, .design?), (.dontKnow, .implementation?):
                    problem(line, "a 'dont_know' is a knowledge gap, not a \(gapText) gap")
                    continue
                case (.no, _), (.dontKnow, _), (_, nil):
                    r.gap = answer == .no ? gap : nil
                default:
                    problem(line, "a gap kind is only for a 'no' or a 'dont_know', not for '\(answerText)'")
                    continue
                }
            }
            if let driversText = cell("drivers") {
                let names = driversText.split(separator: ";").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
                let unknown = names.filter { !driverNames.contains($0) }
                if !unknown.isEmpty {
                    problem(
                        line,
                        "unknown driver '\(unknown[0])' (the journey's drivers: \(driverNames.isEmpty ? "none" : driverNames.joined(separator: "; ")))"
                    )
                    continue
                }
                r.drivers = session.drivers.ids(named: names)
            }
            if let votesText = cell("votes")?.trimmingSpaces() {
                if votesText.isEmpty {
                    r.votes = nil
                } else if let v = Votes.parse(votesText), votesText.split(separator: "/").count == 3 {
                    r.votes = v
                } else {
                    problem(line, "votes '\(votesText)' are not three counts yes/no/dont_know such as 4/2/1")
                    continue
                }
            }
            edits.append((number - 1, lens, r))
            lines[(number - 1) * Lens.allCases.count + Lens.allCases.firstIndex(of: lens)!] = line
        }
        guard problems.isEmpty else { throw InputError(problems) }

        var changed = 0
        var details: [String] = []
        for e in edits {
            let old = steps[e.stepIndex].step.answers[e.lens]
            guard old != e.response else { continue }
            changed += 1
            let place =
                "\(file):\(lines[e.stepIndex * Lens.allCases.count + Lens.allCases.firstIndex(of: e.lens)!] ?? 0): "
                + "step \(e.stepIndex + 1) \(e.lens.rawValue): "
            details += Self.differences(old, e.response, drivers: session.drivers).map { place + $0 }
            session.modifyStep(steps[e.stepIndex].id) { $0.answers[e.lens] = e.response }
        }
        if changed > 0 { session.touch(now) }
        return Change(rows: edits.count, changedQuestions: changed, details: details)
    }

    /// What differs between two responses, field by field: `answer 'no' → 'yes'`.
    static func differences(_ a: Response, _ b: Response, drivers: [Driver]) -> [String] {
        var out: [String] = []
        func say(_ field: String, _ x: String, _ y: String) { if x != y { out.append("\(field) '\(x)' → '\(y)'") } }
        say("answer", a.answer.rawValue, b.answer.rawValue)
        say("note", Sanitize.line(a.note), Sanitize.line(b.note))
        say("gap_kind", a.gapKind?.rawValue ?? "", b.gapKind?.rawValue ?? "")
        say(
            "drivers", drivers.names(of: a.drivers).joined(separator: "; "),
            drivers.names(of: b.drivers).joined(separator: "; "))
        say("votes", a.votes?.text ?? "", b.votes?.text ?? "")
        if out.isEmpty { out.append("kept as it was") }
        return out
    }

    struct Malformed: Error {
        var line: Int
        var message: String
    }

    /// RFC 4180 records with the line each starts on. Quoted cells may hold separators, quotes
    /// (doubled) and line breaks; CRLF and LF both end a record.
    static func parse(_ text: String, separator: Character) throws -> [(line: Int, cells: [String])] {
        var records: [(line: Int, cells: [String])] = []
        var cells: [String] = []
        var cell = ""
        var line = 1, recordLine = 1
        var quoted = false, wasQuoted = false, atStart = true
        var chars = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending {
                pending = nil
                return p
            }
            return chars.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" {
                            cell.append("\"")
                            continue
                        }
                        pending = n
                    }
                    quoted = false
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    cell.append(c)
                }
                continue
            }
            switch c {
            case "\"" where atStart:
                quoted = true
                wasQuoted = true
                atStart = false
            case "\"":
                throw Malformed(
                    line: line,
                    message: "a quote inside a cell that does not start with one (write \"\" inside a quoted cell)")
            case separator:
                cells.append(cell)
                cell = ""
                atStart = true
                wasQuoted = false
            case "\n", "\r\n", "\r":
                cells.append(cell)
                records.append((recordLine, cells))
                cells = []
                cell = ""
                atStart = true
                wasQuoted = false
                line += 1
                recordLine = line
            default:
                if wasQuoted {
                    throw Malformed(line: line, message: "text after the closing quote of a cell")
                }
                cell.append(c)
                atStart = false
            }
        }
        if quoted {
            throw Malformed(line: recordLine, message: "a quoted cell is not closed before the end of the file")
        }
        if !cells.isEmpty || !cell.isEmpty || !atStart {
            cells.append(cell)
            records.append((recordLine, cells))
        }
        return records
    }
}
