/// What a workshop is about and who is in it: the journey's title and language, the brand
/// promise and drivers the team answers against, the facilitator and the participants.
/// One value, used by the outline, the session, the journal and the reports alike.
public struct WorkshopInfo: Codable, Sendable, Equatable {
    public var title: String
    public var language: Language
    public var brandPromise: String
    public var drivers: [Driver]
    public var facilitator: String
    public var participants: [String]
    /// Up to three internal and three external metrics.
    public var metrics: [Metric]
    /// Leader habits this journey adds to the default menu.
    public var habits: [String]
    /// Whose report it is: the organisation, its logo and an accent colour (all optional,
    /// since format version 5).
    public var branding: Branding

    public init(
        title: String, language: Language = .en, brandPromise: String = "", drivers: [Driver] = [],
        facilitator: String = "", participants: [String] = [], metrics: [Metric] = [], habits: [String] = [],
        branding: Branding = Branding()
    ) {
        self.title = title
        self.language = language
        self.brandPromise = brandPromise
        self.drivers = WorkshopInfo.identified(drivers)
        self.facilitator = facilitator
        self.participants = participants
        self.metrics = metrics
        self.habits = habits
        self.branding = branding
    }

    enum CodingKeys: String, CodingKey {
        case title, language, brandPromise, drivers, facilitator, participants, metrics, habits
        case organisation, logo, accent
    }

    // Metrics and habits came with version 3, the branding with version 5; they are written
    // only when there are some.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        language = try c.decode(Language.self, forKey: .language)
        brandPromise = try c.decode(String.self, forKey: .brandPromise)
        drivers = WorkshopInfo.identified(try c.decode([Driver].self, forKey: .drivers))
        facilitator = try c.decode(String.self, forKey: .facilitator)
        participants = try c.decode([String].self, forKey: .participants)
        metrics = try c.decodeIfPresent([Metric].self, forKey: .metrics) ?? []
        habits = try c.decodeIfPresent([String].self, forKey: .habits) ?? []
        branding = Branding(
            organisation: try c.decodeIfPresent(String.self, forKey: .organisation) ?? "",
            logo: try c.decodeIfPresent(Logo.self, forKey: .logo),
            accent: try c.decodeIfPresent(String.self, forKey: .accent))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(language, forKey: .language)
        try c.encode(brandPromise, forKey: .brandPromise)
        try c.encode(drivers, forKey: .drivers)
        try c.encode(facilitator, forKey: .facilitator)
        try c.encode(participants, forKey: .participants)
        if !metrics.isEmpty { try c.encode(metrics, forKey: .metrics) }
        if !habits.isEmpty { try c.encode(habits, forKey: .habits) }
        if !branding.organisation.isEmpty { try c.encode(branding.organisation, forKey: .organisation) }
        try c.encodeIfPresent(branding.logo, forKey: .logo)
        try c.encodeIfPresent(branding.accent, forKey: .accent)
    }

    /// Drivers without an id (from an outline, or a file from before format version 4) get
    /// the id of their position, `d1`, `d2`, …, unless another driver already has it.
    static func identified(_ drivers: [Driver]) -> [Driver] {
        guard drivers.contains(where: { $0.id.rawValue.isEmpty }) else { return drivers }
        var taken = Set(drivers.map(\.id))
        var out = drivers
        var next = 0
        for i in out.indices where out[i].id.rawValue.isEmpty {
            next = max(next, i)
            while taken.contains(Driver.positionalID(next)) { next += 1 }
            out[i].id = Driver.positionalID(next)
            taken.insert(out[i].id)
        }
        return out
    }
}
