import Foundation
import JourneyCheckCore
import Testing

/// Files that are broken or made to break us: each is refused with exit 1 and one clear line
/// naming the file, quickly, without a crash or a hang, and the file is left as it was.
@Suite struct HostileInputTests {
    /// Name, file contents. Generated here, so nothing large lives in the repository.
    static let cases: [(String, @Sendable () throws -> Data)] = [
        ("empty.json", { Data() }),
        (
            "truncated.json",
            {
                let data = try SessionCodec.encode(
                    Session(
                        journey: try OutlineParser.parse(
                            file: packageRoot.appendingPathComponent("workshops/onboarding.md").path), now: fixedDate))
                return data.prefix(data.count / 2)
            }
        ),
        ("binary.json", { Data((0..<65536).map { UInt8(truncatingIfNeeded: ($0 &* 7919) ^ ($0 >> 3)) }) }),
        (
            "latin1.json",
            { Data("{\"format\": \"journeycheck-session\", \"title\": \"caf".utf8) + Data([0xE9, 0x22, 0x7D]) }
        ),
        ("junk-60mb.json", { Data(repeating: 0x41, count: 60 * 1024 * 1024) }),
        (
            "nested.json",
            { Data(String(repeating: "[", count: 200_000).utf8) + Data(String(repeating: "]", count: 200_000).utf8) }
        ),
        ("nested-objects.json", { Data(String(repeating: "{\"a\":", count: 200_000).utf8) }),
        ("future.json", { Data("{\"format\": \"journeycheck-session\", \"version\": 99, \"steps\": {}}".utf8) }),
        (
            "wrong-shape.json",
            { Data("{\"format\": \"journeycheck-session\", \"version\": 1, \"title\": [1, 2]}".utf8) }
        ),
        ("array.json", { Data("[{\"format\": \"journeycheck-session\"}]".utf8) }),
        ("null.json", { Data("null".utf8) }),
        ("huge-number.json", { Data("{\"format\": \"journeycheck-session\", \"version\": 1e999}".utf8) }),
        ("empty.md", { Data() }),
        ("binary.md", { Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }) }),
        ("junk-60mb.md", { Data(repeating: 0x2D, count: 60 * 1024 * 1024) }),
        ("escape.md", { Data("# Evil\n## P\n- \u{1B}]0;pwned\u{07} step\n".utf8) }),
        ("latin1.md", { Data("# Caf".utf8) + Data([0xE9, 0x0A]) + Data("## P\n- s\n".utf8) }),
    ]

    @Test(arguments: cases.map(\.0))
    func refusedClearlyAndLeftUntouched(name: String) throws {
        let folder = temporaryFolder()
        let file = folder.appendingPathComponent(name)
        let contents = try Self.cases.first { $0.0 == name }!.1()
        try contents.write(to: file)
        defer { try? FileManager.default.removeItem(at: folder) }
        let commands: [[String]] =
            name.hasSuffix(".json")
            ? [["validate", name], ["export", name], ["resume", name]]
            : [["validate", name], ["start", name, "--session", "out.json"], ["new", name, "-o", "out.json"]]
        for command in commands {
            let started = Date()
            let r = try runCLI(command, in: folder)
            let seconds = Date().timeIntervalSince(started)
            #expect(r.status == 1, "\(command): exit \(r.status)")
            let lines = r.err.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count >= 1 && lines.count <= 3, "\(command): \(r.err)")
            #expect(lines.allSatisfy { $0.hasPrefix(name) }, "\(command): \(r.err)")
            #expect(!r.err.contains("\u{1B}") && !r.err.contains("\u{07}"), "raw control characters in the message")
            #expect(!r.err.contains("Fatal error") && !r.err.contains("Stack dump"))
            #expect(r.out.isEmpty)
            #expect(seconds < 3, "\(command) took \(seconds) s")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.json").path))
        }
        #expect(try Data(contentsOf: file) == contents, "the file was changed")
    }
}

/// Text from files never reaches the terminal raw.
@Suite struct EscapeSequenceTests {
    @Test func controlCharactersInASessionAreShownHarmlessly() throws {
        let folder = try workshopFolder()
        var session = Session(
            journey: try OutlineParser.parse(file: folder.appendingPathComponent("online-bestelling.md").path),
            now: fixedDate)
        session.title = "Evil\u{1B}[2J\u{1B}]0;pwned\u{07} title"
        session.modifyStep("s1") { $0.text = "Step \u{1B}[31mred\u{1B}[0m and \u{9B}2J and \u{202E}reversed" }
        try session.setNote("s1", .brand, "note\u{1B}c reset", now: fixedDate)
        try DurableFile.write(try SessionCodec.encode(session), to: folder.appendingPathComponent("s.json").path)
        let t = try Tmux("\(binary) resume s.json", in: folder)
        let screen = try t.waitFor("stap 1 van 15")
        #expect(screen.contains("Evil�[2J�]0;pwned� title"))
        #expect(screen.contains("Step �[31mred�[0m and �2J and �reversed"))
        #expect(screen.contains("note�c reset"))
        // The window title was not changed by an OSC sequence.
        #expect(!(try t.tmux(["display", "-p", "-t", "0", "#{pane_title}"])).contains("pwned"))
        let report = try runCLI(["export", "s.json"], in: folder)
        #expect(
            !report.out.unicodeScalars.contains {
                $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E
            })
        try t.quit()
    }
}

/// A save interrupted between writing and renaming leaves a newer copy; the next start offers it.
@Suite struct RecoveryTests {
    func prepare(_ folder: URL) throws -> (original: Session, newer: Session) {
        let original = Session(
            journey: try OutlineParser.parse(file: folder.appendingPathComponent("onboarding.md").path), now: fixedDate)
        var newer = original
        try newer.answer("s1", .brand, .no, now: fixedDate)
        try newer.answer("s1", .customer, .dontKnow, now: fixedDate)
        let path = folder.appendingPathComponent("s.json").path
        try DurableFile.write(try SessionCodec.encode(original), to: path)
        #expect(throws: WriteError.self) {
            try DurableFile.write(try SessionCodec.encode(newer), to: path, crashAt: .beforeRename)
        }
        return (original, newer)
    }

    @Test func theNewerCopyIsOfferedAndUsed() throws {
        let folder = try workshopFolder("onboarding.md")
        let (_, newer) = try prepare(folder)
        let t = try Tmux("\(binary) resume s.json", in: folder)
        let screen = try t.waitFor("A save was interrupted")
        #expect(screen.contains("That copy has 2 answers, the file 0"))
        try t.send("r")
        try t.waitFor("✘ no")
        try t.quit()
        let saved = try SessionCodec.load(file: folder.appendingPathComponent("s.json").path)
        #expect(saved.steps.map(\.answers) == newer.steps.map(\.answers))
        #expect(
            !FileManager.default.fileExists(
                atPath: DurableFile.temporaryPath(for: folder.appendingPathComponent("s.json").path)))
    }

    @Test func keepingTheFileDropsTheCopy() throws {
        let folder = try workshopFolder("onboarding.md")
        let (original, _) = try prepare(folder)
        let t = try Tmux("\(binary) resume s.json", in: folder)
        try t.waitFor("A save was interrupted")
        try t.send("k")
        try t.waitUntil(what: "prompt gone") { !$0.contains("A save was interrupted") }
        try t.quit()
        let saved = try SessionCodec.load(file: folder.appendingPathComponent("s.json").path)
        #expect(saved.steps.map(\.answers) == original.steps.map(\.answers))
        #expect(
            !FileManager.default.fileExists(
                atPath: DurableFile.temporaryPath(for: folder.appendingPathComponent("s.json").path)))
    }
}
