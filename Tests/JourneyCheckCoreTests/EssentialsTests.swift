import Foundation
import Testing
@testable import JourneyCheckCore

/// The program runs on Foundation Essentials, without ICU; these replacements for what only
/// full Foundation has (here in the tests, full Foundation is the reference) must agree with it.
@Suite struct EssentialsTests {
    /// A small generator with a seed, so every run checks the same cases.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    static let awkward = [
        "", " ", "\t", "\n", " a ", "\ta b\t", "\n a \r\n", "\u{A0}nbsp\u{A0}", "\u{2003}em\u{3000}",
        "\u{2028}ls\u{2029}", "\u{85}nel\u{85}", "\u{0B}vt\u{0C}", " e\u{301} ", "\u{301} x", "日本 ", " 👍🏽",
        "\u{200B}zero-width\u{200B}", "a\u{FEFF}", "  \n  ", "x",
    ]

    @Test func trimmingAgreesWithFoundation() {
        for text in Self.awkward {
            #expect(
                text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces),
                "\(text.unicodeScalars.map(\.value))")
            #expect(
                text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines),
                "\(text.unicodeScalars.map(\.value))")
            #expect(text[...].trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
        }
        #expect("a,b,,c".replacingAll(",", with: ", ") == "a, b, , c")
        #expect("{1} and {1}".replacingAll("{1}", with: "x") == "x and x")
    }

    @Test func pathsAgreeWithNSString() {
        for path in ["/a/b.json", "a/b.json", "b.json", "/b", "sessions/x.v1.json", "./s.json", "/", "a/", "name"] {
            let ns = path as NSString
            #expect(Paths.name(of: path) == ns.lastPathComponent, "\(path)")
            // (Foundation's own deletingLastPathComponent traps on "/" and "a/" on Linux.)
            if !path.hasSuffix("/") { #expect(Paths.folder(of: path) == ns.deletingLastPathComponent, "\(path)") }
        }
        for name in ["b.json", "x.v1.json", "noext", ".hidden", "a.b.c"] {
            let ns = name as NSString
            let (stem, ext) = Paths.stemAndExtension(of: name)
            #expect(stem == ns.deletingPathExtension, "\(name)")
            #expect(ext == ns.pathExtension, "\(name)")
        }
        for (folder, name) in [("", "s.json"), ("sessions", "s.json"), ("/tmp/", "s.json"), ("/", "s.json")] {
            #expect(Paths.join(folder, name) == (folder as NSString).appendingPathComponent(name), "\(folder) \(name)")
        }
    }

    @Test func theSystemZoneIsTheCLibrarysAndAgreesWithFoundation() {
        // Both read TZ and /etc/localtime; Foundation through ICU, ours through localtime_r.
        for t in stride(from: 0.0, through: 2_000_000_000.0, by: 15_552_000.0) {
            let date = Date(timeIntervalSince1970: t)
            #expect(LocalZone.system.secondsFromGMT(for: date) == TimeZone.current.secondsFromGMT(for: date), "\(t)")
        }
        #expect(LocalZone(secondsFromGMT: 3600).secondsFromGMT(for: Date()) == 3600)
        #expect(LocalZone.utc.secondsFromGMT(for: Date()) == 0)
    }

    @Test func validJSONIsValid() throws {
        var texts = [
            "{}", "[]", "0", "-0.5e+3", "\"\\u00e9\\n\\\"\"", "true", " [1, {\"a\": null}, false] ", "\u{FEFF}{}",
            "[1, 2,]", "{\"a\": 1,\n}",
        ]
        for version in ["v1", "v2"] {
            let folder = packageRoot.appendingPathComponent("Tests/Fixtures/\(version)")
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".json") {
                texts.append(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
            }
        }
        for text in texts {
            #expect(JSONSyntax.firstError(in: Data(text.utf8)) == nil, "\(text.prefix(40))")
        }
    }

    @Test(arguments: [
        ("{\"a\": x}", 6, "unexpected character 'x'"),
        ("{\"a\" 1}", 5, "unexpected character '1'"),
        ("[1,, 2]", 3, "unexpected character ','"),
        ("{,}", 1, "unexpected character ','"),
        ("{\"a\": tru}", 6, "unexpected word"),
        ("\"a\nb\"", 2, "line break"),
        ("\"\\q\"", 1, "unknown escape"),
        ("\"\\u12g4\"", 5, "four hex digits"),
        ("01", 1, "more text"),
        ("-", 1, "ends in the middle"),
        ("{\"a\": [1, 2", 11, "ends in the middle"),
        ("[1] [2]", 4, "more text"),
    ])
    func invalidJSONIsPlaced(text: String, offset: Int, fragment: String) throws {
        let error = try #require(JSONSyntax.firstError(in: Data(text.utf8)))
        #expect(error.offset == offset, "\(text)")
        #expect(error.problem.contains(fragment), "\(error.problem)")
    }

    /// Broken copies of a real session: the syntax check finds a problem exactly when the
    /// decoder refuses the JSON.
    @Test func theSyntaxCheckAgreesWithTheDecoderOnBrokenSessions() throws {
        let text = try String(
            contentsOf: packageRoot.appendingPathComponent("Tests/Fixtures/v2/full-v2.json"), encoding: .utf8)
        let bytes = Array(text.utf8)
        var random = Seeded(state: 12)
        let inserts: [UInt8] = Array("{}[],:\"\\ 0-e.tn\n".utf8)
        var disagreements: [String] = []
        for round in 0..<400 {
            var broken = bytes
            let at = Int.random(in: 0..<broken.count, using: &random)
            switch round % 3 {
            case 0: broken.remove(at: at)
            case 1: broken.insert(inserts.randomElement(using: &random)!, at: at)
            default: broken[at] = inserts.randomElement(using: &random)!
            }
            let data = Data(broken)
            let decodes = (try? JSONDecoder().decode(JSONValue.self, from: data)) != nil
            let valid = JSONSyntax.firstError(in: data) == nil
            if decodes != valid {
                disagreements.append(
                    "round \(round) at \(at) (\(String(decoding: broken[max(0, at - 12)..<min(broken.count, at + 12)], as: UTF8.self).debugDescription)): decoder \(decodes), check \(valid)"
                )
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    @Test func migrationThroughJSONValueKeepsEveryValue() throws {
        let json =
            #"{"format":"journeycheck-session","version":1,"title":"T","language":"nl","drivers":[{"name":"d","weight":0.1}],"n":-3,"big":12345678901,"x":null,"ok":true,"s":"é\n"}"#
        let (data, from) = try #require(SessionMigration.upgrade(Data(json.utf8)))
        #expect(from == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let workshop = try #require(object["workshop"] as? [String: Any])
        #expect(workshop["title"] as? String == "T")
        #expect(((workshop["drivers"] as? [[String: Any]])?.first?["weight"] as? Double) == 0.1)
        #expect(object["version"] as? Int == Session.currentVersion)
        #expect(object["n"] as? Int == -3)
        #expect(object["big"] as? Int == 12_345_678_901)
        #expect(object["x"] is NSNull)
        #expect(object["ok"] as? Bool == true)
        #expect(object["s"] as? String == "é\n")
    }
}
