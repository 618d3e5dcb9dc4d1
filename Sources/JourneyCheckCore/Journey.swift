import Foundation

/// The answer and note of one question.
public struct Response: Codable, Sendable, Equatable {
    public var answer: Answer
    public var note: String

    public init(answer: Answer = .open, note: String = "") {
        self.answer = answer
        self.note = note
    }
}

/// The five responses of a step, one per lens.
public struct LensResponses: Codable, Sendable, Equatable {
    public var brand: Response
    public var customer: Response
    public var employee: Response
    public var service: Response
    public var user: Response

    public init(digital: Bool) {
        brand = Response()
        customer = Response()
        employee = Response()
        service = Response()
        user = Response(answer: digital ? .open : .notApplicable)
    }

    public subscript(lens: Lens) -> Response {
        get {
            switch lens {
            case .brand: brand
            case .customer: customer
            case .employee: employee
            case .service: service
            case .user: user
            }
        }
        set {
            switch lens {
            case .brand: brand = newValue
            case .customer: customer = newValue
            case .employee: employee = newValue
            case .service: service = newValue
            case .user: user = newValue
            }
        }
    }
}

/// One step of the customer journey, as the customer lives it.
public struct Step: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var text: String
    /// Whether the step has a digital element; only then does the user lens apply.
    public var digital: Bool
    public var answers: LensResponses
    /// A note about the step as a whole.
    public var note: String
    /// Seconds the room spent on this step, across all sittings.
    public var seconds: Int

    public init(id: String, text: String, digital: Bool) {
        self.id = id
        self.text = text
        self.digital = digital
        self.answers = LensResponses(digital: digital)
        self.note = ""
        self.seconds = 0
    }

    /// The lenses that apply to this step.
    public var applicableLenses: [Lens] {
        digital ? Lens.allCases : Lens.allCases.filter { $0 != .user }
    }

    /// Every applicable question has an answer.
    public var isComplete: Bool {
        applicableLenses.allSatisfy { answers[$0].answer != .open }
    }
}

/// A phase groups consecutive steps ("Oriëntatie", "Bestellen", ...).
public struct Phase: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var steps: [Step]

    public init(id: String, title: String, steps: [Step] = []) {
        self.id = id
        self.title = title
        self.steps = steps
    }
}

/// A driver of customer experience, optionally weighted by a driver analysis.
public struct Driver: Codable, Sendable, Equatable {
    public var name: String
    public var weight: Double?

    public init(name: String, weight: Double? = nil) {
        self.name = name
        self.weight = weight
    }
}

/// A journey as the facilitator wrote it: what an outline file holds.
public struct Journey: Sendable, Equatable {
    public var title: String
    public var language: Language
    public var brandPromise: String
    public var drivers: [Driver]
    public var facilitator: String
    public var participants: [String]
    /// Phases with their steps' texts and digital flags.
    public var phases: [(title: String, steps: [(text: String, digital: Bool)])]

    public init(
        title: String, language: Language = .en, brandPromise: String = "", drivers: [Driver] = [],
        facilitator: String = "", participants: [String] = [],
        phases: [(title: String, steps: [(text: String, digital: Bool)])]
    ) {
        self.title = title
        self.language = language
        self.brandPromise = brandPromise
        self.drivers = drivers
        self.facilitator = facilitator
        self.participants = participants
        self.phases = phases
    }

    public var stepCount: Int { phases.reduce(0) { $0 + $1.steps.count } }

    public static func == (a: Journey, b: Journey) -> Bool {
        a.title == b.title && a.language == b.language && a.brandPromise == b.brandPromise
            && a.drivers == b.drivers && a.facilitator == b.facilitator && a.participants == b.participants
            && a.phases.count == b.phases.count
            && zip(a.phases, b.phases).allSatisfy { pa, pb in
                pa.title == pb.title && pa.steps.count == pb.steps.count
                    && zip(pa.steps, pb.steps).allSatisfy { $0.text == $1.text && $0.digital == $1.digital }
            }
    }
}
