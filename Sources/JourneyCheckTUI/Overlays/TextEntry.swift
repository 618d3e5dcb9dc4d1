#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

// The one-line text entry, and what each prompt does with what was typed.

/// What a text prompt is for.
public enum Prompt: Equatable, Sendable {
    case questionNote(step: StepID, lens: Lens)
    case stepNote(step: StepID)
    case addStep(after: StepID)
    case renameStep(StepID)
    case phaseTitle(afterStep: StepID)
    case phaseFirstStep(afterStep: StepID, title: String)
    case renamePhase(PhaseID)
    case timebox
    /// An action on a question or a step; with no step, on the whole journey.
    case actionText(step: StepID?, lens: Lens?, editing: ActionID? = nil)
    case journeyActionText
    case actionOwner(step: StepID?, lens: Lens?, text: String, level: ActionLevel, editing: ActionID? = nil)
    case actionDue(
        step: StepID?, lens: Lens?, text: String, level: ActionLevel, owner: String, editing: ActionID? = nil)
    case researchWho(step: StepID, lens: Lens)
    case researchDue(step: StepID, lens: Lens, who: String, method: ResearchMethod?)
    case topMoment(step: StepID)
    /// The room's vote on a question: three counts.
    case tally(step: StepID, lens: Lens)
    case reviewNote(Int)
    /// What was learned from a find-out of last time.
    case findOutNote(Int)
    case metricValue(String)
    case habitLeader(habit: String)
    case habitStart(habit: String, leader: String)
    case saveAs
}

extension AppState {
    mutating func textEntryKey(_ prompt: Prompt, _ input: TextInput, _ key: Key) -> [Effect] {
        var input = input
        switch key {
        case .escape:
            self.overlay = nil
            return []
        case .enter:
            self.overlay = nil
            return submit(prompt, input.text)
        default:
            _ = input.apply(key)
            self.overlay = .input(prompt, input)
            return []
        }
    }

    /// Add a step (or a phase with its first step) and go to it: on the step screen the cursor
    /// moves there, in the overview the selection does.
    mutating func addingStep(_ add: (inout Session, Date) throws -> StepID) -> [Effect] {
        var newID = StepID("")
        let effects = change { s, now in newID = try add(&s, now) }
        guard !effects.isEmpty else { return effects }
        if screen == .step {
            moveCursor(step: newID, lens: .brand)
        } else {
            overview.select(step: newID, self)
            keepSelectionsVisible()
        }
        return effects
    }

    /// Say on the status line what a change kept, and where; nothing when nothing changed.
    mutating func acknowledged(_ effects: [Effect], _ message: (AppState) -> String) -> [Effect] {
        if !effects.isEmpty { status = message(self) }
        return effects
    }

    /// The 1-based number of a step, and the file, for acknowledgements.
    func number(_ step: StepID) -> Int { (ordinal(of: step) ?? 0) + 1 }
    var file: String { Sanitize.line(path) }

    mutating func submit(_ prompt: Prompt, _ value: String) -> [Effect] {
        let value = value.trimmingSpaces()
        let lang = session.language
        switch prompt {
        case .questionNote(let step, let lens):
            guard self.step(step)?.answers[lens].note != value else { return [] }
            return acknowledged(change { s, now in try s.setNote(step, lens, value, now: now) }) {
                $0.text.noteKept($0.number(step), lens.label(lang), $0.file)
            }
        case .stepNote(let step):
            guard self.step(step)?.note != value else { return [] }
            return acknowledged(change { s, now in try s.setStepNote(step, value, now: now) }) {
                $0.text.stepNoteKept($0.number(step), $0.file)
            }
        case .addStep(let after):
            return addingStep { s, now in try s.addStep(after: after, text: value, now: now) }
        case .renameStep(let id):
            guard self.step(id)?.text != value else { return [] }
            return change { s, now in try s.renameStep(id, to: value, now: now) }
        case .phaseTitle(let after):
            guard !value.isEmpty else {
                status = text.emptyText
                return []
            }
            overlay = .input(.phaseFirstStep(afterStep: after, title: value), TextInput())
            return []
        case .phaseFirstStep(let after, let title):
            return addingStep { s, now in try s.addPhase(afterStep: after, title: title, firstStep: value, now: now) }
        case .renamePhase(let id):
            guard session.phases.first(where: { $0.id == id })?.title != value else { return [] }
            return change { s, now in try s.renamePhase(id, to: value, now: now) }
        case .timebox:
            guard let seconds = Timebox.parse(value) else {
                status = text.invalidTimebox
                return []
            }
            guard seconds != session.timebox else { return [] }
            return change { s, now in s.setTimebox(seconds, now: now) }
        case .actionText(let step, let lens, let editing):
            guard !value.isEmpty else {
                status = text.emptyText
                return []
            }
            overlay = .chooseLevel(step: step, lens: lens, text: value, editing: editing)
            return []
        case .journeyActionText:
            guard !value.isEmpty else {
                status = text.emptyText
                return []
            }
            overlay = .input(.actionOwner(step: nil, lens: nil, text: value, level: .behaviour), TextInput())
            return []
        case .researchWho(let step, let lens):
            overlay = .chooseResearch(step: step, lens: lens, who: value)
            return []
        case .researchDue(let step, let lens, let who, let method):
            if !value.isEmpty && !isISODate(value) {
                status = text.invalidDate
                overlay = .input(.researchDue(step: step, lens: lens, who: who, method: method), TextInput(value))
                return []
            }
            let research =
                who.isEmpty && method == nil && value.isEmpty
                ? nil
                : Research(who: who, method: method, due: value.isEmpty ? nil : value)
            guard self.step(step)?.answers[lens].research != research else { return [] }
            let effects = change { s, now in try s.setResearch(step, lens, research, now: now) }
            decide.select(.gap(Question(step: step, lens: lens)), in: decide.shown(decisions))
            let said = [who.isEmpty ? text.nobodyYet : who, method?.label(lang), value.isEmpty ? nil : value]
                .compactMap { $0 }.joined(separator: ", ")
            return acknowledged(effects) { $0.text.findOutKept($0.number(step), lens.label(lang), said, $0.file) }
        case .topMoment(let step):
            guard !value.isEmpty else {
                status = text.emptyText
                return []
            }
            var moment = session.topMoment?.step == step ? session.topMoment! : TopMoment(step: step, text: value)
            moment.text = value
            let effects = change { s, now in try s.setTopMoment(moment, now: now) }
            if !effects.isEmpty {
                overlay = .momentCriteria
                decide.select(.topMoment, in: decide.shown(decisions))
                keepSelectionsVisible()
            }
            return effects
        case .reviewNote(let i):
            guard let item = session.review?[i], item.note != value else { return [] }
            return acknowledged(change { s, now in try s.decideReview(i, item.outcome, note: value, now: now) }) {
                $0.text.reviewNoteKept($0.file)
            }
        case .findOutNote(let i):
            guard let item = session.findOutReview?[i], item.note != value else { return [] }
            return acknowledged(change { s, now in try s.decideFindOut(i, item.outcome, note: value, now: now) }) {
                $0.text.reviewNoteKept($0.file)
            }
        case .metricValue(let name):
            let number = Double(value.replacingAll(",", with: "."))
            guard value.isEmpty || (number?.isFinite ?? false) else {
                status = text.invalidNumber
                return []
            }
            guard session.metricValues?[name] != number else { return [] }
            return acknowledged(
                change { s, now in try s.setMetricValue(name, value.isEmpty ? nil : number, now: now) }
            ) { $0.text.metricKept(name, $0.file) }
        case .habitLeader(let habit):
            guard !value.isEmpty else {
                status = text.emptyText
                return []
            }
            overlay = .input(.habitStart(habit: habit, leader: value), TextInput(MarkdownReport.day(now, timeZone)))
            return []
        case .habitStart(let habit, let leader):
            guard isISODate(value) else {
                status = text.invalidDate
                overlay = .input(.habitStart(habit: habit, leader: leader), TextInput(value))
                return []
            }
            let effects = change { s, now in try s.addHabit(leader: leader, habit: habit, started: value, now: now) }
            followUp.selection =
                followUpRows.lastIndex { if case .habit = $0 { true } else { false } } ?? followUp.selection
            return acknowledged(effects) { $0.text.habitKept(leader, $0.file) }
        case .tally(let step, let lens):
            guard let votes = Votes.parse(value) else {
                status = text.invalidTally
                overlay = .input(.tally(step: step, lens: lens), TextInput(value))
                return []
            }
            guard session.cursor == Cursor(step: step, lens: lens) else { return [] }
            return tally(votes)
        case .actionOwner(let step, let lens, let actionText, let level, let editing):
            let due = editing.flatMap { decisions.action($0)?.due } ?? ""
            overlay = .input(
                .actionDue(step: step, lens: lens, text: actionText, level: level, owner: value, editing: editing),
                TextInput(due))
            return []
        case .actionDue(let step, let lens, let actionText, let level, let owner, let editing):
            if !value.isEmpty && !isISODate(value) {
                status = text.invalidDate
                overlay = .input(
                    .actionDue(step: step, lens: lens, text: actionText, level: level, owner: owner, editing: editing),
                    TextInput(value))
                return []
            }
            let due = value.isEmpty ? nil : value
            let effects = change { s, now in
                if let editing {
                    try s.updateAction(editing, text: actionText, level: level, owner: owner, due: due, now: now)
                } else {
                    try s.addAction(
                        step: step, lens: lens, text: actionText, level: level, owner: owner, due: due, now: now)
                }
            }
            return acknowledged(effects) { app in
                let kept = editing.flatMap { app.decisions.action($0) } ?? app.session.actions.last
                return app.text.actionKept(actionText, kept?.details(lang).joined(separator: ", ") ?? "", app.file)
            }
        case .saveAs:
            guard !value.isEmpty, value != path else { return [] }
            return [.saveAs(value)]
        }
    }
}

func promptLabel(_ prompt: Prompt, _ state: AppState) -> String {
    let t = state.text
    let lang = state.session.language
    switch prompt {
    case .questionNote(let step, let lens):
        return t.promptNote("\((state.ordinal(of: step) ?? 0) + 1) · \(lens.label(lang))")
    case .tally: return t.promptTally
    case .reviewNote: return t.promptReviewNote
    case .findOutNote: return t.promptFindOutNote
    case .metricValue(let name): return t.promptMetricValue(name)
    case .habitLeader(let habit): return t.promptHabitLeader + " (\(TextLayout.truncate(habit, 40)))"
    case .habitStart: return t.promptHabitStart
    case .stepNote: return t.promptStepNote
    case .addStep: return t.promptAddStep
    case .renameStep: return t.promptRenameStep
    case .phaseTitle: return t.promptPhaseTitle
    case .phaseFirstStep(_, let title): return t.promptPhaseStep + " '\(title)'"
    case .renamePhase: return t.promptRenamePhase
    case .timebox: return t.promptTimebox
    case .actionText(let step, let lens, _):
        guard let step else { return t.promptActionText + " (\(t.wholeJourney))" }
        let n = (state.ordinal(of: step) ?? 0) + 1
        return t.promptActionText + " (\(n)\(lens.map { " · " + $0.label(lang) } ?? ""))"
    case .journeyActionText: return t.promptJourneyAction
    case .researchWho(let step, let lens):
        return t.promptWho + " (\((state.ordinal(of: step) ?? 0) + 1) · \(lens.label(lang)))"
    case .researchDue: return t.promptResearchDue
    case .topMoment(let step): return t.promptTopMoment + " (\((state.ordinal(of: step) ?? 0) + 1))"
    case .actionOwner: return t.promptOwner
    case .actionDue: return t.promptDue
    case .saveAs: return t.promptSaveAs
    }
}

/// A text field with its cursor; scrolls horizontally to keep the cursor visible.
func drawInput(_ buf: inout ScreenBuffer, _ input: TextInput, y: Int) {
    let width = buf.width - 3
    buf.fill(y: y, role: .input)
    buf.put("›", x: 0, y: y, role: .input)
    var start = 0
    func cols(_ from: Int, _ to: Int) -> Int {
        input.characters[from..<to].reduce(0) { $0 + DisplayWidth.cell($1).1 }
    }
    while cols(start, input.cursor) > width - 1 { start += 1 }
    var x = 2
    for i in start..<input.characters.count {
        let (shown, w) = DisplayWidth.cell(input.characters[i])
        if x + w > buf.width - 1 { break }
        buf.put(shown, x: x, y: y, role: i == input.cursor ? .current : .input)
        x += w
    }
    if input.cursor == input.characters.count, x < buf.width { buf.put(" ", x: x, y: y, role: .current) }
}
