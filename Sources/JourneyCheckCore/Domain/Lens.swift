/// One of the five types of experience every step is checked against.
public enum Lens: String, Codable, Sendable, CaseIterable, Comparable {
    case brand, customer, employee, service, user

    public static func < (a: Lens, b: Lens) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// "Brand Experience" and so on: the name the method uses in both languages.
    public var experienceName: String {
        switch self {
        case .brand: "Brand Experience"
        case .customer: "Customer Experience"
        case .employee: "Employee Experience"
        case .service: "Service Experience"
        case .user: "User Experience"
        }
    }

    /// A short label for columns and lists.
    public func label(_ language: Language) -> String { Words.table.lensLabels[self]!.text(language) }

    /// Three letters for a narrow column.
    public func shortLabel(_ language: Language) -> String { Words.table.lensShortLabels[self]!.text(language) }

    /// The question asked for this lens, verbatim from the method.
    public func question(_ language: Language) -> String { Words.table.lensQuestions[self]!.text(language) }
}
