#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Changes to a session. Each keeps answers attached to their steps by id and sets `updated`.
/// A journey never has an empty phase: removing a phase's last step removes the phase.
extension Session {
    /// Record an answer. The user lens takes no answer on a step without a digital element.
    public mutating func answer(_ stepID: StepID, _ lens: Lens, _ answer: Answer, now: Date) throws {
        guard let s = step(stepID) else { throw EditError.unknownStep(stepID.rawValue) }
        if lens == .user && !s.digital && answer != .notApplicable { throw EditError.notApplicable(lens) }
        if lens == .user && s.digital && answer == .notApplicable { throw EditError.notApplicable(lens) }
        // A plain answer replaces any tally: the counts described the old answer.
        modifyStep(stepID) {
            $0.answers[lens].answer = answer
            $0.answers[lens].votes = nil
        }
        touch(now)
    }

    /// Record the room's vote: the answer is the one with the most votes, a tie for the most
    /// is "don't know".
    public mutating func tally(_ stepID: StepID, _ lens: Lens, _ votes: Votes, now: Date) throws {
        guard let s = step(stepID) else { throw EditError.unknownStep(stepID.rawValue) }
        if lens == .user && !s.digital { throw EditError.notApplicable(lens) }
        guard let answer = votes.answer else { throw EditError.emptyText }
        modifyStep(stepID) {
            $0.answers[lens].answer = answer
            $0.answers[lens].votes = votes
            $0.answers[lens].phoneVotes = nil
        }
        touch(now)
    }

    public mutating func setNote(_ stepID: StepID, _ lens: Lens, _ note: String, now: Date) throws {
        guard step(stepID) != nil else { throw EditError.unknownStep(stepID.rawValue) }
        modifyStep(stepID) { $0.answers[lens].note = note.trimmed }
        touch(now)
    }

    public mutating func setStepNote(_ stepID: StepID, _ note: String, now: Date) throws {
        guard step(stepID) != nil else { throw EditError.unknownStep(stepID.rawValue) }
        modifyStep(stepID) { $0.note = note.trimmed }
        touch(now)
    }

    /// Add time spent on a step.
    public mutating func addTime(_ stepID: StepID, seconds: Int, now: Date) {
        guard seconds > 0, step(stepID) != nil else { return }
        modifyStep(stepID) { $0.seconds += seconds }
        touch(now)
    }

    /// Insert a new step right after `after`, in the same phase. Returns its id.
    @discardableResult
    public mutating func addStep(after: StepID, text: String, digital: Bool = false, now: Date) throws -> StepID {
        let text = text.trimmed
        guard !text.isEmpty else { throw EditError.emptyText }
        guard let l = location(of: after) else { throw EditError.unknownStep(after.rawValue) }
        let id: StepID = takeID("s")
        phases[l.phase].steps.insert(Step(id: id, text: text, digital: digital), at: l.index + 1)
        touch(now)
        return id
    }

    public mutating func renameStep(_ stepID: StepID, to text: String, now: Date) throws {
        let text = text.trimmed
        guard !text.isEmpty else { throw EditError.emptyText }
        guard step(stepID) != nil else { throw EditError.unknownStep(stepID.rawValue) }
        modifyStep(stepID) { $0.text = text }
        touch(now)
    }

    /// Move a step one place up or down in journey order. At a phase boundary it crosses into
    /// the neighbouring phase (as its last or first step).
    public mutating func moveStep(_ stepID: StepID, up: Bool, now: Date) throws {
        guard let l = location(of: stepID) else { throw EditError.unknownStep(stepID.rawValue) }
        var steps = phases[l.phase].steps
        if up {
            if l.index > 0 {
                steps.swapAt(l.index, l.index - 1)
                phases[l.phase].steps = steps
            } else {
                guard l.phase > 0 else { throw EditError.cannotMove }
                let s = phases[l.phase].steps.remove(at: 0)
                phases[l.phase - 1].steps.append(s)
            }
        } else {
            if l.index < steps.count - 1 {
                steps.swapAt(l.index, l.index + 1)
                phases[l.phase].steps = steps
            } else {
                guard l.phase < phases.count - 1 else { throw EditError.cannotMove }
                let s = phases[l.phase].steps.removeLast()
                phases[l.phase + 1].steps.insert(s, at: 0)
            }
        }
        phases.removeAll { $0.steps.isEmpty }
        touch(now)
    }

    /// Delete a step with its answers, notes and actions. The last step cannot be deleted.
    public mutating func deleteStep(_ stepID: StepID, now: Date) throws {
        guard let l = location(of: stepID) else { throw EditError.unknownStep(stepID.rawValue) }
        guard stepCount > 1 else { throw EditError.lastStep }
        let ordinal = self.ordinal(of: stepID)!
        phases[l.phase].steps.remove(at: l.index)
        phases.removeAll { $0.steps.isEmpty }
        actions.removeAll { $0.step == stepID }
        if topMoment?.step == stepID { topMoment = nil }
        if cursor.step == stepID {
            let next = step(atOrdinal: min(ordinal, stepCount - 1))!.step
            cursor = Cursor(step: next.id, lens: .brand)
        }
        touch(now)
    }

    /// Switch a step's digital element on or off. On: the user lens becomes open.
    /// Off: it becomes not applicable (its answer and note are dropped; undo brings them back).
    public mutating func toggleDigital(_ stepID: StepID, now: Date) throws {
        guard step(stepID) != nil else { throw EditError.unknownStep(stepID.rawValue) }
        modifyStep(stepID) { s in
            s.digital.toggle()
            s.answers.user = Response(
                answer: s.digital ? .open : .notApplicable, note: s.digital ? s.answers.user.note : "")
        }
        if cursor.step == stepID, cursor.lens == .user, !(step(stepID)!.digital) { cursor.lens = .service }
        touch(now)
    }

    /// Start a new phase after the phase of `afterStep`, with its first step. Returns the step's id.
    @discardableResult
    public mutating func addPhase(
        afterStep: StepID, title: String, firstStep: String, digital: Bool = false, now: Date
    ) throws -> StepID {
        let title = title.trimmed, text = firstStep.trimmed
        guard !title.isEmpty, !text.isEmpty else { throw EditError.emptyText }
        guard let l = location(of: afterStep) else { throw EditError.unknownStep(afterStep.rawValue) }
        let phaseID: PhaseID = takeID("p")
        let stepID: StepID = takeID("s")
        phases.insert(
            Phase(id: phaseID, title: title, steps: [Step(id: stepID, text: text, digital: digital)]), at: l.phase + 1)
        touch(now)
        return stepID
    }

    public mutating func renamePhase(_ phaseID: PhaseID, to title: String, now: Date) throws {
        let title = title.trimmed
        guard !title.isEmpty else { throw EditError.emptyText }
        guard let p = phases.firstIndex(where: { $0.id == phaseID }) else {
            throw EditError.unknownPhase(phaseID.rawValue)
        }
        phases[p].title = title
        touch(now)
    }

    // MARK: Decisions

    /// Link or unlink the journey's driver number `number` (1-based) to an answer. The linked
    /// drivers stay in the journey's order.
    public mutating func toggleDriver(_ stepID: StepID, _ lens: Lens, number: Int, now: Date) throws {
        guard step(stepID) != nil else { throw EditError.unknownStep(stepID.rawValue) }
        guard (1...workshop.drivers.count).contains(number) else { throw EditError.unknownDriver(number) }
        let driver = workshop.drivers[number - 1].id
        let drivers = workshop.drivers
        modifyStep(stepID) { step in
            var linked = Set(step.answers[lens].drivers)
            if linked.contains(driver) { linked.remove(driver) } else { linked.insert(driver) }
            step.answers[lens].drivers = drivers.map(\.id).filter(linked.contains)
        }
        touch(now)
    }

    /// Take over last time's driver links and gap kind for a question (the decide screen's
    /// suggestion): the links are replaced, the kind only on a "no".
    public mutating func keepLastTime(_ stepID: StepID, _ lens: Lens, now: Date) throws {
        guard let s = step(stepID) else { throw EditError.unknownStep(stepID.rawValue) }
        guard let last = s.answers[lens].lastTime else { return }
        let known = Set(workshop.drivers.map(\.id))
        modifyStep(stepID) { step in
            step.answers[lens].drivers = last.drivers.filter(known.contains)
            if step.answers[lens].answer == .no, let gap = last.gap { step.answers[lens].gap = gap }
        }
        touch(now)
    }

    /// Say what kind of gap a "no" is (design or implementation), or nil to take it back.
    public mutating func setGap(_ stepID: StepID, _ lens: Lens, _ gap: GapKind?, now: Date) throws {
        guard let s = step(stepID) else { throw EditError.unknownStep(stepID.rawValue) }
        guard gap == nil || (gap != .knowledge && s.answers[lens].answer == .no) else { throw EditError.gapNeedsNo }
        modifyStep(stepID) { $0.answers[lens].gap = gap }
        touch(now)
    }

    /// Who finds out, how and by when, for a knowledge gap; nil removes it.
    public mutating func setResearch(_ stepID: StepID, _ lens: Lens, _ research: Research?, now: Date) throws {
        guard step(stepID) != nil else { throw EditError.unknownStep(stepID.rawValue) }
        var research = research
        if var r = research {
            if let due = r.due?.trimmed {
                if !due.isEmpty && !isISODate(due) { throw EditError.invalidDate(due) }
                r.due = due.isEmpty ? nil : due
            }
            r.who = r.who.trimmed
            research = r
        }
        modifyStep(stepID) { $0.answers[lens].research = research }
        touch(now)
    }

    /// Choose the journey's top moment, or nil to remove it.
    public mutating func setTopMoment(_ moment: TopMoment?, now: Date) throws {
        var moment = moment
        if let m = moment {
            guard step(m.step) != nil else { throw EditError.unknownStep(m.step.rawValue) }
            moment?.text = m.text.trimmed
            guard !(moment?.text.isEmpty ?? true) else { throw EditError.emptyText }
        }
        topMoment = moment
        touch(now)
    }

    /// Add an improvement action to a step (and usually a lens), or with no step to the whole
    /// journey. Returns its id.
    @discardableResult
    public mutating func addAction(
        step stepID: StepID?, lens: Lens?, text: String, level: ActionLevel, owner: String, due: String? = nil,
        now: Date
    ) throws -> ActionID {
        let text = text.trimmed
        guard !text.isEmpty else { throw EditError.emptyText }
        if let stepID, step(stepID) == nil { throw EditError.unknownStep(stepID.rawValue) }
        let lens = stepID == nil ? nil : lens
        let due = due?.trimmed
        if let due, !due.isEmpty, !isISODate(due) { throw EditError.invalidDate(due) }
        let id: ActionID = takeID("a")
        actions.append(
            ImprovementAction(
                id: id, step: stepID, lens: lens, text: text, level: level, owner: owner.trimmed,
                due: (due?.isEmpty ?? true) ? nil : due))
        touch(now)
        return id
    }

    /// Change an action in place: its text, level, owner and due date (its place, id and
    /// history stay).
    public mutating func updateAction(
        _ id: ActionID, text: String, level: ActionLevel, owner: String, due: String?, now: Date
    ) throws {
        let text = text.trimmed
        guard !text.isEmpty else { throw EditError.emptyText }
        let due = due?.trimmed
        if let due, !due.isEmpty, !isISODate(due) { throw EditError.invalidDate(due) }
        guard let i = actions.firstIndex(where: { $0.id == id }) else { throw EditError.unknownStep(id.rawValue) }
        actions[i].text = text
        actions[i].level = level
        actions[i].owner = owner.trimmed
        actions[i].due = (due?.isEmpty ?? true) ? nil : due
        touch(now)
    }

    public mutating func deleteAction(_ actionID: ActionID, now: Date) {
        actions.removeAll { $0.id == actionID }
        touch(now)
    }

    public mutating func setTimebox(_ seconds: Int?, now: Date) {
        timebox = seconds.flatMap { $0 > 0 ? $0 : nil }
        touch(now)
    }

    mutating func touch(_ now: Date) { updated = now.wholeSeconds }
}

/// `YYYY-MM-DD` and a real calendar date.
public func isISODate(_ s: String) -> Bool {
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
        let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
        (1...12).contains(m), d >= 1
    else { return false }
    let days = [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return d <= days[m - 1]
}
