import Foundation
import JourneyCheckCore
import Testing
@testable import JourneyCheckTUI

/// Snapshots of the screen buffer, reviewed like code: the text, then under it the style of
/// every cell (a letter per role, `.` for normal) and a legend of how each role looks with
/// colour and without, so a colour, bold or reverse regression fails as a changed letter or
/// legend line. A missing snapshot is written and the test fails, so a new one is always
/// looked at before it is committed; JC_RECORD=1 rewrites all.
func assertSnapshot(_ buffer: ScreenBuffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent(name + ".txt")
    let actual = buffer.text + "\n" + styleMap(buffer)
    let record = ProcessInfo.processInfo.environment["JC_RECORD"] == "1"
    if record || !FileManager.default.fileExists(atPath: file.path) {
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(name); review it and run again", sourceLocation: sourceLocation)
        return
    }
    let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    #expect(actual == expected, "snapshot \(name) differs:\n\(actual)", sourceLocation: sourceLocation)
}

/// The letter of a role in a style map.
func styleLetter(_ role: Role) -> Character {
    role == .normal ? "." : Array("abcdefghijklmnopqrstuvwxyz")[Int(role.rawValue) - 1]
}

/// A cell's look in words: `black on yellow, bold` or `bold reverse`.
func describe(_ style: Style) -> String {
    let colors =
        style.hasColor
        ? ["\(style.foreground.map { "\($0)" } ?? "default") on \(style.background.map { "\($0)" } ?? "default")"] : []
    let attributes = [
        (style.bold, "bold"), (style.reverse, "reverse"), (style.underline, "underline"), (style.dim, "dim"),
    ]
    .filter(\.0).map(\.1)
    let words = colors + [attributes.joined(separator: " ")].filter { !$0.isEmpty }
    return words.isEmpty ? "plain" : words.joined(separator: ", ")
}

/// The style layer of a snapshot: one letter per cell (a wide character's second column
/// repeats its letter), then the legend of the roles used.
func styleMap(_ buffer: ScreenBuffer) -> String {
    var rows: [String] = []
    var used = Set<Role>()
    for y in 0..<buffer.height {
        var row = ""
        for x in 0..<buffer.width {
            let role = buffer[x, y].role
            used.insert(role)
            row.append(styleLetter(role))
        }
        rows.append(row)
    }
    let legend = Role.allCases.filter(used.contains).map { role in
        "\(styleLetter(role)) \(role): colour \(describe(role.style(colored: true))); monochrome \(describe(role.style(colored: false)))"
    }
    return "-- styles --\n" + rows.joined(separator: "\n") + "\n" + legend.joined(separator: "\n") + "\n"
}

/// A state with some answers, a note, a finished step, a timebox and an action.
func busyState(_ language: Language, size: TermSize, wide: Bool = false) -> AppState {
    var s = makeState(language, size: size, wide: wide)
    s.session.setTimebox(180, now: t0)
    _ = update(&s, .tick(t0.addingTimeInterval(75)))
    press(&s, .char("y"), .char("n"))
    press(&s, .char("e"))
    type(&s, language == .nl ? "Filters werken niet op mobiel" : "Filters do not work on mobile")
    press(&s, .enter)
    press(&s, .char("d"), .char("y"), .char("y"))
    _ = update(&s, .tick(t0.addingTimeInterval(100)))
    press(&s, .char("n"))
    _ = update(&s, .tick(t0.addingTimeInterval(130)))
    return s
}

@Suite struct ViewTests {
    @Test(arguments: [Language.nl, .en], [TermSize(80, 24), TermSize(120, 40), TermSize(60, 18)])
    func stepScreen(language: Language, size: TermSize) {
        let s = busyState(language, size: size)
        assertSnapshot(view(s), "step-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test(arguments: [Language.nl, .en])
    func stepScreenWithWideCharacters(language: Language) {
        var s = makeState(language, wide: true)
        press(&s, .char("y"))
        let buf = view(s)
        assertSnapshot(buf, "step-wide-\(language.rawValue)-80x24")
        // Every row fills exactly the width: wide characters take two cells and never split.
        for y in 0..<buf.height {
            let columns = (0..<buf.width).reduce(0) { $0 + Int(buf[$1, y].width) }
            #expect(columns <= buf.width)
            #expect((0..<buf.width).allSatisfy { x in buf[x, y].width != 0 || (x > 0 && buf[x - 1, y].width == 2) })
        }
    }

    @Test(arguments: [Language.nl, .en], [TermSize(80, 24), TermSize(120, 40), TermSize(60, 18)])
    func overview(language: Language, size: TermSize) {
        var s = busyState(language, size: size)
        press(&s, .char("o"))
        assertSnapshot(view(s), "overview-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    /// The busy state with decisions: drivers linked, a gap kind, someone finding out, an action
    /// on a gap and one on the whole journey, and a top moment.
    func decidedState(_ language: Language, size: TermSize) -> AppState {
        var s = busyState(language, size: size)
        press(&s, .char("p"), .char("a"))
        type(&s, language == .nl ? "Filters testen op mobiel" : "Test filters on mobile")
        press(&s, .enter, .char("2"))
        type(&s, "Ann")
        press(&s, .enter)
        type(&s, "2026-12-01")
        press(&s, .enter)
        // The second "no" hurts both drivers and is a design gap: it moves to the top.
        press(&s, .home, .down, .char("1"), .char("2"), .char("d"))
        // The don't know: Bo finds out with interviews.
        press(&s, .end)
        while case .action = s.decideRow(s.decideSelection) { press(&s, .up) }
        press(&s, .char("f"))
        type(&s, "Bo")
        press(&s, .enter, .char("4"))
        type(&s, "2026-12-15")
        press(&s, .enter, .char("b"))
        type(&s, language == .nl ? "Elke ochtend één klantverhaal" : "One customer story every morning")
        press(&s, .enter)
        type(&s, "MT")
        press(&s, .enter, .enter, .home, .char("m"))
        type(
            &s,
            language == .nl
                ? "De verkoper belt terug met een foto van de bank" : "The seller calls back with a photo of the sofa")
        press(&s, .enter, .char("1"), .char("3"), .char("3"))
        return s
    }

    @Test(arguments: [Language.nl, .en], [TermSize(80, 24), TermSize(120, 40), TermSize(60, 18)])
    func decideScreen(language: Language, size: TermSize) {
        var s = decidedState(language, size: size)
        assertSnapshot(view(s), "decide-criteria-\(language.rawValue)-\(size.width)x\(size.height)")
        press(&s, .enter, .home)
        assertSnapshot(view(s), "decide-\(language.rawValue)-\(size.width)x\(size.height)")
        // No lens name is cut, at any size.
        let screen = view(s).text
        for lens in Lens.allCases
        where s.decideRows.contains(where: { if case .gap(let i, _) = $0 { i.lens == lens } else { false } }) {
            #expect(screen.contains(lens.label(language) + " "), "\(lens) cut")
        }
    }

    @Test(arguments: [Language.nl, .en], [TermSize(80, 24), TermSize(120, 40), TermSize(60, 18)])
    func help(language: Language, size: TermSize) {
        var s = makeState(language, size: size)
        press(&s, .char("?"))
        let name = size == TermSize(80, 24) ? "" : "-\(size.width)x\(size.height)"
        assertSnapshot(
            view(s),
            "help-\(language.rawValue)-80x24".replacingOccurrences(of: "-80x24", with: name.isEmpty ? "-80x24" : name))
    }

    /// The room's vote with a split, a break, and the step screen right after a step's last answer.
    @Test(arguments: [Language.nl, .en], [TermSize(80, 24), TermSize(120, 40), TermSize(60, 18)])
    func voteAndPause(language: Language, size: TermSize) {
        var s = busyState(language, size: size)
        press(&s, .char("v"))
        type(&s, "3 3 1")
        press(&s, .enter, .char(" "))
        _ = update(&s, .tick(t0.addingTimeInterval(400)))
        assertSnapshot(view(s), "step-vote-paused-\(language.rawValue)-\(size.width)x\(size.height)")
        press(&s, .char(" "), .char("o"))
        assertSnapshot(view(s), "overview-vote-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test(arguments: [TermSize(80, 24), TermSize(120, 40), TermSize(60, 18)])
    func startScreen(size: TermSize) {
        var s = StartState(workshops: "workshops", sessions: "sessions", size: size, timeZone: LocalZone.utc)
        let entries = [
            LibraryEntry(
                kind: .session, path: "sessions/online-bestelling-2026-12-02.json",
                title: "Online bestelling bij de woonwinkel",
                done: 3, steps: 15, language: .nl, date: t0, problem: nil),
            LibraryEntry(
                kind: .session, path: "sessions/x.json", title: "Onboarding", done: 14, steps: 14, language: .en,
                date: t0.addingTimeInterval(-86_400), problem: nil),
            LibraryEntry(
                kind: .outline, path: "workshops/customer-service-call.md",
                title: "A customer calls about a wrong invoice",
                done: nil, steps: 15, language: .en, date: t0, problem: nil),
            LibraryEntry(
                kind: .outline, path: "workshops/verhuizen.md", title: "Verhuizen", done: nil, steps: 16, language: .nl,
                date: t0, problem: nil),
            LibraryEntry(
                kind: .outline, path: "workshops/kapot.md", title: "kapot.md", done: nil, steps: 0, language: nil,
                date: t0, problem: "kapot.md:3: no steps"),
        ]
        _ = startUpdate(&s, .listed(entries))
        let buf = startView(s)
        assertSnapshot(buf, "start-\(size.width)x\(size.height)")
        // The facts start in the same column on every row.
        let rows = buf.text.split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("   ") && ($0.contains(" · ") || $0.contains("⚠"))
        }
        let columns = Set(
            rows.compactMap { row -> Int? in
                guard let m = row.firstMatch(of: /^\s+\S.*?\s{2,}(\S)/) else { return nil }
                return row.distance(from: row.startIndex, to: m.output.1.startIndex)
            })
        #expect(rows.count == 5)
        #expect(columns.count == 1, "\(rows)")
    }

    @Test func promptsAndConfirmations() {
        var s = busyState(.en, size: TermSize(80, 24))
        press(&s, .char("e"))
        type(&s, "Search results are slow")
        assertSnapshot(view(s), "prompt-note-en-80x24")
        press(&s, .escape, .char("x"))
        assertSnapshot(view(s), "confirm-delete-en-80x24")
    }

    @Test func tooSmallSaysSoPolitely() {
        let s = makeState(.nl, size: TermSize(20, 6))
        assertSnapshot(view(s), "too-small-nl-20x6")
        let tiny = makeState(.en, size: TermSize(3, 1))
        #expect(view(tiny).height == 1)
    }

    /// The facts a facilitator relies on, at both sizes and in both languages.
    @Test(arguments: [Language.nl, .en], [TermSize(80, 24), TermSize(120, 40), TermSize(60, 18)])
    func everyScreenShowsTheEssentials(language: Language, size: TermSize) {
        var s = busyState(language, size: size)
        let quit = language == .nl ? "q stop" : "q quit"
        let step = view(s)
        #expect(step.contains(quit))
        // Help and quit stand apart from the other keys.
        #expect(step.rowText(size.height - 1).contains("  ? help  \(quit)"))
        #expect(step.contains(language == .nl ? "stap 2 van 3" : "step 2 of 3"))
        // The current question is shown in full, wherever the cursor is.
        for lens in [Lens.brand, .customer, .employee, .service] {
            s.session.cursor.lens = lens
            let text = view(s).text.replacingOccurrences(of: "\n", with: " ")
            let words = lens.question(language).split(separator: " ")
            #expect(words.allSatisfy { text.contains($0) }, "\(lens) at \(size)")
        }
        press(&s, .char("o"))
        #expect(view(s).contains(quit))
        press(&s, .char("p"))
        #expect(view(s).contains(quit))
    }
}

@Suite(.serialized) struct AdapterTests {
    /// The buffer goes through real ncurses (a virtual screen on /dev/null) and comes back
    /// cell for cell: wide characters land in the right columns.
    @Test func ncursesHoldsWhatTheBufferSays() throws {
        var s = makeState(.nl, wide: true)
        press(&s, .char("o"))
        for buffer in [view(makeState(.nl, wide: true)), view(s)] {
            let rows = try #require(Terminal.drawOffscreen(buffer))
            #expect(rows.count == buffer.height)
            for y in 0..<buffer.height {
                var expected = ""
                for x in 0..<buffer.width where buffer[x, y].width > 0 { expected += buffer[x, y].text }
                // ncurses does not keep the bottom-right cell.
                if y == buffer.height - 1 { expected = String(expected.dropLast()) }
                let actual = y == buffer.height - 1 ? String(rows[y].prefix(expected.count)) : rows[y]
                #expect(actual == expected, "row \(y)")
            }
        }
    }
}

/// The screens around the walk, at every size and in both languages.
@Suite struct FollowUpViewTests {
    /// A reassessment of a session with two actions, a habit and metrics.
    func reassessed(_ language: Language, size: TermSize) throws -> AppState {
        var j = journey(language)
        j.workshop.metrics = [
            Metric(name: "NPS", target: 40, kind: .external),
            Metric(
                name: language == .nl ? "levertijd" : "delivery time",
                unit: language == .nl ? "dagen" : "days", target: 3, kind: .internal),
        ]
        var first = Session(journey: j, now: t0)
        try first.answer("s1", .customer, .no, now: t0)
        try first.addAction(
            step: "s1", lens: .customer, text: language == .nl ? "Filters testen op mobiel" : "Test filters on mobile",
            level: .journey, owner: "Ann", due: "2026-12-01", now: t0)
        try first.addAction(
            step: nil, lens: nil, text: language == .nl ? "Elke week een klantverhaal" : "A customer story every week",
            level: .behaviour, owner: "MT", now: t0)
        try first.addHabit(
            leader: "Marieke", habit: Words.table.defaultHabits[3].text(language), started: "2026-11-18", now: t0)
        try first.answer("s1", .employee, .dontKnow, now: t0)
        try first.setResearch("s1", .employee, Research(who: "Sanne", method: .interview, due: "2026-12-15"), now: t0)
        let next = Session.reassess(first, path: "first.json", now: t0.addingTimeInterval(86_400 * 42))
        return AppState(
            session: next, path: "next.json", size: size, now: t0.addingTimeInterval(86_400 * 42),
            timeZone: LocalZone.utc)
    }

    @Test(arguments: [Language.nl, .en], [TermSize(80, 24), TermSize(120, 40), TermSize(60, 18)])
    func reviewAndFollowUp(language: Language, size: TermSize) throws {
        var s = try reassessed(language, size: size)
        #expect(s.screen == .review)
        press(&s, .char("1"))
        assertSnapshot(view(s), "review-\(language.rawValue)-\(size.width)x\(size.height)")
        // The second action carried over; the find-out still open; the habit kept and valuable.
        press(&s, .char("4"), .char("2"), .char("k"), .char("w"), .char("w"))
        #expect(!s.needsReview)
        press(&s, .enter, .down)
        assertSnapshot(view(s), "step-previous-\(language.rawValue)-\(size.width)x\(size.height)")
        press(&s, .char("m"), .enter)
        type(&s, "31")
        press(&s, .enter)
        assertSnapshot(view(s), "followup-\(language.rawValue)-\(size.width)x\(size.height)")
        press(&s, .char("a"))
        assertSnapshot(view(s), "followup-habits-\(language.rawValue)-\(size.width)x\(size.height)")
    }
}
