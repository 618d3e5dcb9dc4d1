#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Step 5 of the method (seed 000): "Start met berekenen van de omzet van klanten die een 8+
/// geven en vergelijk die met klanten die een lagere score geven". The value (revenue, orders,
/// costs) of respondents scoring at or above a threshold against those below, with a Welch
/// 95% interval of the difference, and the slope of value on score: what +0.2 on the score goes
/// with per customer. An association in this sample, not proof of cause.
public struct Impact: Sendable {
    public struct Group: Sendable, Equatable {
        public var n: Int
        public var mean: Double
        public var sd: Double
    }

    public var file: String
    public var score: String
    public var value: String
    public var threshold: Double
    public var high: Group
    public var low: Group
    public var difference: Double
    public var differenceLow: Double
    public var differenceHigh: Double
    public var df: Double
    public var slope: Double
    public var perCustomerFor02: Double
    public var customers: Int?
    public var dropped: Int

    public static func run(
        _ survey: Survey, score: String, value: String, threshold: Double = 8, customers: Int? = nil,
        missing: [String] = []
    ) throws(InputError) -> Impact {
        let file = survey.file
        func column(_ name: String, _ option: String) throws(InputError) -> Int {
            guard let c = survey.column(named: name) else {
                throw InputError(
                    file: file,
                    "unknown column '\(name)' for \(option) (the columns are \(survey.columns.joined(separator: ", ")))"
                )
            }
            return c
        }
        let sc = try column(score, "--score"), vc = try column(value, "--value")
        let reading = Survey.Reading(missing: missing)
        var pairs: [(Double, Double)] = []
        var dropped = 0
        var problems: [InputProblem] = []
        for r in survey.records {
            var got: [Double] = []
            var absent = false
            for c in [sc, vc] {
                let cell = r.cells[c].trimmingSpaces()
                let (v, isMissing) = reading.value(cell)
                if isMissing {
                    absent = true
                } else if let v {
                    got.append(v)
                } else {
                    problems.append(
                        InputProblem(
                            file: file, line: r.line,
                            message:
                                "column '\(survey.columns[c])': '\(cell)' is not a number (leave the cell empty or write 'weet niet')"
                        ))
                    absent = true
                }
            }
            if absent { dropped += 1 } else { pairs.append((got[0], got[1])) }
            if problems.count >= 20 { break }
        }
        if !problems.isEmpty { throw InputError(problems) }
        func group(_ xs: [Double]) -> Group {
            let n = xs.count
            let mean = xs.reduce(0, +) / Double(max(n, 1))
            let ss = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            return Group(n: n, mean: mean, sd: n > 1 ? (ss / Double(n - 1)).squareRoot() : 0)
        }
        let high = group(pairs.filter { $0.0 >= threshold }.map(\.1))
        let low = group(pairs.filter { $0.0 < threshold }.map(\.1))
        guard high.n >= 2, low.n >= 2 else {
            throw InputError(
                file: file,
                "\(high.n) respondents score \(formatNumber(threshold)) or more and \(low.n) score less: each group needs at least 2 (choose another --threshold)"
            )
        }
        let v1 = high.sd * high.sd / Double(high.n), v2 = low.sd * low.sd / Double(low.n)
        let se = (v1 + v2).squareRoot()
        let df = (v1 + v2) * (v1 + v2) / (v1 * v1 / Double(high.n - 1) + v2 * v2 / Double(low.n - 1))
        let t = se > 0 ? StudentT.quantile(0.975, df: df) : 0
        let difference = high.mean - low.mean
        let ms = pairs.reduce(0) { $0 + $1.0 } / Double(pairs.count)
        let mv = pairs.reduce(0) { $0 + $1.1 } / Double(pairs.count)
        let sxx = pairs.reduce(0) { $0 + ($1.0 - ms) * ($1.0 - ms) }
        let sxy = pairs.reduce(0) { $0 + ($1.0 - ms) * ($1.1 - mv) }
        guard sxx > 0 else { throw InputError(file: file, "every respondent gives the same score: no slope") }
        let slope = sxy / sxx
        return Impact(
            file: file, score: survey.columns[sc], value: survey.columns[vc], threshold: threshold, high: high,
            low: low,
            difference: difference, differenceLow: difference - t * se, differenceHigh: difference + t * se, df: df,
            slope: slope, perCustomerFor02: 0.2 * slope, customers: customers, dropped: dropped)
    }

    public var assumption: String {
        "An association in this sample, not proof of cause: customers who score higher may differ in other ways that also raise '\(value)'. The model assumes '\(value)' rises in a straight line with '\(score)'."
    }

    public func text() -> String {
        var out = [
            "Impact in \(file): '\(value)' of respondents scoring \(formatNumber(threshold)) or more on '\(score)' against the rest",
            "",
            "group                      n        mean          sd",
            row("\(score) ≥ \(formatNumber(threshold))", high), row("\(score) < \(formatNumber(threshold))", low),
            "",
            "difference \(fixed(difference, 2)), 95% interval \(fixed(differenceLow, 2)) to \(fixed(differenceHigh, 2)) (Welch, df \(fixed(df, 1)))",
            "slope: each point more on '\(score)' goes with \(fixed(slope, 2)) more '\(value)' (least squares)",
            "+0.2 on '\(score)': \(fixed(perCustomerFor02, 2)) per customer"
                + (customers.map { ", \(fixed(perCustomerFor02 * Double($0), 0)) for \($0) customers" } ?? ""),
        ]
        if dropped > 0 { out.append("\(dropped) respondents left out for a missing answer.") }
        out.append(assumption)
        return out.joined(separator: "\n") + "\n"
    }

    func row(_ name: String, _ g: Group) -> String {
        func lpad(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
        return name + String(repeating: " ", count: max(1, 20 - name.count)) + lpad(String(g.n), 7)
            + lpad(fixed(g.mean, 2), 12)
            + lpad(fixed(g.sd, 2), 12)
    }

    struct JSONGroup: Encodable {
        var n: Int
        var mean: Double
        var sd: Double
    }
    struct JSONImpact: Encodable {
        var file, score, value, assumption: String
        var threshold: Double
        var high, low: JSONGroup
        var difference, difference_low, difference_high, df, slope, per_customer_for_0_2: Double
        var customers: Int?
        var total_for_0_2: Double?
        var dropped: Int
    }

    public func json() -> String {
        let j = JSONImpact(
            file: file, score: score, value: value, assumption: assumption, threshold: threshold,
            high: JSONGroup(n: high.n, mean: high.mean, sd: high.sd),
            low: JSONGroup(n: low.n, mean: low.mean, sd: low.sd),
            difference: difference, difference_low: differenceLow, difference_high: differenceHigh, df: df,
            slope: slope,
            per_customer_for_0_2: perCustomerFor02, customers: customers,
            total_for_0_2: customers.map { perCustomerFor02 * Double($0) }, dropped: dropped)
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: (try? e.encode(j)) ?? Data(), as: UTF8.self) + "\n"
    }

    public func markdown() -> String {
        let e = MarkdownReport.escape
        return [
            "# Impact: \(e(value)) by \(e(score))", "",
            "| Group | n | Mean | SD |", "|---|---:|---:|---:|",
            "| \(e(score)) ≥ \(formatNumber(threshold)) | \(high.n) | \(fixed(high.mean, 2)) | \(fixed(high.sd, 2)) |",
            "| \(e(score)) < \(formatNumber(threshold)) | \(low.n) | \(fixed(low.mean, 2)) | \(fixed(low.sd, 2)) |", "",
            "Difference \(fixed(difference, 2)), 95% interval \(fixed(differenceLow, 2)) to \(fixed(differenceHigh, 2)) (Welch, df \(fixed(df, 1))).",
            "",
            "Slope \(fixed(slope, 2)) per point; +0.2 on the score: \(fixed(perCustomerFor02, 2)) per customer"
                + (customers.map { ", \(fixed(perCustomerFor02 * Double($0), 0)) for \($0) customers" } ?? "") + ".",
            "", e(assumption),
        ].joined(separator: "\n") + "\n"
    }

    public func csv() -> String {
        "group,n,mean,sd\r\nhigh,\(high.n),\(formatNumber(high.mean, decimals: 6)),\(formatNumber(high.sd, decimals: 6))\r\n"
            + "low,\(low.n),\(formatNumber(low.mean, decimals: 6)),\(formatNumber(low.sd, decimals: 6))\r\n"
    }

    public func html() -> String {
        let lines: [String] = [
            "Difference \(fixed(difference, 2)), 95% interval \(fixed(differenceLow, 2)) to \(fixed(differenceHigh, 2)) (Welch, df \(fixed(df, 1))).",
            "Slope \(fixed(slope, 2)) per point; +0.2 on the score: \(fixed(perCustomerFor02, 2)) per customer"
                + (customers.map { ", \(fixed(perCustomerFor02 * Double($0), 0)) for \($0) customers" } ?? "") + ".",
            assumption,
        ]
        let rows: [[String]] = [
            ["\(score) ≥ \(formatNumber(threshold))", String(high.n), fixed(high.mean, 2), fixed(high.sd, 2)],
            ["\(score) < \(formatNumber(threshold))", String(low.n), fixed(low.mean, 2), fixed(low.sd, 2)],
        ]
        var body: [HTMLNode] = [.el("h1", text: "Impact: \(value) by \(score)")]
        body.append(HTMLReport.table(["Group", "n", "Mean", "SD"], rows, numeric: [1, 2, 3]))
        body += lines.map { HTMLNode.el("p", text: $0) }
        body.append(.el("footer", text: "JourneyCheck \(JourneyCheckVersion.current)"))
        let head: [HTMLNode] = [
            .el("meta", [("charset", "utf-8")]), .el("title", text: "Impact: \(value)"), .style(HTMLReport.css),
        ]
        let page: HTMLNode = .el("html", [("lang", "en")], [.el("head", [], head), .el("body", [], body)])
        var out = Array("<!DOCTYPE html>\n".utf8)
        page.render(into: &out)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }
}
