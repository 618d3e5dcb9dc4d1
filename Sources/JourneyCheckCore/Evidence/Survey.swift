#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A respondent-level survey export as survey tools write it: a header row, `,` or `;`
/// between cells, quoted cells, a UTF-8 byte order mark, decimal commas, and missing answers
/// as empty cells, `weet niet`, `n/a` or a code such as 99.
public struct Survey: Sendable {
    public var file: String
    public var columns: [String]
    /// Each record's first line, and its cells.
    public var records: [(line: Int, cells: [String])]
    public var separator: Character

    /// Missing answers as people write them (compared without case).
    public static let missingWords: Set<String> = [
        "", "weet niet", "weetniet", "n/a", "na", "n.v.t.", "nvt", "don't know", "dont know", "-", "dk", "?",
    ]

    public static func read(_ data: Data, file: String) throws(InputError) -> Survey {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.isEmpty { throw InputError(file: file, "the file is empty; a survey export needs a header row") }
        if bytes.contains(0) {
            throw InputError(file: file, "not a text file (binary data); export the survey as CSV")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError(file: file, "not UTF-8 text; export the survey as CSV in UTF-8")
        }
        let first = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let separator: Character = first.filter { $0 == ";" }.count > first.filter { $0 == "," }.count ? ";" : ","
        let records: [(line: Int, cells: [String])]
        do { records = try CSVImport.parse(text, separator: separator) } catch let e as CSVImport.Malformed {
            throw InputError(file: file, line: e.line, e.message)
        } catch { throw InputError(file: file, "\(error)") }
        guard let header = records.first else { throw InputError(file: file, "no header row") }
        let columns = header.cells.map { $0.trimmingSpaces() }
        var problems: [InputProblem] = []
        var seen: [String: Int] = [:]
        for (i, c) in columns.enumerated() {
            if c.isEmpty {
                problems.append(InputProblem(file: file, line: header.line, message: "column \(i + 1) has no name"))
            }
            if let j = seen[c.lowercased()] {
                problems.append(
                    InputProblem(
                        file: file, line: header.line,
                        message: "the column '\(c)' appears twice (columns \(j + 1) and \(i + 1))"))
            }
            seen[c.lowercased()] = i
        }
        var body: [(line: Int, cells: [String])] = []
        for r in records.dropFirst() where !r.cells.allSatisfy({ $0.trimmingSpaces().isEmpty }) {
            if r.cells.count != columns.count {
                problems.append(
                    InputProblem(
                        file: file, line: r.line, message: "\(r.cells.count) cells, the header has \(columns.count)"))
            } else {
                body.append(r)
            }
            if problems.count >= 20 { break }
        }
        if !problems.isEmpty { throw InputError(problems) }
        return Survey(file: file, columns: columns, records: body, separator: separator)
    }

    /// A cell as a number: `7`, `7.5`, `7,5` (a decimal comma); nil when it is no number.
    public static func number(_ cell: String) -> Double? {
        var t = cell.trimmingSpaces()
        if t.contains(","), !t.contains(".") { t = t.replacingAll(",", with: ".") }
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || ".-+eE".contains($0)) }), t.first != "e",
            t.first != "E",
            let v = Double(t), v.isFinite
        else { return nil }
        return v
    }

    /// What a cell says: a number, a missing answer (the usual words and the codes given with
    /// `--missing`, as text or as the same number), or neither (nil, not missing).
    public struct Reading: Sendable {
        let words: Set<String>
        let numbers: Set<Double>

        public init(missing: [String]) {
            words = Set(missing.map { $0.trimmingSpaces().lowercased() })
            numbers = Set(missing.compactMap(Survey.number))
        }

        public func value(_ cell: String) -> (number: Double?, isMissing: Bool) {
            let t = cell.trimmingSpaces().lowercased()
            if Survey.missingWords.contains(t) || words.contains(t) { return (nil, true) }
            guard let v = Survey.number(cell) else { return (nil, false) }
            return numbers.contains(v) ? (nil, true) : (v, false)
        }
    }

    public func column(named name: String) -> Int? {
        columns.firstIndex(of: name) ?? columns.firstIndex { $0.lowercased() == name.lowercased() }
    }
}
