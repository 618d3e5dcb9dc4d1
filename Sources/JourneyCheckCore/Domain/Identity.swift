/// A typed identity, as TCA's `Tagged` ids are: a step's id cannot be passed where a driver's
/// is wanted, and neither is a bare string. In the session file it is the plain string
/// (`"s3"`, `"d1"`), so the files read as before.
public struct ID<Tag>: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (a: ID, b: ID) -> Bool { a.rawValue < b.rawValue }
}

public enum JourneyTag {}
public enum PhaseTag {}
public enum StepTag {}
public enum DriverTag {}
public enum ActionTag {}

/// Every session of one journey carries the same journey id: the first session gets it from
/// its outline, `reassess` and `new --from` copy it (see `JourneyID.derived`).
public typealias JourneyID = ID<JourneyTag>
public typealias PhaseID = ID<PhaseTag>
public typealias StepID = ID<StepTag>
public typealias DriverID = ID<DriverTag>
public typealias ActionID = ID<ActionTag>

extension ID where Tag == JourneyTag {
    /// The id of a journey that was not given one: `j` and 16 hex digits of the FNV-1a hash
    /// of its title, trimmed, in lower case, with runs of white space as one space. Sessions of
    /// one outline share it (two teams assessing one journey), as do every session and its
    /// reassessments written before journeys had ids; journeys with other titles do not.
    public static func derived(fromTitle title: String) -> JourneyID {
        let words = title.lowercased().split(whereSeparator: { $0.isWhitespace })
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in words.joined(separator: " ").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return JourneyID("j" + String(repeating: "0", count: 16 - hex.count) + hex)
    }
}

/// One question of the walk: a step and a lens. Defined once; the cursor, an action's place,
/// the decision model and the reports all name a question this way, never by position.
public struct Question: Hashable, Codable, Sendable, Comparable {
    public var step: StepID
    public var lens: Lens

    public init(step: StepID, lens: Lens) {
        self.step = step
        self.lens = lens
    }

    public static func < (a: Question, b: Question) -> Bool { (a.step, a.lens) < (b.step, b.lens) }
}

/// Where the team is: the current question. Saved so a resume opens there.
public typealias Cursor = Question
