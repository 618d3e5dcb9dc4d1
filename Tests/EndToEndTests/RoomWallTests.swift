import Foundation
import JourneyCheckCore
import Testing

/// The room in a real terminal with phones on loopback: 30 phones at once, votes changed,
/// the blind count on the wall, the reveal, a kill -9, the anonymity of every file written, and
/// bad requests.
@Suite(.serialized) struct RoomWallTests {
    static let phones = packageRoot.appendingPathComponent("Tests/Scripts/phones.py").path

    /// The workshop with the room open on loopback, and the room's address from the wall.
    func openRoom(_ folder: URL, resume: Bool = false) throws -> (Tmux, String) {
        let command =
            resume
            ? "\(binary) resume s.json --room --bind 127.0.0.1"
            : "\(binary) start online-bestelling.md --session s.json --room --bind 127.0.0.1"
        let t = try Tmux(command, in: folder, width: 120, height: 40)
        let screen = try t.waitFor("Zaal open: http://127.0.0.1:")
        let url = try #require(
            screen.components(separatedBy: "Zaal open: ").dropFirst().first?.components(separatedBy: " ").first)
        return (t, url)
    }

    func phones(
        _ url: String, _ question: String, _ n: Int, change: Int = 0
    ) throws -> (counts: [String: Int], failed: Int) {
        let r = try runCLI(
            ["python3", Self.phones, url, question, String(n), "--change", String(change)], executable: "/usr/bin/env")
        #expect(r.status == 0, "\(r.err)")
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [String: Any]
        return (json["counts"] as! [String: Int], json["failed"] as! Int)
    }

    /// The status of one request (by python's urllib: the test hosts have it for the phones).
    func get(_ url: String, method: String = "GET", body: Data? = nil) throws -> Int {
        let script = """
            import sys, urllib.request, urllib.error
            data = sys.stdin.buffer.read() if sys.argv[2] == "POST" else None
            try:
                print(urllib.request.urlopen(urllib.request.Request(sys.argv[1], data=data, method=sys.argv[2]), timeout=10).status)
            except urllib.error.HTTPError as e:
                print(e.code)
            """
        let r = try runCLI(
            ["python3", "-c", script, url, method], stdin: String(decoding: body ?? Data(), as: UTF8.self),
            executable: "/usr/bin/env")
        return Int(r.out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    @Test func thirtyPhonesOverTwentyRoundsAreCountedExactlyAndRevealedBlind() throws {
        let folder = try workshopFolder()
        let (t, url) = try openRoom(folder)
        // Twenty questions: 30 phones each, 7 of them change their vote; the wall shows only
        // how many voted; v and Enter reveal; the session keeps exactly the phones' counts.
        var expected: [(String, Votes)] = []
        for round in 0..<20 {
            let step = round / 5 + 1, lens = Lens.allCases[round % 5]
            let question = "s\(step).\(lens.rawValue)"
            // No digital element: the user lens does not apply, and the wall has moved on.
            if lens == .user && ![1, 2].contains(step) { continue }
            let n = 20 + round
            let (counts, failed) = try phones(url, question, n, change: 7)
            #expect(failed == 0, "round \(round): \(failed) votes not counted")
            let screen = try t.waitFor("· \(n) gestemd")
            #expect(
                !screen.contains("\(counts["yes"]!)/\(counts["no"]!)/\(counts["dont_know"]!)"),
                "the split is not shown before the reveal")
            try t.send("v")
            try t.waitFor("› \(counts["yes"]!) \(counts["no"]!) \(counts["dont_know"]!)")
            try t.send("Enter")
            expected.append((question, Votes(yes: counts["yes"]!, no: counts["no"]!, dontKnow: counts["dont_know"]!)))
            try t.waitFor("0 van 7 gestemd")
        }
        try t.quit()
        let s = try SessionStore.read(folder.appendingPathComponent("s.json").path)
        for (question, votes) in expected {
            let parts = question.split(separator: ".")
            let r = s.step(StepID(String(parts[0])))!.answers[Lens(rawValue: String(parts[1]))!]
            #expect(r.votes == votes, "\(question)")
            #expect(r.phoneVotes == nil)
        }
        #expect(expected.count >= 16)
    }

    /// A real browser: headless chromium through chromedriver taps "nee"; the wall counts it;
    /// `v` and Enter reveal; the page follows the wall to the next question by itself.
    @Test func aRealBrowserVotesAndThePageFollowsTheWall() throws {
        let script = packageRoot.appendingPathComponent("Tests/Scripts/browser_vote.py").path
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver"),
            (try? runCLI(["-c", "import selenium"], executable: "/usr/bin/python3").status) == 0
        else {
            if ProcessInfo.processInfo.environment["JOURNEYCHECK_CI"] != nil {
                Issue.record("chromium-driver and python3-selenium are not installed: .ci/run installs them with apt")
            }
            return
        }
        let folder = try workshopFolder()
        let (t, url) = try openRoom(folder)
        let out = folder.appendingPathComponent("browser.out").path
        let browser = Process()
        browser.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        browser.arguments = [script, url, "no", "--wait-for", "belangrijkste drivers"]
        FileManager.default.createFile(atPath: out, contents: nil)
        browser.standardOutput = FileHandle(forWritingAtPath: out)
        browser.standardError = FileHandle(forWritingAtPath: out)
        try browser.run()
        try t.waitFor("1 van 7 gestemd", timeout: 30)
        try t.send("v")
        try t.waitFor("› 0 1 0")
        try t.send("Enter")
        browser.waitUntilExit()
        let said = try String(contentsOfFile: out, encoding: .utf8)
        #expect(browser.terminationStatus == 0, "\(said)")
        #expect(
            said.contains("Geteld: nee.") && said.contains("Is deze stap in lijn met onze belangrijkste drivers?"),
            "\(said)")
        try t.quit()
        let s = try SessionStore.read(folder.appendingPathComponent("s.json").path)
        #expect(
            s.steps[0].answers.brand.answer == .no
                && s.steps[0].answers.brand.votes == Votes(yes: 0, no: 1, dontKnow: 0))
    }

    /// The QR code on an 80x24 wall decodes (Debian's zbarimg) to the room's address.
    @Test func theQRCodeOnAnEightyColumnWallReadsAsTheAddress() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/zbarimg") else {
            if ProcessInfo.processInfo.environment["JOURNEYCHECK_CI"] != nil {
                Issue.record("zbarimg is not installed: .ci/run installs it with apt (zbar-tools)")
            }
            return
        }
        let folder = try workshopFolder()
        let t = try Tmux(
            "\(binary) start online-bestelling.md --session s.json --room --bind 127.0.0.1", in: folder, width: 80,
            height: 24)
        let screen = try t.waitFor("Zaal open: http://127.0.0.1:")
        let url = try #require(
            screen.components(separatedBy: "Zaal open: ").dropFirst().first?.components(separatedBy: " ").first)
        try t.send("Q")
        let code = try t.waitFor("█▀▀▀▀▀█")
        let image = folder.appendingPathComponent("qr.pgm").path
        let script = packageRoot.appendingPathComponent("Tests/Scripts/qr_from_screen.py").path
        #expect(try runCLI(["python3", script, image], stdin: code, executable: "/usr/bin/env").status == 0)
        let read = try runCLI(["-q", "--raw", image], executable: "/usr/bin/zbarimg")
        #expect(read.out.trimmingCharacters(in: .whitespacesAndNewlines) == url, "\(read.out) \(read.err)")
        try t.send("Escape")
        try t.quit()
    }

    /// Z opens the room in the workshop and closes it again; closed, nothing listens.
    @Test func theRoomOpensAndClosesWithAKey() throws {
        let folder = try workshopFolder()
        let t = try Tmux(
            "\(binary) start online-bestelling.md --session s.json --bind 127.0.0.1", in: folder, width: 120, height: 40
        )
        try t.waitFor("1. Ik zie een advertentie")
        try t.send("Z")
        let screen = try t.waitFor("Zaal open: http://127.0.0.1:")
        let url = try #require(
            screen.components(separatedBy: "Zaal open: ").dropFirst().first?.components(separatedBy: " ").first)
        #expect(try get(url) == 200)
        try t.send("Z")
        try t.waitUntil(what: "the room closed") { !$0.contains("Zaal open") }
        #expect(try get(url) == -1, "nothing listens once the room is closed")
        try t.quit()
    }

    @Test func acknowledgedVotesSurviveAKillAndNothingWrittenKnowsWhoVoted() throws {
        let folder = try workshopFolder()
        let (t, url) = try openRoom(folder)
        let (counts, failed) = try phones(url, "s1.brand", 12, change: 3)
        #expect(failed == 0)
        try t.waitFor("· 12 gestemd")
        kill(try #require(try t.programPID()), SIGKILL)
        try t.waitFor("EXITED:")
        // Resumed: the counts are there, waiting for the reveal.
        let s = try SessionStore.read(folder.appendingPathComponent("s.json").path)
        #expect(
            s.steps[0].answers.brand.phoneVotes
                == Votes(yes: counts["yes"]!, no: counts["no"]!, dontKnow: counts["dont_know"]!))
        // Anonymity: no file holds an address, a cookie or a user agent.
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else {
                continue
            }
            for mark in ["127.0.0.1", "jc=", "Python-urllib", "User-Agent", "Cookie"] {
                #expect(!text.contains(mark), "\(name) holds \(mark)")
            }
        }
    }

    @Test func badRequestsChangeNothingAndTheWallStaysQuick() throws {
        let folder = try workshopFolder()
        let (t, url) = try openRoom(folder)
        let base = url.components(separatedBy: "/").prefix(3).joined(separator: "/")
        #expect(try get(base + "/") == 404)
        #expect(try get(base + "/0123456789abcdef01234567") == 404)
        #expect(try get(url, method: "POST", body: Data("question=s1.brand&answer=maybe".utf8)) == 400)
        #expect(try get(url, method: "POST", body: Data("nothing".utf8)) == 400)
        #expect(try get(url, method: "POST", body: Data(repeating: 0x61, count: 5000)) == 413)
        // A vote for a question that is not open: not counted (the page says so).
        let (_, failed) = try phones(url, "s9.brand", 3)
        #expect(failed == 3)
        // 100 idle connections (a slow-loris client) do not stop the wall or a phone.
        var sockets: [Int32] = []
        let port = UInt16(url.components(separatedBy: ":")[2].components(separatedBy: "/")[0])!
        for _ in 0..<100 {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var addr = sockaddr_in()
            addr.sin_family = sa_family_t(AF_INET)
            addr.sin_port = port.bigEndian
            addr.sin_addr.s_addr = inet_addr("127.0.0.1")
            let ok = withUnsafePointer(to: &addr) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            if ok == 0 {
                _ = "GET /\(url.suffix(24)) HTTP/1.1\r\nHost: x\r\n".withCString { write(fd, $0, strlen($0)) }
            }
            sockets.append(fd)
        }
        defer { for fd in sockets { close(fd) } }
        try t.send("j")
        try t.waitFor("✔ ja")
        let (counts, stillFailed) = try phones(url, "s1.customer", 5)
        #expect(stillFailed == 0 && counts.values.reduce(0, +) == 5)
        try t.waitFor("5 van 7 gestemd")
        try t.quit()
        let s = try SessionStore.read(folder.appendingPathComponent("s.json").path)
        #expect(s.steps[0].answers.brand.answer == .yes && s.steps[0].answers.brand.phoneVotes == nil)
    }
}
