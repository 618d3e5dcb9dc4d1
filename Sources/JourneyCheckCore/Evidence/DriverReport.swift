#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The driver analysis as text (a table and a bar chart for the terminal), markdown, a
/// self-contained page with the bar chart and the importance–performance grid as inline SVG,
/// CSV and JSON (for scripts).
public enum DriverReport {
    public static func quadrantLabel(_ q: DriverAnalysis.Quadrant) -> String {
        switch q {
        case .fixFirst: "fix first"
        case .keepUp: "keep up"
        case .lowPriority: "low priority"
        case .possibleOverkill: "possible overkill"
        }
    }

    static func sign(_ s: Int) -> String { s > 0 ? "+" : s < 0 ? "−" : "0" }

    static func interval(_ d: DriverAnalysis.Driver) -> String {
        guard let lo = d.low, let hi = d.high else { return "–" }
        return "\(fixed(lo, 2)) – \(fixed(hi, 2))"
    }

    /// What the analysis rests on, in sentences.
    static func facts(_ a: DriverAnalysis) -> [String] {
        var out = [
            "\(a.n) respondents used, \(a.dropped) left out for a missing answer (listwise).",
            "R² = \(fixed(a.r2, 4)): the \(a.drivers.count) themes together explain \(fixed(a.r2 * 100, 1))% of the variance of '\(a.outcome)'.",
            a.method == .lmg
                ? "Importance: each theme's share of R² by LMG (the Shapley value: its gain in R² averaged over every order in which the themes enter), exact over all \(1 << a.drivers.count) subsets."
                : "Importance: Johnson's relative weights (more than \(RelativeImportance.exactLimit) themes; they approximate LMG closely).",
        ]
        if a.resamples > 0 {
            out.append(
                "Intervals: percentile bootstrap, 95%, of each weight over \(a.resamples) resamples (seed \(a.seed))"
                    + (a.redrawn > 0
                        ? "; \(a.redrawn) resamples drawn again because a theme was constant in them." : "."))
        }
        if let nps = a.nps, let m = a.npsMargin {
            out.append(
                "NPS \(nps >= 0 ? "+" : "")\(fixed(nps, 1)) (promoters 9–10 minus detractors 0–6), 95% margin of error ± \(fixed(m, 1))."
            )
        }
        out.append(
            "Grid (Martilla and James 1977): important = weight at least \(fixed(a.importanceCut, 3)) (the average, 1/\(a.drivers.count)); scoring well = mean at least \(fixed(a.performanceCut, 2)) (the themes' average mean)."
        )
        if a.drivers.contains(where: { $0.sign < 0 }) {
            out.append(
                "A theme marked − has a negative coefficient in the model of all themes: more of it goes with a lower outcome once the others are held equal. Look at it before you use its weight."
            )
        }
        if !a.identifierColumns.isEmpty {
            out.append(
                "Left out as identifiers (every value a different whole number): \(a.identifierColumns.joined(separator: ", ")); name it with --theme to use it."
            )
        }
        if !a.textColumns.isEmpty {
            out.append("Left out as text, not numbers: \(a.textColumns.joined(separator: ", ")).")
        }
        return out
    }

    /// `drivers: snelheid = 0.35; …`, ready to paste into an outline.
    public static func outlineLine(_ a: DriverAnalysis) -> String {
        "drivers: "
            + a.drivers.sorted { $0.weight > $1.weight }.map { "\($0.name) = \(fixed($0.weight, 2))" }
            .joined(separator: "; ")
    }

    static func ranked(_ a: DriverAnalysis) -> [DriverAnalysis.Driver] {
        a.drivers.sorted { ($0.weight, $1.name) > ($1.weight, $0.name) }
    }

    public static func text(_ a: DriverAnalysis) -> String {
        var out: [String] = []
        out.append(
            "Driver analysis of \(a.file): outcome '\(a.outcome)', scale \(formatNumber(a.scale.lowerBound))–\(formatNumber(a.scale.upperBound))"
        )
        out.append("")
        let nameWidth = max(5, a.drivers.map { $0.name.count }.max() ?? 5)
        func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
        func lpad(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
        out.append(
            pad("theme", nameWidth) + "  weight  95% interval  importance  sign   mean  quadrant")
        for d in ranked(a) {
            out.append(
                pad(d.name, nameWidth) + "  " + lpad(fixed(d.weight, 2), 6) + "  " + lpad(interval(d), 12) + "  "
                    + lpad(fixed(d.importance, 4), 10) + "  " + lpad(sign(d.sign), 4) + "  " + lpad(fixed(d.mean, 2), 5)
                    + "  " + quadrantLabel(d.quadrant))
        }
        out.append("")
        // The bar chart: eighths of a block, so small differences show.
        let top = ranked(a).first?.weight ?? 1
        for d in ranked(a) {
            let eighths = top > 0 ? Int((d.weight / top * 40 * 8).rounded()) : 0
            let bar =
                String(repeating: "█", count: eighths / 8)
                + (eighths % 8 > 0 ? String(["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]) : "")
            out.append(pad(d.name, nameWidth) + "  " + pad(bar, 41) + " " + lpad(fixed(d.weight * 100, 0), 3) + "%")
        }
        out.append("")
        out += facts(a)
        out.append("")
        out.append("For an outline (the weights as shares of R², summing to 1):")
        out.append(outlineLine(a))
        return out.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ a: DriverAnalysis) -> String {
        let e = MarkdownReport.escape
        var out = ["# Driver analysis: \(e(a.outcome))", "", "Survey: \(e(a.file))", ""]
        out.append("| Theme | Weight | 95% interval | Importance | Sign | Mean | Quadrant |")
        out.append("|---|---:|---:|---:|:---:|---:|---|")
        for d in ranked(a) {
            out.append(
                "| \(e(d.name)) | \(fixed(d.weight, 2)) | \(interval(d)) | \(fixed(d.importance, 4)) | \(sign(d.sign)) | \(fixed(d.mean, 2)) | \(quadrantLabel(d.quadrant)) |"
            )
        }
        out.append("")
        out += facts(a).map(e)
        out.append("")
        out.append("`\(outlineLine(a))`")
        return out.joined(separator: "\n") + "\n"
    }

    public static func csv(_ a: DriverAnalysis) -> String {
        var out = "name,importance,weight,low,high,sign,mean,quadrant\r\n"
        for d in a.drivers {
            out +=
                [
                    CSVReport.field(d.name), formatNumber(d.importance, decimals: 6),
                    formatNumber(d.weight, decimals: 6),
                    d.low.map { formatNumber($0, decimals: 6) } ?? "",
                    d.high.map { formatNumber($0, decimals: 6) } ?? "",
                    String(d.sign), formatNumber(d.mean, decimals: 6), d.quadrant.rawValue,
                ].joined(separator: ",") + "\r\n"
        }
        return out
    }

    struct JSONDriver: Encodable {
        var name: String
        var importance, weight: Double
        var low, high: Double?
        var sign: Int
        var mean: Double
        var quadrant: String
    }

    struct JSONReport: Encodable {
        var file, outcome, method: String
        var n, dropped: Int
        var r2: Double
        var scale: [Double]
        var nps, nps_margin: Double?
        var importance_cut, performance_cut: Double
        var bootstrap: Int
        var seed: UInt64
        var drivers: [JSONDriver]
    }

    public static func json(_ a: DriverAnalysis) -> String {
        let report = JSONReport(
            file: a.file, outcome: a.outcome, method: a.method.rawValue, n: a.n, dropped: a.dropped, r2: a.r2,
            scale: [a.scale.lowerBound, a.scale.upperBound], nps: a.nps, nps_margin: a.npsMargin,
            importance_cut: a.importanceCut, performance_cut: a.performanceCut, bootstrap: a.resamples, seed: a.seed,
            drivers: a.drivers.map {
                JSONDriver(
                    name: $0.name, importance: $0.importance, weight: $0.weight, low: $0.low, high: $0.high,
                    sign: $0.sign, mean: $0.mean, quadrant: $0.quadrant.rawValue)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self) + "\n"
    }
}
