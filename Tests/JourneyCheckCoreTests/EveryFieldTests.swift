import Foundation
import Testing
@testable import JourneyCheckCore

/// Every field of a session, set, survives every path a session takes: the file, the journal,
/// and the exports that show it. A new field that one path forgets fails here; a new field
/// the sample forgets to set fails `theSampleSetsEveryField`.
@Suite struct EveryFieldTests {
    /// A session with every field set to something other than its default.
    static func sample() throws -> (base: Session, full: Session) {
        let journey = Journey(
            title: "Every field", language: .nl, brandPromise: "Wij maken het makkelijk",
            drivers: [
                Driver(
                    name: "snelheid", weight: 0.6,
                    weightSource: {
                        var w = WeightSource(.analysis, detail: "enquete.csv, LMG, n = 412, R² = 0.41", n: 412)
                        w.replacedWeight = 0.5
                        w.replacedKind = .outline
                        w.replacedDetail = "typed in"
                        return w
                    }()),
                Driver(name: "zorg", weight: 0.4),
            ],
            facilitator: "Marieke", participants: ["directie", "service"],
            metrics: [
                Metric(name: "NPS", unit: "score", target: 40, kind: .external),
                Metric(name: "levertijd", unit: "dagen", target: 3, kind: .internal),
            ],
            habits: ["Ik bel elke week een klant"],
            phases: [
                (title: "Eén", steps: [(text: "Ik zoek", digital: true), (text: "Ik bel", digital: false)]),
                (title: "Twee", steps: [(text: "Ik betaal", digital: true)]),
            ],
            stepOwners: [0: "webshop", 2: "financiën"])
        var branded = journey
        branded.branding = Branding(
            organisation: "De Woonwinkel", logo: Logo(kind: .svg, file: "logo.svg", data: "PHN2Zy8+"), accent: "#0b6e4f"
        )
        let base = Session(journey: branded, now: fixedDate)
        var s = base
        let later = fixedDate.addingTimeInterval(3600)
        try s.answer("s1", .brand, .yes, now: later)
        try s.answer("s1", .customer, .no, now: later)
        try s.answer("s1", .employee, .dontKnow, now: later)
        try s.answer("s1", .service, .yes, now: later)
        try s.answer("s1", .user, .no, now: later)
        for lens in Lens.allCases { try s.setNote("s1", lens, "noot \(lens.rawValue)", now: later) }
        try s.answer("s2", .brand, .no, now: later)
        try s.setStepNote("s1", "stapnoot", now: later)
        s.addTime("s1", seconds: 95, now: later)
        try s.addAction(
            step: "s1", lens: .customer, text: "Sneller", level: .journey, owner: "Logistiek", due: "2027-01-31",
            now: later)
        try s.addAction(step: "s2", lens: nil, text: "Glimlach", level: .behaviour, owner: "Iedereen", now: later)
        // Decisions on every lens somewhere: drivers, gap kinds (on a "no"), research.
        try s.answer("s2", .service, .no, now: later)
        try s.answer("s3", .employee, .no, now: later)
        try s.toggleDriver("s1", .customer, number: 1, now: later)
        try s.toggleDriver("s1", .customer, number: 2, now: later)
        for lens in Lens.allCases where lens != .customer { try s.toggleDriver("s1", lens, number: 2, now: later) }
        try s.setGap("s1", .customer, .design, now: later)
        try s.setGap("s1", .user, .implementation, now: later)
        try s.setGap("s2", .brand, .design, now: later)
        try s.setGap("s2", .service, .implementation, now: later)
        try s.setGap("s3", .employee, .implementation, now: later)
        try s.setResearch("s1", .employee, Research(who: "Sanne", method: .focusGroup, due: "2027-02-01"), now: later)
        for lens in Lens.allCases where lens != .employee {
            try s.setResearch("s3", lens, Research(who: "Kees", method: .dataAnalysis, due: "2027-03-01"), now: later)
        }
        for lens in Lens.allCases where lens != .employee && lens != .customer {
            try s.tally("s3", lens, Votes(yes: 1, no: 4, dontKnow: 2), now: later)
        }
        try s.tally("s3", .customer, Votes(yes: 5, no: 1, dontKnow: 1), now: later)
        try s.tally("s1", .employee, Votes(yes: 2, no: 2, dontKnow: 3), now: later)
        // Phones' counts waiting for the reveal, on every lens of the digital step.
        for lens in Lens.allCases {
            s.modifyStep("s1") { $0.answers[lens].phoneVotes = Votes(yes: 3, no: 1, dontKnow: 2) }
        }
        try s.addAction(
            step: nil, lens: nil, text: "Elke ochtend één klantverhaal", level: .behaviour, owner: "Directie",
            now: later)
        try s.setTopMoment(
            TopMoment(
                step: "s3", text: "De bank staat er", beyondEveryday: true, pride: false, shareable: true,
                inspiring: false), now: later)
        s.setTimebox(180, now: later)
        // The follow-up: what it follows, a review with history, metrics, habits, last answers.
        s.follows = SessionLink(
            path: "vorige.json", created: fixedDate.addingTimeInterval(-86_400 * 42),
            updated: fixedDate.addingTimeInterval(-86_400 * 41))
        for lens in Lens.allCases {
            s.modifyStep("s3") {
                $0.answers[lens].previous = .no
                $0.answers[lens].lastTime = LastTime(note: "vorige \(lens.rawValue)", drivers: ["d1"], gap: .design)
            }
        }
        s.findOutReview = [
            FindOutReview(
                question: Question(step: "s1", lens: .employee),
                research: Research(who: "Sanne", method: .interview, due: "2026-10-15"), outcome: .foundOut,
                note: "klanten willen bellen")
        ]
        s.review = [
            ReviewItem(
                action: ImprovementAction(
                    id: "a90", step: "s1", lens: .brand, text: "Oud", level: .journey, owner: "Kees", due: "2026-10-01")
            ),
            ReviewItem(
                action: ImprovementAction(
                    id: "a91", step: nil, lens: nil, text: "Gedrag", level: .behaviour, owner: "MT")),
        ]
        s.review![1].action.history = [ActionHistoryEntry(date: "2026-09-01", outcome: .inProgress, note: "half af")]
        s.nextID = 100  // the ids of a previous session's actions are below the counter it handed on
        try s.decideReview(0, .carriedOver, note: "nog niet begonnen", now: later)
        try s.decideReview(1, .done, now: later)
        try s.setMetricValue("NPS", 31, now: later)
        try s.setMetricValue("levertijd", 4.5, now: later)
        s.habits = [
            LeaderHabit(
                leader: "Jan", habit: "Ik bel elke week een klant", started: "2026-10-01", carried: true, kept: true,
                valuable: false)
        ]
        try s.addHabit(leader: "Els", habit: "Elke meeting een klantcase", started: "2026-11-18", now: later)
        s.cursor = Cursor(step: "s3", lens: .user)
        s.facilitator = "Marieke de Vries"
        return (base, s)
    }

    /// Every leaf of a value as (path, empty): array indices become `[]`, and a leaf is empty
    /// when it holds its type's empty value ("", 0, nil, []).
    static func leaves(_ value: Any, at path: String = "session") -> [(path: String, empty: Bool)] {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let inner = mirror.children.first?.value else { return [(path, true)] }
            return leaves(inner, at: path)
        case .collection:
            if mirror.children.isEmpty { return [(path, true)] }
            return mirror.children.flatMap { leaves($0.value, at: path + "[]") }
        case .struct where !(value is Date), .class:
            return mirror.children.flatMap { leaves($0.value, at: "\(path).\($0.label ?? "?")") }
        default:
            switch value {
            case let text as String: return [(path, text.isEmpty)]
            case let n as Int: return [(path, n == 0)]
            case let d as Double: return [(path, d == 0)]
            default: return [(path, false)]  // Bool, Date and the enums: every value says something
            }
        }
    }

    @Test func theSampleSetsEveryField() throws {
        let (_, s) = try Self.sample()
        // Each field holds a value somewhere in the sample, so no path below can forget it
        // without the comparison noticing.
        let all = Self.leaves(s)
        // An empty list or a nil value has no leaves of its own: it counts as set when a leaf
        // below it is set somewhere.
        let setSomewhere = all.filter { !$0.empty }.map(\.path)
        let unset = Set(all.filter(\.empty).map(\.path)).filter { path in
            !setSomewhere.contains { $0 == path || $0.hasPrefix(path + ".") || $0.hasPrefix(path + "[]") }
        }
        #expect(unset.isEmpty, "fields the sample leaves empty everywhere: \(unset.sorted())")
        #expect(all.count > 40)
        #expect(s.steps.contains { $0.digital } && s.steps.contains { !$0.digital })
        #expect(Set(s.steps.flatMap { st in Lens.allCases.map { st.answers[$0].answer } }) == Set(Answer.allCases))
    }

    @Test func everyFieldSurvivesTheFile() throws {
        let (_, s) = try Self.sample()
        let data = try SessionCodec.encode(s)
        #expect(decodeSession(data).value == s)
        #expect(try SessionCodec.encode(try #require(decodeSession(data).value)) == data)
    }

    @Test func everyFieldSurvivesTheJournal() throws {
        let (base, s) = try Self.sample()
        // As a record, and through a real store: committed, then read back from file + journal.
        var replayed = base
        try #require(JournalRecord.diff(base, s)).apply(to: &replayed)
        #expect(replayed == s)
        let path = temporaryFolder().appendingPathComponent("s.json").path
        let store = try SessionStore(path: path, session: base, now: fixedDate)
        try store.compact(base)
        try store.commit(s)
        store.waitForSync()
        #expect(store.journalBytes > 0)
        #expect(try SessionStore.read(path) == s)
        store.close()
    }

    @Test func theExportsShowEveryFieldTheyShow() throws {
        let (_, s) = try Self.sample()
        let md = MarkdownReport.render(s, timeZone: LocalZone.utc)
        for text in [
            "Every field", "Wij maken het makkelijk", "snelheid (0.6 · analyse n=412)", "zorg (0.4)",
            "Marieke de Vries",
            "directie, service",
            "Eén", "Twee", "Ik zoek", "Ik bel", "Ik betaal", "noot brand", "noot customer", "noot employee",
            "noot service", "noot user", "stapnoot", "Sneller", "Logistiek", "2027-01-31", "Glimlach", "Iedereen",
            "gedrag", "journey", "1:35", "2026-11-18", "snelheid; zorg", "ontwerpkloof", "Sanne", "focusgroep",
            "2027-02-01", "Elke ochtend één klantverhaal", "hele journey", "Directie", "De bank staat er",
            "✔ Ontstijg het alledaagse", "✘ Geef de klant een gevoel van trots", "## Niet eens", "| 1/4/2 |", "2/2/3",
            "vorige.json", "| Oud | 1 | Brand Experience | doorgeschoven | nog niet begonnen |",
            "| Gedrag | hele journey |",
            "| NPS (score) · externe metrics | 40 | 31 |", "| levertijd (dagen) · interne metrics | 3 | 4.5 |",
            "| Jan | Ik bel elke week een klant | 2026-10-01 | ja | nee |",
            "| Els | Elke meeting een klantcase | 2026-11-18 | – | – |",
            "| webshop |", "| financiën |",
        ] {
            #expect(md.contains(text), "markdown lacks \(text)")
        }
        let csv = CSVReport.render(s)
        for text in [
            "Eén,1,Ik zoek,brand,yes,noot brand", "Eén,1,Ik zoek,customer,no,noot customer",
            "Eén,1,Ik zoek,employee,dont_know,noot employee", "Eén,1,Ik zoek,user,no,noot user",
            "Eén,2,Ik bel,user,n/a,", "Twee,3,Ik betaal,brand,no,",
            "Eén,1,Ik zoek,customer,no,noot customer,design,\"snelheid; zorg\",1.00",
            "Eén,1,Ik zoek,employee,dont_know,noot employee,knowledge,zorg,0.40,2/2/3",
            "Twee,3,Ik betaal,user,no,,,,0.00,1/4/2",
        ] {
            #expect(csv.contains(text), "csv lacks \(text)")
        }
    }
}
