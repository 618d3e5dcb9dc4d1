import Foundation
import Testing
@testable import JourneyCheckCore

/// Every entry of the one table of words has both languages, and the blanks of a template
/// are the same in both.
@Suite struct WordsTests {
    /// Every phrase and template in the table, with where it is.
    static func entries(_ value: Any, at path: String) -> [(path: String, nl: String, en: String)] {
        switch value {
        case let p as Phrase: return [(path, p.nl, p.en)]
        case let t as Template: return [(path, t.nl, t.en)]
        default: break
        }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .dictionary {
            return mirror.children.flatMap { child -> [(path: String, nl: String, en: String)] in
                let pair = Mirror(reflecting: child.value).children.map(\.value)
                return entries(pair[1], at: "\(path)[\(pair[0])]")
            }
        }
        return mirror.children.enumerated().flatMap {
            entries($0.element.value, at: "\(path).\($0.element.label ?? "\($0.offset)")")
        }
    }

    @Test func everyEntryHasBothLanguages() {
        let all = (Self.entries(Words.table, at: "Words") + Self.entries(KeyWords.table, at: "Words"))
        #expect(all.count > 150)
        for e in all {
            // A help heading has no key, in either language.
            if e.path.hasSuffix(".key"), e.nl.isEmpty, e.en.isEmpty { continue }
            #expect(!e.nl.isEmpty && !e.en.isEmpty, "\(e.path) lacks a language")
        }
    }

    @Test func templatesHaveTheSameBlanksInBothLanguages() throws {
        let blanks = try Regex(#"\{\d\}"#)
        for e in (Self.entries(Words.table, at: "Words") + Self.entries(KeyWords.table, at: "Words")) {
            let nl = Set(e.nl.matches(of: blanks).map { String(e.nl[$0.range]) })
            let en = Set(e.en.matches(of: blanks).map { String(e.en[$0.range]) })
            #expect(nl == en, "\(e.path): \(nl) vs \(en)")
        }
    }

    @Test func theMethodsQuestionsAreVerbatim() {
        #expect(Lens.brand.question(.nl) == "Is deze stap 100% in lijn met onze merkbelofte?")
        #expect(Wording(.nl).stepOf(3, 15) == "stap 3 van 15")
        #expect(Wording(.en).tooSmall(50, 10, 60, 18) == "Window too small (50×10). JourneyCheck needs at least 60×18.")
    }
}
