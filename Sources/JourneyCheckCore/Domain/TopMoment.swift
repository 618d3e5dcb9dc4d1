/// The one top moment of the journey (seed 000, level 3 of the actions), designed against four
/// criteria. Each criterion is yes, no, or not yet judged (nil).
public struct TopMoment: Codable, Sendable, Equatable {
    /// The step where the moment happens.
    public var step: StepID
    public var text: String
    /// Ontstijg het alledaagse.
    public var beyondEveryday: Bool?
    /// Geef de klant een gevoel van trots.
    public var pride: Bool?
    /// Creëer momenten die men wil delen: would the customer take a photo of this moment?
    public var shareable: Bool?
    /// Inspireer de klant, biedt iets om naar te streven.
    public var inspiring: Bool?

    public init(
        step: StepID, text: String, beyondEveryday: Bool? = nil, pride: Bool? = nil, shareable: Bool? = nil,
        inspiring: Bool? = nil
    ) {
        self.step = step
        self.text = text
        self.beyondEveryday = beyondEveryday
        self.pride = pride
        self.shareable = shareable
        self.inspiring = inspiring
    }

    public subscript(criterion: MomentCriterion) -> Bool? {
        get { self[keyPath: criterion.field] }
        set { self[keyPath: criterion.field] = newValue }
    }
}

/// The four criteria of a top moment, in the method's order.
public enum MomentCriterion: Int, Sendable, CaseIterable {
    case beyondEveryday = 1, pride, shareable, inspiring

    var field: WritableKeyPath<TopMoment, Bool?> {
        switch self {
        case .beyondEveryday: \.beyondEveryday
        case .pride: \.pride
        case .shareable: \.shareable
        case .inspiring: \.inspiring
        }
    }

    public func label(_ language: Language) -> String { Words.table.momentCriteria[self]!.text(language) }
}
