#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A driver of customer experience, optionally weighted by a driver analysis. Gaps link to a
/// driver by its id, so a driver renamed keeps its links.
public struct Driver: Codable, Sendable, Equatable {
    public var id: DriverID
    public var name: String
    public var weight: Double?
    /// Where the weight came from; nil when there is no weight.
    public var weightSource: WeightSource?
    /// A behaviour driver: the human side (attention, respect, friendliness). When the
    /// heaviest driver is one, the work starts at level 1, behaviour (since format version 5).
    public var behaviour: Bool

    public init(
        id: DriverID = "", name: String, weight: Double? = nil, weightSource: WeightSource? = nil,
        behaviour: Bool = false
    ) {
        self.id = id
        self.name = name
        self.weight = weight
        self.weightSource = weight == nil ? nil : weightSource ?? .outline
        self.behaviour = behaviour
    }

    enum CodingKeys: String, CodingKey { case id, name, weight, weightSource, behaviour }

    // Drivers had no id before format version 4: an empty one here, given by `WorkshopInfo`
    // from the driver's position.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeIfPresent(DriverID.self, forKey: .id) ?? ""
        name = try c.decode(String.self, forKey: .name)
        weight = try c.decodeIfPresent(Double.self, forKey: .weight)
        weightSource = try c.decodeIfPresent(WeightSource.self, forKey: .weightSource)
        if weight != nil && weightSource == nil { weightSource = .outline }
        behaviour = try c.decodeIfPresent(Bool.self, forKey: .behaviour) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(weight, forKey: .weight)
        try c.encodeIfPresent(weightSource, forKey: .weightSource)
        if behaviour { try c.encode(true, forKey: .behaviour) }
    }

    /// The id of the driver at a 0-based position in the outline: `d1`, `d2`, … (also the rule
    /// for drivers of files written before drivers had ids).
    public static func positionalID(_ index: Int) -> DriverID { DriverID("d\(index + 1)") }

    /// The weight as screens and reports show it, with where it came from when an analysis
    /// gave it: `0.35 · analyse n=1.204`; nil without a weight.
    public func weightLabel(_ language: Language, score: Bool = false) -> String? {
        guard let weight else { return nil }
        let number = score ? formatScore(weight) : formatWeight(weight)
        guard weightSource?.kind == .analysis, let n = weightSource?.n else { return number }
        return number + " · " + Wording(language).analysisSource(Driver.grouped(n, language))
    }

    /// `1.204` (nl) or `1,204` (en).
    public static func grouped(_ n: Int, _ language: Language) -> String {
        let digits = Array(String(abs(n)))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(language == .nl ? "." : ",") }
            out.append(d)
        }
        return (n < 0 ? "-" : "") + out
    }
}

/// Where a driver's weight came from: typed into the outline, edited in a spreadsheet and
/// imported, or computed by a driver analysis of survey data (`detail` says which: the file,
/// the method, n and R²).
public struct WeightSource: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case outline, spreadsheet, analysis }
    public var kind: Kind
    public var detail: String?
    /// For an analysis: the respondents it used (since format version 5).
    public var n: Int?
    /// For an analysis: the weight it replaced and where that came from, so the workshop can
    /// undo it (since format version 5).
    public var replacedWeight: Double?
    public var replacedKind: Kind?
    public var replacedDetail: String?

    public init(_ kind: Kind, detail: String? = nil, n: Int? = nil) {
        self.kind = kind
        self.detail = detail
        self.n = n
    }

    public static let outline = WeightSource(.outline)
}

extension Array where Element == Driver {
    /// The names of these linked drivers, in the journey's order.
    public func names(of linked: [DriverID]) -> [String] { filter { linked.contains($0.id) }.map(\.name) }

    /// `analyse n=1.204` when one analysis gave every weight (screens then say it once);
    /// nil otherwise.
    public func sharedSource(_ language: Language) -> String? {
        let ns = Set(compactMap { $0.weightSource?.kind == .analysis ? $0.weightSource?.n : nil })
        guard ns.count == 1, let n = ns.first, allSatisfy({ $0.weightSource?.kind == .analysis }) else { return nil }
        return Wording(language).analysisSource(Driver.grouped(n, language))
    }

    /// Each driver's weight as shown beside its name: the source only when it is not shared.
    public func weightLabels(_ language: Language, score: Bool = false) -> [String?] {
        let shared = sharedSource(language) != nil
        return map { d in
            shared ? d.weight.map { score ? formatScore($0) : formatWeight($0) } : d.weightLabel(language, score: score)
        }
    }

    /// The ids of the drivers with these names, in the journey's order.
    public func ids(named names: [String]) -> [DriverID] { filter { names.contains($0.name) }.map(\.id) }
}

extension Driver {
    /// The driver as it was before an analysis wrote its weight; nil when no analysis did.
    public static func beforeAnalysis(_ d: Driver) -> Driver? {
        guard let s = d.weightSource, s.kind == .analysis else { return nil }
        var old = d
        old.weight = s.replacedWeight
        old.weightSource = s.replacedKind.map { WeightSource($0, detail: s.replacedDetail) }
        return old
    }
}
