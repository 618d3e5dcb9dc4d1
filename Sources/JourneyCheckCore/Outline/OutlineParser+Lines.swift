#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

// The pieces of an outline line: a list item, a step's trailing tags, metrics and drivers.
extension OutlineParser {
    /// `- text`, `* text`, `+ text`, `1. text` or `1) text`.
    static func listItem(_ text: String) -> String? {
        if let first = text.first, "-*+".contains(first) {
            let rest = text.dropFirst()
            if rest.isEmpty { return "" }
            if rest.first == " " { return rest.trimmingSpaces() }
            return nil
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty {
            let rest = text.dropFirst(digits.count)
            if let m = rest.first, m == "." || m == ")", rest.dropFirst().first == " " {
                return rest.dropFirst(2).trimmingSpaces()
            }
        }
        return nil
    }

    /// Strip the trailing tags of a step, in any order and case: `[digital]` / `[digitaal]`,
    /// and the department that owns it, `[owner: Logistics]` / `[afdeling: Logistiek]`.
    static let knownTags = "[digital] or [digitaal], and [owner: department] or [afdeling: afdeling]"

    static func tags(_ item: String, line: Int, problem: (Int, String) -> Void) -> (String, Bool, String?) {
        var text = item
        var digital = false
        var owner: String?
        while text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
            let tag = text[text.index(after: open)..<text.index(before: text.endIndex)]
            let lower = tag.lowercased()
            if lower == "digital" || lower == "digitaal" {
                digital = true
            } else if let colon = tag.firstIndex(of: ":"),
                ["owner", "afdeling"].contains(tag[..<colon].trimmingSpaces().lowercased())
            {
                let name = tag[tag.index(after: colon)...].trimmingSpaces()
                if name.isEmpty { problem(line, "'[\(tag)]' names no department") }
                if owner != nil { problem(line, "the step names its owner twice") }
                owner = name
            } else {
                problem(line, "unknown tag '[\(tag)]'; the known tags are \(knownTags)")
                break
            }
            text = String(text[..<open]).trimmingSpaces()
        }
        if let open = text.lastIndex(of: "["), !text[open...].contains("]") {
            problem(line, "the tag '\(text[open...])' is not closed with ']'; the known tags are \(knownTags)")
        }
        return (text, digital, owner)
    }

    /// `NPS = 40; levertijd (dagen) = 3; CES`: a name, a unit in brackets and a target, both
    /// optional. Decimal commas are read.
    static func parseMetrics(_ value: String, kind: Metric.Kind, line: Int, problem: (Int, String) -> Void) -> [Metric]
    {
        var metrics: [Metric] = []
        for part in value.split(separator: ";") {
            let piece = part.trimmingSpaces()
            if piece.isEmpty { continue }
            let sides = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            var name = sides[0].trimmingSpaces()
            var unit = ""
            if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
                unit = name[name.index(after: open)..<name.index(before: name.endIndex)].trimmingSpaces()
                name = name[..<open].trimmingSpaces()
            }
            if name.isEmpty {
                problem(line, "a metric without a name ('\(piece)')")
                continue
            }
            var target: Double?
            if sides.count == 2 {
                let t = sides[1].trimmingSpaces().replacingAll(",", with: ".")
                guard let number = Double(t), number.isFinite else {
                    problem(
                        line,
                        "the target of metric '\(name)' is '\(sides[1].trimmingSpaces())', which is not a number (write e.g. '\(name) = 40')"
                    )
                    continue
                }
                target = number
            }
            metrics.append(Metric(name: name, unit: unit, target: target, kind: kind))
        }
        if metrics.count > Metric.perKind {
            problem(line, "at most \(Metric.perKind) \(kind.rawValue) metrics; this line has \(metrics.count)")
        }
        if metrics.isEmpty { problem(line, "no metrics on this line; separate them with ';'") }
        return metrics
    }

    /// `name = weight; name; name = 40%`. Weights accept a decimal comma.
    static func parseDrivers(_ value: String, line: Int, problem: (Int, String) -> Void) -> [Driver] {
        var drivers: [Driver] = []
        var bad = false
        for part in value.split(separator: ";") {
            var piece = part.trimmingSpaces()
            if piece.isEmpty { continue }
            // A trailing `[behaviour]` (`[behavior]`, `[gedrag]`) marks a behaviour driver.
            var behaviour = false
            for tag in ["[behaviour]", "[behavior]", "[gedrag]"] where piece.lowercased().hasSuffix(tag) {
                behaviour = true
                piece = String(piece.dropLast(tag.count)).trimmingSpaces()
            }
            let sides = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = sides[0].trimmingSpaces()
            if name.isEmpty {
                problem(line, "a driver without a name ('\(piece)')")
                continue
            }
            guard sides.count == 2 else {
                drivers.append(Driver(name: name, behaviour: behaviour))
                continue
            }
            var w = sides[1].trimmingSpaces().replacingAll(",", with: ".")
            let percent = w.hasSuffix("%")
            if percent { w = String(w.dropLast()).trimmingSpaces() }
            guard let number = Double(w), number.isFinite, number >= 0,
                w.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
            else {
                bad = true
                problem(
                    line,
                    "the weight of driver '\(name)' is '\(sides[1].trimmingSpaces())', which is not a number (write e.g. '\(name) = 0.4')"
                )
                continue
            }
            drivers.append(Driver(name: name, weight: percent ? number / 100 : number, behaviour: behaviour))
        }
        if drivers.isEmpty && !bad { problem(line, "'drivers:' lists no drivers; separate them with ';'") }
        return drivers
    }
}
