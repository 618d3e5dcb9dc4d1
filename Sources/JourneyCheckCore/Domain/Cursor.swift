#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the team is: the current step and question. Saved so a resume opens there.
public struct Cursor: Codable, Sendable, Equatable {
    public var step: String
    public var lens: Lens

    public init(step: String, lens: Lens) {
        self.step = step
        self.lens = lens
    }
}
