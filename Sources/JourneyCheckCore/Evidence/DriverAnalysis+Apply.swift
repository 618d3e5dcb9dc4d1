#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writing an analysis's weights into a session's drivers, matched by name with case and
/// accents ignored, each with where it came from.
extension DriverAnalysis {
    public struct Applied: Sendable, Equatable {
        /// Driver name, theme name, the weight written.
        public var matched: [(driver: String, theme: String, weight: Double)]
        public var unmatchedThemes: [String]
        public var unmatchedDrivers: [String]

        public static func == (a: Applied, b: Applied) -> Bool {
            a.matched.map(\.driver) == b.matched.map(\.driver) && a.matched.map(\.weight) == b.matched.map(\.weight)
                && a.unmatchedThemes == b.unmatchedThemes && a.unmatchedDrivers == b.unmatchedDrivers
        }
    }

    /// A name as matched: lower case, accents off, runs of spaces, `_`, `-` and `.` as one space.
    public static func key(_ name: String) -> String {
        var out = ""
        var space = false
        for ch in name.lowercased() {
            let base = Self.fold[ch] ?? ch
            if base == " " || base == "_" || base == "-" || base == "." || base == "\t" {
                space = !out.isEmpty
                continue
            }
            if space {
                out.append(" ")
                space = false
            }
            out.append(base)
        }
        return out
    }

    static let fold: [Character: Character] = {
        var m: [Character: Character] = [:]
        for (base, accented) in [
            ("a", "àáâãäåā"), ("c", "çćč"), ("e", "èéêëēėę"), ("i", "ìíîïī"), ("n", "ñń"), ("o", "òóôõöøō"),
            ("u", "ùúûüū"), ("y", "ýÿ"), ("s", "šś"), ("z", "žźż"),
        ] {
            for ch in accented { m[ch] = Character(base) }
        }
        return m
    }()

    /// The change: the matched drivers get their weight (the theme's share of R²) and its
    /// source; nothing changes when no theme matches a driver.
    public func apply(to session: inout Session, date: String, now: Date) -> Applied? {
        let themes = Dictionary(drivers.map { (Self.key($0.name), $0) }, uniquingKeysWith: { a, _ in a })
        var matched: [(String, String, Double)] = []
        var used = Set<String>()
        var workshop = session.workshop
        for i in workshop.drivers.indices {
            guard let t = themes[Self.key(workshop.drivers[i].name)] else { continue }
            used.insert(t.name)
            // What it replaces is kept, so the workshop can undo the analysis.
            var source = WeightSource(
                .analysis,
                detail:
                    "\(Paths.name(of: file)), \(method == .lmg ? "LMG" : "relative weights"), n = \(n), R² = \(fixed(r2, 2)), \(date)",
                n: n)
            source.replacedWeight = workshop.drivers[i].weight
            source.replacedKind = workshop.drivers[i].weightSource?.kind
            source.replacedDetail = workshop.drivers[i].weightSource?.detail
            // Two decimals, as the analysis prints it and the screens show it.
            workshop.drivers[i].weight = (t.weight * 100).rounded() / 100
            workshop.drivers[i].weightSource = source
            matched.append((workshop.drivers[i].name, t.name, workshop.drivers[i].weight!))
        }
        let applied = Applied(
            matched: matched, unmatchedThemes: drivers.map(\.name).filter { !used.contains($0) },
            unmatchedDrivers: workshop.drivers.filter { d in !matched.contains { $0.0 == d.name } }.map(\.name))
        guard !matched.isEmpty else { return nil }
        session.workshop = workshop
        session.touch(now)
        return applied
    }
}
