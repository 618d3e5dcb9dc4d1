#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Any JSON, for looking at a file before it is known to be a session: the migration steps
/// and the diagnosis of a file that does not decode. (Foundation Essentials has no
/// `JSONSerialization`; this is read and written by `JSONDecoder` and `JSONEncoder`.)
enum JSONValue: Codable, Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? c.decode(Int.self) {
            self = .int(i)
        } else if let d = try? c.decode(Double.self) {
            self = .double(d)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .int(let i): try c.encode(i)
        case .double(let d): try c.encode(d)
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    var string: String? { if case .string(let s) = self { s } else { nil } }
    var int: Int? { if case .int(let i) = self { i } else { nil } }
}

/// Where a text stops being JSON (RFC 8259, and like `JSONDecoder` a comma before a closing
/// bracket is let pass), for an error that names the line and column: Foundation Essentials'
/// `JSONDecoder` only says that the data is not valid JSON. It checks
/// and builds nothing; nesting is bounded before it is called (`SessionCodec.maximumDepth`).
enum JSONSyntax {
    /// The byte offset of the first problem and what it is; nil for valid JSON. An offset at
    /// the end of the data means the text ends in the middle of a value.
    static func firstError(in data: Data) -> (offset: Int, problem: String)? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> (offset: Int, problem: String)? in
            var scanner = Scanner(bytes: raw)
            do throws(Scanner.Problem) {
                if raw.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.at = 3 }
                try scanner.value()
                scanner.spaces()
                if scanner.at < raw.count { throw Scanner.Problem(at: scanner.at, "more text after the JSON value") }
                return nil
            } catch {
                return (error.at, error.what)
            }
        }
    }

    struct Scanner {
        struct Problem: Error {
            let at: Int
            let what: String
            init(at: Int, _ what: String) {
                self.at = at
                self.what = what
            }
        }

        let bytes: UnsafeRawBufferPointer
        var at = 0

        init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        var current: UInt8? { at < bytes.count ? bytes[at] : nil }

        mutating func spaces() {
            while let b = current, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { at += 1 }
        }

        func unexpected() -> Problem {
            guard let b = current else { return Problem(at: at, "the text ends in the middle") }
            if b >= 0x21 && b < 0x7F {
                return Problem(at: at, "unexpected character '\(Character(Unicode.Scalar(b)))'")
            }
            return Problem(at: at, "unexpected character (byte \(b))")
        }

        mutating func expect(_ b: UInt8) throws(Problem) {
            guard current == b else { throw unexpected() }
            at += 1
        }

        mutating func value() throws(Problem) {
            spaces()
            switch current {
            case 0x7B: try object()
            case 0x5B: try array()
            case 0x22: try string()
            case 0x74: try word("true")
            case 0x66: try word("false")
            case 0x6E: try word("null")
            case .some(let b) where b == 0x2D || (0x30...0x39).contains(b): try number()
            default: throw unexpected()
            }
        }

        mutating func object() throws(Problem) {
            at += 1
            spaces()
            if current == 0x7D {
                at += 1
                return
            }
            while true {
                spaces()
                if current == 0x7D {
                    at += 1
                    return
                }  // a trailing comma, which the decoder accepts
                guard current == 0x22 else { throw unexpected() }
                try string()
                spaces()
                try expect(0x3A)
                try value()
                spaces()
                if current == 0x2C {
                    at += 1
                    continue
                }
                try expect(0x7D)
                return
            }
        }

        mutating func array() throws(Problem) {
            at += 1
            spaces()
            if current == 0x5D {
                at += 1
                return
            }
            while true {
                spaces()
                if current == 0x5D {
                    at += 1
                    return
                }  // a trailing comma, as in objects
                try value()
                spaces()
                if current == 0x2C {
                    at += 1
                    continue
                }
                try expect(0x5D)
                return
            }
        }

        mutating func string() throws(Problem) {
            at += 1
            while let b = current {
                switch b {
                case 0x22:
                    at += 1
                    return
                case 0x5C:
                    at += 1
                    guard let e = current else { throw unexpected() }
                    if e == 0x75 {
                        for _ in 0..<4 {
                            at += 1
                            guard let h = current,
                                (0x30...0x39).contains(h) || (0x41...0x46).contains(h) || (0x61...0x66).contains(h)
                            else {
                                throw current == nil
                                    ? unexpected() : Problem(at: at, "a \\u escape needs four hex digits")
                            }
                        }
                    } else if ![0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74].contains(e) {
                        throw Problem(at: at - 1, "unknown escape '\\\(Character(Unicode.Scalar(e)))'")
                    }
                    at += 1
                case 0..<0x20: throw Problem(at: at, "a line break or control character inside text (write it as \\n)")
                default: at += 1
                }
            }
            throw unexpected()
        }

        mutating func word(_ w: StaticString) throws(Problem) {
            let start = at
            for b in UnsafeBufferPointer(start: w.utf8Start, count: w.utf8CodeUnitCount) {
                guard current == b else {
                    throw current == nil ? unexpected() : Problem(at: start, "unexpected word (expected \(w))")
                }
                at += 1
            }
        }

        mutating func number() throws(Problem) {
            if current == 0x2D { at += 1 }
            func digits(_ s: inout Scanner) throws(Problem) {
                guard let b = s.current, (0x30...0x39).contains(b) else { throw s.unexpected() }
                while let b = s.current, (0x30...0x39).contains(b) { s.at += 1 }
            }
            if current == 0x30 { at += 1 } else { try digits(&self) }
            if current == 0x2E {
                at += 1
                try digits(&self)
            }
            if current == 0x65 || current == 0x45 {
                at += 1
                if current == 0x2B || current == 0x2D { at += 1 }
                try digits(&self)
            }
        }
    }
}
