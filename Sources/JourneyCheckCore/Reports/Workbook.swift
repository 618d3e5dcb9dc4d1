#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The consultant's workbook, as data: the answers (the CSV's columns), the actions and the
/// find-outs (the tables `import` reads back) and a coloured heatmap. `JourneyCheckXLSX`
/// writes it with libxlsxwriter; this part has no C in it and is tested on its own.
public struct Workbook: Sendable, Equatable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        /// An answer in the heatmap: its symbol and word, coloured as on the wall.
        case answer(Answer, String)
        case empty
    }

    public struct Sheet: Sendable, Equatable {
        public var name: String
        public var columns: [String]
        /// Each column's width in characters.
        public var widths: [Double]
        public var rows: [[Cell]]
        /// The header row stays in view and carries a filter.
        public var filtered: Bool
    }

    public var sheets: [Sheet]
    /// When the workbook says it was made: the session's last change, so the same session
    /// gives the same bytes.
    public var created: Date
    public var title: String
    public var organisation: String

    public init(_ session: Session) {
        let w = Wording(session.language)
        title = session.title
        organisation = session.workshop.branding.organisation
        created = session.updated
        sheets = [
            Self.sheet(w.sheetAnswers, .answers, session, numeric: [1, 8]),
            Self.sheet(w.sheetActions, .actions, session, numeric: [1]),
            Self.sheet(w.sheetFindOuts, .findouts, session, numeric: [1]),
            Self.heatmap(session, w),
        ]
    }

    /// A sheet of one of the CSV tables, from the same rows, so the workbook and the CSV never
    /// say different things (a workbook cell is text by its type: no formula guard needed).
    static func sheet(_ name: String, _ table: CSVTable, _ session: Session, numeric: Set<Int>) -> Sheet {
        let header = table.columns
        var widths = header.map { max($0.count, 6) }
        let rows: [[Cell]] = table.rows(session).map { record in
            var cells: [Cell] = []
            cells.reserveCapacity(record.count)
            for (i, value) in record.enumerated() {
                let length = value.utf8.count
                if length > widths[i] { widths[i] = min(60, length) }
                if value.isEmpty {
                    cells.append(.empty)
                } else if numeric.contains(i), let n = Double(value) {
                    cells.append(.number(n))
                } else {
                    cells.append(.text(value))
                }
            }
            return cells
        }
        return Sheet(name: name, columns: header, widths: widths.map { Double($0 + 2) }, rows: rows, filtered: true)
    }

    static func heatmap(_ session: Session, _ w: Wording) -> Sheet {
        var rows: [[Cell]] = []
        var number = 0
        for phase in session.phases {
            for step in phase.steps {
                number += 1
                rows.append(
                    [.number(Double(number)), .text(phase.title), .text(step.text)]
                        + Lens.allCases.map { lens in
                            let r = step.answers[lens]
                            let split = r.votes?.isSplit ?? false
                            return .answer(
                                r.answer, "\(r.answer.symbol)\(split ? "≠" : "") \(r.answer.label(session.language))")
                        })
            }
        }
        return Sheet(
            name: w.sheetHeatmap, columns: ["#", w.phase, w.step] + Lens.allCases.map { $0.label(session.language) },
            widths: [5, 18, 50] + Lens.allCases.map { _ in 14 }, rows: rows, filtered: false)
    }
}
