import Foundation

/// An improvement action the team agreed on.
public struct ImprovementAction: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// The step it belongs to; nil for an action on the whole journey (often a behaviour).
    public var step: String?
    /// The lens it answers, when it answers one.
    public var lens: Lens?
    public var text: String
    public var level: ActionLevel
    public var owner: String
    /// ISO date, `YYYY-MM-DD`.
    public var due: String?

    public init(
        id: String, step: String?, lens: Lens?, text: String, level: ActionLevel, owner: String, due: String? = nil
    ) {
        self.id = id
        self.step = step
        self.lens = lens
        self.text = text
        self.level = level
        self.owner = owner
        self.due = due
    }
}
