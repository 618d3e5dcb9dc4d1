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
