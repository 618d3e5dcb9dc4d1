import Foundation
import PropertyBased
import Testing
@testable import JourneyCheckCore

/// Random and mutated inputs for the two readers of user files. Whatever comes in, the reader
/// either returns a consistent value or a clear error naming the file; it never crashes.
@Suite struct FuzzTests {
    static let fragments = [
        "# Title", "# Titel met é en 日本", "#", "#NoSpace", "## Phase", "## Fase 2", "##", "### Deep",
        "- step", "- a step [digital]", "- [digitaal]", "* star step", "+ plus", "1. numbered", "2) other", "-",
        "language: nl", "language: en", "taal: fr", "merkbelofte: Wij maken het makkelijk", "brand promise:",
        "drivers: a = 0.4; b = 0,6; c = 40%", "drivers: a = x", "drivers: ;;", "drivers: = 3",
        "facilitator: Ann", "deelnemers: a, b; c", "unknown: key", "plain prose", "<!-- comment -->", "",
        "   ", "\t- tabbed", "- \u{1B}[2J", "- emoji 👍🏽 ❤️", "\r", "- caf\u{E9}",
    ]

    func checkOutline(_ data: Data, file: String = "fuzz.md") {
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).count
        do throws(InputError) {
            let j = try OutlineParser.parse(data, file: file)
            #expect(!j.title.isEmpty && j.stepCount > 0)
            #expect(j.phases.allSatisfy { !$0.title.isEmpty && !$0.steps.isEmpty })
            let texts = [j.title] + j.phases.map(\.title) + j.phases.flatMap { $0.steps.map(\.text) }
            #expect(texts.allSatisfy { !$0.unicodeScalars.contains(where: Sanitize.isControl) })
            // What parses becomes a session that survives a save and a load unchanged.
            let session = Session(journey: j, now: fixedDate)
            let encoded = try! SessionCodec.encode(session)
            #expect(decodeSession(encoded).value == session)
        } catch {
            #expect(!error.problems.isEmpty)
            for p in error.problems {
                #expect(p.file == file)
                #expect(
                    p.line.map { (1...lines).contains($0) } ?? true, "line \(String(describing: p.line)) of \(lines)")
                #expect(!p.message.isEmpty && !p.description.contains("\n"))
            }
        }
    }

    @Test func randomOutlinesParseOrFailClearly() async {
        let outline = Gen.element(of: Self.fragments).array(of: 0...30).map {
            $0.compactMap { $0 }.joined(separator: "\n")
        }
        await propertyCheck(count: 600, input: outline) { text in
            checkOutline(Data(text.utf8))
        }
    }

    /// A real outline with random bytes replaced, inserted or removed.
    @Test func mutatedOutlinesParseOrFailClearly() async throws {
        let original = try Data(contentsOf: packageRoot.appendingPathComponent("workshops/verhuizen.md"))
        let edits = zip(Gen.int(in: 0...2), Gen.int(in: 0...(original.count - 1)), Gen.int(in: 0...255)).array(
            of: 1...8)
        await propertyCheck(count: 400, input: edits) { edits in
            checkOutline(mutate(original, edits))
        }
    }

    static let jsonTokens = [
        "{", "}", "[", "]", "\"", ",", ":", "null", "true", "1e999", "-0", "\\u0000", "\\ud800",
        "\"n/a\"", "\"maybe\"", "\"version\": 2", "\"s1\"", "\"\"", "0", "-1", "1.5", " ", "\n",
    ]

    /// A real session with random bytes changed and JSON tokens spliced in.
    @Test func mutatedSessionsLoadOrFailClearly() async throws {
        var session = Session(
            journey: try OutlineParser.parse(file: packageRoot.appendingPathComponent("workshops/onboarding.md").path),
            now: fixedDate)
        try session.answer("s1", .brand, .no, now: fixedDate)
        try session.addAction(
            step: "s1", lens: .brand, text: "Fix", level: .moment, owner: "Ann", due: "2026-12-01", now: fixedDate)
        let original = try SessionCodec.encode(session)
        let edits = zip(
            Gen.int(in: 0...3), Gen.int(in: 0...(original.count - 1)), Gen.int(in: 0...255),
            Gen.element(of: Self.jsonTokens)
        )
        .array(of: 1...6)
        await propertyCheck(count: 500, input: edits) { edits in
            var data = original
            for (kind, position, byte, token) in edits {
                let at = min(position, data.count)
                switch kind {
                case 0: if at < data.count { data[data.startIndex + at] = UInt8(byte) }
                case 1: data.insert(UInt8(byte), at: data.startIndex + at)
                case 2: if at < data.count { data.remove(at: data.startIndex + at) }
                default: data.insert(contentsOf: Data((token ?? "").utf8), at: data.startIndex + at)
                }
            }
            switch decodeSession(data, file: "fuzz.json") {
            case .success(let loaded):
                // Whatever loads is consistent and saves again to something that loads the same.
                let again = try! SessionCodec.encode(loaded)
                #expect(decodeSession(again).value == loaded)
                #expect(loaded.step(loaded.cursor.step) != nil)
            case .failure(let error):
                #expect(error.problems.allSatisfy { $0.file == "fuzz.json" && !$0.description.contains("\n") })
            }
        }
    }
}

/// Apply (kind, position, byte) edits: 0 replace, 1 insert, 2 delete.
func mutate(_ data: Data, _ edits: [(Int, Int, Int)]) -> Data {
    var d = data
    for (kind, position, byte) in edits {
        let at = min(position, d.count)
        switch kind {
        case 0: if at < d.count { d[d.startIndex + at] = UInt8(byte) }
        case 1: d.insert(UInt8(byte), at: d.startIndex + at)
        default: if at < d.count { d.remove(at: d.startIndex + at) }
        }
    }
    return d
}
