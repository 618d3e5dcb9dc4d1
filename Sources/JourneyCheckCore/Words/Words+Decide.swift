// The decide list's column headers and the legend of its symbols.

/// The decide screen's headers (read through `Words`, like every other word).
struct DecideWords: Sendable {
    static let table = DecideWords()

    public let columnLens = Phrase("type", "lens")
    public let columnGap = Phrase("kloof", "gap")
    public let columnText = Phrase("stap", "step")
    public let orderBeforeLinks = Phrase(
        "nog geen driver gekoppeld: volgorde meeste nee in de stap · stap · type",
        "no driver linked yet: order by most no's in the step · step · lens")
    public let decideLegend = Phrase(
        "● actie of wie het uitzoekt · ○ nog niets · ≠ niet eens · Σ score · cijfers: gekoppelde drivers",
        "● an action or who finds out · ○ nothing yet · ≠ split vote · Σ score · numbers: linked drivers")
}

extension Words {
    public var columnLens: Phrase { DecideWords.table.columnLens }
    public var columnGap: Phrase { DecideWords.table.columnGap }
    public var columnText: Phrase { DecideWords.table.columnText }
    public var orderBeforeLinks: Phrase { DecideWords.table.orderBeforeLinks }
    public var decideLegend: Phrase { DecideWords.table.decideLegend }
}
