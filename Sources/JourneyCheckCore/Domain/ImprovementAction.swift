#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An improvement action the team agreed on.
public struct ImprovementAction: Codable, Sendable, Equatable, Identifiable {
    public var id: ActionID
    /// The step it belongs to; nil for an action on the whole journey (often a behaviour).
    public var step: StepID?
    /// The lens it answers, when it answers one.
    public var lens: Lens?
    public var text: String
    public var level: ActionLevel
    public var owner: String
    /// ISO date, `YYYY-MM-DD`.
    public var due: String?
    /// What earlier sessions said of it, oldest first (an action carried over lives on).
    public var history: [ActionHistoryEntry]

    public init(
        id: ActionID, step: StepID?, lens: Lens?, text: String, level: ActionLevel, owner: String, due: String? = nil
    ) {
        self.id = id
        self.step = step
        self.lens = lens
        self.text = text
        self.level = level
        self.owner = owner
        self.due = due
        history = []
    }

    /// Its level, owner and due date, as every screen and report shows them after its text.
    public func details(_ language: Language) -> [String] {
        [level.label(language)] + (owner.isEmpty ? [] : [owner]) + (due.map { [$0] } ?? [])
    }

    enum CodingKeys: String, CodingKey { case id, step, lens, text, level, owner, due, history }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ActionID.self, forKey: .id)
        step = try c.decodeIfPresent(StepID.self, forKey: .step)
        lens = try c.decodeIfPresent(Lens.self, forKey: .lens)
        text = try c.decode(String.self, forKey: .text)
        level = try c.decode(ActionLevel.self, forKey: .level)
        owner = try c.decode(String.self, forKey: .owner)
        due = try c.decodeIfPresent(String.self, forKey: .due)
        history = try c.decodeIfPresent([ActionHistoryEntry].self, forKey: .history) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(step, forKey: .step)
        try c.encodeIfPresent(lens, forKey: .lens)
        try c.encode(text, forKey: .text)
        try c.encode(level, forKey: .level)
        try c.encode(owner, forKey: .owner)
        try c.encodeIfPresent(due, forKey: .due)
        if !history.isEmpty { try c.encode(history, forKey: .history) }
    }
}
