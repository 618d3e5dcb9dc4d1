#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// What the phones are shown and what they voted, shared by the wall (which says which
/// question is open) and the room's server (which takes the votes). Who voted what is kept
/// here, in memory, only so a phone can change its vote and counts once; nothing of it is
/// ever written: the session gets the counts.
public final class RoomBoard: Sendable {
    /// The question the phones answer now.
    public struct Open: Sendable, Equatable {
        public var question: Question
        public var stepNumber: Int
        public var stepText: String
        public var language: Language
        /// The answers a phone can give: yes, no and don't know, or none where the lens does
        /// not apply.
        public var answers: [Answer]

        public init(question: Question, stepNumber: Int, stepText: String, language: Language, answers: [Answer]) {
            self.question = question
            self.stepNumber = stepNumber
            self.stepText = stepText
            self.language = language
            self.answers = answers
        }

        /// The id a phone's form sends back: `s3.brand`.
        public var id: String { "\(question.step.rawValue).\(question.lens.rawValue)" }
    }

    public enum Cast: Sendable, Equatable {
        /// Counted: the counts of the question now, and whether this phone changed its vote.
        case counted(Votes, changed: Bool)
        /// The question is no longer the one open (the facilitator moved on or revealed).
        case closed
        /// Not an answer this question takes.
        case refused
    }

    struct State {
        var open: Open?
        var ballots: [Question: [String: Answer]] = [:]
        var closed: Set<Question> = []
        var version = 0
    }

    private let state = Mutex(State())
    /// The room's code, part of its address: 64 random bits or more, as 16 hex digits.
    public let code: String
    /// How many phones are expected (the participants), when known.
    public let expected: Int?

    public init(code: String = RoomBoard.newCode(), expected: Int? = nil) {
        self.code = code
        self.expected = expected
    }

    /// 96 random bits from the system's generator, as 24 hex digits.
    public static func newCode() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<3).map { _ in
            let v = g.next() as UInt32
            let hex = String(v, radix: 16)
            return String(repeating: "0", count: 8 - hex.count) + hex
        }.joined()
    }

    /// The wall says which question is open (nil: none, for example on another screen).
    public func show(_ open: Open?) {
        state.withLock {
            if $0.open != open {
                $0.open = open
                $0.version += 1
            }
        }
    }

    public var current: Open? { state.withLock { $0.open } }
    /// Goes up whenever the open question changes: a phone's page waits for it.
    public var version: Int { state.withLock { $0.version } }

    /// A phone's vote. `token` is the phone's random cookie; `questionID` is the question its
    /// page was shown for.
    public func cast(token: String, questionID: String, answer: Answer) -> Cast {
        state.withLock { s in
            guard let open = s.open, open.id == questionID, !s.closed.contains(open.question) else { return .closed }
            guard open.answers.contains(answer) else { return .refused }
            let before = s.ballots[open.question]?[token]
            s.ballots[open.question, default: [:]][token] = answer
            return .counted(Self.count(s.ballots[open.question]!), changed: before != nil && before != answer)
        }
    }

    /// Take a vote back (the wall could not keep the counts: the phone is told to try again).
    public func withdraw(token: String, questionID: String, previous: Answer?) {
        state.withLock { s in
            guard let open = s.open, open.id == questionID else { return }
            s.ballots[open.question]?[token] = previous
        }
    }

    /// The phone's vote on the open question, for its page.
    public func vote(of token: String) -> Answer? {
        state.withLock { s in s.open.flatMap { s.ballots[$0.question]?[token] } }
    }

    public func counts(_ q: Question) -> Votes { state.withLock { Self.count($0.ballots[q] ?? [:]) } }

    /// The reveal: the question takes no more votes, and who voted what is forgotten.
    public func close(_ q: Question) {
        state.withLock {
            $0.closed.insert(q)
            $0.ballots[q] = nil
            $0.version += 1
        }
    }

    static func count(_ ballot: [String: Answer]) -> Votes {
        var v = Votes(yes: 0, no: 0, dontKnow: 0)
        for a in ballot.values {
            switch a {
            case .yes: v.yes += 1
            case .no: v.no += 1
            case .dontKnow: v.dontKnow += 1
            default: break
            }
        }
        return v
    }
}
