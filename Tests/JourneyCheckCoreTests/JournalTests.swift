import Foundation
import PropertyBased
import Testing
@testable import JourneyCheckCore

@Suite struct JournalTests {
    /// One random edit, as the screen would make it.
    static func edit(_ s: inout Session, _ kind: Int, _ a: Int, _ b: Int) {
        let steps = s.steps
        let step = steps[a % steps.count]
        let lens = Lens.allCases[b % 5]
        switch kind {
        case 0, 1, 2:
            try? s.answer(
                step.id, lens, [Answer.yes, .no, .dontKnow, .open][b % 4], now: fixedDate.addingTimeInterval(Double(a)))
        case 3: try? s.setNote(step.id, lens, "note \(a) 日本 \"q\" \\ \u{1}\u{7F} 👍🏽 \u{2028}", now: fixedDate)
        case 4: _ = try? s.addStep(after: step.id, text: "new \(a)", digital: b % 2 == 0, now: fixedDate)
        case 5: try? s.moveStep(step.id, up: b % 2 == 0, now: fixedDate)
        case 6: try? s.deleteStep(step.id, now: fixedDate)
        case 7: try? s.toggleDigital(step.id, now: fixedDate)
        case 8:
            _ = try? s.addAction(
                step: step.id, lens: lens, text: "act \(a)", level: .moment, owner: "o", now: fixedDate)
        case 9: s.cursor = Cursor(step: step.id, lens: .brand)
        case 10: _ = try? s.addPhase(afterStep: step.id, title: "phase \(a)", firstStep: "first \(a)", now: fixedDate)
        case 11: s.setTimebox(b % 3 == 0 ? nil : 60 * b, now: fixedDate)
        case 12: try? s.renamePhase(s.phases[a % s.phases.count].id, to: "renamed \(b)", now: fixedDate)
        default: s.addTime(step.id, seconds: a, now: fixedDate)
        }
    }

    /// Applying diff(old, new) to old gives new, and the incremental index matches a fresh one,
    /// for any sequence of edits.
    @Test func aRecordTakesTheOldSessionToTheNewOne() async {
        let edits = zip(Gen.int(in: 0...13), Gen.int(in: 0...1000), Gen.int(in: 0...1000)).array(of: 1...40)
        await propertyCheck(count: 300, input: edits) { edits in
            var s = Session(journey: sampleJourney(), now: fixedDate)
            var index = SessionIndex(s)
            for (kind, a, b) in edits {
                let before = s
                Self.edit(&s, kind, a, b)
                // The screen's index, updated incrementally, never drifts from the session.
                index.update(from: before, to: s)
                #expect(index == SessionIndex(s))
                #expect(index.items == s.potential.items && index.completeSteps == s.potential.completeSteps)
                guard let record = JournalRecord.diff(before, s) else {
                    #expect(before == s)
                    continue
                }
                var replayed = before
                #expect(throws: Never.self) { try record.apply(to: &replayed) }
                #expect(replayed == s)
                // What the encoder writes reads back as the same session.
                #expect(decodeSession(try! SessionCodec.encode(s)).value == s)
            }
        }
    }

    @Test func anAnswerIsASmallRecord() throws {
        var s = Session(
            journey: try OutlineParser.parse(file: packageRoot.appendingPathComponent("workshops/verhuizen.md").path),
            now: fixedDate)
        let before = s
        try s.answer("s5", .employee, .no, now: fixedDate)
        let record = try #require(JournalRecord.diff(before, s))
        #expect(record.steps?.map(\.id) == ["s5"])
        #expect(record.structure == nil && record.actions == nil)
        #expect(try JSONEncoder().encode(record).count < 600)
    }

    /// Changes committed and then the process killed (no compaction, no close): reading the
    /// session gives every change; opening folds them into the file.
    @Test func aKilledSessionIsReplayed() throws {
        let path = temporaryFolder().appendingPathComponent("s.json").path
        var s = Session(journey: sampleJourney(), now: fixedDate)
        try DurableFile.write(try SessionCodec.encode(s), to: path)
        let fileBefore = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            let store = try SessionStore(path: path, session: s, now: fixedDate)
            for (i, (kind, a, b)) in [(0, 1, 1), (4, 2, 3), (8, 0, 2), (3, 1, 4), (6, 2, 0), (0, 3, 2)].enumerated() {
                Self.edit(&s, kind, a, b)
                try store.commit(s)
                if i == 0 {
                    // The first commit after opening writes the file in full and starts the journal.
                    #expect(FileManager.default.fileExists(atPath: Journal.path(for: path)))
                }
            }
            // The process "dies" here: the store is leaked, nothing is closed or compacted.
            _ = Unmanaged.passRetained(store)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) != fileBefore)
        #expect(try SessionStore.read(path) == s)
        let lock = SessionLock.lockPath(for: path)
        unlink(lock)  // the dead process's lock; the kernel would have released it
        let (store, opened) = try SessionStore.open(path, now: fixedDate)
        #expect(opened == s)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == (try SessionCodec.encode(s)))
        store.close()
        #expect(!FileManager.default.fileExists(atPath: Journal.path(for: path)))
    }

    @Test func aTornLastRecordIsIgnoredAndAStaleJournalNeverApplied() throws {
        let path = temporaryFolder().appendingPathComponent("s.json").path
        var s = Session(journey: sampleJourney(), now: fixedDate)
        try DurableFile.write(try SessionCodec.encode(s), to: path)
        let store = try SessionStore(path: path, session: s, now: fixedDate)
        try s.answer("s1", .brand, .no, now: fixedDate)
        try store.commit(s)
        let acknowledged = s
        try s.answer("s1", .customer, .yes, now: fixedDate)
        try store.commit(s)
        // Cut the last record in half: a kill in the middle of an append.
        let jpath = Journal.path(for: path)
        var journal = try Data(contentsOf: URL(fileURLWithPath: jpath))
        let lastStart = journal.dropLast().lastIndex(of: 0x0A)! + 1
        journal = journal.prefix(lastStart + (journal.count - lastStart) / 2)
        try journal.write(to: URL(fileURLWithPath: jpath))
        #expect(try SessionStore.read(path) == acknowledged)
        // A journal that belongs to an older file (a compaction whose journal reset was lost)
        // is not replayed onto the newer file.
        let old = try Data(contentsOf: URL(fileURLWithPath: jpath))
        try store.compact(s)
        try old.write(to: URL(fileURLWithPath: jpath))
        #expect(try SessionStore.read(path) == s)
        store.close()
    }

    @Test func aWriteFailureLeavesNoTornRecordBehind() throws {
        let folder = temporaryFolder()
        let path = folder.appendingPathComponent("s.json").path
        var s = Session(journey: sampleJourney(), now: fixedDate)
        try DurableFile.write(try SessionCodec.encode(s), to: path)
        let store = try SessionStore(path: path, session: s, now: fixedDate)
        try s.answer("s1", .brand, .no, now: fixedDate)
        try store.commit(s)
        // The folder vanishes: the next commit fails loudly instead of writing to a deleted file.
        try FileManager.default.removeItem(at: folder)
        try s.answer("s1", .customer, .no, now: fixedDate)
        #expect(throws: WriteError.self) { try store.commit(s) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try store.commit(s)  // retried: a full save, since the old journal is gone
        #expect(try SessionStore.read(path) == s)
        store.close()
    }
}
