#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One row per step × lens, RFC 4180 (CRLF, quotes doubled). The six columns of the first
/// release come first; then what the team decided: the gap kind, the linked drivers (names
/// joined by "; ") and the fix-first score (derived, never read back by `CSVImport`); then the
/// room's tally as `yes/no/dont_know` counts, empty without one.
public enum CSVReport {
    public static let columns = [
        "phase", "step", "step_text", "lens", "answer", "note", "gap_kind", "drivers", "score", "votes",
    ]
    public static let header = columns.joined(separator: ",")

    public static func render(_ session: Session) -> String {
        var out = header + "\r\n"
        out.reserveCapacity(session.stepCount * 5 * 120)
        for row in rows(session) { out += row.map(field).joined(separator: ",") + "\r\n" }
        return out
    }

    /// The rows as values, before any quoting: the CSV and the workbook both write these.
    public static func rows(_ session: Session) -> [[String]] {
        var out: [[String]] = []
        out.reserveCapacity(session.stepCount * 5)
        let model = DecisionModel(session)
        var number = 0
        for phase in session.phases {
            for step in phase.steps {
                number += 1
                for lens in Lens.allCases {
                    let r = step.answers[lens]
                    let gap = model.gap(Question(step: step.id, lens: lens))
                    out.append([
                        phase.title, String(number), step.text, lens.rawValue, r.answer.rawValue, r.note,
                        gap?.item.gap?.rawValue ?? "", session.drivers.names(of: r.drivers).joined(separator: "; "),
                        gap.map { formatScore($0.item.score) } ?? "", r.votes?.text ?? "",
                    ])
                }
            }
        }
        return out
    }

    static func field(_ s: String) -> String {
        let clean = neutralise(Sanitize.line(s))
        // Byte by byte: the characters that need quoting are all ASCII.
        guard clean.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3B }) else {
            return clean
        }
        var bytes: [UInt8] = [0x22]
        for b in clean.utf8 {
            if b == 0x22 { bytes.append(0x22) }
            bytes.append(b)
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A spreadsheet runs a cell that begins with `=`, `+`, `-` or `@` as a formula. Such a text
    /// (also one that already begins with quotes before that sign) gets one more `'` in front,
    /// which spreadsheets show as text; `restore` takes it off again.
    static func neutralise(_ text: String) -> String { isFormulaLike(text) ? "'" + text : text }

    static func restore(_ cell: String) -> String {
        cell.first == "'" && isFormulaLike(String(cell.dropFirst())) ? String(cell.dropFirst()) : cell
    }

    private static func isFormulaLike(_ text: String) -> Bool {
        guard let sign = text.utf8.first(where: { $0 != UInt8(ascii: "'") }) else { return false }
        return sign == UInt8(ascii: "=") || sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-")
            || sign == UInt8(ascii: "@")
    }
}
