import Foundation
import Testing

/// The benchmarks are run by people, in release mode; here we only check that both still run
/// and print their tables (quick mode). Their timings are never pass or fail.
@Suite struct BenchmarkTests {
    var bench: String {
        URL(fileURLWithPath: binary).deletingLastPathComponent().appendingPathComponent("journeycheck-bench").path
    }

    @Test func theBenchmarkSuiteRuns() throws {
        let r = try runCLI(["--quick"], executable: bench)
        #expect(r.status == 0, "\(r.err)")
        for name in [
            "outline: parse", "session: load", "session: full durable save", "export: markdown", "export: csv",
            "export: html", "fix-first ranking", "reassess", "compare: three sessions", "improvement potential",
            "view: step screen", "view: overview",
            "view: decide", "keystroke: answer", "keystroke: driver on the decide screen",
            "fold: the main thread's part", "peak memory (VmHWM)",
        ] {
            #expect(r.out.contains(name), "missing \(name)")
        }
    }

    @Test func thePtyLatencyScriptRuns() throws {
        let script = packageRoot.appendingPathComponent("Benchmarks/pty_latency.py").path
        let r = try runCLI([script, "--quick", "--binary", binary, "--bench", bench], executable: "/usr/bin/python3")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("JourneyCheck, 100 steps"))
        #expect(r.out.contains("JourneyCheck, 1,000 steps"))
        #expect(r.out.contains("reassess, 1,000 steps"))
        #expect(r.out.contains("compare of three sessions, whole process, 1000 steps"))
        #expect(r.out.contains("dialog --menu"))
        #expect(r.out.contains("key, room open, 200 idle + flood, against the room closed"))
        for format in ["markdown", "csv", "html", "xlsx"] {
            #expect(r.out.contains("export \(format), whole process, 1000 steps"))
        }
    }

    @Test func theDriverAnalysisBenchmarkRuns() throws {
        let script = packageRoot.appendingPathComponent("Benchmarks/drivers_bench.py").path
        // python3 from PATH, the one .ci/run gives numpy.
        let r = try runCLI(["python3", script, "--quick", "--binary", binary], executable: "/usr/bin/env")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("ratio numpy / journeycheck") && r.out.contains("--bootstrap 1000"))
    }
}
