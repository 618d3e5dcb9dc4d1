#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A failed write, with the file and the system's reason ("No space left on device").
public struct WriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var code: Int32

    public var description: String { "could not save \(path): \(reason)" }
}
