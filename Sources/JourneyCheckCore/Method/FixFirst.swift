/// The fix-first rule (seed 000: the drivers are the knobs that decide what to pick up first).
///
/// Each gap scores the sum of the weights of the drivers linked to it (0 when none). Gaps are
/// ordered by score, highest first; then by the number of "no" answers of their step, most
/// first; then by step number; then by lens (brand, customer, employee, service, user). The
/// "no" answers ranked this way are *fix first*, the "don't know" answers *find out first*.
///
/// A driver without a weight counts as an equal share, 1 divided by the number of drivers, so
/// that a journey without a driver analysis ranks by how many drivers a gap hurts, on the same
/// scale as weights that add up to 1.
public enum FixFirst {
    public static func weight(of driver: Driver, among drivers: [Driver]) -> Double {
        driver.weight ?? (drivers.isEmpty ? 0 : 1 / Double(drivers.count))
    }

    /// The score of a gap linked to these drivers. Rounded to millionths, so that sums
    /// that are equal on paper (0.4 + 0.35 and 0.75) tie.
    public static func score(_ linked: [DriverID], drivers: [Driver]) -> Double {
        var sum = 0.0
        for d in drivers where linked.contains(d.id) { sum += weight(of: d, among: drivers) }
        return (sum * 1_000_000).rounded() / 1_000_000
    }

    /// Where a gap stands in the rule: the smaller key comes first.
    public struct Key: Comparable, Hashable, Sendable {
        public var score: Double
        /// "no" answers of the gap's step.
        public var stepNoCount: Int
        /// 1-based step number in journey order.
        public var stepNumber: Int
        public var lens: Lens

        public init(score: Double, stepNoCount: Int, stepNumber: Int, lens: Lens) {
            self.score = score
            self.stepNoCount = stepNoCount
            self.stepNumber = stepNumber
            self.lens = lens
        }

        public static func < (a: Key, b: Key) -> Bool {
            if a.score != b.score { return a.score > b.score }
            if a.stepNoCount != b.stepNoCount { return a.stepNoCount > b.stepNoCount }
            if a.stepNumber != b.stepNumber { return a.stepNumber < b.stepNumber }
            return a.lens < b.lens
        }
    }

    /// Items in the rule's order.
    public static func ranked(_ items: [PotentialItem]) -> [PotentialItem] { items.sorted { $0.rankKey < $1.rankKey } }
}

extension PotentialItem {
    public var rankKey: FixFirst.Key {
        FixFirst.Key(score: score, stepNoCount: stepNoCount, stepNumber: stepNumber, lens: lens)
    }
}

extension Array where Element == FixFirst.Key {
    /// The position of `key` in a sorted array, or where it would go.
    func insertionIndex(of key: FixFirst.Key) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    mutating func insertSorted(_ key: FixFirst.Key) { insert(key, at: insertionIndex(of: key)) }

    mutating func removeSorted(_ key: FixFirst.Key) {
        let i = insertionIndex(of: key)
        if i < count && self[i] == key { remove(at: i) }
    }
}
