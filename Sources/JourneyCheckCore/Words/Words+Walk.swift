// What the step screen says during the walk: drivers linked right after a no, and the last
// open question.

/// The walk's words (read through `Words`, like every other word).
struct WalkWords: Sendable {
    static let table = WalkWords()

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
}

extension Words {
    public var driverAfterNo: Phrase { WalkWords.table.driverAfterNo }
    public var driverLinked: Template { WalkWords.table.driverLinked }
    public var driverUnlinked: Template { WalkWords.table.driverUnlinked }
    public var driverForThisNo: Phrase { WalkWords.table.driverForThisNo }
    public var reranked: Phrase { WalkWords.table.reranked }
    public var nothingFromLastTime: Phrase { WalkWords.table.nothingFromLastTime }
    public var lastTimeSuggestion: Template { WalkWords.table.lastTimeSuggestion }
    public var reviewFindOuts: Phrase { WalkWords.table.reviewFindOuts }
    public var findOutReviewReport: Phrase { WalkWords.table.findOutReviewReport }
    public var promptFindOutNote: Phrase { WalkWords.table.promptFindOutNote }
    public var lastTimeNote: Template { WalkWords.table.lastTimeNote }
    public var oneOpenLeft: Template { WalkWords.table.oneOpenLeft }
}
