#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reading back the actions and find-outs tables. As for the answers, every row is checked
/// before anything changes, and any problem refuses the whole file with `FILE:LINE` per
/// problem. A row without an id adds (an action) or names its question by step and lens (a
/// find-out); a row left out deletes nothing.
extension CSVImport {
    typealias Record = (line: Int, cells: [String])

    /// A record's cell by column name, with a spreadsheet's formula guard taken off.
    struct Row {
        let record: Record
        let column: [String: Int]
        var line: Int { record.line }
        func callAsFunction(_ name: String) -> String {
            guard let i = column[name], i < record.cells.count else { return "" }
            return CSVReport.restore(record.cells[i]).trimmingSpaces()
        }
    }

    /// The step a row names by number, checked against its text when the row gives one.
    static func step(
        _ row: Row, _ session: Session, problem: (Int, String) -> Void
    ) -> (number: Int, step: Step)? {
        let text = row("step")
        let steps = session.steps
        guard let n = Int(text), n >= 1, n <= steps.count else {
            problem(row.line, "step '\(text)' is not a step of this session (1 to \(steps.count))")
            return nil
        }
        if row.column["step_text"] != nil, !row("step_text").isEmpty,
            row("step_text") != Sanitize.line(steps[n - 1].text).trimmingSpaces()
        {
            problem(
                row.line, "the text of step \(n) is '\(row("step_text"))', but the session's is '\(steps[n - 1].text)'")
            return nil
        }
        return (n, steps[n - 1])
    }

    static func lens(_ text: String, _ line: Int, problem: (Int, String) -> Void) -> Lens?? {
        if text.isEmpty { return .some(nil) }
        guard let lens = Lens(rawValue: text.lowercased()) else {
            problem(line, "unknown lens '\(text)' (brand, customer, employee, service, user)")
            return nil
        }
        return .some(lens)
    }

    static func date(_ text: String, _ line: Int, problem: (Int, String) -> Void) -> String?? {
        if text.isEmpty { return .some(nil) }
        guard isISODate(text) else {
            problem(line, "the date '\(text)' is not a date written YYYY-MM-DD")
            return nil
        }
        return .some(text)
    }

    static func applyActions(
        _ rows: [Row], file: String, to session: inout Session, now: Date
    ) throws(InputError) -> Change {
        var problems: [InputProblem] = []
        func problem(_ line: Int, _ message: String) {
            problems.append(InputProblem(file: file, line: line, message: message))
        }
        var seen: [String: Int] = [:]
        var edits: [(line: Int, id: ActionID?, action: ImprovementAction)] = []
        for row in rows {
            let line = row.line
            let id = row("id")
            if !id.isEmpty {
                guard session.actions.contains(where: { $0.id.rawValue == id }) else {
                    problem(line, "no action has the id '\(id)' (leave the id empty to add an action)")
                    continue
                }
                if let earlier = seen[id] {
                    problem(line, "the action '\(id)' appears twice (also on line \(earlier))")
                    continue
                }
                seen[id] = line
            }
            var stepID: StepID?
            if !row("step").isEmpty {
                guard let (_, step) = step(row, session, problem: problem) else { continue }
                stepID = step.id
            }
            guard let lensOrNone = lens(row("lens"), line, problem: problem) else { continue }
            if stepID == nil, lensOrNone != nil {
                problem(line, "an action on the whole journey (no step) has no lens")
                continue
            }
            guard let level = CSVTable.level(row("level")) else {
                problem(line, "unknown level '\(row("level"))' (behaviour, journey, moment; or 1, 2, 3)")
                continue
            }
            if row("text").isEmpty {
                problem(line, "an action needs a text")
                continue
            }
            guard let due = date(row("due"), line, problem: problem) else { continue }
            var action = ImprovementAction(
                id: ActionID(id), step: stepID, lens: lensOrNone, text: row("text"), level: level, owner: row("owner"),
                due: due)
            if let old = session.actions.first(where: { $0.id.rawValue == id }) { action.history = old.history }
            edits.append((line, id.isEmpty ? nil : ActionID(id), action))
        }
        guard problems.isEmpty else { throw InputError(problems) }

        var changed = 0, added = 0
        var details: [String] = []
        for e in edits {
            if let id = e.id, let i = session.actions.firstIndex(where: { $0.id == id }) {
                let old = session.actions[i]
                guard old != e.action else { continue }
                changed += 1
                details += actionDifferences(old, e.action, session).map {
                    "\(file):\(e.line): action \(id.rawValue): \($0)"
                }
                session.actions[i] = e.action
            } else {
                // Every field was checked above; should the session still refuse the action, the
                // file is refused with its line (the caller keeps the session as it was).
                let id: ActionID
                do {
                    id = try session.addAction(
                        step: e.action.step, lens: e.action.lens, text: e.action.text, level: e.action.level,
                        owner: e.action.owner, due: e.action.due, now: now)
                } catch {
                    throw InputError([InputProblem(file: file, line: e.line, message: "\(error)")])
                }
                added += 1
                details.append("\(file):\(e.line): action \(id.rawValue) added: '\(Sanitize.line(e.action.text))'")
            }
        }
        if changed + added > 0 { session.touch(now) }
        return Change(rows: rows.count, changedQuestions: changed, details: details, table: .actions, added: added)
    }

    static func actionDifferences(_ a: ImprovementAction, _ b: ImprovementAction, _ session: Session) -> [String] {
        var numbers: [StepID: Int] = [:]
        for (i, s) in session.steps.enumerated() { numbers[s.id] = i + 1 }
        var out: [String] = []
        func say(_ field: String, _ x: String, _ y: String) { if x != y { out.append("\(field) '\(x)' → '\(y)'") } }
        say(
            "step", a.step.flatMap { numbers[$0] }.map(String.init) ?? "",
            b.step.flatMap { numbers[$0] }.map(String.init) ?? "")
        say("lens", a.lens?.rawValue ?? "", b.lens?.rawValue ?? "")
        say("level", a.level.rawValue, b.level.rawValue)
        say("text", Sanitize.line(a.text), Sanitize.line(b.text))
        say("owner", a.owner, b.owner)
        say("due", a.due ?? "", b.due ?? "")
        return out
    }

    static func applyFindOuts(
        _ rows: [Row], file: String, to session: inout Session, now: Date
    ) throws(InputError) -> Change {
        var problems: [InputProblem] = []
        func problem(_ line: Int, _ message: String) {
            problems.append(InputProblem(file: file, line: line, message: message))
        }
        var numbers: [StepID: Int] = [:]
        for (i, s) in session.steps.enumerated() { numbers[s.id] = i + 1 }
        var seen: [Question: Int] = [:]
        var edits: [(line: Int, number: Int, question: Question, research: Research?)] = []
        for row in rows {
            let line = row.line
            var question: Question?
            var number = 0
            let id = row("id")
            if !id.isEmpty {
                let parts = id.split(separator: ".", maxSplits: 1).map(String.init)
                guard parts.count == 2, let n = numbers[StepID(parts[0])], let lens = Lens(rawValue: parts[1]) else {
                    problem(line, "no question has the id '\(id)' (an id is a step and a lens: s3.employee)")
                    continue
                }
                question = Question(step: StepID(parts[0]), lens: lens)
                number = n
                if !row("step").isEmpty,
                    row("step") != String(n) || (!row("lens").isEmpty && row("lens") != lens.rawValue)
                {
                    problem(
                        line,
                        "the id '\(id)' is step \(n) \(lens.rawValue), but the row says step \(row("step")) \(row("lens"))"
                    )
                    continue
                }
            }
            if question == nil {
                guard let (n, step) = step(row, session, problem: problem) else { continue }
                guard let lensOrNone = lens(row("lens"), line, problem: problem) else { continue }
                guard let lens = lensOrNone else {
                    problem(line, "a find-out needs its lens (brand, customer, employee, service, user)")
                    continue
                }
                question = Question(step: step.id, lens: lens)
                number = n
            } else if !row("step").isEmpty, step(row, session, problem: problem) == nil {
                continue
            }
            let q = question!
            let answer = session.step(q.step)!.answers[q.lens].answer
            guard answer == .dontKnow else {
                problem(
                    line,
                    "step \(number) \(q.lens.rawValue) is answered '\(answer.rawValue)': only a 'dont_know' is found out"
                )
                continue
            }
            if let earlier = seen[q] {
                problem(line, "step \(number) \(q.lens.rawValue) appears twice (also on line \(earlier))")
                continue
            }
            seen[q] = line
            var method: ResearchMethod?
            if !row("method").isEmpty {
                guard let m = CSVTable.method(row("method")) else {
                    problem(
                        line,
                        "unknown method '\(row("method"))' (\(ResearchMethod.allCases.map(\.rawValue).joined(separator: ", ")))"
                    )
                    continue
                }
                method = m
            }
            guard let due = date(row("due"), line, problem: problem) else { continue }
            if row("who").isEmpty && (method != nil || due != nil) {
                problem(line, "a method or a date needs someone who finds out (the column 'who')")
                continue
            }
            edits.append(
                (line, number, q, row("who").isEmpty ? nil : Research(who: row("who"), method: method, due: due)))
        }
        guard problems.isEmpty else { throw InputError(problems) }

        var changed = 0
        var details: [String] = []
        for e in edits {
            let old = session.step(e.question.step)!.answers[e.question.lens].research
            guard old != e.research else { continue }
            changed += 1
            let place = "\(file):\(e.line): step \(e.number) \(e.question.lens.rawValue): "
            func say(_ field: String, _ x: String, _ y: String) {
                if x != y { details.append(place + "\(field) '\(x)' → '\(y)'") }
            }
            say("who", old?.who ?? "", e.research?.who ?? "")
            say("method", old?.method?.rawValue ?? "", e.research?.method?.rawValue ?? "")
            say("due", old?.due ?? "", e.research?.due ?? "")
            session.modifyStep(e.question.step) { $0.answers[e.question.lens].research = e.research }
        }
        if changed > 0 { session.touch(now) }
        return Change(rows: rows.count, changedQuestions: changed, details: details, table: .findouts)
    }
}
