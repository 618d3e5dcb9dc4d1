#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Dispatch
import Synchronization

/// Step 1 of the method (seed 000): which themes move the outcome (NPS, satisfaction), how
/// much, and how well each scores today. Importance is each theme's share of R² (LMG, see
/// `RelativeImportance`) with a percentile bootstrap interval; performance is its mean; the
/// two together place it in the importance–performance grid (Martilla and James, 1977).
public struct DriverAnalysis: Sendable {
    public struct Options: Sendable {
        public var outcome: String
        /// Empty: every numeric column but the outcome.
        public var themes: [String] = []
        public var scale: ClosedRange<Double>?
        public var missing: [String] = []
        public var bootstrap = 1000
        public var seed: UInt64 = 1

        public init(outcome: String) { self.outcome = outcome }
    }

    public enum Quadrant: String, Sendable, Codable, CaseIterable {
        case fixFirst = "fix_first", keepUp = "keep_up", lowPriority = "low_priority"
        case possibleOverkill = "possible_overkill"
    }

    public struct Driver: Sendable, Equatable {
        public var name: String
        /// Share of the outcome's variance (the list sums to `r2`).
        public var importance: Double
        /// importance / r2 (the list sums to 1).
        public var weight: Double
        /// The bootstrap's 95% percentile interval of `weight`; nil without a bootstrap.
        public var low: Double?
        public var high: Double?
        /// The sign of its coefficient in the model of every theme: -1, 0 or 1.
        public var sign: Int
        public var mean: Double
        public var quadrant: Quadrant
    }

    public var file: String
    public var outcome: String
    public var n: Int
    public var dropped: Int
    public var r2: Double
    public var method: RelativeImportance.Method
    public var drivers: [Driver]
    /// The outcome's scale, and the NPS with its 95% margin of error on a 0–10 scale.
    public var scale: ClosedRange<Double>
    public var nps: Double?
    public var npsMargin: Double?
    /// The grid's cut-offs: the average weight (1 / themes) and the mean of the themes' means.
    public var importanceCut: Double
    public var performanceCut: Double
    public var resamples: Int
    /// Resamples drawn again because a theme was constant in them.
    public var redrawn: Int
    public var seed: UInt64
    /// Columns left out of the default themes because they hold text, not numbers.
    public var textColumns: [String]
    /// Columns left out of the default themes because every value is a different whole number
    /// (a respondent's number).
    public var identifierColumns: [String]

    public static func run(
        _ survey: Survey, _ options: Options, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(InputError) -> DriverAnalysis {
        let file = survey.file
        func fail(_ message: String, line: Int? = nil) -> InputError { InputError(file: file, line: line, message) }
        guard let outcomeColumn = survey.column(named: options.outcome) else {
            throw fail(
                "unknown column '\(options.outcome)' for --outcome (the columns are \(survey.columns.joined(separator: ", ")))"
            )
        }
        let reading = Survey.Reading(missing: options.missing)
        let value = reading.value
        // Which columns hold numbers: a cell that is neither a number nor a missing answer in
        // a column of numbers is an error, never a silent gap.
        var problems: [InputProblem] = []
        var textColumns: [String] = []
        var themeColumns: [Int] = []
        func check(_ c: Int, required: Bool) -> Bool {
            var numbers = 0
            var firstText: (line: Int, cell: String)?
            for r in survey.records {
                let (v, isMissing) = value(r.cells[c])
                if v != nil { numbers += 1 } else if !isMissing, firstText == nil { firstText = (r.line, r.cells[c]) }
            }
            if let bad = firstText, numbers > 0 || required {
                problems.append(
                    InputProblem(
                        file: file, line: bad.line,
                        message:
                            "column '\(survey.columns[c])': '\(bad.cell)' is not a number (leave the cell empty, write 'weet niet', or give its code with --missing)"
                    ))
                return false
            }
            if numbers == 0 {
                if required {
                    problems.append(InputProblem(file: file, message: "column '\(survey.columns[c])' holds no numbers"))
                } else {
                    textColumns.append(survey.columns[c])
                }
                return false
            }
            return true
        }
        _ = check(outcomeColumn, required: true)
        // A respondent number is numeric too, but no theme: every value a different whole number.
        func isIdentifier(_ c: Int) -> Bool {
            var seen = Set<Double>()
            for r in survey.records {
                guard let v = value(r.cells[c]).0, v == v.rounded(), seen.insert(v).inserted else { return false }
            }
            return seen.count >= 20
        }
        var identifiers: [String] = []
        if options.themes.isEmpty {
            for c in survey.columns.indices where c != outcomeColumn && check(c, required: false) {
                if isIdentifier(c) { identifiers.append(survey.columns[c]) } else { themeColumns.append(c) }
            }
        } else {
            for name in options.themes {
                guard let c = survey.column(named: name) else {
                    problems.append(
                        InputProblem(
                            file: file,
                            message:
                                "unknown column '\(name)' for --theme (the columns are \(survey.columns.joined(separator: ", ")))"
                        ))
                    continue
                }
                if c == outcomeColumn {
                    problems.append(
                        InputProblem(file: file, message: "'\(name)' is the outcome; it cannot be a theme too"))
                    continue
                }
                if check(c, required: true) { themeColumns.append(c) }
            }
        }
        if !problems.isEmpty { throw InputError(problems) }
        if themeColumns.isEmpty { throw fail("no theme columns: give them with --theme, or add numeric columns") }

        // Listwise: a respondent with a missing answer on the outcome or any theme is left out.
        var columns = [[Double]](repeating: [], count: themeColumns.count + 1)
        var dropped = 0
        var outcomeValues: [(line: Int, value: Double)] = []
        for r in survey.records {
            var row: [Double] = []
            row.reserveCapacity(columns.count)
            var complete = true
            for c in [outcomeColumn] + themeColumns {
                guard let v = value(r.cells[c]).0 else {
                    complete = false
                    break
                }
                row.append(v)
            }
            if !complete {
                dropped += 1
                continue
            }
            for i in row.indices { columns[i].append(row[i]) }
            outcomeValues.append((r.line, row[0]))
        }
        let n = columns[0].count
        let names = themeColumns.map { survey.columns[$0] }
        let scale: ClosedRange<Double>
        if let given = options.scale {
            scale = given
            let outside = outcomeValues.filter { !given.contains($0.value) }
            if !outside.isEmpty {
                throw InputError(
                    outside.prefix(10).map {
                        InputProblem(
                            file: file, line: $0.line,
                            message:
                                "the outcome '\(survey.columns[outcomeColumn])' is \(formatNumber($0.value)), outside its scale \(formatNumber(given.lowerBound))–\(formatNumber(given.upperBound))"
                        )
                    })
            }
        } else if outcomeValues.allSatisfy({ $0.value >= 0 && $0.value <= 10 && $0.value == $0.value.rounded() }) {
            scale = 0...10
        } else {
            scale = (columns[0].min() ?? 0)...(columns[0].max() ?? 0)
        }
        if n < names.count + 10 {
            throw fail(
                "\(n) complete respondents (\(dropped) left out for a missing answer) for \(names.count) themes: the analysis needs at least \(names.count + 10)"
            )
        }
        let all = Correlations(columns)
        if all.constant[0] {
            throw fail("the outcome '\(survey.columns[outcomeColumn])' has the same value for every respondent")
        }
        for (i, constant) in all.constant.dropFirst().enumerated() where constant {
            problems.append(
                InputProblem(
                    file: file,
                    message:
                        "the theme '\(names[i])' has the same value for every respondent used: it explains nothing; leave it out"
                ))
        }
        if !problems.isEmpty { throw InputError(problems) }
        let point: RelativeImportance.Result
        do { point = try RelativeImportance.compute(all) } catch {
            guard case .singular(let theme, let with) = error else { throw fail("\(error)") }
            let others = with.map { "'\(names[$0])'" }
            throw fail(
                others.count == 1
                    ? "the themes '\(names[theme])' and \(others[0]) are the same up to scale (singular): leave one out"
                    : "the theme '\(names[theme])' is a combination of \(others.joined(separator: ", ")) (singular): leave one out"
            )
        }
        let betas = all.betas() ?? []

        // The bootstrap, in parallel; each resample's generator is seeded from the seed and its
        // number, so the result does not depend on how the work is split.
        let b = max(0, options.bootstrap)
        var weights = [[Double]](repeating: [], count: names.count)
        var redrawn = 0
        if b > 0 {
            let k = names.count
            let results = UnsafeMutableBufferPointer<Double>.allocate(capacity: b * k)
            let redraws = UnsafeMutableBufferPointer<Int>.allocate(capacity: b)
            defer {
                results.deallocate()
                redraws.deallocate()
            }
            nonisolated(unsafe) let out = results, tries = redraws
            let data = columns
            let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
            let done = Counter()
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var rows = [Int](repeating: 0, count: n)
                var sample = [[Double]](repeating: [Double](repeating: 0, count: n), count: data.count)
                var i = worker
                while i < b {
                    var rng = SplitMix64(stream: i, of: options.seed)
                    var attempts = 0
                    while true {
                        for r in 0..<n { rows[r] = Int(rng.next() % UInt64(n)) }
                        for c in 0..<data.count { for r in 0..<n { sample[c][r] = data[c][rows[r]] } }
                        let corr = Correlations(sample)
                        if !corr.constant.contains(true), let result = try? RelativeImportance.compute(corr),
                            result.r2 > 0
                        {
                            for j in 0..<k { out[i * k + j] = result.importance[j] / result.r2 }
                            break
                        }
                        attempts += 1
                        if attempts > 1000 {
                            for j in 0..<k { out[i * k + j] = .nan }
                            break
                        }
                    }
                    tries[i] = attempts
                    let finished = done.increment()
                    progress?(finished, b)
                    i += workers
                }
            }
            for j in 0..<k { weights[j] = (0..<b).map { results[$0 * k + j] }.filter { !$0.isNaN }.sorted() }
            redrawn = redraws.reduce(0, +)
        }

        let means = columns.dropFirst().map { $0.reduce(0, +) / Double(n) }
        let importanceCut = 1 / Double(names.count)
        let performanceCut = means.reduce(0, +) / Double(means.count)
        let drivers = names.indices.map { j -> Driver in
            let weight = point.r2 > 0 ? point.importance[j] / point.r2 : 0
            let important = weight >= importanceCut, scoring = means[j] >= performanceCut
            return Driver(
                name: names[j], importance: point.importance[j], weight: weight,
                low: weights[j].isEmpty ? nil : percentile(weights[j], 0.025),
                high: weights[j].isEmpty ? nil : percentile(weights[j], 0.975),
                sign: j < betas.count ? (betas[j] > 1e-12 ? 1 : betas[j] < -1e-12 ? -1 : 0) : 0, mean: means[j],
                quadrant: important
                    ? (scoring ? .keepUp : .fixFirst) : (scoring ? .possibleOverkill : .lowPriority))
        }
        var nps: Double?, margin: Double?
        if scale == 0...10 {
            let promoters = Double(columns[0].filter { $0 >= 9 }.count) / Double(n)
            let detractors = Double(columns[0].filter { $0 <= 6 }.count) / Double(n)
            nps = 100 * (promoters - detractors)
            let variance = promoters + detractors - (promoters - detractors) * (promoters - detractors)
            margin = 100 * 1.959964 * (max(variance, 0) / Double(n)).squareRoot()
        }
        return DriverAnalysis(
            file: file, outcome: survey.columns[outcomeColumn], n: n, dropped: dropped, r2: point.r2,
            method: point.method, drivers: drivers, scale: scale, nps: nps, npsMargin: margin,
            importanceCut: importanceCut, performanceCut: performanceCut, resamples: b, redrawn: redrawn,
            seed: options.seed, textColumns: textColumns, identifierColumns: identifiers)
    }

    /// The p-quantile of sorted values, interpolated between neighbours (R's type 7).
    public static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard sorted.count > 1 else { return sorted.first ?? .nan }
        let h = Double(sorted.count - 1) * p
        let lo = Int(h.rounded(.down)), hi = min(lo + 1, sorted.count - 1)
        return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
    }
}

/// A 64-bit generator (SplitMix64, Steele, Lea and Flood 2014): small, fast, and the same
/// numbers on every platform for a seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }

    /// The generator of stream `i` of a seed: its state is the seed and the stream number
    /// mixed, so the streams do not overlap (plain `seed + i` would give shifted copies).
    public init(stream i: Int, of seed: UInt64) {
        var z = seed ^ (UInt64(truncatingIfNeeded: i) &+ 1) &* 0xD1B5_4A32_D192_ED03
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        state = z ^ (z >> 31)
    }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

final class Counter: Sendable {
    private let value = Mutex(0)
    func increment() -> Int {
        value.withLock {
            $0 += 1
            return $0
        }
    }
}
