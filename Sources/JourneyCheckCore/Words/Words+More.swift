// More of the one table of words, read through `Wording` like `Words` itself (see
// `Wording`'s subscripts): what came with the fourth round, kept here so that `Words.swift`
// stays a file one can read.

/// More of every word JourneyCheck shows or writes, in Dutch and English.
public struct MoreWords: Sendable {
    public static let table = MoreWords()

    // MARK: The command line's lines (English on the command line; the Dutch kept beside it)
    public let outlineOK = Template(
        "ok (outline, {1} {1:stap|stappen} in {2} {2:fase|fasen})",
        "ok (outline, {1} {1:step|steps} in {2} {2:phase|phases})")
    public let sessionOK = Template(
        "ok (sessie, {1} {1:stap|stappen}, {2} volledig beantwoord)",
        "ok (session, {1} {1:step|steps}, {2} fully answered)")
    public let importedDryRun = Template(
        "{1} {1:rij|rijen} gelezen, {2} {2:vraag|vragen} {2:zou|zouden} veranderen; niets gewijzigd (--dry-run)",
        "{1} {1:row|rows} read, {2} {2:question|questions} would change; nothing changed (--dry-run)")
    public let imported = Template(
        "{1} {1:rij|rijen} gelezen, {2} {2:vraag|vragen} gewijzigd",
        "{1} {1:row|rows} read, {2} {2:question|questions} changed")

    public let savedOnQuit = Template(
        "Opgeslagen in {1}. Verder met: journeycheck resume {1}", "Saved in {1}. Resume with: journeycheck resume {1}")
    public let newSessionMade = Template(
        "{1}: nieuwe sessie '{2}', {3} {3:stap|stappen}. Open hem met: journeycheck resume {1}",
        "{1}: new session '{2}', {3} {3:step|steps}. Open it with: journeycheck resume {1}")
    public let nextSessionMade = Template(
        "{1}: volgende sessie van '{2}' (volgt op {3}), {4} {4:stap|stappen}, {5} {5:actie|acties} en {6} {6:uitzoekpunt|uitzoekpunten} om terug te kijken. Open hem met: journeycheck resume {1}",
        "{1}: next session of '{2}' (follows {3}), {4} {4:step|steps}, {5} {5:action|actions} and {6} {6:find-out|find-outs} to review. Open it with: journeycheck resume {1}"
    )

    // MARK: The walk: drivers linked right after a no, the last open question, the review of find-outs, the decide list
    public let driverAfterNo = Phrase(
        "Een cijfer koppelt een driver aan een nee, direct nadat die gegeven is.",
        "A number links a driver to a no, right after it was given.")
    public let driverLinked = Template(
        "Driver {1} ({2}) gekoppeld aan {3}, stap {4}.", "Driver {1} ({2}) linked to {3}, step {4}.")
    public let driverUnlinked = Template(
        "Driver {1} ({2}) los van {3}, stap {4}.", "Driver {1} ({2}) unlinked from {3}, step {4}.")
    public let driverForThisNo = Phrase("driver bij deze nee", "driver for this no")
    public let reviewFindOuts = Phrase(
        "Uitzoeken van de vorige keer: 1 uitgezocht · 2 nog open · 3 geschrapt",
        "Last time's find-outs: 1 found out · 2 still open · 3 dropped")
    public let findOutReviewReport = Phrase("Uitzoeken van de vorige keer", "Last time's find-outs")
    public let promptFindOutNote = Phrase("Wat is er uitgezocht?", "What was found out?")
    public let lastTimeNote = Template("vorige keer: {1} — {2}", "last time: {1} — {2}")
    public let nothingFromLastTime = Phrase(
        "Vorige keer is bij deze vraag niets gekoppeld.", "Last time linked nothing to this question.")
    public let lastTimeSuggestion = Template("vorige keer: {1} (l neemt over)", "last time: {1} (l keeps it)")
    public let reranked = Phrase(
        "Lijst opnieuw gerangschikt op score.", "The list is ranked again by score.")
    public let oneOpenLeft = Template(
        "Nog één open vraag: stap {1}, {2}.", "One open question left: step {1}, {2}.")

    // MARK: What the status line says after each change was kept, naming what was saved where
    public let noteKept = Template(
        "Notitie bewaard bij stap {1}, {2} (in {3}).", "Note kept on step {1}, {2} (in {3}).")
    public let stepNoteKept = Template(
        "Stapnotitie bewaard bij stap {1} (in {2}).", "Step note kept on step {1} (in {2}).")
    public let actionKept = Template("Actie bewaard: {1} [{2}] (in {3}).", "Action kept: {1} [{2}] (in {3}).")
    public let findOutKept = Template(
        "Uitzoeken bewaard bij stap {1}, {2}: {3} (in {4}).", "Finding out kept on step {1}, {2}: {3} (in {4}).")
    public let reviewNoteKept = Template("Notitie bij de actie bewaard (in {1}).", "Note on the action kept (in {1}).")
    public let metricKept = Template("{1} bewaard (in {2}).", "{1} kept (in {2}).")
    public let habitKept = Template("Gewoonte van {1} bewaard (in {2}).", "{1}'s habit kept (in {2}).")

    // MARK: The decide list's column headers and the legend of its symbols
    public let columnLens = Phrase("type", "lens")
    public let columnGap = Phrase("kloof", "gap")
    public let columnText = Phrase("stap", "step")
    public let orderBeforeLinks = Phrase(
        "nog geen driver gekoppeld: volgorde meeste nee in de stap · stap · type",
        "no driver linked yet: order by most no's in the step · step · lens")
    public let overallRow = Phrase("Alles samen", "Overall")
    public let changeColumn = Phrase("Verschil", "Change")
    public let decideLegend = Phrase(
        "● actie of wie het uitzoekt · ○ nog niets · ≠ niet eens · Σ score · cijfers: gekoppelde drivers",
        "● an action or who finds out · ○ nothing yet · ≠ split vote · Σ score · numbers: linked drivers")

    // MARK: The system's reasons for a failed write, in the room's words
    public let diskFull = Phrase("de schijf is vol", "the disk is full")
    public let noPermission = Phrase("geen toestemming om hier te schrijven", "no permission to write here")
    public let readOnly = Phrase("de schijf is alleen-lezen", "the disk is read-only")
    public let folderMissing = Template("de map {1} bestaat niet (meer)", "the folder {1} does not exist (any more)")
    public let notAFolder = Template("{1} is geen map", "{1} is not a folder")
    public let diskError = Phrase("de schijf gaf een fout", "the disk reported an error")
    public let inUse = Phrase("het bestand is elders geopend", "the file is open elsewhere")
    public let tooBig = Phrase("het bestand wordt te groot", "the file is getting too large")
}
