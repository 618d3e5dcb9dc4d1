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

    public init(
        title: String, language: Language = .en, brandPromise: String = "", drivers: [Driver] = [],
        facilitator: String = "", participants: [String] = []
    ) {
        self.title = title
        self.language = language
        self.brandPromise = brandPromise
        self.drivers = drivers
        self.facilitator = facilitator
        self.participants = participants
    }
}
