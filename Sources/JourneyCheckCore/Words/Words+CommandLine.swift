// What the command line prints when a command went well. The command line speaks English;
// the Dutch is kept beside it, as for every word, so that the table stays one table.

/// The command line's lines (read through `Words`, like every other word).
struct CommandLineWords: Sendable {
    static let table = CommandLineWords()

    public let outlineOK = Template(
        "ok (outline, {1} {1:stap|stappen} in {2} {2:fase|fasen})",
        "ok (outline, {1} {1:step|steps} in {2} {2:phase|phases})")
    public let sessionOK = Template(
        "ok (sessie, {1} {1:stap|stappen}, {2} volledig beantwoord)",
        "ok (session, {1} {1:step|steps}, {2} fully answered)")
    public let imported = Template(
        "{1} {1:rij|rijen} gelezen, {2} {2:vraag|vragen} gewijzigd",
        "{1} {1:row|rows} read, {2} {2:question|questions} changed")

    public let savedOnQuit = Template(
        "Opgeslagen in {1}. Verder met: journeycheck resume {1}", "Saved in {1}. Resume with: journeycheck resume {1}")
    public let newSessionMade = Template(
        "{1}: nieuwe sessie '{2}', {3} {3:stap|stappen}. Open hem met: journeycheck resume {1}",
        "{1}: new session '{2}', {3} {3:step|steps}. Open it with: journeycheck resume {1}")
    public let nextSessionMade = Template(
        "{1}: volgende sessie van '{2}' (volgt op {3}), {4} {4:stap|stappen}, {5} {5:actie|acties} om terug te kijken. Open hem met: journeycheck resume {1}",
        "{1}: next session of '{2}' (follows {3}), {4} {4:step|steps}, {5} {5:action|actions} to review. Open it with: journeycheck resume {1}"
    )
}

extension Words {
    public var outlineOK: Template { CommandLineWords.table.outlineOK }
    public var sessionOK: Template { CommandLineWords.table.sessionOK }
    public var imported: Template { CommandLineWords.table.imported }
    public var newSessionMade: Template { CommandLineWords.table.newSessionMade }
    public var savedOnQuit: Template { CommandLineWords.table.savedOnQuit }
    public var nextSessionMade: Template { CommandLineWords.table.nextSessionMade }
}
