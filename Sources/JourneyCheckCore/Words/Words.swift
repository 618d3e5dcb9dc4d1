#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Every word JourneyCheck shows or writes, in Dutch and English: the screens, the start
/// screen, the reports, and the method's own labels and questions. One table, so that a
/// missing translation is one test (`WordsTests`) and not a hunt.
public struct Words: Sendable {
    public static let table = Words()

    // MARK: Phrases

    public let digitalTag = Phrase("digitaal", "digital")
    public let brandPromise = Phrase("Merkbelofte", "Brand promise")
    public let drivers = Phrase("Drivers", "Drivers")
    public let note = Phrase("Notitie", "Note")
    public let stepNote = Phrase("Stapnotitie", "Step note")
    public let finished = Phrase("klaar", "done")
    public let timeUp = Phrase("tijd om", "time up")
    public let finishAt = Phrase("klaar om", "done at")
    public let total = Phrase("totaal", "total")
    public let overview = Phrase("Overzicht", "Overview")
    public let potential = Phrase("Verbeterpotentieel", "Improvement potential")
    public let decide = Phrase("Beslissen", "Decide")
    public let fixFirst = Phrase("Eerst aanpakken", "Fix first")
    public let findOutFirst = Phrase("Eerst uitzoeken", "Find out first")
    public let improveGroup = Phrase("Verbeteren (nee)", "Improve (no)")
    public let findOutGroup = Phrase("Uitzoeken (weet niet)", "Find out (don't know)")
    public let orderRule = Phrase(
        "Volgorde: score (som van de gewichten van de gekoppelde drivers), dan meeste 'nee' in de stap, dan stapnummer, dan type beleving (merk, klant, medewerker, service, gebruiker).",
        "Order: score (the sum of the weights of the linked drivers), then most 'no' answers in the step, then step number, then type of experience (brand, customer, employee, service, user)."
    )
    public let orderRuleShort = Phrase(
        "volgorde: score · meeste nee in de stap · stap · type", "order: score · most no's in the step · step · lens")
    public let unweightedRule = Phrase(
        "Een driver zonder gewicht telt als een gelijk deel (1 gedeeld door het aantal drivers).",
        "A driver without a weight counts as an equal share (1 divided by the number of drivers).")
    public let noActionYet = Phrase("nog geen actie", "no action yet")
    public let nobodyYet = Phrase("nog niemand", "nobody yet")
    public let journeyActions = Phrase("Acties op de hele journey", "Actions on the whole journey")
    public let wholeJourney = Phrase("hele journey", "whole journey")
    public let topMoment = Phrase("Topmoment", "Top moment")
    public let noTopMoment = Phrase(
        "Nog geen topmoment gekozen (m op een rij kiest die stap).",
        "No top moment chosen yet (m on a row chooses its step).")
    public let gap = Phrase("Kloof", "Gap")
    public let score = Phrase("Score", "Score")
    public let who = Phrase("Wie", "Who")
    public let how = Phrase("Hoe", "How")
    public let byWhen = Phrase("Uiterlijk", "By when")
    public let linkedDrivers = Phrase("Drivers", "Drivers")
    public let noDrivers = Phrase(
        "Deze journey heeft geen drivers (outline: drivers: naam = gewicht; ...).",
        "This journey has no drivers (outline: drivers: name = weight; ...).")
    public let gapOnlyForNo = Phrase(
        "Ontwerp- of implementatiekloof: alleen bij een 'nee'.", "Design or implementation gap: only for a 'no'.")
    public let findOutOnlyForDontKnow = Phrase(
        "Uitzoeken: alleen bij een 'weet niet'.", "Finding out: only for a 'don't know'.")
    public let promptWho = Phrase("Wie zoekt het uit?", "Who finds out?")
    public let promptResearchDue = Phrase(
        "Uiterlijk wanneer (JJJJ-MM-DD, mag leeg)", "By when (YYYY-MM-DD, may be empty)")
    public let promptJourneyAction = Phrase(
        "Gedragsactie voor de hele journey", "Behaviour action for the whole journey")
    public let promptTopMoment = Phrase(
        "Topmoment bij deze stap: wat beleeft de klant?", "Top moment at this step: what does the customer live?")
    public let criteriaKeys = Phrase(
        "1–4 wisselt ja / nee / open · Enter klaar · x topmoment weg",
        "1–4 toggles yes / no / not judged · Enter done · x remove the top moment")
    public let moreUnder = Template("En nog {1} onder {2}.", "And {1} more under {2}.")
    public let levelHeading = Template("Niveau {1}: {2}", "Level {1}: {2}")
    public let noSuchDriver = Template(
        "Driver {1} bestaat niet: deze journey heeft {2} {2:driver|drivers}.",
        "There is no driver {1}: this journey has {2} {2:driver|drivers}.")
    public let promptHow = Template("Hoe: {1} (Esc: geen)", "How: {1} (Esc: none)")
    public let gapsWithoutAction = Template("{1} {1:gat|gaten} zonder actie", "{1} {1:gap|gaps} without an action")
    public let perPhase = Phrase("Per fase", "Per phase")
    public let comparison = Phrase("Vergelijking", "Comparison")
    public let reviewTitle = Phrase("Terugblik", "Review")
    public let reviewActions = Phrase("Acties van de vorige keer", "Last time's actions")
    public let reviewHabits = Phrase(
        "Gewoontes van de leiders: volgehouden? waardevol?", "The leaders' habits: kept? valuable?")
    public let reviewSince = Template("Vorige sessie: {1}.", "Previous session: {1}.")
    public let reviewExplain = Phrase(
        "Eerst terugkijken: wat werd er van elke actie?", "First look back: what became of each action?")
    public let reviewDone = Phrase("Alles besproken. Enter: naar de stappen.", "All reviewed. Enter: on to the steps.")
    public let followUpTitle = Phrase("Metrics en gewoontes", "Metrics and habits")
    public let followUpExplain = Phrase(
        "De metrics van deze journey nu, en de gewoonte die elke leider 6 weken volhoudt.",
        "The journey's metrics now, and the habit each leader keeps for 6 weeks.")
    public let internalMetrics = Phrase("Interne metrics", "Internal metrics")
    public let externalMetrics = Phrase("Externe metrics", "External metrics")
    public let noMetrics = Phrase(
        "geen (outline: interne metrics: / externe metrics:)", "none (outline: internal metrics: / external metrics:)")
    public let leaderHabits = Phrase("Gewoontes van de leiders", "The leaders' habits")
    public let noHabitsYet = Phrase("nog geen; a kiest er een uit het menu", "none yet; a picks one from the menu")
    public let kept = Phrase("volgehouden", "kept")
    public let valuable = Phrase("waardevol", "valuable")
    public let since = Phrase("sinds", "since")
    public let promptReviewNote = Phrase("Notitie bij deze actie", "Note on this action")
    public let promptMetricValue = Template("Waarde van {1} nu (leeg = wissen)", "Value of {1} now (empty = clear)")
    public let promptHabitLeader = Phrase("Naam van de leider", "The leader's name")
    public let promptHabitStart = Phrase("Begint op (JJJJ-MM-DD)", "Starts on (YYYY-MM-DD)")
    public let chooseHabit = Phrase("Kies een gewoonte (1–9; Esc annuleert):", "Pick a habit (1–9; Esc cancels):")
    public let invalidNumber = Phrase("Geen getal: niets veranderd.", "Not a number: nothing changed.")
    public let lastTime = Template("vorige keer: {1}", "last time: {1}")
    public let absentOwners = Template(
        "Niet in de zaal, wel eigenaar van stappen: {1}", "Not in the room, but owning steps: {1}")
    public let gapsPerDepartment = Phrase("Gaten per afdeling", "Gaps per department")
    public let department = Phrase("Afdeling", "Department")
    public let noDepartment = Phrase("(geen afdeling)", "(no department)")
    public let reviewReport = Phrase("Terugblik op de vorige keer", "Review of last time")
    public let outcome = Phrase("Uitkomst", "Outcome")
    public let metricsReport = Phrase("Metrics", "Metrics")
    public let value = Phrase("Waarde", "Value")
    public let habitsReport = Phrase("Gewoontes van de leiders", "The leaders' habits")
    public let leader = Phrase("Leider", "Leader")
    public let habit = Phrase("Gewoonte", "Habit")
    public let follows = Phrase("Volgt op", "Follows")
    public let sessionsCompared = Phrase("Sessies", "Sessions")
    public let yesSharePerLens = Phrase("Aandeel ja per type beleving", "Share of yes per type of experience")
    public let trend = Phrase("Trend", "Trend")
    public let better = Phrase("Beter", "Better")
    public let worse = Phrase("Slechter", "Worse")
    public let knowledgeGained = Phrase("Kennis gewonnen", "Knowledge gained")
    public let doneButUnmoved = Phrase("Gedaan, maar het antwoord bewoog niet", "Done, but the answer did not move")
    public let stillSays = Template("gedaan, maar het team zegt nog steeds {1}", "done, but the team still says {1}")
    public let stepsAddedRemoved = Phrase("Stappen erbij en eraf", "Steps added and removed")
    public let metricsOverTime = Phrase("Metrics door de tijd", "Metrics over time")
    public let metric = Phrase("Metric", "Metric")
    public let target = Phrase("Doel", "Target")
    public let disagreement = Phrase("Niet eens", "Disagreement")
    public let disagreementExplain = Phrase(
        "Vragen waar de zaal stemde en geen antwoord twee derde van de stemmen kreeg: een verschil van inzicht tussen de leiders, vaak de nuttigste bevinding.",
        "Questions where the room voted and no answer had two thirds of the votes: the leaders see it differently, often the most useful finding."
    )
    public let answer = Phrase("Antwoord", "Answer")
    public let promptTally = Phrase("Stemmen: ja nee weet-niet (bijv. 4 2 1)", "Votes: yes no don't-know (e.g. 4 2 1)")
    public let invalidTally = Phrase(
        "Schrijf drie aantallen: ja nee weet-niet, bijv. 4 2 1.", "Write three counts: yes no don't-know, e.g. 4 2 1.")
    public let split = Phrase("niet eens", "split")
    public let paused = Phrase("PAUZE", "PAUSED")
    public let pausedHint = Phrase("de klok staat stil · spatie gaat verder", "the clock is stopped · space resumes")
    public let questionsLegend = Phrase("De vijf vragen", "The five questions")
    public let criterion = Phrase("Criterium", "Criterion")
    public let help = Phrase("Alle toetsen", "All keys")
    public let improve = Phrase("verbeteren", "improve")
    public let investigate = Phrase("uitzoeken", "find out")
    public let actions = Phrase("acties", "actions")
    public let action = Phrase("Actie", "Action")
    public let otherActions = Phrase("Overige acties", "Other actions")
    public let potentialRow = Phrase("potentieel", "potential")
    public let openRow = Phrase("open", "open")
    public let undone = Phrase("Ongedaan gemaakt.", "Undone.")
    public let nothingToUndo = Phrase("Niets om ongedaan te maken.", "Nothing to undo.")
    public let lastStep = Phrase("De laatste stap kan niet weg.", "The last step cannot be deleted.")
    public let cannotMove = Phrase("Verder kan niet.", "It cannot move further.")
    public let emptyText = Phrase("Leeg: niets veranderd.", "Empty: nothing changed.")
    public let invalidDate = Phrase(
        "Geen datum (JJJJ-MM-DD): niets veranderd.", "Not a date (YYYY-MM-DD): nothing changed.")
    public let notSaved = Phrase("NIET OPGESLAGEN", "NOT SAVED")
    public let promptStepNote = Phrase("Notitie bij de stap", "Note on the step")
    public let promptAddStep = Phrase("Nieuwe stap (na de huidige)", "New step (after this one)")
    public let promptRenameStep = Phrase("Stap hernoemen", "Rename step")
    public let promptPhaseTitle = Phrase("Nieuwe fase (na deze fase): naam", "New phase (after this phase): name")
    public let promptPhaseStep = Phrase("Eerste stap van de nieuwe fase", "First step of the new phase")
    public let promptRenamePhase = Phrase("Fase hernoemen", "Rename phase")
    public let promptTimebox = Phrase(
        "Timebox per stap (bijv. 3m; leeg = uit)", "Timebox per step (e.g. 3m; empty = off)")
    public let promptActionText = Phrase("Verbeteractie", "Improvement action")
    public let promptOwner = Phrase("Eigenaar", "Owner")
    public let promptDue = Phrase("Deadline (JJJJ-MM-DD, mag leeg)", "Due date (YYYY-MM-DD, may be empty)")
    public let promptSaveAs = Phrase("Opslaan als (pad)", "Save as (path)")
    public let inputKeys = Phrase("Enter bewaart · Esc annuleert", "Enter saves · Esc cancels")
    public let journeyComplete = Phrase(
        "Alle stappen beantwoord. m: metrics en gewoontes · p: beslissen wat eerst.",
        "Every step answered. m: metrics and habits · p: decide what comes first.")
    public let nothingYet = Phrase(
        "Nog geen 'nee' of 'weet niet'. Elk 'nee' en 'weet niet' komt hier.",
        "No 'no' or 'don't know' yet. Every 'no' and 'don't know' appears here.")
    public let notApplicable = Phrase(
        "De gebruikersvraag geldt alleen voor een stap met een digitaal element (g zet het aan).",
        "The user question applies only to a step with a digital element (g switches it on).")
    public let invalidTimebox = Phrase(
        "Schrijf bijv. 3m, 90s of 2m30s (leeg = uit).", "Write e.g. 3m, 90s or 2m30s (empty = off).")
    public let keptInMemory = Phrase(
        "antwoorden staan in het geheugen; opnieuw proberen elke seconde; S = elders opslaan",
        "answers are kept in memory; retrying every second; S = save elsewhere")
    public let promptLevel = Phrase(
        "Niveau: 1 gedrag · 2 journey · 3 moment (Esc annuleert)",
        "Level: 1 behaviour · 2 journey · 3 moment (Esc cancels)")
    public let confirmDeleteTopMoment = Phrase(
        "Het topmoment verwijderen? x = weg, andere toets = houden",
        "Remove the top moment? x = remove, other key = keep")
    public let confirmDeleteAction = Phrase(
        "Deze actie verwijderen? x = weg, andere toets = houden", "Delete this action? x = delete, other key = keep")
    public let report = Phrase("Rapport", "Report")
    public let date = Phrase("Datum", "Date")
    public let lastChanged = Phrase("laatst gewijzigd", "last changed")
    public let facilitator = Phrase("Begeleider", "Facilitator")
    public let participants = Phrase("Deelnemers", "Participants")
    public let progress = Phrase("Voortgang", "Progress")
    public let timeSpent = Phrase("tijd besteed", "time spent")
    public let summary = Phrase("Samenvatting per type beleving", "Summary per type of experience")
    public let lens = Phrase("Type beleving", "Type of experience")
    public let yesShare = Phrase("Aandeel ja", "Share yes")
    public let legend = Phrase("Legenda", "Legend")
    public let step = Phrase("Stap", "Step")
    public let phase = Phrase("Fase", "Phase")
    public let time = Phrase("Tijd", "Time")
    public let reportImprove = Phrase("Verbeteren (nee)", "Improve (no)")
    public let reportInvestigate = Phrase("Uitzoeken (weet niet)", "Find out (don't know)")
    public let none = Phrase("Geen.", "None.")
    public let reportActions = Phrase("Verbeteracties", "Improvement actions")
    public let level = Phrase("Niveau", "Level")
    public let owner = Phrase("Eigenaar", "Owner")
    public let due = Phrase("Deadline", "Due")
    public let notes = Phrase("Notities", "Notes")
    public let reportStepNote = Phrase("Stap", "Step")
    public let reportTotal = Phrase("Totaal", "Total")
    public let improveExplain = Phrase(
        "Bekende gaten: hier voldoet de stap niet.", "Known gaps: here the step falls short.")
    public let investigateExplain = Phrase(
        "Kennisgaten: niemand in de zaal wist het antwoord. Zoek het uit voordat je het verbetert.",
        "Knowledge gaps: nobody in the room knew. Find out before you improve.")

    // MARK: Templates
    public let stepOf = Template("stap {1} van {2}", "step {1} of {2}")
    public let olderVersion = Template(
        "Formaat versie {1}: het origineel blijft bewaard als .v{1}.json",
        "Format version {1}: the original is kept as .v{1}.json")
    public let originalKept = Template("Origineel (oud formaat) bewaard in {1}", "Original (old format) kept in {1}")
    public let savedElsewhere = Template("Opgeslagen in {1}", "Saved to {1}")
    public let notSavedAs = Template("Niet opgeslagen als {1}: {2}", "Not saved as {1}: {2}")
    public let tooSmall = Template(
        "Venster te klein ({1}×{2}). JourneyCheck heeft minstens {3}×{4} nodig.",
        "Window too small ({1}×{2}). JourneyCheck needs at least {3}×{4}.")
    public let promptNote = Template("Notitie bij {1}", "Note on {1}")
    public let confirmDelete = Template(
        "Stap {1} '{2}' met antwoorden weg? x = weg, andere toets = houden",
        "Delete step {1} '{2}' and its answers? x = delete, other key = keep")
    public let recoverPrompt = Template(
        "Een opslag werd onderbroken. Die versie heeft {1} {1:antwoord|antwoorden}, het bestand {2}. r = die versie gebruiken, k = bestand houden",
        "A save was interrupted. That copy has {1} {1:answer|answers}, the file {2}. r = use that copy, k = keep the file"
    )
    public let stepsComplete = Template(
        "{1} van {2} {2:stap|stappen} volledig beantwoord", "{1} of {2} {2:step|steps} fully answered")
    public let openQuestions = Template("{1} {1:vraag|vragen} nog open", "{1} {1:question|questions} still open")

    // MARK: The method's labels and questions (verbatim)
    public let lensLabels: [Lens: Phrase] = [
        .brand: Phrase("Merk", "Brand"), .customer: Phrase("Klant", "Customer"),
        .employee: Phrase("Medewerker", "Employee"),
        .service: Phrase("Service", "Service"), .user: Phrase("Gebruiker", "User"),
    ]
    /// Three letters, for narrow columns.
    public let lensShortLabels: [Lens: Phrase] = [
        .brand: Phrase("Mrk", "Brd"), .customer: Phrase("Klt", "Cus"), .employee: Phrase("Mdw", "Emp"),
        .service: Phrase("Srv", "Srv"), .user: Phrase("Gbr", "Usr"),
    ]
    public let lensQuestions: [Lens: Phrase] = [
        .brand: Phrase(
            "Is deze stap 100% in lijn met onze merkbelofte?", "Is this step 100% in line with our brand promise?"),
        .customer: Phrase(
            "Is deze stap in lijn met onze belangrijkste drivers?",
            "Is this step in line with our most important drivers?"),
        .employee: Phrase(
            "Voelen medewerkers zich in deze stap optimaal gefaciliteerd om de klant een goede beleving te geven?",
            "Do employees feel optimally equipped in this step to give the customer a good experience?"),
        .service: Phrase(
            "Als de klant een vraag heeft over deze stap in de journey, weten ze dan waar ze terecht kunnen en weten wij hoe die service journey eruit ziet?",
            "If the customer has a question about this step of the journey, do they know where to go, and do we know what that service journey looks like?"
        ),
        .user: Phrase(
            "Als er in deze stap een digitaal element zit, is dat dan super makkelijk, in lijn met onze merkbelofte en de belangrijkste drivers?",
            "If this step has a digital element, is it super easy, and in line with our brand promise and most important drivers?"
        ),
    ]
    public let answerLabels: [Answer: Phrase] = [
        .open: Phrase("open", "open"), .yes: Phrase("ja", "yes"), .no: Phrase("nee", "no"),
        .dontKnow: Phrase("weet niet", "don't know"), .notApplicable: Phrase("n.v.t.", "n/a"),
    ]
    public let gapLabels: [GapKind: Phrase] = [
        .knowledge: Phrase("kenniskloof", "knowledge gap"), .design: Phrase("ontwerpkloof", "design gap"),
        .implementation: Phrase("implementatiekloof", "implementation gap"),
    ]
    public let gapShortLabels: [GapKind: Phrase] = [
        .knowledge: Phrase("kennis", "knowl."), .design: Phrase("ontwerp", "design"),
        .implementation: Phrase("implem.", "implem."),
    ]
    public let researchLabels: [ResearchMethod: Phrase] = [
        .survey: Phrase("enquête", "survey"), .focusGroup: Phrase("focusgroep", "focus group"),
        .observation: Phrase("waarneming", "observation"), .interview: Phrase("interview", "interview"),
        .dataAnalysis: Phrase("data-analyse", "data analysis"),
        .askInternally: Phrase("intern navragen", "ask internally"),
    ]
    public let momentCriteria: [MomentCriterion: Phrase] = [
        .beyondEveryday: Phrase("Ontstijg het alledaagse", "Rise above the everyday"),
        .pride: Phrase("Geef de klant een gevoel van trots", "Give the customer a sense of pride"),
        .shareable: Phrase(
            "Creëer momenten die men wil delen: zou de klant zijn telefoon pakken om een foto van dit moment te maken?",
            "Create moments people want to share: would the customer take out their phone to photograph this moment?"),
        .inspiring: Phrase(
            "Inspireer de klant, biedt iets om naar te streven", "Inspire the customer, offer something to strive for"),
    ]
    public let reviewLabels: [ReviewOutcome: Phrase] = [
        .done: Phrase("gedaan", "done"), .inProgress: Phrase("bezig", "in progress"),
        .dropped: Phrase("geschrapt", "dropped"),
        .carriedOver: Phrase("doorgeschoven", "carried over"),
    ]
    /// Seed 000's menu of concrete habits for leaders; an outline may add its own.
    public let defaultHabits: [Phrase] = [
        Phrase(
            "Dagelijks doe ik minimaal 1 actie die een positieve impact heeft op de klant.",
            "Every day I do at least one thing that has a positive impact on the customer."),
        Phrase(
            "1x per week deel ik in ons teamoverleg wat ik zelf heb geleerd n.a.v. klantinzichten.",
            "Once a week I share in our team meeting what I learned from customer insights."),
        Phrase(
            "Ik start mijn dag door aan een teamlid te vragen of zij zich gefaciliteerd voelen om een top klantbeleving te geven.",
            "I start my day by asking a team member whether they feel equipped to give a top customer experience."),
        Phrase(
            "Iedere meeting starten we met 5 minuten delen van een recente klantcase.",
            "Every meeting starts with five minutes on a recent customer case."),
        Phrase(
            "1x per maand vraag ik minimaal 1 medewerker in de operatie wat ik kan doen zodat zij meer impact op de klant kunnen maken.",
            "Once a month I ask at least one employee in operations what I can do so they can make more impact on the customer."
        ),
    ]
    public let levelLabels: [ActionLevel: Phrase] = [
        .behaviour: Phrase("gedrag", "behaviour"), .journey: Phrase("journey", "journey"),
        .moment: Phrase("moment", "moment"),
    ]

    // MARK: The start screen (before a session's language is known: both at once)
    public let startTitle = Phrase("start · nieuw of verder", "new or resume")
    public let startNothing = Template(
        "Geen workshops in {1}/ en geen sessies in {2}/. Schrijf een outline (zie README) en start: journeycheck start OUTLINE.md",
        "No workshops in {1}/ and no sessions in {2}/. Write an outline (see README) and run: journeycheck start OUTLINE.md"
    )
    public let startResume = Phrase("Verder met een sessie", "Resume a session")
    public let startNew = Phrase("Nieuwe workshop", "Start a workshop")
    public let startInvalid = Phrase("⚠ ongeldig", "⚠ invalid")
    public let startReassessOnlySessions = Phrase(
        "r: een volgende sessie van een opgeslagen sessie", "r: the next session of a saved session")
    public let footerStart: [[KeyWord]] = [
        [
            KeyWord(Phrase("↑↓", "↑↓"), Phrase("kies", "select")),
            KeyWord(Phrase("Enter", "Enter"), Phrase("start", "open")),
            KeyWord(Phrase("r", "r"), Phrase("opnieuw", "reassess")),
            KeyWord(Phrase("q", "q"), Phrase("stop", "quit")),
        ]
    ]
}
