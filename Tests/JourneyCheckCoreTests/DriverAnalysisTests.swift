import Foundation
import Testing

@testable import JourneyCheckCore

/// The driver analysis against published values, an independent computation (numpy) and
/// generated data whose true importances are known.
@Suite struct DriverAnalysisTests {
    static let swissPath = packageRoot.appendingPathComponent("Tests/Fixtures/surveys/swiss.csv").path

    func swiss(bootstrap: Int = 0, seed: UInt64 = 1) throws -> DriverAnalysis {
        var o = DriverAnalysis.Options(outcome: "Fertility")
        o.bootstrap = bootstrap
        o.seed = seed
        return try DriverAnalysis.run(
            try Survey.read(try Data(contentsOf: URL(fileURLWithPath: Self.swissPath)), file: "swiss.csv"), o)
    }

    /// R's `summary(lm(Fertility ~ ., data = swiss))`, printed in R's documentation and many
    /// textbooks: Multiple R-squared 0.7067; coefficients Agriculture −0.1721, Examination
    /// −0.2580, Education −0.8709, Catholic 0.1041, Infant.Mortality 1.0770.
    @Test func theSwissModelHasItsPublishedR2AndSigns() throws {
        let a = try swiss()
        #expect(abs(a.r2 - 0.7067) < 0.00005)
        #expect(a.drivers.map(\.name) == ["Agriculture", "Examination", "Education", "Catholic", "Infant.Mortality"])
        #expect(a.drivers.map(\.sign) == [-1, -1, -1, 1, 1])
        #expect(abs(a.drivers.map(\.importance).reduce(0, +) - a.r2) < 1e-12)
        #expect(abs(a.drivers.map(\.weight).reduce(0, +) - 1) < 1e-12)
        #expect(a.method == .lmg && a.n == 47 && a.dropped == 0 && a.textColumns == ["District"])
    }

    /// The LMG shares of the swiss model, as relaimpo's `calc.relimp(swiss, type = "lmg")`
    /// gives them and as `Benchmarks/lmg_numpy.py` computes them independently (an OLS fit
    /// of every subset on the raw data): 0.0571, 0.1712, 0.2601, 0.1056, 0.1128.
    @Test func theSwissLMGSharesMatchToFourDecimals() throws {
        let a = try swiss()
        let expected = [
            0.05709122076809116, 0.17117302890023411, 0.26013467862438466, 0.10557015037349365, 0.11276592292652185,
        ]
        for (d, e) in zip(a.drivers, expected) { #expect(abs(d.importance - e) < 1e-9, "\(d.name) \(d.importance)") }
        for (d, e) in zip(a.drivers, ["0.0571", "0.1712", "0.2601", "0.1056", "0.1128"]) {
            #expect(fixed(d.importance, 4) == e)
        }
    }

    /// The same computation by numpy, run now on generated, correlated data.
    @Test func generatedCorrelatedDataMatchesNumpy() throws {
        guard hasNumpy() else { return }
        let folder = temporaryFolder()
        let path = folder.appendingPathComponent("g.csv").path
        try Data(Self.generated(n: 400, k: 6, correlated: true, seed: 11).utf8).write(to: URL(fileURLWithPath: path))
        var o = DriverAnalysis.Options(outcome: "y")
        o.bootstrap = 0
        let a = try DriverAnalysis.run(try Survey.read(try Data(contentsOf: URL(fileURLWithPath: path)), file: path), o)
        let r = try run(["python3", packageRoot.appendingPathComponent("Benchmarks/lmg_numpy.py").path, path, "y"])
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [String: Any]
        #expect(abs((json["r2"] as! Double) - a.r2) < 1e-9)
        let importance = json["importance"] as! [String: Double]
        for d in a.drivers { #expect(abs(importance[d.name]! - d.importance) < 1e-9, "\(d.name)") }
    }

    func hasNumpy() -> Bool {
        if (try? run(["python3", "-c", "import numpy"]).status) == 0 { return true }
        if ProcessInfo.processInfo.environment["JOURNEYCHECK_CI"] != nil {
            Issue.record("numpy is not installed: .ci/run installs it (pip install numpy)")
        }
        return false
    }

    /// Two themes: the Shapley value in closed form, (r1² + R² − r2²) / 2.
    @Test func twoThemesHaveTheClosedForm() throws {
        let c = Correlations([[1, 2, 3, 5, 4, 6, 8, 7], [2, 1, 4, 3, 6, 5, 8, 9], [1, 3, 2, 4, 4, 7, 6, 8]])
        let r = try RelativeImportance.compute(c)
        let full = c.r2([0, 1])!, r1 = c.outcome[0] * c.outcome[0], r2 = c.outcome[1] * c.outcome[1]
        #expect(abs(r.importance[0] - (r1 + full - r2) / 2) < 1e-12)
        #expect(abs(r.importance[1] - (r2 + full - r1) / 2) < 1e-12)
    }

    /// Above 15 themes, Johnson's relative weights: they sum to R² and stay close to LMG (here
    /// compared where both can be computed).
    @Test func relativeWeightsSumToR2AndApproximateLMG() throws {
        let text = Self.generated(n: 500, k: 6, correlated: true, seed: 5)
        let survey = try Survey.read(Data(text.utf8), file: "g.csv")
        var o = DriverAnalysis.Options(outcome: "y")
        o.bootstrap = 0
        let a = try DriverAnalysis.run(survey, o)
        let columns = [a.drivers.map(\.name)]
        _ = columns
        let data = Self.columns(survey)
        let c = Correlations(data)
        let rw = try RelativeImportance.relativeWeights(c)
        #expect(abs(rw.importance.reduce(0, +) - a.r2) < 1e-9)
        for (x, d) in zip(rw.importance, a.drivers) { #expect(abs(x - d.importance) < 0.02, "\(d.name)") }
    }

    /// Independent themes: the population LMG share of theme j is b_j² / (Σ b² + σ²); the
    /// estimate is close and each true weight lies in its bootstrap interval.
    @Test func knownImportancesAreRecoveredWithinTheirIntervals() throws {
        // One fixed sample (a 95% interval misses now and then: the coverage test below counts how often).
        let text = Self.generated(n: 2000, k: 4, correlated: false, seed: 4)
        var o = DriverAnalysis.Options(outcome: "y")
        o.bootstrap = 400
        o.seed = 9
        let a = try DriverAnalysis.run(try Survey.read(Data(text.utf8), file: "g.csv"), o)
        let b = Self.coefficients(4)
        let total = b.map { $0 * $0 }.reduce(0, +)
        for (j, d) in a.drivers.enumerated() {
            let truth = b[j] * b[j] / total
            #expect(abs(d.weight - truth) < 0.05, "\(d.name): \(d.weight) against \(truth)")
            #expect(d.low! <= truth && truth <= d.high!, "\(d.name): \(truth) outside \(d.low!)–\(d.high!)")
        }
        #expect(abs(a.r2 - total / (total + 1)) < 0.04)
    }

    @Test func theBootstrapIsReproducibleAndCovers() throws {
        let one = try swiss(bootstrap: 200, seed: 42), again = try swiss(bootstrap: 200, seed: 42)
        #expect(one.drivers == again.drivers)
        let other = try swiss(bootstrap: 200, seed: 43)
        #expect(one.drivers.map(\.low) != other.drivers.map(\.low))
        // Coverage: 40 samples from one population; the 95% interval of theme 1's weight holds
        // the truth in most of them (binomial: 40 × 0.95 = 38; 33 or more with 99.9%).
        let b = Self.coefficients(3)
        let truth = b[0] * b[0] / b.map { $0 * $0 }.reduce(0, +)
        var covered = 0
        for rep in 0..<40 {
            var o = DriverAnalysis.Options(outcome: "y")
            o.bootstrap = 200
            o.seed = UInt64(rep)
            let a = try DriverAnalysis.run(
                try Survey.read(
                    Data(Self.generated(n: 300, k: 3, correlated: false, seed: UInt64(100 + rep)).utf8), file: "g"), o)
            if a.drivers[0].low! <= truth && truth <= a.drivers[0].high! { covered += 1 }
        }
        #expect(covered >= 33, "covered \(covered) of 40")
    }

    /// A resample in which a theme is constant is drawn again, never a crash.
    @Test func aResampleWithAConstantThemeIsDrawnAgain() throws {
        var rows = ["y,rare,other"]
        for i in 0..<30 { rows.append("\(i % 7),\(i == 0 ? 1 : 0),\(i % 5)") }
        var o = DriverAnalysis.Options(outcome: "y")
        o.bootstrap = 100
        o.seed = 3
        let a = try DriverAnalysis.run(try Survey.read(Data(rows.joined(separator: "\n").utf8), file: "r.csv"), o)
        #expect(a.redrawn > 0)
        #expect(a.drivers.allSatisfy { $0.low != nil && $0.high != nil })
    }

    @Test func theNPSAndItsMarginOfError() throws {
        // 50 promoters, 30 passives, 20 detractors: NPS 30; margin 1.96·100·√((.5+.2−.09)/100).
        var rows = ["nps,speed"]
        for i in 0..<100 {
            let score = i < 50 ? 9 + i % 2 : i < 80 ? 7 + i % 2 : i % 7
            rows.append("\(score),\((i * 7) % 10)")
        }
        var o = DriverAnalysis.Options(outcome: "nps")
        o.bootstrap = 0
        let a = try DriverAnalysis.run(try Survey.read(Data(rows.joined(separator: "\n").utf8), file: "n.csv"), o)
        #expect(a.scale == 0...10)
        #expect(abs(a.nps! - 30) < 1e-9)
        #expect(abs(a.npsMargin! - 1.959964 * 100 * (0.61 / 100).squareRoot()) < 1e-6)
    }

    /// A Dutch export: `;`, decimal commas, a byte order mark, `weet niet` and a code 99.
    @Test func aDutchExportIsRead() throws {
        let text = "\u{FEFF}klant;NPS;snelheid;vriendelijkheid\n1;8;7,5;8\n2;weet niet;6;7\n3;6;99;5\n4;9;8,5;9\n"
        let survey = try Survey.read(Data(text.utf8), file: "nl.csv")
        #expect(survey.separator == ";")
        #expect(Survey.number("7,5") == 7.5 && Survey.number("weet niet") == nil)
    }

    @Test func studentTQuantilesMatchTheTables() {
        // Two-sided 95% critical values of t (any statistics table).
        for (df, t) in [(1.0, 12.7062), (2, 4.3027), (5, 2.5706), (10, 2.2281), (30, 2.0423), (120, 1.9799)] {
            #expect(abs(StudentT.quantile(0.975, df: df) - t) < 0.0001, "df \(df)")
        }
        #expect(abs(StudentT.cdf(0, df: 7) - 0.5) < 1e-12)
    }

    @Test func matchingNamesIgnoresCaseAndAccents() {
        #expect(DriverAnalysis.key("Persoonlijke  Aandacht") == DriverAnalysis.key("persoonlijke_aandacht"))
        #expect(DriverAnalysis.key("Betrouwbaarheid") == DriverAnalysis.key("betrouwbaarheid"))
        #expect(DriverAnalysis.key("Café-bezoek") == "cafe bezoek")
    }

    // MARK: Generated data

    static func coefficients(_ k: Int) -> [Double] { (0..<k).map { [0.9, 0.6, 0.4, 0.25, 0.15, 0.1][$0 % 6] } }

    /// y = Σ b_j x_j + e with standard normal x (correlated through a shared factor when asked)
    /// and standard normal e, as CSV.
    static func generated(n: Int, k: Int, correlated: Bool, seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        func normal() -> Double {
            let u = Double(rng.next() >> 11) / Double(1 << 53), v = Double(rng.next() >> 11) / Double(1 << 53)
            return (-2 * log(max(u, 1e-300))).squareRoot() * cos(2 * .pi * v)
        }
        let b = coefficients(k)
        var lines = ["y," + (0..<k).map { "t\($0 + 1)" }.joined(separator: ",")]
        for _ in 0..<n {
            let shared = normal()
            let x = (0..<k).map { _ in correlated ? 0.6 * shared + 0.8 * normal() : normal() }
            let y = zip(b, x).map { $0 * $1 }.reduce(0, +) + normal()
            lines.append(([y] + x).map { String($0) }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func columns(_ s: Survey) -> [[Double]] {
        (0..<s.columns.count).map { c in s.records.map { Survey.number($0.cells[c])! } }
    }
}
