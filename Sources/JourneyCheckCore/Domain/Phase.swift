#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A phase groups consecutive steps ("Oriëntatie", "Bestellen", ...).
public struct Phase: Codable, Sendable, Equatable, Identifiable {
    public var id: PhaseID
    public var title: String
    public var steps: [Step]

    public init(id: PhaseID, title: String, steps: [Step] = []) {
        self.id = id
        self.title = title
        self.steps = steps
    }
}
