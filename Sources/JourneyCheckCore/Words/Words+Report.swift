// The words of the deliverable (the executive summary, the appendix, the workbook and the
// tables that go both ways), read through `Wording` like `Words` itself.

/// The report's words, in Dutch and English.
public struct ReportWords: Sendable {
    public static let table = ReportWords()

    public let executiveSummary = Phrase("Samenvatting", "Executive summary")
    public let appendix = Phrase("Bijlage", "Appendix")
    public let organisation = Phrase("Organisatie", "Organisation")
    public let levelToStart = Phrase("Beginnen op", "Level to start on")
    public let startLevelBehaviour = Template(
        "{1}. De zwaarste driver, {2}, is een gedragsdriver (de menselijke kant): begin met gedrag, kleine gewoontes en speelsheid (regel: is de zwaarste driver een gedragsdriver, begin dan op niveau 1).",
        "{1}. The heaviest driver, {2}, is a behaviour driver (the human side): start with behaviour, tiny habits and playfulness (rule: when the heaviest driver is a behaviour driver, start at level 1)."
    )
    public let startLevelJourney = Template(
        "{1}. De zwaarste driver, {2}, is geen gedragsdriver (regel: is de zwaarste driver een gedragsdriver, begin dan op niveau 1, anders op niveau 2).",
        "{1}. The heaviest driver, {2}, is not a behaviour driver (rule: when the heaviest driver is a behaviour driver, start at level 1, otherwise at level 2)."
    )
    public let startLevelNoWeights = Template(
        "{1}. Geen driver heeft een gewicht (regel: is de zwaarste driver een gedragsdriver, begin dan op niveau 1, anders op niveau 2).",
        "{1}. No driver has a weight (rule: when the heaviest driver is a behaviour driver, start at level 1, otherwise at level 2)."
    )
    public let countsLine = Template(
        "{1} {1:stap|stappen} · {2} nee · {3} weet niet · {4} open · {5} {5:actie|acties} · {6} {6:gat|gaten} zonder actie",
        "{1} {1:step|steps} · {2} no · {3} don't know · {4} open · {5} {5:action|actions} · {6} {6:gap|gaps} without an action"
    )
    public let noWithoutDecision = Template(
        "{1} {1:nee|nee's} zonder driver of actie: in reisvolgorde onder {2}.",
        "{1} {1:no|no's} without a driver or an action: in journey order under {2}.")
    public let moreFixFirst = Template(
        "En nog {1} met een driver of actie onder {2}.", "And {1} more with a driver or an action under {2}.")
    public let dontKnowWithoutWho = Template(
        "{1} {1:keer|keer} weet niet zonder iemand die het uitzoekt: in reisvolgorde onder {2}.",
        "{1} {1:don't know|don't knows} with nobody to find out: in journey order under {2}.")
    public let moreFindOut = Template(
        "En nog {1} met iemand die het uitzoekt onder {2}.", "And {1} more with someone to find out under {2}.")
    public let findOutOrder = Phrase(
        "Volgorde: als bij Eerst aanpakken (score, dan meeste 'nee' in de stap, dan stap, dan type).",
        "Order: as Fix first (score, then most 'no' answers in the step, then step, then lens).")
    public let actionsOrder = Phrase(
        "Volgorde: per niveau, dan in reisvolgorde (acties op de hele journey eerst).",
        "Order: by level, then in journey order (actions on the whole journey first).")
    public let journeyOrder = Phrase("Volgorde: reisvolgorde.", "Order: journey order.")
    public let splitVote = Phrase("niet eens (stemmen verdeeld)", "split vote")
    public let heatmap = Phrase("De journey in één oogopslag", "The journey at a glance")

    public let startShort = Template("begin op niveau {1}: {2}", "start at level {1}: {2}")
    public let behaviourDriver = Phrase("gedragsdriver", "behaviour driver")
    public let votesPerQuestion = Phrase("Stemmen per vraag", "Votes per question")
    public let voters = Phrase("Gestemd", "Voted")
    public let analysisSource = Template("analyse n={1}", "analysis n={1}")

    // MARK: compare
    public let lastTimesActions = Phrase("Acties van de vorige keer", "Last time's actions")
    public let answerThenNow = Phrase("Antwoord toen → nu", "Answer then → now")
    public let moved = Phrase("Bewogen", "Moved")
    public let notReviewed = Phrase("niet besproken", "not reviewed")
    public let compareSummary = Template(
        "Ja-aandeel {1} → {2} ({3}) · {4} beter · {5} slechter · {6} keer kennis gewonnen · {7} van {8} {8:actie|acties} gedaan, {9} zonder dat het antwoord bewoog",
        "Yes share {1} → {2} ({3}) · {4} better · {5} worse · {6} knowledge gained · {7} of {8} {8:action|actions} done, {9} without the answer moving"
    )
    public let actionsOrderAgreed = Phrase(
        "Volgorde: zoals ze zijn afgesproken.", "Order: as they were agreed.")

    // MARK: The room: the phones' page and the wall
    public let phoneStep = Template("Stap {1}", "Step {1}")
    public let phoneCounted = Template(
        "Geteld: {1}. Je kunt je stem veranderen tot hij op de muur verschijnt.",
        "Counted: {1}. You can change your vote until it is shown on the wall.")
    public let phoneClosed = Phrase(
        "Deze vraag is al gesloten; je stem is niet geteld. Hieronder de vraag van nu.",
        "This question is closed; your vote was not counted. Below is the question now.")
    public let phoneRetry = Phrase(
        "Je stem kon niet bewaard worden; probeer het nog eens.", "Your vote could not be kept; try again.")
    public let phoneWaiting = Phrase(
        "Even wachten: de begeleider kiest de volgende vraag.", "One moment: the facilitator picks the next question.")
    public let phoneAnonymous = Phrase(
        "Anoniem: alleen het aantal stemmen per antwoord wordt bewaard, niet wie wat stemde.",
        "Anonymous: only how many voted each answer is kept, never who voted what.")
    public let phoneNotApplicable = Phrase(
        "Deze vraag geldt niet voor deze stap.", "This question does not apply to this step.")
    public let roomOpen = Template("Zaal open: {1}", "Room open: {1}")
    public let roomVoted = Template("{1} gestemd", "{1} voted")
    public let roomVotedOf = Template("{1} van {2} gestemd", "{1} of {2} voted")
    public let roomKeys = Phrase(
        "v onthult de stemmen · Q toont de QR-code · Z sluit de zaal",
        "v reveals the votes · Q shows the QR code · Z closes the room")
    public let roomWindowTooSmall = Phrase(
        "Maak het venster groter om de QR-code te tonen.", "Make the window larger to show the QR code.")
    public let roomFailed = Template("De zaal kon niet open: {1}", "The room could not open: {1}")

    // MARK: The tables that go both ways (CSV, the workbook)
    public let importedActions = Template(
        "{1} {1:rij|rijen} gelezen, {2} {2:actie|acties} gewijzigd, {3} toegevoegd",
        "{1} {1:row|rows} read, {2} {2:action|actions} changed, {3} added")
    public let importedActionsDryRun = Template(
        "{1} {1:rij|rijen} gelezen, {2} {2:actie|acties} {2:zou|zouden} veranderen, {3} toegevoegd worden; niets gewijzigd (--dry-run)",
        "{1} {1:row|rows} read, {2} {2:action|actions} would change, {3} would be added; nothing changed (--dry-run)")
    public let importedFindOuts = Template(
        "{1} {1:rij|rijen} gelezen, {2} {2:uitzoekpunt|uitzoekpunten} gewijzigd",
        "{1} {1:row|rows} read, {2} {2:find-out|find-outs} changed")
    public let importedFindOutsDryRun = Template(
        "{1} {1:rij|rijen} gelezen, {2} {2:uitzoekpunt|uitzoekpunten} {2:zou|zouden} veranderen; niets gewijzigd (--dry-run)",
        "{1} {1:row|rows} read, {2} {2:find-out|find-outs} would change; nothing changed (--dry-run)")
    public let sheetAnswers = Phrase("Antwoorden", "Answers")
    public let sheetActions = Phrase("Acties", "Actions")
    public let sheetFindOuts = Phrase("Uitzoeken", "Find-outs")
    public let sheetHeatmap = Phrase("Heatmap", "Heatmap")
}
