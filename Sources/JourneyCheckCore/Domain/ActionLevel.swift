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
