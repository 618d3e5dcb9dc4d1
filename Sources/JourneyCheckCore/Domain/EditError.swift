#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Why an edit was refused.
public enum EditError: Error, Equatable, Sendable {
    case unknownStep(String)
    case unknownPhase(String)
    case emptyText
    case lastStep
    case notApplicable(Lens)
    case cannotMove
    case invalidDate(String)
    case unknownDriver(Int)
    /// Design and implementation gaps are kinds of "no".
    case gapNeedsNo
}
