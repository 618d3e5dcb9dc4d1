import Foundation
import Testing
@testable import JourneyCheckCore

/// Folding the journal into the file on another thread: nothing committed is ever lost, at
/// whatever point a kill stops it.
@Suite struct FoldTests {
    /// A store with a file and some committed answers.
    func opened() throws -> (path: String, store: SessionStore, session: Session) {
        let path = temporaryFolder().appendingPathComponent("s.json").path
        var s = Session(journey: sampleJourney(), now: fixedDate)
        let store = try SessionStore(path: path, session: s, now: fixedDate)
        try store.compact(s)
        try s.answer("s1", .brand, .yes, now: fixedDate)
        try store.commit(s)
        try s.answer("s1", .customer, .no, now: fixedDate)
        try store.commit(s)
        return (path, store, s)
    }

    func files(_ path: String) -> [String] {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test func aFoldPutsTheSnapshotInPlaceAndKeepsWhatCameAfter() throws {
        var (path, store, s) = try opened()
        try store.foldInBackground(s)  // starts writing the snapshot
        try s.setNote("s1", .customer, "after the snapshot", now: fixedDate)
        try store.commit(s)  // lands in the old journal meanwhile
        store.waitForFoldWriter()
        #expect(files(path).contains(".s.json.jc-fold"))
        #expect(try SessionStore.read(path) == s)
        try store.foldInBackground(s)  // puts it in place
        #expect(files(path) == [".s.json.journal", ".s.json.lock", "s.json"])
        // The file is the snapshot; the journal holds only what came after it.
        let file = try SessionCodec.load(file: path)
        #expect(file.steps[0].answers.customer.answer == .no && file.steps[0].answers.customer.note.isEmpty)
        #expect(store.journalBytes > 0)
        #expect(try SessionStore.read(path) == s)
        // And it goes on as before.
        try s.answer("s1", .employee, .dontKnow, now: fixedDate)
        try store.commit(s)
        store.waitForSync()
        #expect(try SessionStore.read(path) == s)
        store.close()
        let (again, reopened) = try SessionStore.open(path, now: fixedDate)
        #expect(reopened == s)
        again.close()
    }

    @Test(arguments: [nil, SessionStore.FoldStage.afterNextJournal, .afterFilePlaced])
    func aKillAtAnyPointOfTheFoldLosesNothing(_ stage: SessionStore.FoldStage?) throws {
        var (path, store, s) = try opened()
        try store.foldInBackground(s)
        try s.setNote("s1", .brand, "between snapshot and placing", now: fixedDate)
        try store.commit(s)
        store.waitForFoldWriter()
        if let stage {
            try store.foldInBackground(crashAt: stage)
        }
        // A kill here: the files stay as they are; a new process opens them.
        store.simulateKill()
        #expect(try SessionStore.read(path) == s, "\(String(describing: stage))")
        let (again, reopened) = try SessionStore.open(path, now: fixedDate)
        #expect(reopened == s)
        again.close()
        // Nothing the fold left behind stays beside the session.
        #expect(files(path) == ["s.json"], "\(files(path))")
    }

    @Test func quittingDuringAFoldWaitsForItAndWritesEverything() throws {
        var (path, store, s) = try opened()
        try store.foldInBackground(s)
        try s.setStepNote("s2", "last words", now: fixedDate)
        try store.commit(s)
        try store.compact(s)  // what quitting does
        store.close()
        #expect(try SessionCodec.load(file: path) == s)
        #expect(files(path) == ["s.json"])
    }
}
