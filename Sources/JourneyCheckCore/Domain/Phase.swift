#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
