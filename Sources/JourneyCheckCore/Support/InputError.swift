#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One problem with an input file, said the way compilers say it: `file:line:column: message`.
public struct InputProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if line != nil, let column { place += ":\(column)" }
        return "\(place): \(Sanitize.line(message))"
    }
}

/// Everything wrong with an input file; never empty.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [InputProblem]

    public init(_ problems: [InputProblem]) { self.problems = problems }
    public init(file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        problems = [InputProblem(file: file, line: line, column: column, message: message)]
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
