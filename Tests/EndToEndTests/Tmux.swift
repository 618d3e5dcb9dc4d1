import Foundation

/// The built `journeycheck` binary, beside the test bundle.
let binary: String = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
        "journeycheck")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside.path }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    return root.appendingPathComponent(".build/debug/journeycheck").path
}()

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

struct TimedOut: Error, CustomStringConvertible {
    var description: String
}

/// A tmux server of our own (its own socket) running one program in a fixed-size window.
final class Tmux {
    let socket: String
    let folder: URL
    private var sttyFiles = ("", "")

    /// `q`, and the program ends with status 0.
    func quit() throws {
        try send("q")
        try waitFor("EXITED:0")
    }

    /// The terminal settings after the program are those before it.
    func sttyRestored() throws -> Bool {
        let before = try String(contentsOfFile: sttyFiles.0, encoding: .utf8)
        let after = try String(contentsOfFile: sttyFiles.1, encoding: .utf8)
        return !before.isEmpty && before == after
    }

    /// Start `command` (a shell command line, run in `folder`) in a `width`×`height` window.
    /// After the program ends the shell prints `EXITED:<status>` and stays, so the terminal's
    /// state after exit can be read.
    init(
        _ command: String, in folder: URL, width: Int = 80, height: Int = 24, env: [String: String] = [:],
        prefix: String = "", suffix: String = ""
    ) throws {
        self.folder = folder
        socket = folder.appendingPathComponent("tmux-\(UUID().uuidString.prefix(8)).sock").path
        let exports = env.map { "export \($0.key)='\($0.value)'; " }.joined()
        // The shell survives the program's Ctrl-C (a trap, unlike an ignore, is not inherited).
        // `stty -g` before and after, to compare the terminal settings the program leaves behind.
        let tag = UUID().uuidString.prefix(6)
        sttyFiles = (
            folder.appendingPathComponent(".stty-\(tag)-before").path,
            folder.appendingPathComponent(".stty-\(tag)-after").path
        )
        let line =
            "trap true INT; cd '\(folder.path)' && unset NO_COLOR LINES COLUMNS; \(exports)\(prefix) stty -g > '\(sttyFiles.0)'; "
            + "\(command); s=$?; stty -g > '\(sttyFiles.1)'; printf '\\r\\nEXITED:%s\\r\\n' $s; \(suffix) sleep 600"
        // The server inherits the client's output: give it none, or reading to EOF never ends.
        try tmux(
            ["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "sh", "-c", line],
            output: false)
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Run a tmux client and wait for it. Spawned directly (not with Foundation's Process),
    /// because the server it may start inherits the client's descriptors and never exits.
    @discardableResult
    func tmux(_ args: [String], output: Bool = true) throws -> String {
        try spawn(["/usr/bin/tmux", "-S", socket] + args, capture: output)
    }

    /// The screen as text.
    func screen(escapes: Bool = false) -> String {
        (try? tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", "0"])) ?? ""
    }

    /// Keys by tmux name (`Enter`, `Up`, `C-c`) or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", "0"] + (literal ? ["-l"] : []) + keys)
    }

    func type(_ text: String) throws { try send(text, literal: true) }

    func resize(_ width: Int, _ height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// `#{alternate_on} #{cursor_flag} #{keypad_cursor_flag}`: `0 1 0` is a restored terminal.
    func terminalState() throws -> String {
        try tmux(["display", "-p", "-t", "0", "#{alternate_on} #{cursor_flag} #{keypad_cursor_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pid of the program: the child of the pane's shell.
    func programPID() throws -> Int32? {
        let shell = try tmux(["display", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        let out = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return out.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// Poll until the screen contains `text` (or the predicate holds); fail with the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil(timeout: timeout, what: text) { $0.contains(text) }
    }

    @discardableResult
    func waitUntil(timeout: Double = 10, what: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen()
            if condition(last) {
                // ncurses sends a frame in several writes: return it only when it stands still,
                // so a test never reads half of a frame.
                usleep(30_000)
                let again = screen()
                if again == last { return last }
                continue
            }
            usleep(30_000)
        }
        throw TimedOut(description: "waited \(timeout)s for '\(what)'; the screen shows:\n\(last)")
    }
}

func temporaryFolder() -> URL {
    let url = URL(fileURLWithPath: "/tmp").appendingPathComponent("jc-e2e-\(UUID().uuidString.prefix(8))")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Run the binary without a terminal.
func runCLI(
    _ args: [String], in folder: URL = URL(fileURLWithPath: NSTemporaryDirectory()), stdin: String? = nil,
    executable: String = binary, env: [String: String] = [:]
) throws -> (status: Int32, out: String, err: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    if !env.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(env) { $1 } }
    p.arguments = args
    p.currentDirectoryURL = folder
    let out = Pipe(), err = Pipe(), inp = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = inp
    try p.run()
    if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
    try inp.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

/// A new session file from an outline in the folder.
func newSession(_ folder: URL, _ outline: String = "online-bestelling.md", name: String = "s.json") throws {
    let r = try runCLI(["new", outline, "-o", name], in: folder)
    guard r.status == 0 else { throw TimedOut(description: "journeycheck new failed: \(r.err)") }
}

/// Fill the file system that holds `file` to the last byte.
func fillToTheLastByte(_ file: URL) throws {
    _ = FileManager.default.createFile(atPath: file.path, contents: nil)
    let h = try FileHandle(forWritingTo: file)
    while (try? h.write(contentsOf: Data(count: 4096))) != nil {}
    while (try? h.write(contentsOf: Data(count: 1))) != nil {}
    try? h.close()
}

/// A folder with a copy of an example workshop.
func workshopFolder(_ name: String = "online-bestelling.md") throws -> URL {
    let folder = temporaryFolder()
    try FileManager.default.copyItem(
        at: packageRoot.appendingPathComponent("workshops/\(name)"),
        to: folder.appendingPathComponent(name))
    return folder
}

/// posix_spawn a program with /dev/null as stdin and stderr; capture stdout if asked.
func spawn(_ argv: [String], capture: Bool) throws -> String {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var fds: [Int32] = [-1, -1]
    if capture {
        guard pipe(&fds) == 0 else { throw TimedOut(description: "pipe failed") }
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var cargs = argv.map { strdup($0) } + [nil]
    defer { cargs.forEach { free($0) } }
    // Test threads block most signals, and a child inherits the mask: give it a clean one.
    var attr = posix_spawnattr_t()
    posix_spawnattr_init(&attr)
    defer { posix_spawnattr_destroy(&attr) }
    var none = sigset_t(), all = sigset_t()
    sigemptyset(&none)
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attr, &none)
    posix_spawnattr_setsigdefault(&attr, &all)
    posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, argv[0], &actions, &attr, &cargs, environ)
    if capture { close(fds[1]) }
    guard rc == 0 else {
        if capture { close(fds[0]) }
        throw TimedOut(description: "cannot start \(argv[0]): \(rc)")
    }
    var data = Data()
    if capture {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fds[0], &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        close(fds[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return String(decoding: data, as: UTF8.self)
}
let fixedDate = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18
