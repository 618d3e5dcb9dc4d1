import Foundation
import Testing
@testable import JourneyCheckCore

@Suite struct OutlineTests {
    static let examples: [String] = {
        let dir = packageRoot.appendingPathComponent("workshops")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted().map { dir.appendingPathComponent($0).path }
    }()

    @Test func thereAreFourExamplesInBothLanguages() throws {
        #expect(Self.examples.count >= 4)
        let journeys = try Self.examples.map { try OutlineParser.parse(file: $0) }
        #expect(Set(journeys.map(\.language)) == [.nl, .en])
    }

    @Test(arguments: examples)
    func everyExampleParses(path: String) throws {
        let j = try OutlineParser.parse(file: path)
        #expect(!j.title.isEmpty)
        #expect((8...25).contains(j.stepCount), "\(path) has \(j.stepCount) steps")
        #expect(!j.brandPromise.isEmpty)
        #expect(j.drivers.count >= 2 && j.drivers.allSatisfy { $0.weight != nil })
        #expect(j.phases.allSatisfy { !$0.steps.isEmpty })
        #expect(j.phases.contains { $0.steps.contains { $0.digital } })
    }

    @Test func theProductBriefExample() throws {
        let text = """
            # Online bestelling
            language: nl
            merkbelofte: Wij maken het je makkelijk
            drivers: persoonlijke aandacht = 0.4; snelheid = 0.35; betrouwbaarheid = 0.25

            ## Oriëntatie
            - Ik zoek een product op de website [digitaal]
            - Ik bel de winkel met een vraag over de levertijd

            ## Bestellen
            - Ik krijg een ontvangstbevestiging in de mail [digitaal]
            """
        let j = try #require(parseOutline(text).value)
        #expect(j.title == "Online bestelling")
        #expect(j.language == .nl)
        #expect(j.brandPromise == "Wij maken het je makkelijk")
        #expect(
            j.drivers == [
                Driver(id: "d1", name: "persoonlijke aandacht", weight: 0.4),
                Driver(id: "d2", name: "snelheid", weight: 0.35),
                Driver(id: "d3", name: "betrouwbaarheid", weight: 0.25),
            ])
        #expect(j.phases.map(\.title) == ["Oriëntatie", "Bestellen"])
        #expect(
            j.phases[0].steps.map(\.text) == [
                "Ik zoek een product op de website", "Ik bel de winkel met een vraag over de levertijd",
            ])
        #expect(j.phases[0].steps.map(\.digital) == [true, false])
        #expect(j.phases[1].steps[0].digital)
    }

    @Test func acceptsCRLFBOMOtherListMarkersAndEnglishKeys() throws {
        let text =
            "\u{FEFF}# T\r\nlanguage: en\r\nbrand promise: P\r\ndrivers: a = 40%; b = 0,6; c\r\nparticipants: Ann, Bo\r\n\r\n## Ph\r\n* one [DIGITAL]\r\n1. two\r\n+ three\r\n"
        let j = try #require(parseOutline(text).value)
        #expect(j.title == "T")
        #expect(
            j.drivers == [
                Driver(id: "d1", name: "a", weight: 0.4), Driver(id: "d2", name: "b", weight: 0.6),
                Driver(id: "d3", name: "c"),
            ])
        #expect(j.participants == ["Ann", "Bo"])
        #expect(j.phases[0].steps.map(\.text) == ["one", "two", "three"])
        #expect(j.phases[0].steps.map(\.digital) == [true, false, false])
    }

    /// Each class of mistake gives an error that names the file, the line and the problem.
    @Test(
        arguments: [
            ("", nil, "empty"),
            ("## Phase\n- step\n", 1, "title"),
            ("# T\n", 1, "no steps"),
            ("# T\n## P\n", 2, "has no steps"),
            ("# T\n- step\n## P\n- s\n", 2, "before the first phase"),
            ("# T\ndrivers: speed = fast\n## P\n- s\n", 2, "'fast', which is not a number"),
            ("# T\ndrivers: speed = -1\n## P\n- s\n", 2, "not a number"),
            ("# T\nlanguage: fr\n## P\n- s\n", 2, "language 'fr' is not known; use nl or en"),
            ("# T\ncolour: blue\n## P\n- s\n", 2, "unknown setting 'colour'"),
            ("# T\nlanguage: nl\ntaal: en\n## P\n- s\n", 3, "set twice (first on line 2)"),
            ("# T\n## P\n- s\nsome prose\n", 4, "expected a step"),
            ("# T\n## P\n- [digital]\n", 3, "no text"),
            ("# T\n## P\n- s\n### Sub\n", 4, "only '# Title' and '## Phase'"),
            ("# T\n# Again\n## P\n- s\n", 2, "second title"),
            ("# T\n## P\n- evil \u{1B}[2J step\n", 3, "control character U+001B"),
            ("#T\n## P\n- s\n", 1, "space after"),
            ("# T\n## P\n- s\nbrand promise: late\n", 4, "belongs above the first phase"),
        ] as [(String, Int?, String)])
    func errorsNameFileLineAndProblem(text: String, line: Int?, fragment: String) throws {
        let error = try #require(parseOutline(text, file: "workshops/x.md").error)
        let first = try #require(error.problems.first { $0.message.contains(fragment) }, "\(error)")
        #expect(first.file == "workshops/x.md")
        #expect(first.line == line)
        if let line { #expect(first.description.hasPrefix("workshops/x.md:\(line): ")) }
    }

    @Test func invalidUTF8IsReportedWithItsLine() throws {
        var data = Data("# T\n## P\n- caf".utf8)
        data.append(contentsOf: [0xE9, 0x0A])  // Latin-1 é
        let error = try #require(
            { () -> InputError? in
                do throws(InputError) {
                    _ = try OutlineParser.parse(data, file: "o.md")
                    return nil
                } catch { return error }
            }())
        #expect(error.problems.count == 1)
        #expect(error.problems[0].line == 3)
        #expect(error.problems[0].message.contains("UTF-8"))
    }

    @Test func allProblemsAreCollectedInLineOrder() throws {
        let error = try #require(parseOutline("# T\ndrivers: a = x\nfoo: bar\n## P\n").error)
        #expect(error.problems.map(\.line) == [2, 3, 4])
    }

    @Test func missingFileAndFolderAreClear() throws {
        #expect(throws: InputError.self) { try OutlineParser.parse(file: "/nonexistent/x.md") }
        do { _ = try OutlineParser.parse(file: "/nonexistent/x.md") } catch {
            #expect(error.description == "/nonexistent/x.md: no such file")
        }
        do { _ = try OutlineParser.parse(file: "/tmp") } catch {
            #expect(error.description == "/tmp: is a folder, not a file")
        }
    }
}
