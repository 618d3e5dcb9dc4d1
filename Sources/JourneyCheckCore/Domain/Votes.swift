/// A tally of the room: how many said yes, no and don't know.
public struct Votes: Codable, Sendable, Equatable {
    public var yes: Int
    public var no: Int
    public var dontKnow: Int

    public init(yes: Int, no: Int, dontKnow: Int) {
        self.yes = yes
        self.no = no
        self.dontKnow = dontKnow
    }

    public var total: Int { yes + no + dontKnow }

    /// The answer with the most votes; a tie for the most is "don't know" (the room does not
    /// know yet). Nil when nobody voted.
    public var answer: Answer? {
        guard total > 0 else { return nil }
        let most = max(yes, no, dontKnow)
        let leaders = [(Answer.yes, yes), (.no, no), (.dontKnow, dontKnow)].filter { $0.1 == most }
        return leaders.count == 1 ? leaders[0].0 : .dontKnow
    }

    /// No answer has at least two thirds of the votes.
    public var isSplit: Bool {
        guard total > 0 else { return false }
        return max(yes, no, dontKnow) * 3 < total * 2
    }

    /// `4/2/1`: yes, no, don't know.
    public var text: String { "\(yes)/\(no)/\(dontKnow)" }

    /// Three counts, for yes, no and don't know: `4 2 1`, `4/2/1` or `4,2,1`. Nil unless it is
    /// exactly three whole numbers of 0 or more with at least one vote, up to 999 each.
    public static func parse(_ text: String) -> Votes? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," || $0 == ";" })
        guard parts.count == 3 else { return nil }
        let numbers = parts.compactMap { p -> Int? in
            guard p.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(p), n <= 999 else { return nil }
            return n
        }
        guard numbers.count == 3 else { return nil }
        let v = Votes(yes: numbers[0], no: numbers[1], dontKnow: numbers[2])
        return v.total > 0 ? v : nil
    }
}
