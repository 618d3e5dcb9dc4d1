/// The language a workshop is held in. The Dutch texts are the originals of the method.
public enum Language: String, Codable, Sendable, CaseIterable {
    case nl, en
}
