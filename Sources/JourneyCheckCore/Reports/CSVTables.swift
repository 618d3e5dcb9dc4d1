#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The tables a consultant edits in a spreadsheet and reads back: the answers (one row per
/// question, `CSVReport`), the actions and the find-outs. `import` knows a table by its header.
/// Every row of the actions and find-outs carries its id: an action's own (`a12`), a find-out's
/// question (`s3.employee`), which no edit of the steps changes.
public enum CSVTable: String, Sendable, CaseIterable {
    case answers, actions, findouts

    public static let actionColumns = ["id", "step", "step_text", "lens", "level", "text", "owner", "due"]
    public static let findOutColumns = ["id", "step", "step_text", "lens", "who", "method", "due", "note"]

    public var columns: [String] {
        switch self {
        case .answers: CSVReport.columns
        case .actions: Self.actionColumns
        case .findouts: Self.findOutColumns
        }
    }

    /// The table a header row belongs to: the columns only it has.
    public static func of(header: [String]) -> CSVTable? {
        let names = Set(header.map { $0.trimmingSpaces() })
        if names.contains("answer") { return .answers }
        if names.contains("level") || names.contains("text") { return .actions }
        if names.contains("who") || names.contains("method") { return .findouts }
        return nil
    }

    public func render(_ session: Session) -> String {
        if self == .answers { return CSVReport.render(session) }
        var out = columns.joined(separator: ",") + "\r\n"
        for row in rows(session) { out += row.map(CSVReport.field).joined(separator: ",") + "\r\n" }
        return out
    }

    /// The table's rows as values, before any quoting (the workbook writes these too).
    public func rows(_ session: Session) -> [[String]] {
        switch self {
        case .answers: CSVReport.rows(session)
        case .actions: Self.actionRows(session)
        case .findouts: Self.findOutRows(session)
        }
    }

    /// One row per action, in the order they were agreed; `step` is empty for an action on the
    /// whole journey.
    static func actionRows(_ session: Session) -> [[String]] {
        var numbers: [StepID: (Int, String)] = [:]
        for (i, s) in session.steps.enumerated() { numbers[s.id] = (i + 1, s.text) }
        return session.actions.map { a in
            let step = a.step.flatMap { numbers[$0] }
            return [
                a.id.rawValue, step.map { String($0.0) } ?? "", step?.1 ?? "", a.lens?.rawValue ?? "", a.level.rawValue,
                a.text, a.owner, a.due ?? "",
            ]
        }
    }

    /// One row per "don't know", in journey order, with who finds out (empty when nobody does
    /// yet: the consultant fills it in) and the question's note, which is not read back.
    static func findOutRows(_ session: Session) -> [[String]] {
        var out: [[String]] = []
        for (i, step) in session.steps.enumerated() {
            for lens in Lens.allCases where step.answers[lens].answer == .dontKnow {
                let r = step.answers[lens]
                out.append([
                    findOutID(step.id, lens), String(i + 1), step.text, lens.rawValue, r.research?.who ?? "",
                    r.research?.method?.rawValue ?? "", r.research?.due ?? "", r.note,
                ])
            }
        }
        return out
    }

    /// A find-out's id: its question, `s3.employee`.
    public static func findOutID(_ step: StepID, _ lens: Lens) -> String { "\(step.rawValue).\(lens.rawValue)" }

    /// A level as people type it: `journey`, `Gedrag`, `2`.
    static func level(_ text: String) -> ActionLevel? {
        let key = text.trimmingSpaces().lowercased()
        if let l = ActionLevel(rawValue: key) { return l }
        if let n = Int(key), (1...3).contains(n) { return ActionLevel.allCases[n - 1] }
        if key == "behavior" { return .behaviour }
        return ActionLevel.allCases.first { [$0.label(.nl).lowercased(), $0.label(.en).lowercased()].contains(key) }
    }

    /// A method as people type it: `interview`, `data_analysis`, `data-analyse`, `Enquête`.
    static func method(_ text: String) -> ResearchMethod? {
        let key = text.trimmingSpaces().lowercased()
        if let m = ResearchMethod(rawValue: key) { return m }
        return ResearchMethod.allCases.first {
            [$0.label(.nl).lowercased(), $0.label(.en).lowercased(), $0.rawValue.replacingAll("_", with: " ")].contains(
                key)
        }
    }
}
