#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A driver of customer experience, optionally weighted by a driver analysis.
public struct Driver: Codable, Sendable, Equatable {
    public var name: String
    public var weight: Double?

    public init(name: String, weight: Double? = nil) {
        self.name = name
        self.weight = weight
    }
}
