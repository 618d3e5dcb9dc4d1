#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A key as the program sees it, independent of ncurses.
public enum Key: Equatable, Sendable {
    case char(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, backspace, delete, tab, backTab, escape, f1
    /// Ctrl plus a letter, e.g. `.control("c")`.
    case control(Character)
}

/// A single-line text editor: any Unicode, Backspace, Delete, Left/Right, Home/End.
public struct TextInput: Equatable, Sendable {
    public var characters: [Character]
    /// Insertion point, 0...characters.count.
    public var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Apply an editing key. Returns false when the key is not an editing key.
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .char(let c):
            // Pasted line breaks and tabs become spaces; other controls are dropped.
            if c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                if c == "\t" || c == "\n" || c == "\r\n" || c == "\r" { insert(" ") }
                return true
            }
            insert(c)
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeFirst(cursor)
            cursor = 0
        default: return false
        }
        return true
    }

    private mutating func insert(_ c: Character) {
        characters.insert(c, at: cursor)
        cursor += 1
    }
}
