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
