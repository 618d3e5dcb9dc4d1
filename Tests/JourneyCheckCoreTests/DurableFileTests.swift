import Foundation
import Testing
@testable import JourneyCheckCore

@Suite struct DurableFileTests {
    @Test func aCrashMidWriteLeavesTheOldFileWhole() throws {
        let folder = temporaryFolder()
        let path = folder.appendingPathComponent("s.json").path
        var session = Session(journey: sampleJourney(), now: fixedDate)
        let old = try SessionCodec.encode(session)
        try DurableFile.write(old, to: path)
        try session.answer("s1", .brand, .no, now: fixedDate)
        let new = try SessionCodec.encode(session)
        for stage in [DurableFile.Stage.afterPartialWrite, .beforeRename] {
            #expect(throws: WriteError.self) { try DurableFile.write(new, to: path, crashAt: stage) }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == old)
            #expect(decodeSession(try Data(contentsOf: URL(fileURLWithPath: path))).value != nil)
            // The temporary file is what a crash leaves behind, and it is never the session itself.
            #expect(FileManager.default.fileExists(atPath: DurableFile.temporaryPath(for: path)))
        }
        try DurableFile.write(new, to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == new)
        #expect(!FileManager.default.fileExists(atPath: DurableFile.temporaryPath(for: path)))
    }

    @Test func keepsPermissionsAndWritesThroughSymlinks() throws {
        let folder = temporaryFolder()
        let real = folder.appendingPathComponent("real.json").path
        let link = folder.appendingPathComponent("link.json").path
        try DurableFile.write(Data("a".utf8), to: real)
        chmod(real, 0o600)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        try DurableFile.write(Data("b".utf8), to: link)
        var st = stat()
        #expect(lstat(link, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK)
        #expect(stat(real, &st) == 0 && (st.st_mode & 0o777) == 0o600)
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "b")
    }

    @Test func newFilesAreNeverOverwritten() throws {
        let path = temporaryFolder().appendingPathComponent("x.json").path
        try DurableFile.write(Data("first".utf8), to: path, replace: false)
        #expect(throws: WriteError.self) { try DurableFile.write(Data("second".utf8), to: path, replace: false) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first")
    }

    @Test func aMissingFolderIsAClearError() throws {
        do {
            try DurableFile.write(Data("x".utf8), to: "/nonexistent-folder/s.json")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description
                    == "could not save /nonexistent-folder/s.json: the folder /nonexistent-folder does not exist")
        }
        #expect(
            throws: WriteError(
                path: "/nonexistent-folder/s.json", reason: "the folder /nonexistent-folder does not exist",
                code: ENOENT)
        ) {
            _ = try DurableFile.stage(Data("x".utf8), besides: "/nonexistent-folder/s.json", suffix: "t")
        }
        // A file where a folder should be.
        let file = temporaryFolder().appendingPathComponent("f.md").path
        try DurableFile.write(Data("x".utf8), to: file)
        #expect(throws: WriteError(path: file + "/s.json", reason: "\(file) is not a folder", code: ENOTDIR)) {
            try DurableFile.write(Data("x".utf8), to: file + "/s.json")
        }
        // The lock of a session in a missing folder says the same.
        #expect(throws: InputError(file: "/nonexistent-folder/s.json", "the folder /nonexistent-folder does not exist"))
        {
            _ = try SessionLock(session: "/nonexistent-folder/s.json", now: fixedDate)
        }
    }

    @Test func theStoreSkipsUnchangedSavesAndLocksTheFile() throws {
        let path = temporaryFolder().appendingPathComponent("s.json").path
        let session = Session(journey: sampleJourney(), now: fixedDate)
        try DurableFile.write(try SessionCodec.encode(session), to: path)
        let (store, loaded) = try SessionStore.open(path, now: fixedDate)
        #expect(loaded == session)
        // A second writer is refused and told who holds the file.
        do {
            _ = try SessionStore.open(path, now: fixedDate)
            Issue.record("a second open should fail")
        } catch {
            #expect(error.description.contains("is open in another JourneyCheck (by "))
            #expect(error.description.contains("pid \(getpid())"))
        }
        var st1 = stat(), st2 = stat()
        stat(path, &st1)
        try store.commit(loaded)  // unchanged: nothing written
        stat(path, &st2)
        #expect(st1.st_ino == st2.st_ino)
        #expect(!FileManager.default.fileExists(atPath: Journal.path(for: path)))
        store.close()
        let (again, _) = try SessionStore.open(path, now: fixedDate)
        again.close()
    }
}
