import Foundation
import Testing
@testable import JourneyCheckCore

/// The sessions made by earlier releases (Tests/Fixtures/v1, v2) open, export what those
/// releases exported (now with the decisions around it), resume, and are rewritten only when
/// the team changes something, with the original kept beside them.
@Suite struct MigrationTests {
    static let root = packageRoot.appendingPathComponent("Tests/Fixtures")
    static let fixtures = root.appendingPathComponent("v1")
    static let utc = LocalZone.utc
    static let all = ["full-v1", "journal-v1", "odd-v1", "full-v2", "journal-v2", "odd-v2"]
    /// The releases since, whose exports are checked in IdentityTests: they resume here too.
    static let later = ["full-v3", "journal-v3", "odd-v3", "full-v4"]

    static func folder(_ name: String) -> URL { root.appendingPathComponent(String(name.suffix(2))) }
    static func version(_ name: String) -> Int { Int(String(name.suffix(1)))! }

    /// A fixture (with its journal, if it has one) copied into a fresh folder.
    func copy(_ name: String) throws -> (folder: URL, path: String) {
        let folder = temporaryFolder()
        let fm = FileManager.default
        let source = Self.folder(name)
        try fm.copyItem(
            at: source.appendingPathComponent("\(name).json"), to: folder.appendingPathComponent("\(name).json"))
        let journal = source.appendingPathComponent(".\(name).json.journal")
        if fm.fileExists(atPath: journal.path) {
            try fm.copyItem(at: journal, to: folder.appendingPathComponent(".\(name).json.journal"))
        }
        return (folder, folder.appendingPathComponent("\(name).json").path)
    }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test(arguments: MigrationTests.all)
    func anOlderFileExportsWhatItsReleaseExported(_ name: String) throws {
        let (folder, path) = try copy(name)
        let before = try #require(bytes(path))
        let session = try SessionStore.read(path)
        #expect(session.version == Session.currentVersion)
        let markdown = try String(contentsOf: Self.folder(name).appendingPathComponent("\(name).md"), encoding: .utf8)
        let csv = try String(contentsOf: Self.folder(name).appendingPathComponent("\(name).csv"), encoding: .utf8)
        // The report now opens with the decisions; every table row, list entry and note of the
        // old report is still there, in the same order.
        let report = MarkdownReport.render(session, timeZone: Self.utc)
        let kept = markdown.split(separator: "\n").filter {
            $0.hasPrefix("| ") || $0.hasPrefix("- ") || $0.hasPrefix("  - ")
        }
        .filter {
            !$0.hasPrefix("| \(session.language == .nl ? "Stap" : "Step") | ") && !$0.contains("| journey |")
                && !$0.contains("| gedrag |") && !$0.contains("| behaviour |") && !$0.contains("| moment |")
        }
        #expect(kept.count > 5)
        var rest = report[...]
        for line in kept {
            guard let r = rest.range(of: line + "\n") else {
                Issue.record("the report lacks: \(line)")
                break
            }
            rest = rest[r.upperBound...]
        }
        // The CSV keeps the six columns first, with the same values.
        // (A cell that a spreadsheet would run as a formula now starts with one more quote.)
        let now = try CSVImport.parse(CSVReport.render(session), separator: ",").map {
            $0.cells.prefix(6).map(CSVReport.restore)
        }
        let then = try CSVImport.parse(csv, separator: ",").map { Array($0.cells) }
        #expect(now == then)
        // Reading wrote nothing: no new file, no change.
        #expect(bytes(path) == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.allSatisfy { $0 == "\(name).json" || $0 == ".\(name).json.journal" }, "\(names)")
    }

    @Test func theJournalOfAKilledVersion2SessionIsReplayed() throws {
        let (_, path) = try copy("journal-v2")
        let withJournal = try SessionStore.read(path)
        #expect(try SessionCodec.load(file: path).potential.total.answered == 0)
        #expect(withJournal.potential.total.answered == 3)
        #expect(withJournal.steps[0].answers.customer.answer == .no)
        #expect(withJournal.steps[0].answers.service.note == "Nobody checks the IVR")
    }

    @Test func theJournalOfAKilledVersion1SessionIsReplayed() throws {
        let (_, path) = try copy("journal-v1")
        let withJournal = try SessionStore.read(path)
        let fileOnly = try SessionCodec.load(file: path)
        #expect(fileOnly.potential.total.answered == 0)
        #expect(withJournal.potential.total.answered == 8)
        #expect(withJournal.steps[1].answers.brand.note == "Nog niet opgeslagen in het bestand")
    }

    @Test(arguments: MigrationTests.all + MigrationTests.later)
    func anOlderFileIsRewrittenOnlyOnTheFirstChangeAndItsOriginalKept(_ name: String) throws {
        let version = Self.version(name)
        let (folder, path) = try copy(name)
        let original = try #require(bytes(path))
        let (store, opened) = try SessionStore.open(path, now: fixedDate)
        var session = opened
        #expect(store.olderVersion?.version == version)
        // Opened, nothing changed: the file is as it was.
        #expect(bytes(path) == original)
        try session.setStepNote(session.steps[0].id, "changed after migration", now: fixedDate)
        try store.commit(session)
        let kept = folder.appendingPathComponent("\(name).v\(version).json").path
        #expect(store.keptOriginal == kept)
        #expect(bytes(kept) == original)
        let rewritten = try #require(bytes(path))
        #expect(String(decoding: rewritten, as: UTF8.self).contains("\"version\" : \(Session.currentVersion)"))
        store.close()
        // It resumes as it was left, now in the current version.
        let (again, reopened) = try SessionStore.open(path, now: fixedDate)
        #expect(again.olderVersion == nil)
        #expect(reopened == session)
        again.close()
        // The kept original still opens as the older file it is.
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
        #expect(
            bytes(folder.appendingPathComponent("full-v1.v1-2.json").path)
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
        #expect(
            !SessionMigration.isBackupName("a.json") && !SessionMigration.isBackupName("v1.json")
                && !SessionMigration.isBackupName("plan.vast.json"))
    }

    @Test func aNewerVersionIsStillRefused() throws {
        var text = try String(contentsOf: Self.fixtures.appendingPathComponent("full-v1.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : \(Session.currentVersion + 1)")
        let error = try #require(decodeSession(Data(text.utf8)).error)
        #expect(error.description.contains("newer JourneyCheck (format version \(Session.currentVersion + 1)"))
    }
}
