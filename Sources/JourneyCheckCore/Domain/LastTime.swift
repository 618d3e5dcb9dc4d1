#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What the team said of a question in the session this one follows, beside last time's
/// answer: its note, the drivers it was linked to and the kind of gap. Shown during the walk,
/// and offered on the decide screen as last time's suggestion (`l` keeps it).
public struct LastTime: Codable, Sendable, Equatable {
    public var note: String
    public var drivers: [DriverID]
    public var gap: GapKind?

    public init(note: String = "", drivers: [DriverID] = [], gap: GapKind? = nil) {
        self.note = note
        self.drivers = drivers
        self.gap = gap
    }

    /// Last time's of a response, when there is anything to remember.
    public init?(of response: Response) {
        let gap = response.answer == .no ? response.gapKind : nil
        guard !response.note.isEmpty || !response.drivers.isEmpty || gap != nil else { return nil }
        self.init(note: response.note, drivers: response.drivers, gap: gap)
    }

    enum CodingKeys: String, CodingKey { case note, drivers, gap }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        note = try c.decodeIfPresent(String.self, forKey: .note) ?? ""
        drivers = try c.decodeIfPresent([DriverID].self, forKey: .drivers) ?? []
        gap = try c.decodeIfPresent(GapKind.self, forKey: .gap)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if !note.isEmpty { try c.encode(note, forKey: .note) }
        if !drivers.isEmpty { try c.encode(drivers, forKey: .drivers) }
        try c.encodeIfPresent(gap, forKey: .gap)
    }
}

/// What became of a find-out of the previous session (seed 004: a knowledge gap is closed
/// by finding out).
public enum FindOutOutcome: String, Codable, Sendable, CaseIterable {
    case foundOut = "found_out", stillOpen = "still_open", dropped

    public func label(_ language: Language) -> String {
        switch self {
        case .foundOut: language == .nl ? "uitgezocht" : "found out"
        case .stillOpen: language == .nl ? "nog open" : "still open"
        case .dropped: language == .nl ? "geschrapt" : "dropped"
        }
    }
}

/// A find-out of the previous session, reviewed before the walk: who was to find out what,
/// how and by when, and what the team says of it now (what was learned goes in the note).
public struct FindOutReview: Codable, Sendable, Equatable {
    public var question: Question
    public var research: Research
    /// Nil until the team decided.
    public var outcome: FindOutOutcome?
    public var note: String

    public init(question: Question, research: Research, outcome: FindOutOutcome? = nil, note: String = "") {
        self.question = question
        self.research = research
        self.outcome = outcome
        self.note = note
    }
}
