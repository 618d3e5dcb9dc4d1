#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

/// What a cell means; the adapter turns it into colour or, without colour, attributes.
public enum Role: UInt8, Sendable, CaseIterable {
    case normal, dim, title, heading, label, current, selected, key
    case yes, no, dontKnow, open, notApplicable
    case yesCell, noCell, dontKnowCell, openCell, notApplicableCell
    case progress, progressEmpty, warning, error, input
    /// A QR code: dark modules on a light ground whatever the terminal's own colours.
    case qr
}

/// One terminal cell: a grapheme that takes `width` columns. A wide grapheme's second column is
/// a continuation cell with width 0 and no text.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var width: UInt8
    public var role: Role

    public static let blank = Cell(text: " ", width: 1, role: .normal)
}

/// The screen as a grid of cells: what `view` draws and the adapter copies to ncurses.
public struct ScreenBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Draw text at (x, y) within `limit` columns (default: to the right edge). Wide graphemes
    /// never split: one that does not fit whole is left out. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: Role = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        var col = x
        for g in Sanitize.line(text) {
            let (shown, w) = DisplayWidth.cell(g)
            if w == 0 { continue }
            if col + w > end { break }
            // Overwriting half of a wide cell: blank its other half.
            if cells[y * width + col].width == 0, col > 0 {
                cells[y * width + col - 1] = Cell(text: " ", width: 1, role: role)
            }
            cells[y * width + col] = Cell(text: shown, width: UInt8(w), role: role)
            if w == 2 { cells[y * width + col + 1] = Cell(text: "", width: 0, role: role) }
            col += w
        }
        if col < width, cells[y * width + col].width == 0 {
            cells[y * width + col] = Cell(text: " ", width: 1, role: role)
        }
        return col - x
    }

    /// Paint `count` columns with a role (spaces), e.g. a highlighted line.
    public mutating func fill(x: Int = 0, y: Int, count: Int? = nil, role: Role, char: String = " ") {
        guard y >= 0, y < height else { return }
        let n = min(count ?? width - x, width - x)
        for c in max(0, x)..<max(max(0, x), x + n) {
            cells[y * width + c] = Cell(text: char, width: 1, role: role)
        }
    }

    /// Rows that differ from `previous` (every row when the size changed).
    public func changedRows(since previous: ScreenBuffer?) -> [Int] {
        guard let previous, previous.width == width, previous.height == height else { return Array(0..<height) }
        return (0..<height).filter { y in
            let start = y * width
            for x in 0..<width where cells[start + x] != previous.cells[start + x] { return true }
            return false
        }
    }

    /// One row as text, trailing spaces removed.
    public func rowText(_ y: Int) -> String {
        var s = ""
        for x in 0..<width { s += cells[y * width + x].text }
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// The whole screen as text, a line per row: for snapshots and tests.
    public var text: String { (0..<height).map(rowText).joined(separator: "\n") }

    /// Whether some row contains the text.
    public func contains(_ s: String) -> Bool { (0..<height).contains { rowText($0).contains(s) } }
}

extension ScreenBuffer: CustomStringConvertible {
    public var description: String { "\n" + text }
}
