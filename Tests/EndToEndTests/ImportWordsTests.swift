import Foundation
import JourneyCheckCore
import Testing

/// A spreadsheet's answers come back in the words people type, every change is listed, a
/// dry run changes nothing, and a cell garbled by a conversion is refused with its line.
@Suite struct ImportWordsTests {
    let cases = ImportTests()

    @Test func answersInTheReportsWordsAndAnyCaseAreRead() throws {
        let (folder, url) = try cases.folderWithSession()
        var csv = try cases.export(folder)
        // Step 3 brand … service, in four spellings a spreadsheet produces.
        let stepThree = "Oriëntatie,3,Ik bel de winkel met een vraag over de levertijd"
        for (lens, typed) in [
            ("brand", "Yes"), ("customer", "Weet niet"), ("employee", "don't know"), ("service", "NEE"),
        ] {
            csv = csv.replacingOccurrences(of: "\(stepThree),\(lens),open,", with: "\(stepThree),\(lens),\(typed),")
        }
        try Data(csv.utf8).write(to: folder.appendingPathComponent("r.csv"))
        let before = try Data(contentsOf: url)
        // A dry run lists every change and changes nothing.
        let dry = try runCLI(["import", "s.json", "r.csv", "--dry-run"], in: folder)
        #expect(dry.status == 0, "\(dry.err)")
        #expect(dry.out.contains("r.csv:12: step 3 brand: answer 'open' → 'yes'"), "\(dry.out)")
        #expect(dry.out.contains("step 3 employee: answer 'open' → 'dont_know'"))
        #expect(dry.out.contains("4 questions would change; nothing changed (--dry-run)"))
        #expect(try Data(contentsOf: url) == before)
        // The real import says the same, and does it.
        let r = try runCLI(["import", "s.json", "r.csv"], in: folder)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("step 3 service: answer 'open' → 'no'") && r.out.contains("4 questions changed"))
        let s = try SessionStore.read(url.path)
        #expect(
            Lens.allCases.prefix(4).map { s.steps[2].answers[$0].answer } == [.yes, .dontKnow, .dontKnow, .no])
    }

    @Test func aCellGarbledByAConversionIsRefusedWithItsLine() throws {
        let (folder, url) = try cases.folderWithSession()
        var csv = try cases.export(folder)
        csv = csv.replacingOccurrences(of: ",'-5% conversie,", with: ",slow â€“ Jan,")
        try Data(csv.utf8).write(to: folder.appendingPathComponent("r.csv"))
        let before = try Data(contentsOf: url)
        let r = try runCLI(["import", "s.json", "r.csv"], in: folder)
        #expect(r.status == 1)
        #expect(
            r.err.contains(
                "r.csv:10: 'slow â€“ Jan' looks garbled by a conversion (UTF-8 read as another encoding); export the sheet as UTF-8 CSV"
            ), "\(r.err)")
        #expect(try Data(contentsOf: url) == before)
    }
}

/// `-o` takes what people type: a device and a pipe with a reader are written straight
/// through; a pipe nobody reads and a folder are refused at once.
@Suite struct OutputTargetTests {
    @Test func devNullStdoutAndAProcessSubstitutionAreWritten() throws {
        let folder = try workshopFolder()
        try newSession(folder)
        #expect(try runCLI(["export", "s.json", "-o", "/dev/null"], in: folder).status == 0)
        let stdout = try runCLI(["export", "s.json", "-o", "/dev/stdout"], in: folder)
        #expect(stdout.status == 0 && stdout.out.hasPrefix("# Rapport: Online bestelling"))
        // A process substitution, as bash makes it.
        let script = "'\(binary)' export s.json --format csv -o >(cat > got.csv); wait; sleep 0.2"
        let r = try runCLI(["-c", script], in: folder, executable: "/bin/bash")
        #expect(r.status == 0, "\(r.err)")
        let got = try String(contentsOf: folder.appendingPathComponent("got.csv"), encoding: .utf8)
        #expect(got.hasPrefix("phase,step,step_text,lens,answer"))
        // A pipe nobody reads: refused at once, with the reason.
        #expect(mkfifo(folder.appendingPathComponent("p").path, 0o644) == 0)
        let pipe = try runCLI(["export", "s.json", "-o", "p"], in: folder)
        #expect(pipe.status == 1 && pipe.err.contains("a named pipe that nobody reads"))
    }
}
