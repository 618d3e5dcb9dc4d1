/// The language a workshop is held in. The Dutch texts are the originals of the method.
public enum Language: String, Codable, Sendable, CaseIterable {
    case nl, en
}

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
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.brand, .nl): "Merk"
        case (.brand, .en): "Brand"
        case (.customer, .nl): "Klant"
        case (.customer, .en): "Customer"
        case (.employee, .nl): "Medewerker"
        case (.employee, .en): "Employee"
        case (.service, _): "Service"
        case (.user, .nl): "Gebruiker"
        case (.user, .en): "User"
        }
    }

    /// The question asked for this lens, verbatim from the method.
    public func question(_ language: Language) -> String {
        switch (self, language) {
        case (.brand, .nl): "Is deze stap 100% in lijn met onze merkbelofte?"
        case (.brand, .en): "Is this step 100% in line with our brand promise?"
        case (.customer, .nl): "Is deze stap in lijn met onze belangrijkste drivers?"
        case (.customer, .en): "Is this step in line with our most important drivers?"
        case (.employee, .nl):
            "Voelen medewerkers zich in deze stap optimaal gefaciliteerd om de klant een goede beleving te geven?"
        case (.employee, .en):
            "Do employees feel optimally equipped in this step to give the customer a good experience?"
        case (.service, .nl):
            "Als de klant een vraag heeft over deze stap in de journey, weten ze dan waar ze terecht kunnen en weten wij hoe die service journey eruit ziet?"
        case (.service, .en):
            "If the customer has a question about this step of the journey, do they know where to go, and do we know what that service journey looks like?"
        case (.user, .nl):
            "Als er in deze stap een digitaal element zit, is dat dan super makkelijk, in lijn met onze merkbelofte en de belangrijkste drivers?"
        case (.user, .en):
            "If this step has a digital element, is it super easy, and in line with our brand promise and most important drivers?"
        }
    }
}

/// The answer to one question of one step.
public enum Answer: String, Codable, Sendable, CaseIterable {
    /// Not discussed yet.
    case open
    case yes
    /// A known gap: improve.
    case no
    /// A knowledge gap: investigate.
    case dontKnow = "dont_know"
    /// The user lens on a step without a digital element.
    case notApplicable = "n/a"

    /// Whether this answer is improvement potential.
    public var isPotential: Bool { self == .no || self == .dontKnow }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.open, _): "open"
        case (.yes, .nl): "ja"
        case (.yes, .en): "yes"
        case (.no, .nl): "nee"
        case (.no, .en): "no"
        case (.dontKnow, .nl): "weet niet"
        case (.dontKnow, .en): "don't know"
        case (.notApplicable, .nl): "n.v.t."
        case (.notApplicable, .en): "n/a"
        }
    }

    /// One-character symbol for grids: reads without colour.
    public var symbol: String {
        switch self {
        case .open: "·"
        case .yes: "✔"
        case .no: "✘"
        case .dontKnow: "?"
        case .notApplicable: "–"
        }
    }
}

/// The three levels on which an improvement action can work (seed 000, step 2).
public enum ActionLevel: String, Codable, Sendable, CaseIterable {
    case behaviour, journey, moment

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.behaviour, .nl): "gedrag"
        case (.behaviour, .en): "behaviour"
        case (.journey, _): "journey"
        case (.moment, _): "moment"
        }
    }
}
