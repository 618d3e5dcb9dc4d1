import Foundation
import Testing
@testable import JourneyCheckCore

/// The version 1 sessions made by the first release (Tests/Fixtures/v1) open, export exactly
/// what that release exported, resume, and are rewritten only when the team changes something,
/// with the original kept beside them.
@Suite struct MigrationTests {
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures/v1")
    static let utc = TimeZone(identifier: "UTC")!

    /// A fixture (with its journal, if it has one) copied into a fresh folder.
    func copy(_ name: String) throws -> (folder: URL, path: String) {
        let folder = temporaryFolder()
        let fm = FileManager.default
        try fm.copyItem(at: Self.fixtures.appendingPathComponent("\(name).json"), to: folder.appendingPathComponent("\(name).json"))
        let journal = Self.fixtures.appendingPathComponent(".\(name).json.journal")
        if fm.fileExists(atPath: journal.path) {
            try fm.copyItem(at: journal, to: folder.appendingPathComponent(".\(name).json.journal"))
        }
        return (folder, folder.appendingPathComponent("\(name).json").path)
    }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test(arguments: ["full-v1", "journal-v1", "odd-v1"])
    func aVersion1FileExportsWhatTheFirstReleaseExported(_ name: String) throws {
        let (folder, path) = try copy(name)
        let before = try #require(bytes(path))
        let session = try SessionStore.read(path)
        #expect(session.version == Session.currentVersion)
        let markdown = try String(contentsOf: Self.fixtures.appendingPathComponent("\(name).md"), encoding: .utf8)
        let csv = try String(contentsOf: Self.fixtures.appendingPathComponent("\(name).csv"), encoding: .utf8)
        #expect(MarkdownReport.render(session, timeZone: Self.utc) == markdown)
        #expect(CSVReport.render(session) == csv)
        // Reading wrote nothing: no new file, no change.
        #expect(bytes(path) == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.allSatisfy { $0 == "\(name).json" || $0 == ".\(name).json.journal" }, "\(names)")
    }

    @Test func theJournalOfAKilledVersion1SessionIsReplayed() throws {
        let (_, path) = try copy("journal-v1")
        let withJournal = try SessionStore.read(path)
        let fileOnly = try SessionCodec.load(file: path)
        #expect(fileOnly.potential.total.answered == 0)
        #expect(withJournal.potential.total.answered == 8)
        #expect(withJournal.steps[1].answers.brand.note == "Nog niet opgeslagen in het bestand")
    }

    @Test(arguments: ["full-v1", "journal-v1", "odd-v1"])
    func aVersion1FileIsRewrittenOnlyOnTheFirstChangeAndItsOriginalKept(_ name: String) throws {
        let (folder, path) = try copy(name)
        let original = try #require(bytes(path))
        let (store, opened) = try SessionStore.open(path, now: fixedDate)
        var session = opened
        #expect(store.olderVersion?.version == 1)
        // Opened, nothing changed: the file is as it was.
        #expect(bytes(path) == original)
        try session.setStepNote(session.steps[0].id, "changed after migration", now: fixedDate)
        try store.commit(session)
        let kept = folder.appendingPathComponent("\(name).v1.json").path
        #expect(store.keptOriginal == kept)
        #expect(bytes(kept) == original)
        let rewritten = try #require(bytes(path))
        #expect(String(decoding: rewritten, as: UTF8.self).contains("\"version\" : 2"))
        store.close()
        // It resumes as it was left, now as version 2.
        let (again, reopened) = try SessionStore.open(path, now: fixedDate)
        #expect(again.olderVersion == nil)
        #expect(reopened == session)
        again.close()
        // The kept original still opens as the version 1 file it is.
        #expect(try SessionStore.read(kept).steps[0].note != "changed after migration")
    }

    @Test func aKeptOriginalIsNeverOverwritten() throws {
        let (folder, path) = try copy("full-v1")
        let other = Data("an older copy the user made\n".utf8)
        let taken = folder.appendingPathComponent("full-v1.v1.json")
        try other.write(to: taken)
        let (store, opened) = try SessionStore.open(path, now: fixedDate)
        var session = opened
        session.setTimebox(60, now: fixedDate)
        try store.commit(session)
        store.close()
        #expect(bytes(taken.path) == other)
        #expect(store.keptOriginal == folder.appendingPathComponent("full-v1.v1-2.json").path)
        #expect(bytes(folder.appendingPathComponent("full-v1.v1-2.json").path)
            == bytes(Self.fixtures.appendingPathComponent("full-v1.json").path))
    }

    @Test func savingAnUntouchedVersion1FileElsewhereLeavesItWhereItIs() throws {
        let (folder, path) = try copy("full-v1")
        let original = try #require(bytes(path))
        let (store, session) = try SessionStore.open(path, now: fixedDate)
        let other = folder.appendingPathComponent("copy.json").path
        try store.move(to: other, session, now: fixedDate)
        store.close()
        #expect(bytes(path) == original)
        #expect(store.keptOriginal == nil)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("copy.v1.json").path))
        #expect(try SessionStore.read(other) == session)
    }

    @Test func keptOriginalsAreNotListedAsSessions() throws {
        let (folder, path) = try copy("full-v1")
        try FileManager.default.copyItem(atPath: path, toPath: folder.appendingPathComponent("full-v1.v1.json").path)
        try FileManager.default.copyItem(atPath: path, toPath: folder.appendingPathComponent("full-v1.v1-2.json").path)
        let entries = SessionLibrary.scan(workshops: folder.appendingPathComponent("none").path, sessions: folder.path)
        #expect(entries.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["full-v1.json"])
        #expect(SessionMigration.isBackupName("a.v1.json") && SessionMigration.isBackupName("a.v12-3.json"))
        #expect(!SessionMigration.isBackupName("a.json") && !SessionMigration.isBackupName("v1.json")
            && !SessionMigration.isBackupName("plan.vast.json"))
    }

    @Test func aNewerVersionIsStillRefused() throws {
        var text = try String(contentsOf: Self.fixtures.appendingPathComponent("full-v1.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 3")
        let error = try #require(decodeSession(Data(text.utf8)).error)
        #expect(error.description.contains("newer JourneyCheck (format version 3"))
    }
}
