#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Whose report it is: the organisation's name, its logo and an accent colour, from the
/// outline (`organisation:`, `logo:`, `accent:`). The logo is copied into the session, so the
/// session and its self-contained report need no other file.
public struct Branding: Sendable, Equatable {
    public var organisation: String
    public var logo: Logo?
    /// `#rrggbb`, lower case.
    public var accent: String?

    public init(organisation: String = "", logo: Logo? = nil, accent: String? = nil) {
        self.organisation = organisation
        self.logo = logo
        self.accent = accent
    }

    /// A colour as people write it, `#1f6feb`, `#16b` or `1F6FEB`, as `#rrggbb`; nil when it is
    /// not one.
    public static func colour(_ text: String) -> String? {
        var hex = text.trimmingSpaces().lowercased()
        if hex.hasPrefix("#") { hex.removeFirst() }
        guard hex.count == 3 || hex.count == 6, hex.allSatisfy({ $0.isHexDigit && $0.isASCII }) else { return nil }
        if hex.count == 3 { hex = hex.map { "\($0)\($0)" }.joined() }
        return "#" + hex
    }
}

/// A logo image, PNG or SVG, kept as base64 so the session stays JSON text.
public struct Logo: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case png, svg }
    public var kind: Kind
    /// The file's name as the outline gave it (for people; the bytes are in `data`).
    public var file: String
    public var data: String

    public init(kind: Kind, file: String, data: String) {
        self.kind = kind
        self.file = file
        self.data = data
    }

    /// The largest logo taken in: a report is mailed around.
    public static let maxBytes = 512 * 1024

    /// The logo in a file's bytes, or why it cannot be one.
    public static func read(_ bytes: [UInt8], file: String) -> Result<Logo, LogoProblem> {
        if bytes.isEmpty { return .failure(.empty) }
        if bytes.count > maxBytes { return .failure(.tooLarge(bytes.count)) }
        let data = Data(bytes).base64EncodedString()
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            return .success(Logo(kind: .png, file: file, data: data))
        }
        if let text = String(validating: bytes, as: UTF8.self), text.contains("<svg") {
            return .success(Logo(kind: .svg, file: file, data: data))
        }
        return .failure(.notAnImage)
    }

    /// `data:` URL for an `<img>` (an SVG shown by `<img>` runs no script).
    public var dataURL: String { "data:image/\(kind == .png ? "png" : "svg+xml");base64,\(data)" }
}

public enum LogoProblem: Error, Equatable {
    case empty, tooLarge(Int), notAnImage

    public var message: String {
        switch self {
        case .empty: "is empty"
        case .tooLarge(let n):
            "is \(InputFile.formatBytes(n)); a logo may be at most \(InputFile.formatBytes(Logo.maxBytes))"
        case .notAnImage: "is not a PNG or SVG image"
        }
    }
}
