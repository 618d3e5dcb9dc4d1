/// The three gaps of seed 004 ("Mind the gaps!"). A "don't know" is always a knowledge gap; a
/// "no" is a design gap or an implementation gap, once the team has said which.
public enum GapKind: String, Codable, Sendable, CaseIterable {
    /// Kenniskloof: do we understand what the customer expects?
    case knowledge
    /// Ontwerpkloof: "Bied ik nog steeds het juiste antwoord?" The design is wrong.
    case design
    /// Implementatiekloof: "Hoe goed zijn we bezig om dit vandaag te brengen?" The design is
    /// right, the delivery is not.
    case implementation

    public func label(_ language: Language) -> String { Words.table.gapLabels[self]!.text(language) }
    /// A short form for narrow columns.
    public func shortLabel(_ language: Language) -> String { Words.table.gapShortLabels[self]!.text(language) }
}
