import Foundation
import Testing
@testable import JourneyCheckCore

@Suite struct CodecTests {
    func richSession() throws -> Session {
        var s = Session(journey: sampleJourney(language: .nl), now: fixedDate)
        try s.answer("s1", .brand, .yes, now: fixedDate)
        try s.answer("s1", .user, .dontKnow, now: fixedDate)
        try s.setNote("s1", .user, "App crasht — \"soms\" / 日本 👍🏽", now: fixedDate)
        try s.addAction(
            step: "s1", lens: .user, text: "Crashrapporten bekijken", level: .journey, owner: "Ann",
            due: "2026-12-01", now: fixedDate)
        s.setTimebox(180, now: fixedDate)
        s.participants = ["Ann", "Bo"]
        s.modifyStep("s2") { $0.seconds = 95 }
        return s
    }

    @Test func saveLoadSaveIsByteIdentical() throws {
        let data = try SessionCodec.encode(try richSession())
        let loaded = try #require(decodeSession(data).value)
        #expect(loaded == (try richSession()))
        let again = try SessionCodec.encode(loaded)
        #expect(again == data)
    }

    @Test func theFileIsPrettySortedAndReadable() throws {
        let text = String(decoding: try SessionCodec.encode(try richSession()), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"actions\" : ["))
        #expect(text.contains("\"answer\" : \"dont_know\""))
        #expect(text.contains("\"answer\" : \"n/a\""))  // no escaped slash
        #expect(text.contains("\"format\" : \"journeycheck-session\""))
        #expect(text.contains("\"version\" : \(Session.currentVersion)"))
        #expect(text.contains("\"workshop\" : {\n    \"brandPromise\""))
        #expect(text.contains("\"created\" : \"2026-11-18T"))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func aNewerVersionIsRefusedAndTheFileIsUntouched() throws {
        let folder = temporaryFolder()
        let path = folder.appendingPathComponent("future.json").path
        var text = String(decoding: try SessionCodec.encode(try richSession()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"version\" : \(Session.currentVersion)", with: "\"version\" : 7")
        text = text.replacingOccurrences(of: "\"phases\"", with: "\"journey\"")  // a shape we do not know
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = try #require(
            { () -> InputError? in
                do throws(InputError) {
                    _ = try SessionCodec.load(file: path)
                    return nil
                } catch { return error }
            }())
        #expect(
            error.description.contains(
                "newer JourneyCheck (format version 7; this one reads up to \(Session.currentVersion))"))
        #expect(error.description.hasPrefix(path + ": "))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test(arguments: [
        ("", "empty"),
        ("   \n", "empty"),
        ("{\"format\": \"journeycheck-session\",\n \"version\": 1,\n \"title\": x}", "b.json:3:11: not valid JSON"),
        ("[1, 2]", "not an object"),
        ("{\"format\": \"other\"}", "not a JourneyCheck session"),
        ("{\"a\": 1}", "not a JourneyCheck session"),
        ("{\"format\": \"journeycheck-session\", \"version\": \"one\"}", "version is missing or not a number"),
        ("\"just a string\"", "not an object"),
    ])
    func brokenFilesAreExplained(text: String, fragment: String) throws {
        let error = try #require(decodeSession(Data(text.utf8), file: "b.json").error)
        #expect(error.description.hasPrefix("b.json"))
        #expect(error.description.contains(fragment), "\(error)")
    }

    @Test func syntaxErrorsGiveLineAndColumn() throws {
        let text = "{\n  \"format\" : \"journeycheck-session\",\n  \"version\" : 1,\n  \"title\" : oops\n}"
        let error = try #require(decodeSession(Data(text.utf8), file: "b.json").error)
        #expect(error.problems[0].line == 4)
        #expect(error.problems[0].column == 13)
        #expect(error.description.hasPrefix("b.json:4:13: not valid JSON"))
    }

    @Test func wrongShapesNameThePlace() throws {
        var text = String(decoding: try SessionCodec.encode(try richSession()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"answer\" : \"yes\"", with: "\"answer\" : \"maybe\"")
        let error = try #require(decodeSession(Data(text.utf8)).error)
        #expect(error.description.contains("phases[0].steps[0].answers.brand.answer"), "\(error)")
        #expect(error.description.contains("'maybe' is not a valid value"), "\(error)")

        var text2 = String(decoding: try SessionCodec.encode(try richSession()), as: UTF8.self)
        text2 = text2.replacingOccurrences(of: "\"seconds\" : 95", with: "\"seconds\" : \"long\"")
        let error2 = try #require(decodeSession(Data(text2.utf8)).error)
        #expect(error2.description.contains("phases[0].steps[1].seconds: expected a whole number"), "\(error2)")
    }

    @Test func inconsistentSessionsAreRefused() throws {
        let base = String(decoding: try SessionCodec.encode(try richSession()), as: UTF8.self)
        let cases: [(String, String, String)] = [
            ("\"id\" : \"s2\"", "\"id\" : \"s1\"", "used twice"),
            ("\"step\" : \"s1\"\n  },", "\"step\" : \"s9\"\n  },", "cursor: step 's9' does not exist"),
            ("\"due\" : \"2026-12-01\"", "\"due\" : \"soon\"", "not a date"),
            ("\"timebox\" : 180", "\"timebox\" : -5", "timebox"),
        ]
        for (from, to, fragment) in cases {
            #expect(base.contains(from), "fixture lacks \(from)")
            let error = try #require(decodeSession(Data(base.replacingOccurrences(of: from, with: to).utf8)).error)
            #expect(error.description.contains(fragment), "\(error)")
        }
    }

    @Test func deepNestingIsRefusedWithoutCrashing() throws {
        for depth in [65, 600, 200_000] {
            let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            let error = try #require(decodeSession(Data(text.utf8)).error)
            #expect(error.description.contains("nested more than 64 levels"))
        }
        // Brackets inside strings do not count.
        let inString = "{\"format\": \"" + String(repeating: "[", count: 1000) + "\"}"
        #expect(decodeSession(Data(inString.utf8)).error?.description.contains("not a JourneyCheck session") == true)
    }

    @Test func binaryAndInvalidUTF8AreRefused() throws {
        let junk = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 7) })
        #expect(decodeSession(junk).error != nil)
        var latin = Data("{\"title\": \"caf".utf8)
        latin.append(contentsOf: [0xE9, 0x22, 0x7D])
        #expect(decodeSession(latin).error != nil)
    }
}

@Suite struct UnusualFileTests {
    @Test func unusualButValidFilesReadAsJSONDecoderReadsThem() throws {
        let base = String(
            decoding: try SessionCodec.encode(Session(journey: sampleJourney(), now: fixedDate)), as: UTF8.self)
        let variants = [
            base.replacingOccurrences(
                of: "\"title\" : \"Sample\"", with: "\"title\" : \"First\", \"title\" : \"Second\""),
            base.replacingOccurrences(of: "\"nextID\" : 4", with: "\"nextID\" : 4, \"unknown\" : [1, {\"a\": null}]"),
            base.replacingOccurrences(of: "\"weight\" : 0.6", with: "\"weight\" : 6e-1"),
            base.replacingOccurrences(
                of: "\"text\" : \"Pay\"", with: "\"text\" : \"P\\u00e1y \\ud83d\\udc4d \\\"q\\\"\""),
            base.replacingOccurrences(of: "\"brandPromise\" : \"Easy\"", with: "\"brandPromise\" : \"Easy\",\n"),
        ]
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        for text in variants {
            #expect(text != base)
            let reference = try? decoder.decode(Session.self, from: Data(text.utf8))
            #expect(decodeSession(Data(text.utf8)).value == reference)
        }
        #expect(decodeSession(Data(variants[3].utf8)).value?.steps[2].text == "Páy 👍 \"q\"")
    }
}
