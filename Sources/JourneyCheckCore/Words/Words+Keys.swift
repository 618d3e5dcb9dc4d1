// The keys and what they do, for the footers and the help screen, in both languages.

/// The footers and help lines (read through `Words`, like every other word).
struct KeyWords: Sendable {
    static let table = KeyWords()

    public let footerStep: [[KeyWord]] = [
        [
            KeyWord(Phrase("j", "y"), Phrase("ja", "yes")),
            KeyWord(Phrase("n", "n"), Phrase("nee", "no")),
            KeyWord(Phrase("w", "d"), Phrase("weet niet", "don't know")),
            KeyWord(Phrase("⌫", "⌫"), Phrase("wis", "clear")),
            KeyWord(Phrase("e", "e"), Phrase("notitie", "note")),
            KeyWord(Phrase("↑↓", "↑↓"), Phrase("vraag", "question")),
            KeyWord(Phrase("←→", "←→"), Phrase("stap", "step")),
            KeyWord(Phrase("u", "u"), Phrase("herstel", "undo")),
        ],
        [
            KeyWord(Phrase("o", "o"), Phrase("overzicht", "overview")),
            KeyWord(Phrase("p", "p"), Phrase("beslissen", "decide")),
            KeyWord(Phrase("v", "v"), Phrase("stemmen", "vote")),
            KeyWord(Phrase("m", "m"), Phrase("metrics", "metrics")),
            KeyWord(Phrase("␣", "␣"), Phrase("pauze", "pause")),
            KeyWord(Phrase("a", "a"), Phrase("stap erbij", "add step")),
            KeyWord(Phrase("g", "g"), Phrase("digitaal", "digital")),
            KeyWord(Phrase("t", "t"), Phrase("timebox", "timebox")),
            KeyWord(Phrase("?", "?"), Phrase("help", "help")),
            KeyWord(Phrase("q", "q"), Phrase("stop", "quit")),
        ],
    ]
    public let footerOverview: [[KeyWord]] = [
        [
            KeyWord(Phrase("Enter", "Enter"), Phrase("naar stap", "go to step")),
            KeyWord(Phrase("a", "a"), Phrase("stap erbij", "add step")),
            KeyWord(Phrase("r", "r"), Phrase("hernoem", "rename")),
            KeyWord(Phrase("x", "x"), Phrase("weg", "delete")),
            KeyWord(Phrase("[ ]", "[ ]"), Phrase("verplaats", "move")),
            KeyWord(Phrase("g", "g"), Phrase("digitaal", "digital")),
            KeyWord(Phrase("P", "P"), Phrase("fase erbij", "add phase")),
            KeyWord(Phrase("R", "R"), Phrase("fasenaam", "rename phase")),
        ],
        [
            KeyWord(Phrase("u", "u"), Phrase("herstel", "undo")),
            KeyWord(Phrase("p", "p"), Phrase("beslissen", "decide")),
            KeyWord(Phrase("Esc", "Esc"), Phrase("terug", "back")),
            KeyWord(Phrase("?", "?"), Phrase("help", "help")),
            KeyWord(Phrase("q", "q"), Phrase("stop", "quit")),
        ],
    ]
    public let footerDecide: [[KeyWord]] = [
        [
            KeyWord(Phrase("↑↓", "↑↓"), Phrase("kies", "select")),
            KeyWord(Phrase("Esc", "Esc"), Phrase("terug", "back")),
            KeyWord(Phrase("1-9", "1-9"), Phrase("driver", "driver")),
            KeyWord(Phrase("d/i", "d/i"), Phrase("ontwerp/implementatie", "design/implementation")),
            KeyWord(Phrase("f", "f"), Phrase("uitzoeken", "find out")),
            KeyWord(Phrase("a", "a"), Phrase("actie", "action")),
        ],
        [
            KeyWord(Phrase("b", "b"), Phrase("gedrag", "behaviour")),
            KeyWord(Phrase("m", "m"), Phrase("topmoment", "top moment")),
            KeyWord(Phrase("x", "x"), Phrase("weg", "delete")),
            KeyWord(Phrase("Enter", "Enter"), Phrase("vraag", "open")),
            KeyWord(Phrase("r", "r"), Phrase("rangschik", "rank")),
            KeyWord(Phrase("u", "u"), Phrase("herstel", "undo")),
            KeyWord(Phrase("o", "o"), Phrase("overzicht", "overview")),
            KeyWord(Phrase("?", "?"), Phrase("help", "help")),
            KeyWord(Phrase("q", "q"), Phrase("stop", "quit")),
        ],
    ]
    public let footerReview: [[KeyWord]] = [
        [
            KeyWord(Phrase("↑↓", "↑↓"), Phrase("kies", "select")),
            KeyWord(Phrase("1", "1"), Phrase("gedaan", "done")),
            KeyWord(Phrase("2", "2"), Phrase("bezig", "in progress")),
            KeyWord(Phrase("3", "3"), Phrase("geschrapt", "dropped")),
            KeyWord(Phrase("4", "4"), Phrase("doorgeschoven", "carried over")),
            KeyWord(Phrase("e", "e"), Phrase("notitie", "note")),
        ],
        [
            KeyWord(Phrase("k", "k"), Phrase("volgehouden", "kept")),
            KeyWord(Phrase("w", "v"), Phrase("waardevol", "valuable")),
            KeyWord(Phrase("Esc", "Esc"), Phrase("naar de stappen", "to the steps")),
            KeyWord(Phrase("u", "u"), Phrase("herstel", "undo")),
            KeyWord(Phrase("?", "?"), Phrase("help", "help")),
            KeyWord(Phrase("q", "q"), Phrase("stop", "quit")),
        ],
    ]
    public let footerFollowUp: [[KeyWord]] = [
        [
            KeyWord(Phrase("↑↓", "↑↓"), Phrase("kies", "select")),
            KeyWord(Phrase("Enter", "Enter"), Phrase("waarde", "value")),
            KeyWord(Phrase("a", "a"), Phrase("gewoonte kiezen", "pick a habit")),
            KeyWord(Phrase("x", "x"), Phrase("weg", "delete")),
            KeyWord(Phrase("k w", "k v"), Phrase("volgehouden/waardevol", "kept/valuable")),
        ],
        [
            KeyWord(Phrase("Esc", "Esc"), Phrase("terug", "back")),
            KeyWord(Phrase("u", "u"), Phrase("herstel", "undo")),
            KeyWord(Phrase("?", "?"), Phrase("help", "help")),
            KeyWord(Phrase("q", "q"), Phrase("stop", "quit")),
        ],
    ]
    public let footerHelp: [[KeyWord]] = [
        [
            KeyWord(Phrase("↑↓", "↑↓"), Phrase("scroll", "scroll")),
            KeyWord(Phrase("Esc ?", "Esc ?"), Phrase("terug", "back")),
            KeyWord(Phrase("q", "q"), Phrase("stop", "quit")),
        ]
    ]
    public let footerInput: [[KeyWord]] = [
        [
            KeyWord(Phrase("←→ Home End", "←→ Home End"), Phrase("cursor", "cursor")),
            KeyWord(Phrase("⌫", "⌫"), Phrase("wis teken", "delete")),
            KeyWord(Phrase("Enter", "Enter"), Phrase("bewaar", "save")),
            KeyWord(Phrase("Esc", "Esc"), Phrase("annuleer", "cancel")),
        ]
    ]
    public let helpLines: [KeyWord] = [
        KeyWord(Phrase("", ""), Phrase("Antwoorden (stapscherm)", "Answers (step screen)")),
        KeyWord(
            Phrase("j  y", "y  j"),
            Phrase("ja, en door naar de volgende open vraag", "yes, and on to the next open question")),
        KeyWord(
            Phrase("n", "n"), Phrase("nee: verbeterpotentieel (verbeteren)", "no: improvement potential (improve)")),
        KeyWord(
            Phrase("1 … 9", "1 … 9"),
            Phrase(
                "direct na een nee: die driver aan de nee koppelen (nog een cijfer: nog een driver)",
                "right after a no: link that driver to the no (another number: another driver)")),
        KeyWord(
            Phrase("w  d", "d  w"),
            Phrase("weet niet: verbeterpotentieel (uitzoeken)", "don't know: improvement potential (find out)")),
        KeyWord(
            Phrase("Backspace  Delete", "Backspace  Delete"),
            Phrase("antwoord wissen (weer open)", "clear the answer (open again)")),
        KeyWord(
            Phrase("e  Enter", "e  Enter"),
            Phrase(
                "notitie bij de vraag (net na de laatste vraag van een stap: bij die vraag);  E  bij de stap",
                "note on the question (right after a step's last answer: on that answer);  E  on the step")),
        KeyWord(
            Phrase("v", "v"),
            Phrase(
                "stemming: aantallen ja nee weet-niet (4 2 1); meeste stemmen wint, gelijk = weet niet",
                "vote: counts for yes no don't-know (4 2 1); most votes wins, a tie is don't know")),
        KeyWord(
            Phrase("Z  Q", "Z  Q"),
            Phrase(
                "Z opent of sluit de zaal: iedereen stemt op de eigen telefoon (v onthult); Q toont de QR-code",
                "Z opens or closes the room: everyone votes on their own phone (v reveals); Q shows the QR code")),
        KeyWord(
            Phrase("spatie", "space"),
            Phrase(
                "pauze: de klok, timebox en prognose staan stil; nog eens gaat verder",
                "pause: clock, timebox and projection stop; again resumes")),
        KeyWord(Phrase("", ""), Phrase("Bewegen", "Moving")),
        KeyWord(
            Phrase("↑ ↓  Tab  Shift-Tab", "↑ ↓  Tab  Shift-Tab"),
            Phrase("vorige / volgende vraag", "previous / next question")),
        KeyWord(Phrase("← →", "← →"), Phrase("vorige / volgende stap", "previous / next step")),
        KeyWord(Phrase("PgUp PgDn", "PgUp PgDn"), Phrase("vorige / volgende fase", "previous / next phase")),
        KeyWord(
            Phrase("o  p  Esc", "o  p  Esc"),
            Phrase(
                "overzicht (heatmap);  beslissen;  terug naar het stapscherm",
                "overview (heatmap);  decide;  back to the step screen")),
        KeyWord(
            Phrase("", ""),
            Phrase("Journey aanpassen (stapscherm en overzicht)", "Changing the journey (step screen and overview)")),
        KeyWord(Phrase("a", "a"), Phrase("stap toevoegen na deze stap", "add a step after this one")),
        KeyWord(
            Phrase("r", "r"),
            Phrase(
                "stap hernoemen;  x  stap verwijderen (x nogmaals bevestigt)",
                "rename the step;  x  delete the step (x again confirms)")),
        KeyWord(Phrase("[  ]", "[  ]"), Phrase("stap omhoog / omlaag verplaatsen", "move the step up / down")),
        KeyWord(
            Phrase("g", "g"),
            Phrase("digitaal element aan/uit (gebruikersvraag)", "digital element on/off (user question)")),
        KeyWord(Phrase("P  R", "P  R"), Phrase("fase toevoegen / fase hernoemen", "add a phase / rename the phase")),
        KeyWord(Phrase("", ""), Phrase("Overig", "Other")),
        KeyWord(Phrase("t", "t"), Phrase("timebox per stap instellen", "set the timebox per step")),
        KeyWord(Phrase("u", "u"), Phrase("ongedaan maken (meerdere keren)", "undo (several levels)")),
        KeyWord(Phrase("", ""), Phrase("Beslissen (p)", "Deciding (p)")),
        KeyWord(
            Phrase("1 … 9", "1 … 9"),
            Phrase(
                "driver die dit gat raakt aan/uit (de score telt de gewichten op)",
                "link / unlink a driver this gap hurts (the score adds up their weights)")),
        KeyWord(
            Phrase("l", "l"),
            Phrase(
                "in een volgende sessie: de drivers en de kloof van de vorige keer overnemen",
                "in a next session: keep last time's drivers and gap kind")),
        KeyWord(
            Phrase("e", "e"),
            Phrase(
                "op een actie: tekst, niveau, eigenaar en deadline aanpassen",
                "on an action: change its text, level, owner and due date")),
        KeyWord(
            Phrase("r", "r"),
            Phrase(
                "opnieuw rangschikken (de lijst blijft staan tot je verder gaat of r drukt)",
                "rank again (the list stays put until you move on or press r)")),
        KeyWord(
            Phrase("d  i", "d  i"),
            Phrase(
                "bij een 'nee': ontwerpkloof / implementatiekloof (nog eens: weg)",
                "on a 'no': design gap / implementation gap (again: take back)")),
        KeyWord(
            Phrase("f", "f"),
            Phrase(
                "bij een 'weet niet' (kenniskloof): wie zoekt het uit, hoe en wanneer",
                "on a 'don't know' (knowledge gap): who finds out, how and by when")),
        KeyWord(
            Phrase("a  x", "a  x"),
            Phrase(
                "actie toevoegen (ook bij een 'ja') / actie verwijderen",
                "add an action (also on a 'yes') / delete an action")),
        KeyWord(
            Phrase("b", "b"), Phrase("gedragsactie voor de hele journey", "behaviour action for the whole journey")),
        KeyWord(
            Phrase("m", "m"),
            Phrase("topmoment bij deze stap, met de vier criteria", "top moment at this step, with the four criteria")),
        KeyWord(
            Phrase("A", "A"),
            Phrase(
                "op het stapscherm: actie bij de huidige vraag", "on the step screen: an action on the current question"
            )),
        KeyWord(
            Phrase("m", "m"),
            Phrase(
                "metrics en gewoontes: waarde invullen (Enter), gewoonte kiezen (a), volgehouden/waardevol (k w)",
                "metrics and habits: enter a value (Enter), pick a habit (a), kept/valuable (k v)")),
        KeyWord(
            Phrase("1 2 3 4", "1 2 3 4"),
            Phrase(
                "in de terugblik: gedaan / bezig / geschrapt / doorgeschoven",
                "in the review: done / in progress / dropped / carried over")),
        KeyWord(Phrase("S", "S"), Phrase("opslaan als (ander pad)", "save as (another path)")),
        KeyWord(Phrase("? F1", "? F1"), Phrase("deze hulp", "this help")),
        KeyWord(
            Phrase("q  Ctrl-C", "q  Ctrl-C"),
            Phrase("stoppen (alles is al opgeslagen)", "quit (everything is saved already)")),
        KeyWord(Phrase("Ctrl-Z", "Ctrl-Z"), Phrase("pauzeren; fg gaat verder", "suspend; fg resumes")),
        KeyWord(Phrase("", ""), Phrase("Tekst invoeren", "Typing text")),
        KeyWord(
            Phrase("Enter / Esc", "Enter / Esc"),
            Phrase(
                "bewaren / annuleren;  ← → Home End  cursor;  Backspace  wissen",
                "save / cancel;  ← → Home End  cursor;  Backspace  delete")),
    ]
}

extension Words {
    public var footerStep: [[KeyWord]] { KeyWords.table.footerStep }
    public var footerOverview: [[KeyWord]] { KeyWords.table.footerOverview }
    public var footerDecide: [[KeyWord]] { KeyWords.table.footerDecide }
    public var footerReview: [[KeyWord]] { KeyWords.table.footerReview }
    public var footerFollowUp: [[KeyWord]] { KeyWords.table.footerFollowUp }
    public var footerHelp: [[KeyWord]] { KeyWords.table.footerHelp }
    public var footerInput: [[KeyWord]] { KeyWords.table.footerInput }
    public var helpLines: [KeyWord] { KeyWords.table.helpLines }
}
