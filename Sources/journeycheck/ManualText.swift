import JourneyCheckCore

/// The long description of `journeycheck --help` and of the man page (the manual plugin reads
/// the discussion): what the program does, every key of the workshop screens (from the same
/// table as the help screen) and the outline format.
enum ManualText {
    static let outlineLines: [(String, String)] = [
        ("# Title", "the journey's title, first"),
        (
            "key: value",
            "settings before the first phase: language (nl or en), brand promise / merkbelofte, drivers "
                + "(name = weight [gedrag]; ...; [behaviour] / [gedrag] marks a behaviour driver), facilitator / "
                + "begeleider, participants / deelnemers, internal metrics / interne metrics, external metrics / "
                + "externe metrics, habits / gewoontes, journey id, organisation / organisatie, logo (a PNG or SVG "
                + "file), accent / accentkleur (#rrggbb)"
        ),
        ("## Phase", "starts a phase"),
        (
            "- A step [digital]",
            "a step; [digital] / [digitaal] when it has a digital element, [owner: X] / [afdeling: X] for "
                + "the department that owns it"
        ),
    ]

    /// A key as a man page shows it: the typesetter drops arrows and ellipses.
    static func plain(_ key: String) -> String {
        key.replacingAll(" … ", with: "-").replacingAll("↑ ↓", with: "Up Down")
            .replacingAll("← →", with: "Left Right").replacingAll("⌫", with: "Backspace")
    }

    /// A key or an outline line with its text wrapped beside it.
    static func entry(_ left: String, _ text: String) -> String {
        wrap(text, width: 50).enumerated().map { i, line in
            "  " + (i == 0 ? left.padding(to: 20) : String(repeating: " ", count: 20)) + line
        }.joined(separator: "\n")
    }

    static var discussion: String {
        let outline = outlineLines.map { entry($0.0, $0.1) }
        // Lines short enough that the help's own wrapping at 80 columns keeps the columns.
        let keys = Wording(.en).helpLines.map { key, text in
            key.isEmpty ? "\n\(text):" : entry(plain(key), text)
        }
        return """
            Without a command, opens the start screen: pick a workshop outline from the workshops \
            folder or resume a saved session. Sessions are saved after every change.

            THE KEYS OF THE WORKSHOP SCREENS (? or F1 shows them on screen, in the session's language)
            \(keys.joined(separator: "\n"))

            THE OUTLINE FORMAT (a markdown file; journeycheck validate checks it)
            \(outline.joined(separator: "\n"))
            """
    }
}

/// Words in lines of at most `width` characters.
private func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
        if !line.isEmpty && line.count + 1 + word.count > width {
            lines.append(line)
            line = ""
        }
        line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
