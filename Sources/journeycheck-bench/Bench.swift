import CMallocCount
import Foundation
import JourneyCheckCore
import JourneyCheckTUI
import JourneyCheckXLSX

/// `swift run -c release journeycheck-bench` prints time per operation (median and p95),
/// heap allocations per operation and peak memory, at 10, 100, 1,000 and 10,000 steps, so that
/// a regression is visible run to run. `--quick` runs every case a few times (CI checks that
/// the suite runs; timings are never pass/fail). `--make-session N FILE` writes a generated
/// session for the pty measurements.
@main
struct Bench {
    static func main() throws {
        let args = CommandLine.arguments
        if let i = args.firstIndex(of: "--make-session"), args.count > i + 2, let n = Int(args[i + 1]) {
            let session = Workload.session(steps: n)
            try DurableFile.write(try SessionCodec.encode(session), to: args[i + 2])
            return
        }
        let quick = args.contains("--quick")
        let sizes = quick ? [10, 100, 1_000] : [10, 100, 1_000, 10_000]
        var runner = Runner(quick: quick)
        if let i = args.firstIndex(of: "--only"), args.count > i + 1 { runner.only = args[i + 1] }
        print("JourneyCheck benchmarks\(quick ? " (quick: timings not meaningful)" : "")")
        print(
            "machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory >> 30) GiB; "
                + "date: \(ISO8601DateFormatter().string(from: Date()))")
        print("")
        print(Runner.header)
        var peaks: [(Int, Int)] = []
        for n in sizes {
            Memory.resetPeak()
            try runner.suite(steps: n)
            peaks.append((n, Memory.peakKiB()))
        }
        print("")
        print(
            "peak memory (VmHWM) while running each size: "
                + peaks.map { "\($0.0) steps \(String(format: "%.1f", Double($0.1) / 1024)) MiB" }.joined(
                    separator: ", "))
        print("")
        let (small, large) = quick ? (100, 1_000) : (1_000, 10_000)
        print("growth from \(small) to \(large) steps (10x the steps; linear is about 10x, constant 1x):")
        for (name, ratio) in runner.growth(from: small, to: large) {
            print("  " + name.padding(toLength: 46, withPad: " ", startingAt: 0) + String(format: "%6.1fx", ratio))
        }
    }
}

struct Row {
    var name: String
    var steps: Int
    var median: Double
    var p95: Double
    var mallocs: Double
    var iterations: Int
}

struct Runner {
    let quick: Bool
    /// `--only TEXT`: measure only the operations whose name contains it.
    var only: String? = nil
    var rows: [Row] = []

    static let header =
        "operation".padding(toLength: 46, withPad: " ", startingAt: 0)
        + "   steps      median         p95   allocs/op   runs"

    /// Time `body` repeatedly (at least 5 runs and about 0.3 s; 3 runs when quick).
    mutating func measure(
        _ name: String, _ steps: Int, setup: () throws -> Void = {}, _ body: () throws -> Void
    ) rethrows {
        if let only, !name.contains(only) { return }
        var times: [Double] = []
        var mallocs: UInt = 0
        let deadline = Date().addingTimeInterval(quick ? 0 : 0.3)
        let minimum = quick ? 3 : 5
        while times.count < minimum || (Date() < deadline && times.count < 100_000) {
            try setup()
            let m0 = jc_malloc_count()
            let t0 = DispatchTime.now().uptimeNanoseconds
            try body()
            let t1 = DispatchTime.now().uptimeNanoseconds
            mallocs += jc_malloc_count() - m0
            times.append(Double(t1 - t0) / 1e3)
        }
        times.sort()
        let row = Row(
            name: name, steps: steps, median: times[times.count / 2],
            p95: times[min(times.count - 1, Int(Double(times.count) * 0.95))],
            mallocs: Double(mallocs) / Double(times.count), iterations: times.count)
        rows.append(row)
        print(
            row.name.padding(toLength: 46, withPad: " ", startingAt: 0)
                + String(
                    format: "%8d  %10@  %10@  %10.0f  %5d", row.steps, format(row.median) as NSString,
                    format(row.p95) as NSString, row.mallocs, row.iterations))
    }

    func format(_ us: Double) -> String {
        us >= 1000 ? String(format: "%.2f ms", us / 1000) : String(format: "%.1f µs", us)
    }

    func growth(from a: Int, to b: Int) -> [(String, Double)] {
        var names: [String] = []
        for r in rows where !names.contains(r.name) { names.append(r.name) }
        return names.compactMap { name in
            guard let x = rows.first(where: { $0.name == name && $0.steps == a }),
                let y = rows.first(where: { $0.name == name && $0.steps == b }), x.median > 0
            else { return nil }
            return (name, y.median / x.median)
        }
    }

    mutating func suite(steps n: Int) throws {
        let outline = Data(Workload.outline(steps: n).utf8)
        try measure("outline: parse", n) { _ = try OutlineParser.parse(outline, file: "bench.md") }
        let session = Workload.session(steps: n)
        let encoded = try SessionCodec.encode(session)
        try measure("session: load (decode + checks)", n) { _ = try SessionCodec.decode(encoded, file: "bench.json") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jc-bench-\(getpid())-\(n)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.json").path
        try measure("session: full durable save", n) {
            try DurableFile.write(try SessionCodec.encode(session), to: path)
        }
        try measure("export: markdown", n) { _ = MarkdownReport.render(session, timeZone: .utc) }
        try measure("export: csv", n) { _ = CSVReport.render(session) }
        try measure("export: csv --table actions", n) { _ = CSVTable.actions.render(session) }
        try measure("export: csv --table findouts", n) { _ = CSVTable.findouts.render(session) }
        try measure("export: html", n) { _ = HTMLReport.render(session, timeZone: .utc) }
        try measure("export: xlsx, the workbook model", n) { _ = Workbook(session) }
        try measure("export: xlsx (model + libxlsxwriter)", n) { _ = try XLSXWriter.bytes(Workbook(session)) }
        try measure("fix-first ranking (whole session)", n) { _ = session.potential.fixFirst }
        try measure("reassess (a new session from a saved one)", n) {
            _ = Session.reassess(session, path: "s.json", now: Date())
        }
        let next = Session.reassess(session, path: "s.json", now: Date())
        try measure("compare: three sessions", n) {
            _ = CompareReport.markdown(try Comparison([session, next, session], files: ["a", "b", "c"]))
        }
        try measure("improvement potential", n) { _ = session.potential }

        var state = AppState(session: session, path: path, size: TermSize(80, 24), now: Date(), timeZone: .utc)
        try measure("view: step screen 80x24", n) { _ = view(state) }
        _ = update(&state, .key(.char("o")))
        try measure("view: overview 80x24", n) { _ = view(state) }
        _ = update(&state, .key(.char("p")))
        try measure("view: decide 80x24", n) { _ = view(state) }
        _ = update(&state, .key(.char("?")))
        try measure("view: help 80x24", n) { _ = view(state) }
        _ = update(&state, .key(.escape))
        _ = update(&state, .key(.char("1")))

        // One answer keystroke as the runtime handles it: update, the change appended to the
        // journal (durable against a kill), view, and the rows that changed.
        let store = try SessionStore(path: path, session: state.session, now: Date())
        try store.compact(state.session)
        var previous = view(state)
        try measure(
            "keystroke: answer (update+journal+view+diff)", n,
            setup: {
                // Put the cursor back on an open question, outside the timing.
                _ = update(&state, .key(.up))
                _ = update(&state, .key(.backspace))
                try store.commit(state.session)
                previous = view(state)
            }
        ) {
            for effect in update(&state, .key(.char("y"))) where effect == .save { try store.commit(state.session) }
            let frame = view(state)
            _ = frame.changedRows(since: previous)
        }
        // One driver key on the decide screen: the gap moves in the ranking, the rows are rebuilt.
        _ = update(&state, .key(.char("p")))
        try measure(
            "keystroke: driver on the decide screen (update+journal+view+diff)", n,
            setup: {
                previous = view(state)
            }
        ) {
            for effect in update(&state, .key(.char("1"))) where effect == .save { try store.commit(state.session) }
            let frame = view(state)
            _ = frame.changedRows(since: previous)
        }
        _ = update(&state, .key(.escape))
        // Folding in the background: what the main thread still does (the new journal, the renames).
        try measure(
            "fold: the main thread's part (worst key wait)", n,
            setup: {
                _ = update(&state, .key(.up))
                _ = update(&state, .key(.backspace))
                try store.commit(state.session)
                try store.foldInBackground(state.session)
                _ = update(&state, .key(.char("y")))
                try store.commit(state.session)
                store.waitForFoldWriter()
            }
        ) {
            try store.foldInBackground(state.session)
        }
        try measure("journal: compact into the file", n) { try store.compact(state.session) }
        store.close()
    }
}

enum Workload {
    /// A journey of `steps` steps in phases of ten, every third step digital.
    static func outline(steps: Int) -> String {
        var out =
            "# Generated journey of \(steps) steps\nlanguage: en\nbrand promise: We make it easy\n"
            + "drivers: speed = 0.5; care = 0.3; price = 0.2\n"
        for i in 0..<steps {
            if i % 10 == 0 { out += "\n## Phase \(i / 10 + 1)\n" }
            out += "- The customer does thing number \(i + 1) in this journey\(i % 3 == 0 ? " [digital]" : "")\n"
        }
        return out
    }

    /// A session of that journey with the first half answered and a few notes.
    static func session(steps: Int) -> Session {
        var s = Session(
            journey: try! OutlineParser.parse(Data(outline(steps: steps).utf8), file: "bench.md"),
            now: Date(timeIntervalSince1970: 1_795_000_000))
        let answers: [Answer] = [.yes, .yes, .no, .dontKnow, .yes]
        for (i, step) in s.steps.enumerated() where i < steps / 2 {
            for (j, lens) in step.applicableLenses.enumerated() {
                try? s.answer(step.id, lens, answers[(i + j) % answers.count], now: s.updated)
            }
            if i % 7 == 0 { try? s.setNote(step.id, .customer, "Customers wait too long here (\(i))", now: s.updated) }
            // Decisions on some gaps, so the ranking has scores to order.
            for lens in step.applicableLenses
            where s.step(step.id)!.answers[lens].answer == .no && (i + Lens.allCases.firstIndex(of: lens)!) % 3 == 0 {
                try? s.toggleDriver(step.id, lens, number: i % 3 + 1, now: s.updated)
                try? s.setGap(step.id, lens, i % 2 == 0 ? .design : .implementation, now: s.updated)
            }
        }
        // A handful of actions per hundred steps, and who finds out some of the unknowns.
        for (i, step) in s.steps.enumerated() where i < steps / 2 && i % 20 == 2 {
            try? s.addAction(
                step: step.id, lens: .brand, text: "Fix thing \(i)", level: .journey, owner: "Team \(i % 4)",
                due: "2027-01-15", now: s.updated)
            try? s.setResearch(step.id, .service, Research(who: "Analyst", method: .survey), now: s.updated)
        }
        if let half = s.step(atOrdinal: steps / 2) { s.cursor = Cursor(step: half.step.id, lens: .brand) }
        return s
    }
}

enum Memory {
    /// Reset the peak resident size (Linux: write 5 to clear_refs).
    static func resetPeak() {
        if let h = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
            h.write(Data("5".utf8))
            try? h.close()
        }
    }

    static func peakKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }
}
