import JourneyCheckCore

/// Every word the screens show, in the session's language.
public struct UIText: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }

    func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    var stepOf: (Int, Int) -> String {
        { n, total in language == .nl ? "stap \(n) van \(total)" : "step \(n) of \(total)" }
    }
    var digitalTag: String { t("digitaal", "digital") }
    var brandPromise: String { t("Merkbelofte", "Brand promise") }
    var drivers: String { t("Drivers", "Drivers") }
    var note: String { t("Notitie", "Note") }
    var stepNote: String { t("Stapnotitie", "Step note") }
    var finished: String { t("klaar", "done") }
    var journeyComplete: String {
        t("Alle stappen beantwoord. p toont het verbeterpotentieel.", "Every step answered. p shows the improvement potential.")
    }
    var timeUp: String { t("tijd om", "time up") }
    var finishAt: String { t("klaar om", "done at") }
    var total: String { t("totaal", "total") }
    var overview: String { t("Overzicht", "Overview") }
    var potential: String { t("Verbeterpotentieel", "Improvement potential") }
    var help: String { t("Alle toetsen", "All keys") }
    var improve: String { t("verbeteren", "improve") }
    var investigate: String { t("onderzoeken", "investigate") }
    var actions: String { t("acties", "actions") }
    var action: String { t("Actie", "Action") }
    var otherActions: String { t("Overige acties", "Other actions") }
    var nothingYet: String {
        t("Nog geen 'nee' of 'weet niet'. Elk 'nee' en 'weet niet' komt hier.",
          "No 'no' or 'don't know' yet. Every 'no' and 'don't know' appears here.")
    }
    var potentialRow: String { t("potentieel", "potential") }
    var openRow: String { t("open", "open") }
    var undone: String { t("Ongedaan gemaakt.", "Undone.") }
    var nothingToUndo: String { t("Niets om ongedaan te maken.", "Nothing to undo.") }
    var notApplicable: String {
        t("De gebruikersvraag geldt alleen voor een stap met een digitaal element (g zet het aan).",
          "The user question applies only to a step with a digital element (g switches it on).")
    }
    var lastStep: String { t("De laatste stap kan niet weg.", "The last step cannot be deleted.") }
    var cannotMove: String { t("Verder kan niet.", "It cannot move further.") }
    var emptyText: String { t("Leeg: niets veranderd.", "Empty: nothing changed.") }
    var invalidDate: String { t("Geen datum (JJJJ-MM-DD): niets veranderd.", "Not a date (YYYY-MM-DD): nothing changed.") }
    var invalidTimebox: String {
        t("Schrijf bijv. 3m, 90s of 2m30s (leeg = uit).", "Write e.g. 3m, 90s or 2m30s (empty = off).")
    }
    var notSaved: String { t("NIET OPGESLAGEN", "NOT SAVED") }
    var keptInMemory: String {
        t("antwoorden staan in het geheugen; opnieuw proberen elke seconde; S = elders opslaan",
          "answers are kept in memory; retrying every second; S = save elsewhere")
    }
    var savedElsewhere: (String) -> String { { p in language == .nl ? "Opgeslagen in \(p)" : "Saved to \(p)" } }
    var tooSmall: (Int, Int, Int, Int) -> String {
        { w, h, mw, mh in
            language == .nl ? "Venster te klein (\(w)×\(h)). JourneyCheck heeft minstens \(mw)×\(mh) nodig."
                : "Window too small (\(w)×\(h)). JourneyCheck needs at least \(mw)×\(mh)."
        }
    }

    // Prompts
    var promptNote: (String) -> String { { lens in language == .nl ? "Notitie bij \(lens)" : "Note on \(lens)" } }
    var promptStepNote: String { t("Notitie bij de stap", "Note on the step") }
    var promptAddStep: String { t("Nieuwe stap (na de huidige)", "New step (after this one)") }
    var promptRenameStep: String { t("Stap hernoemen", "Rename step") }
    var promptPhaseTitle: String { t("Nieuwe fase (na deze fase): naam", "New phase (after this phase): name") }
    var promptPhaseStep: String { t("Eerste stap van de nieuwe fase", "First step of the new phase") }
    var promptRenamePhase: String { t("Fase hernoemen", "Rename phase") }
    var promptTimebox: String { t("Timebox per stap (bijv. 3m; leeg = uit)", "Timebox per step (e.g. 3m; empty = off)") }
    var promptActionText: String { t("Verbeteractie", "Improvement action") }
    var promptLevel: String {
        t("Niveau: 1 gedrag · 2 journey · 3 moment (Esc annuleert)", "Level: 1 behaviour · 2 journey · 3 moment (Esc cancels)")
    }
    var promptOwner: String { t("Eigenaar", "Owner") }
    var promptDue: String { t("Deadline (JJJJ-MM-DD, mag leeg)", "Due date (YYYY-MM-DD, may be empty)") }
    var promptSaveAs: String { t("Opslaan als (pad)", "Save as (path)") }
    var inputKeys: String { t("Enter bewaart · Esc annuleert", "Enter saves · Esc cancels") }
    var confirmDelete: (Int, String) -> String {
        { n, text in
            language == .nl ? "Stap \(n) '\(text)' met antwoorden weg? j = ja, andere toets = nee"
                : "Delete step \(n) '\(text)' and its answers? y = yes, other key = no"
        }
    }
    var recoverPrompt: (Int, Int) -> String {
        { newer, saved in
            language == .nl
                ? "Een opslag werd onderbroken. Die versie heeft \(newer) antwoorden, het bestand \(saved). r = die versie gebruiken, k = bestand houden"
                : "A save was interrupted. That copy has \(newer) answers, the file \(saved). r = use that copy, k = keep the file"
        }
    }
    var confirmDeleteAction: String {
        t("Deze actie verwijderen? j = ja, andere toets = nee", "Delete this action? y = yes, other key = no")
    }

    // Footers: (key, word) pairs, so keys can be highlighted.
    var footerStep: [[(String, String)]] {
        language == .nl
            ? [[("j", "ja"), ("n", "nee"), ("w", "weet niet"), ("⌫", "wis"), ("e", "notitie"), ("↑↓", "vraag"),
                ("←→", "stap"), ("u", "herstel")],
               [("o", "overzicht"), ("p", "potentieel"), ("a", "stap erbij"), ("g", "digitaal"), ("t", "timebox"),
                ("?", "help"), ("q", "stop")]]
            : [[("y", "yes"), ("n", "no"), ("d", "don't know"), ("⌫", "clear"), ("e", "note"), ("↑↓", "question"),
                ("←→", "step"), ("u", "undo")],
               [("o", "overview"), ("p", "potential"), ("a", "add step"), ("g", "digital"), ("t", "timebox"),
                ("?", "help"), ("q", "quit")]]
    }
    var footerOverview: [[(String, String)]] {
        language == .nl
            ? [[("Enter", "naar stap"), ("a", "stap erbij"), ("r", "hernoem"), ("x", "weg"), ("[ ]", "verplaats"),
                ("g", "digitaal"), ("P", "fase erbij"), ("R", "fasenaam")],
               [("u", "herstel"), ("p", "potentieel"), ("Esc", "terug"), ("?", "help"), ("q", "stop")]]
            : [[("Enter", "go to step"), ("a", "add step"), ("r", "rename"), ("x", "delete"), ("[ ]", "move"),
                ("g", "digital"), ("P", "add phase"), ("R", "rename phase")],
               [("u", "undo"), ("p", "potential"), ("Esc", "back"), ("?", "help"), ("q", "quit")]]
    }
    var footerPotential: [[(String, String)]] {
        language == .nl
            ? [[("↑↓", "kies"), ("a", "actie toevoegen"), ("x", "actie verwijderen"), ("Enter", "naar de vraag")],
               [("o", "overzicht"), ("u", "herstel"), ("Esc", "terug"), ("?", "help"), ("q", "stop")]]
            : [[("↑↓", "select"), ("a", "add action"), ("x", "delete action"), ("Enter", "go to question")],
               [("o", "overview"), ("u", "undo"), ("Esc", "back"), ("?", "help"), ("q", "quit")]]
    }
    var footerHelp: [[(String, String)]] {
        [[("↑↓", t("scroll", "scroll")), ("Esc ?", t("terug", "back")), ("q", t("stop", "quit"))]]
    }
    var footerInput: [[(String, String)]] {
        [[("←→ Home End", t("cursor", "cursor")), ("⌫", t("wis teken", "delete")),
          ("Enter", t("bewaar", "save")), ("Esc", t("annuleer", "cancel"))]]
    }

    /// The help screen: every key, grouped.
    var helpLines: [(String, String)] {
        language == .nl ? [
            ("", "Antwoorden (stapscherm)"),
            ("j  y", "ja, en door naar de volgende open vraag"),
            ("n", "nee: verbeterpotentieel (verbeteren)"),
            ("w  d", "weet niet: verbeterpotentieel (onderzoeken)"),
            ("Backspace  Delete", "antwoord wissen (weer open)"),
            ("e  Enter", "notitie bij de vraag;  E  notitie bij de stap"),
            ("", "Bewegen"),
            ("↑ ↓  Tab  Shift-Tab", "vorige / volgende vraag"),
            ("← →", "vorige / volgende stap"),
            ("PgUp PgDn", "vorige / volgende fase"),
            ("o  2", "overzicht (heatmap);  p  3  verbeterpotentieel;  1  stapscherm"),
            ("", "Journey aanpassen (stapscherm en overzicht)"),
            ("a", "stap toevoegen na deze stap"),
            ("r", "stap hernoemen;  x  stap verwijderen (met bevestiging)"),
            ("[  ]", "stap omhoog / omlaag verplaatsen"),
            ("g", "digitaal element aan/uit (gebruikersvraag)"),
            ("P  R", "fase toevoegen / fase hernoemen"),
            ("", "Overig"),
            ("t", "timebox per stap instellen"),
            ("u", "ongedaan maken (meerdere keren)"),
            ("a  x", "in verbeterpotentieel: actie toevoegen / verwijderen"),
            ("S", "opslaan als (ander pad)"),
            ("? F1", "deze hulp"),
            ("q  Ctrl-C", "stoppen (alles is al opgeslagen)"),
            ("Ctrl-Z", "pauzeren; fg gaat verder"),
            ("", "Tekst invoeren"),
            ("Enter / Esc", "bewaren / annuleren;  ← → Home End  cursor;  Backspace  wissen"),
        ] : [
            ("", "Answers (step screen)"),
            ("y  j", "yes, and on to the next open question"),
            ("n", "no: improvement potential (improve)"),
            ("d  w", "don't know: improvement potential (investigate)"),
            ("Backspace  Delete", "clear the answer (open again)"),
            ("e  Enter", "note on the question;  E  note on the step"),
            ("", "Moving"),
            ("↑ ↓  Tab  Shift-Tab", "previous / next question"),
            ("← →", "previous / next step"),
            ("PgUp PgDn", "previous / next phase"),
            ("o  2", "overview (heatmap);  p  3  improvement potential;  1  step screen"),
            ("", "Changing the journey (step screen and overview)"),
            ("a", "add a step after this one"),
            ("r", "rename the step;  x  delete the step (asks first)"),
            ("[  ]", "move the step up / down"),
            ("g", "digital element on/off (user question)"),
            ("P  R", "add a phase / rename the phase"),
            ("", "Other"),
            ("t", "set the timebox per step"),
            ("u", "undo (several levels)"),
            ("a  x", "in improvement potential: add / delete an action"),
            ("S", "save as (another path)"),
            ("? F1", "this help"),
            ("q  Ctrl-C", "quit (everything is saved already)"),
            ("Ctrl-Z", "suspend; fg resumes"),
            ("", "Typing text"),
            ("Enter / Esc", "save / cancel;  ← → Home End  cursor;  Backspace  delete"),
        ]
    }
}
