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

    static var all: [(path: String, nl: String, en: String)] {
        Self.entries(Words.table, at: "Words") + Self.entries(KeyWords.table, at: "Words")
            + Self.entries(MoreWords.table, at: "Words") + Self.entries(ReportWords.table, at: "Words")
    }

    @Test func everyEntryHasBothLanguages() {
        let all = Self.all
        #expect(all.count > 150)
        for e in all {
            // A help heading has no key, in either language.
            if e.path.hasSuffix(".key"), e.nl.isEmpty, e.en.isEmpty { continue }
            #expect(!e.nl.isEmpty && !e.en.isEmpty, "\(e.path) lacks a language")
        }
    }

    @Test func templatesHaveTheSameBlanksInBothLanguages() throws {
        // A value `{1}` or a plural `{1:stap|stappen}`: the same ones, of the same kinds.
        let blanks = try Regex(#"\{\d(\}|:[^}|]*\|[^}|]*\})"#)
        func kinds(_ text: String) -> Set<String> {
            Set(
                text.matches(of: blanks).map {
                    String(text[$0.range].prefix(2)) + (text[$0.range].contains(":") ? ":" : "")
                })
        }
        for e in Self.all {
            let nl = kinds(e.nl)
            let en = kinds(e.en)
            #expect(nl == en, "\(e.path): \(nl) vs \(en)")
        }
    }

    @Test func aValueIsNeverReadAsABlank() {
        // A save-as to copy{2}.json on a full disk.
        #expect(Wording(.en).notSavedAs("copy{2}.json", "disk full") == "Not saved as copy{2}.json: disk full")
        #expect(Wording(.nl).notSavedAs("copy{2}.json", "schijf vol") == "Niet opgeslagen als copy{2}.json: schijf vol")
        #expect(Wording(.en).stepOf("{2}", 15) == "step {2} of 15")
        // Braces that are no blank stay text.
        #expect(Template("{x} {1} {9} {1:a}", "{x} {1} {9} {1:a}").fill(.en, ["v"]) == "{x} v {9} {1:a}")
    }

    @Test func countsHaveTheirPluralsInBothLanguages() {
        #expect(Wording(.en).openQuestions(1) == "1 question still open")
        #expect(Wording(.en).openQuestions(2) == "2 questions still open")
        #expect(Wording(.en).openQuestions(0) == "0 questions still open")
        #expect(Wording(.nl).openQuestions(1) == "1 vraag nog open")
        #expect(Wording(.nl).openQuestions(3) == "3 vragen nog open")
        #expect(Wording(.en).stepsComplete(1, 1) == "1 of 1 step fully answered")
        #expect(Wording(.nl).stepsComplete(0, 1) == "0 van 1 stap volledig beantwoord")
        #expect(Wording(.en).gapsWithoutAction(1) == "1 gap without an action")
        #expect(Wording(.nl).gapsWithoutAction(1) == "1 gat zonder actie")
        #expect(Wording(.en).imported(1, 1) == "1 row read, 1 question changed")
        #expect(Wording(.nl).imported(75, 1) == "75 rijen gelezen, 1 vraag gewijzigd")
        #expect(Wording(.en).outlineOK(1, 1) == "ok (outline, 1 step in 1 phase)")
        #expect(Wording(.nl).outlineOK(15, 4) == "ok (outline, 15 stappen in 4 fasen)")
        #expect(Wording(.en).noSuchDriver(4, 1) == "There is no driver 4: this journey has 1 driver.")
    }

    @Test func theSystemsReasonsAreSaidInTheRoomsWords() {
        let full = WriteError(path: "s/a.json", reason: "No space left on device", code: ENOSPC)
        #expect(full.reason(in: .nl) == "de schijf is vol" && full.reason(in: .en) == "the disk is full")
        let gone = WriteError(path: "kopie/a.json", reason: "the folder kopie does not exist", code: ENOENT)
        #expect(gone.reason(in: .nl) == "de map kopie bestaat niet (meer)")
        #expect(WriteError(path: "a.json", reason: "x", code: EACCES).reason(in: .en) == "no permission to write here")
        // A reason we have no words for keeps the system's.
        #expect(
            WriteError(path: "a.json", reason: "Exec format error", code: ENOEXEC).reason(in: .nl)
                == "Exec format error")
    }

    @Test func theMethodsQuestionsAreVerbatim() {
        #expect(Lens.brand.question(.nl) == "Is deze stap 100% in lijn met onze merkbelofte?")
        #expect(Wording(.nl).stepOf(3, 15) == "stap 3 van 15")
        #expect(Wording(.en).tooSmall(50, 10, 60, 18) == "Window too small (50×10). JourneyCheck needs at least 60×18.")
    }
}
