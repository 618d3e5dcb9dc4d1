// What the status line says after each change was kept, naming what was saved where.

/// The acknowledgements (read through `Words`, like every other word).
struct AcknowledgeWords: Sendable {
    static let table = AcknowledgeWords()

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
}

extension Words {
    public var noteKept: Template { AcknowledgeWords.table.noteKept }
    public var stepNoteKept: Template { AcknowledgeWords.table.stepNoteKept }
    public var actionKept: Template { AcknowledgeWords.table.actionKept }
    public var findOutKept: Template { AcknowledgeWords.table.findOutKept }
    public var reviewNoteKept: Template { AcknowledgeWords.table.reviewNoteKept }
    public var metricKept: Template { AcknowledgeWords.table.metricKept }
    public var habitKept: Template { AcknowledgeWords.table.habitKept }
}
