#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One of the journey's internal or external metrics (seed 000: "die 3 interne en externe
/// metrics"), for example NPS, CES or delivery time in days.
public struct Metric: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable { case `internal`, external }
    public var name: String
    public var unit: String
    public var target: Double?
    public var kind: Kind

    public init(name: String, unit: String = "", target: Double? = nil, kind: Kind) {
        self.name = name
        self.unit = unit
        self.target = target
        self.kind = kind
    }

    /// At most this many of each kind.
    public static let perKind = 3
}

/// What became of an action of the previous session, decided at the start of the next one.
public enum ReviewOutcome: String, Codable, Sendable, CaseIterable {
    case done, inProgress = "in_progress", dropped, carriedOver = "carried_over"

    public func label(_ language: Language) -> String { Words.table.reviewLabels[self]!.text(language) }

    /// In progress and carried-over actions live on in the new session.
    public var livesOn: Bool { self == .inProgress || self == .carriedOver }
}

/// An earlier session's verdict on an action: kept with the action as its history.
public struct ActionHistoryEntry: Codable, Sendable, Equatable {
    /// The day of the session that reviewed it, `YYYY-MM-DD`.
    public var date: String
    public var outcome: ReviewOutcome
    public var note: String

    public init(date: String, outcome: ReviewOutcome, note: String = "") {
        self.date = date
        self.outcome = outcome
        self.note = note
    }
}

/// An open action of the previous session, to be reviewed before the walk.
public struct ReviewItem: Codable, Sendable, Equatable {
    public var action: ImprovementAction
    /// Nil until the team decided.
    public var outcome: ReviewOutcome?
    public var note: String

    public init(action: ImprovementAction, outcome: ReviewOutcome? = nil, note: String = "") {
        self.action = action
        self.outcome = outcome
        self.note = note
    }
}

/// A habit a leader picked for six weeks (seed 000: "Laat iedere leidinggevende 1 nieuwe
/// habit kiezen ... Daarna samen evalueren").
public struct LeaderHabit: Codable, Sendable, Equatable {
    public var leader: String
    public var habit: String
    /// `YYYY-MM-DD`.
    public var started: String
    /// Set on a habit carried in from the previous session: the room says whether it was kept
    /// and whether it was valuable (nil until said).
    public var carried: Bool
    public var kept: Bool?
    public var valuable: Bool?

    public init(
        leader: String, habit: String, started: String, carried: Bool = false, kept: Bool? = nil, valuable: Bool? = nil
    ) {
        self.leader = leader
        self.habit = habit
        self.started = started
        self.carried = carried
        self.kept = kept
        self.valuable = valuable
    }
}

/// The session this one follows, as it was when the new one was made.
public struct SessionLink: Codable, Sendable, Equatable {
    /// The previous session's file, as it was given.
    public var path: String
    public var created: Date
    public var updated: Date

    public init(path: String, created: Date, updated: Date) {
        self.path = path
        self.created = created
        self.updated = updated
    }
}
