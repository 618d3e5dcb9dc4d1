#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The answer and note of one question, and what the team decided about it.
public struct Response: Codable, Sendable, Equatable {
    public var answer: Answer
    public var note: String
    /// The journey's drivers this answer hurts, by id, in the journey's driver order.
    public var drivers: [DriverID]
    /// For a "no": a design or an implementation gap, once the team said which. Kept when the
    /// answer changes, and read only while it is a "no" (see `gapKind`).
    public var gap: GapKind?
    /// For a "don't know": who finds out, how and by when.
    public var research: Research?
    /// The room's vote, when the answer came from a tally.
    public var votes: Votes?
    /// The phones' counts so far, before the facilitator reveals them (since format version 5):
    /// counts only, never who voted what; kept like an answer, so a crash loses none.
    public var phoneVotes: Votes?
    /// What the team answered in the session this one follows (shown as "last time: no").
    public var previous: Answer?
    /// Last time's note, driver links and gap kind, when there were any.
    public var lastTime: LastTime?

    public init(
        answer: Answer = .open, note: String = "", drivers: [DriverID] = [], gap: GapKind? = nil,
        research: Research? = nil, votes: Votes? = nil, previous: Answer? = nil, lastTime: LastTime? = nil
    ) {
        self.answer = answer
        self.note = note
        self.drivers = drivers
        self.gap = gap
        self.research = research
        self.votes = votes
        self.previous = previous
        self.lastTime = lastTime
    }

    /// The room did not agree: a tally where no answer has two thirds of the votes.
    public var isSplit: Bool { votes?.isSplit ?? false }

    /// The kind of gap this answer is: knowledge for a "don't know", the team's choice for a
    /// "no", none otherwise.
    public var gapKind: GapKind? {
        switch answer {
        case .dontKnow: .knowledge
        case .no: gap == .knowledge ? nil : gap
        default: nil
        }
    }

    enum CodingKeys: String, CodingKey {
        case answer, note, drivers, gap, research, votes, previous, lastTime, phoneVotes
    }

    // Decisions are written only when made, so a file of answers stays as small as before.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        answer = try c.decode(Answer.self, forKey: .answer)
        note = try c.decode(String.self, forKey: .note)
        drivers = try c.decodeIfPresent([DriverID].self, forKey: .drivers) ?? []
        gap = try c.decodeIfPresent(GapKind.self, forKey: .gap)
        research = try c.decodeIfPresent(Research.self, forKey: .research)
        votes = try c.decodeIfPresent(Votes.self, forKey: .votes)
        phoneVotes = try c.decodeIfPresent(Votes.self, forKey: .phoneVotes)
        previous = try c.decodeIfPresent(Answer.self, forKey: .previous)
        lastTime = try c.decodeIfPresent(LastTime.self, forKey: .lastTime)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(answer, forKey: .answer)
        try c.encode(note, forKey: .note)
        if !drivers.isEmpty { try c.encode(drivers, forKey: .drivers) }
        try c.encodeIfPresent(gap, forKey: .gap)
        try c.encodeIfPresent(research, forKey: .research)
        try c.encodeIfPresent(votes, forKey: .votes)
        try c.encodeIfPresent(phoneVotes, forKey: .phoneVotes)
        try c.encodeIfPresent(previous, forKey: .previous)
        try c.encodeIfPresent(lastTime, forKey: .lastTime)
    }
}

/// The five responses of a step, one per lens.
public struct LensResponses: Codable, Sendable, Equatable {
    public var brand: Response
    public var customer: Response
    public var employee: Response
    public var service: Response
    public var user: Response

    public init(digital: Bool) {
        brand = Response()
        customer = Response()
        employee = Response()
        service = Response()
        user = Response(answer: digital ? .open : .notApplicable)
    }

    public subscript(lens: Lens) -> Response {
        get {
            switch lens {
            case .brand: brand
            case .customer: customer
            case .employee: employee
            case .service: service
            case .user: user
            }
        }
        set {
            switch lens {
            case .brand: brand = newValue
            case .customer: customer = newValue
            case .employee: employee = newValue
            case .service: service = newValue
            case .user: user = newValue
            }
        }
    }
}
