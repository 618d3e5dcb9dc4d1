import Foundation
import JourneyCheckCore
import JourneyCheckTUI
import Testing

/// Faults injected into the real program: kills, signals, a vanished terminal, crashes, full
/// disks and vanished folders. Nothing acknowledged on screen may be lost, and the terminal
/// must be left as it was found.
@Suite struct SafetyTests {
    /// The session as every command reads it: the file plus its journal.
    func load(_ folder: URL, _ name: String = "s.json") throws -> Session {
        try SessionStore.read(folder.appendingPathComponent(name).path)
    }

    func isRunning(_ pid: Int32) -> Bool {
        // A zombie has exited: only a live process counts.
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return false }
        return !status.contains("State:\tZ")
    }

    // MARK: Kill -9

    /// Answer at random, wait until the screen shows each answer, then `kill -9` at a random
    /// moment while more keys are in flight. Every acknowledged answer must be in the file,
    /// and the file must hold exactly the state after some prefix of the keys sent.
    @Test(arguments: 1...24)
    func killNineLosesNothingAcknowledged(seed: Int) throws {
        var rng = SplitMix(seed: UInt64(seed))
        let folder = try workshopFolder()
        try newSession(folder)
        let initial = try load(folder)
        let t = try Tmux("\(binary) resume s.json", in: folder)
        try t.waitFor("stap 1 van 15")
        // The model: the same update function the program runs.
        var model = AppState(session: initial, path: "s.json", size: TermSize(80, 24), now: Date(), timeZone: .system)
        var states: [Session] = [initial]
        let keys = ["j", "n", "w"]
        let acknowledged = Int(rng.next() % 12) + 1
        for _ in 0..<acknowledged {
            let k = keys[Int(rng.next() % 3)]
            try t.send(k)
            _ = update(&model, .key(.char(Character(k))))
            states.append(model.session)
            let expected = model.currentStep.text
            let label = "▶ " + model.session.cursor.lens.label(.nl)
            let number = "stap \(model.session.ordinal(of: model.session.cursor.step)! + 1) van"
            try t.waitUntil(what: "\(number) \(label)") {
                $0.contains(number) && $0.contains(label) && $0.contains(String(expected.prefix(30)))
            }
        }
        let inFlight = Int(rng.next() % 5)
        for _ in 0..<inFlight {
            let k = keys[Int(rng.next() % 3)]
            try t.send(k)
            _ = update(&model, .key(.char(Character(k))))
            states.append(model.session)
        }
        usleep(useconds_t(rng.next() % 30_000))
        let pid = try #require(try t.programPID())
        kill(pid, SIGKILL)
        try t.waitFor("EXITED:137")
        let saved = try load(folder)
        // The next open folds the journal into the JSON, which then holds it all by itself.
        let (store, opened) = try SessionStore.open(folder.appendingPathComponent("s.json").path, now: fixedDate)
        store.close()
        #expect(opened == saved)
        #expect(try SessionCodec.load(file: folder.appendingPathComponent("s.json").path) == saved)
        let answers = { (s: Session) in s.steps.map(\.answers) }
        let matching = states.indices.filter { answers(states[$0]) == answers(saved) }
        #expect(!matching.isEmpty, "the file matches no state the team saw")
        #expect(matching.allSatisfy { $0 >= acknowledged }, "an acknowledged answer is missing (seed \(seed))")
    }

    // MARK: Signals and the terminal

    @Test(arguments: ["TERM", "HUP", "INT"])
    func signalsSaveAndRestoreTheTerminal(signal: String) throws {
        let folder = try workshopFolder()
        try newSession(folder)
        let t = try Tmux("\(binary) resume s.json", in: folder)
        try t.waitFor("stap 1 van 15")
        try t.send("n")
        try t.waitFor("✘ nee")
        let pid = try #require(try t.programPID())
        kill(pid, ["TERM": SIGTERM, "HUP": SIGHUP, "INT": SIGINT][signal]!)
        try t.waitFor("EXITED:")
        #expect(try t.terminalState() == "0 1 0")
        #expect(try t.sttyRestored())
        #expect(try load(folder).steps[0].answers.brand.answer == .no)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".s.json.lock").path))
    }

    @Test func ctrlCAndQRestoreTheTerminalSettings() throws {
        let folder = try workshopFolder()
        try newSession(folder)
        for key in ["C-c", "q"] {
            let t = try Tmux("\(binary) resume s.json", in: folder)
            try t.waitFor("stap 1 van 15")
            try t.send(key)
            try t.waitFor("EXITED:0")
            #expect(try t.terminalState() == "0 1 0")
            #expect(try t.sttyRestored())
        }
    }

    /// Ctrl-Z from a shell with job control (as a facilitator's shell has; without it the
    /// kernel discards SIGTSTP for the orphaned process group).
    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let folder = try workshopFolder()
        try newSession(folder)
        // The shell runs `fg` itself two seconds after the stop.
        let t = try Tmux(
            "\(binary) resume s.json", in: folder, prefix: "set -m;", suffix: "sleep 2; fg; echo RESUMED:$?;")
        try t.waitFor("stap 1 van 15")
        let pid = try #require(try t.programPID())
        try t.send("C-z")
        // Stopped, and the shell got its terminal back in its normal state.
        let stopped = try t.waitFor("EXITED:148")
        #expect(try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8).contains(") T "))
        #expect(try t.terminalState() == "0 1 0")
        #expect(try t.sttyRestored())
        #expect(!stopped.contains("▶ Merk"))
        try t.waitUntil(what: "redrawn") { $0.contains("stap 1 van 15") && $0.contains("▶ Merk") }
        #expect(try t.terminalState().hasPrefix("1"))
        try t.send("j")
        try t.waitFor("✔ ja")
        try t.send("q")
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, isRunning(pid) { usleep(20_000) }
        #expect(!isRunning(pid))
        try t.waitFor("RESUMED:0")
        #expect(try t.terminalState() == "0 1 0")
        #expect(try load(folder).steps[0].answers.brand.answer == .yes)
    }

    /// Under nohup SIGHUP never comes: when the terminal goes away the program must notice,
    /// save, release its lock and end instead of spinning.
    @Test func aVanishedTerminalWithoutSighupEndsTheProgram() throws {
        let folder = try workshopFolder()
        try newSession(folder)
        let t = try Tmux("\(binary) resume s.json", in: folder, prefix: "trap '' HUP;")
        try t.waitFor("stap 1 van 15")
        try t.send("w")
        try t.waitFor("? weet niet")
        let pid = try #require(try t.programPID())
        let shell = Int32(
            try t.tmux(["display", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
        defer { if let shell { kill(shell, SIGKILL) } }  // it ignores SIGHUP too, and would sleep on
        try t.tmux(["kill-server"])
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, isRunning(pid) { usleep(20_000) }
        #expect(!isRunning(pid), "still running after its terminal vanished")
        #expect(try load(folder).steps[0].answers.brand.answer == .dontKnow)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".s.json.lock").path))
    }

    @Test func aCrashInsideTheProgramRestoresTheTerminal() throws {
        let folder = try workshopFolder()
        try newSession(folder)
        let t = try Tmux(
            "\(binary) resume s.json", in: folder,
            env: ["JOURNEYCHECK_TEST_CRASH": "1", "SWIFT_BACKTRACE": "enable=no"])
        try t.waitFor("stap 1 van 15")
        try t.send("n")
        try t.waitFor("✘ nee")
        try t.send("!")
        let screen = try t.waitFor("EXITED:")
        #expect(!screen.contains("EXITED:0"))
        #expect(try t.terminalState() == "0 1 0")
        #expect(try t.sttyRestored())
        #expect(try load(folder).steps[0].answers.brand.answer == .no)
        // The lock died with the process: the session opens again at once.
        let again = try Tmux("\(binary) resume s.json", in: folder)
        try again.waitFor("stap 1 van 15")
        try again.quit()
    }

    // MARK: Locks

    @Test func aLockLeftByAKilledProcessIsTakenOver() throws {
        let folder = try workshopFolder()
        try newSession(folder)
        let first = try Tmux("\(binary) resume s.json", in: folder)
        try first.waitFor("stap 1 van 15")
        let pid = try #require(try first.programPID())
        kill(pid, SIGKILL)
        try first.waitFor("EXITED:137")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".s.json.lock").path))
        let second = try Tmux("\(binary) resume s.json", in: folder)
        try second.waitFor("stap 1 van 15")
        try second.quit()
    }

    // MARK: Write failures

    /// The session's folder disappears mid-workshop: the screen warns, keeps the answers and
    /// retries; when the folder is back, everything is saved.
    @Test func aVanishedFolderIsRetriedUntilItIsBack() throws {
        let folder = try workshopFolder()
        let sub = folder.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try newSession(folder, name: "sub/s.json")
        let t = try Tmux("\(binary) resume sub/s.json", in: folder)
        try t.waitFor("stap 1 van 15")
        try t.send("j")
        try t.waitFor("✔ ja")
        try FileManager.default.removeItem(at: sub)
        try t.send("n")
        try t.waitFor("NIET OPGESLAGEN")
        try t.send("w")
        try t.waitFor("? weet niet")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try t.waitUntil(timeout: 5, what: "warning gone") { !$0.contains("NIET OPGESLAGEN") }
        let s = try load(folder, "sub/s.json")
        #expect(
            [s.steps[0].answers.brand.answer, s.steps[0].answers.customer.answer, s.steps[0].answers.employee.answer]
                == [.yes, .no, .dontKnow])
        try t.quit()
    }

    /// A full disk: a small tmpfs filled up (or, where mounting is not allowed, a file-size
    /// limit). The old file stays whole, the answers stay on screen, `S` saves elsewhere, and
    /// once there is room again the retry saves everything.
    @Test func aFullDiskWarnsKeepsTheAnswersAndSavesElsewhere() throws {
        let folder = try workshopFolder()
        let disk = folder.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        let mounted = try spawnStatus(["/bin/mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", disk.path]) == 0
        defer { if mounted { _ = try? spawnStatus(["/bin/umount", "-l", disk.path]) } }
        try newSession(folder, name: "disk/s.json")
        let original = try Data(contentsOf: disk.appendingPathComponent("s.json"))
        let filler = disk.appendingPathComponent("filler")
        var prefix = ""
        if mounted {
            try fillToTheLastByte(filler)
        } else {
            prefix = "ulimit -f 0;"
        }
        let t = try Tmux("\(binary) resume disk/s.json", in: folder, prefix: prefix)
        try t.waitFor("stap 1 van 15")
        try t.send("n")
        let warned = try t.waitFor("NIET OPGESLAGEN")
        #expect(warned.contains("✘ nee"))
        #expect(try Data(contentsOf: disk.appendingPathComponent("s.json")) == original)
        try t.send("j")
        try t.waitFor("▶ Medewerker")
        // Save elsewhere.
        try t.send("S", "C-u")
        try t.type(folder.appendingPathComponent("elsewhere.json").path)
        try t.send("Enter")
        if mounted {
            try t.waitFor("Opgeslagen in")
            let elsewhere = try load(folder, "elsewhere.json")
            #expect(
                elsewhere.steps[0].answers.brand.answer == .no && elsewhere.steps[0].answers.customer.answer == .yes)
            try t.send("q")
            try t.waitFor("EXITED:0")
        } else {
            try t.send("q")
            try t.waitFor("EXITED:")
        }
        #expect(try t.sttyRestored())
    }

    /// Room comes back: the retry saves every answer, and the warning goes away.
    @Test func answersKeptInMemoryAreSavedWhenThereIsRoomAgain() throws {
        let folder = try workshopFolder()
        let disk = folder.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        guard try spawnStatus(["/bin/mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.path]) == 0 else {
            // Without a file system of our own, the vanished-folder test covers the retry.
            return
        }
        defer { _ = try? spawnStatus(["/bin/umount", "-l", disk.path]) }
        try newSession(folder, name: "disk/s.json")
        let filler = disk.appendingPathComponent("filler")
        let t = try Tmux("\(binary) resume disk/s.json", in: folder)
        try t.waitFor("stap 1 van 15")
        try fillToTheLastByte(filler)
        try t.send("n", "j", "w")
        try t.waitFor("NIET OPGESLAGEN")
        try t.waitFor("? weet niet")
        try FileManager.default.removeItem(at: filler)
        try t.waitUntil(timeout: 5, what: "warning gone") { !$0.contains("NIET OPGESLAGEN") }
        let s = try load(folder, "disk/s.json")
        #expect(
            [s.steps[0].answers.brand.answer, s.steps[0].answers.customer.answer, s.steps[0].answers.employee.answer]
                == [.no, .yes, .dontKnow])
        try t.quit()
        // Quitting folds everything into the file (time spent on the step may have grown).
        #expect(
            try SessionCodec.load(file: disk.appendingPathComponent("s.json").path).steps.map(\.answers)
                == s.steps.map(\.answers))
    }
}

/// A small deterministic random number generator, so every round can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func spawnStatus(_ argv: [String]) throws -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: argv[0])
    p.arguments = Array(argv.dropFirst())
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    return p.terminationStatus
}

/// A named pipe with no writer (or a device, or a folder) is refused at once by every command,
/// instead of hanging.
@Suite struct NotAFileTests {
    static let commands: [[String]] = [
        ["validate", "pipe.json"], ["validate", "pipe.md"], ["export", "pipe.json"],
        ["export", "s.json", "-o", "pipe.json"],
        ["resume", "pipe.json"], ["import", "pipe.json", "r.csv"], ["import", "s.json", "pipe.csv"],
        ["compare", "s.json", "pipe.json"], ["reassess", "pipe.json", "--session", "n.json"],
        ["new", "--from", "pipe.json", "-o", "n.json"], ["new", "pipe.md", "-o", "n.json"],
        ["start", "pipe.md", "--session", "n.json"],
        ["validate", "/dev/null"], ["export", "folder"],
        // Where the new session would go.
        ["new", "online-bestelling.md", "-o", "pipe.json"],
        ["start", "online-bestelling.md", "--session", "pipe.json"],
        ["reassess", "s.json", "--session", "pipe.json"], ["reassess", "s.json", "--session", "folder"],
    ]

    @Test(arguments: 0..<NotAFileTests.commands.count)
    func isRefusedAtOnce(_ n: Int) throws {
        let folder = try workshopFolder()
        try newSession(folder)
        _ = try runCLI(["export", "s.json", "--format", "csv", "-o", "r.csv"], in: folder)
        for name in ["pipe.json", "pipe.md", "pipe.csv"] {
            #expect(mkfifo(folder.appendingPathComponent(name).path, 0o644) == 0)
        }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("folder"), withIntermediateDirectories: true)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let args = Self.commands[n]
        let started = Date()
        let r = try runCLI(args, in: folder)
        #expect(Date().timeIntervalSince(started) < 5, "\(args) took too long")
        #expect(r.status == 1, "\(args): \(r.status) \(r.err)")
        let lines = r.err.split(separator: "\n")
        #expect(lines.count == 1, "\(args): \(r.err)")
        #expect(
            r.err.contains("is a named pipe (FIFO), not a file") || r.err.contains("is a device, not a file")
                || r.err.contains("is a folder, not a file")
                // A report to a pipe is written when the pipe has a reader (OutputTargetTests).
                || r.err.contains("a named pipe that nobody reads"), "\(args): \(r.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before, "\(args)")
    }
}
