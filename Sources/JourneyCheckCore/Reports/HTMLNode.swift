/// A small typed HTML tree: element names and attribute names come from our code, every text
/// and attribute value is escaped when the tree is written, so text from a session can only
/// ever be text. (Plot does the same and was tried first: its rendering took 74 ms for a
/// 1,000-step report, measured in-process, against a budget of 20 ms for the whole `export`
/// process; this writes the same page in a few milliseconds.)
public indirect enum HTMLNode: Sendable {
    case element(String, [(String, String)], [HTMLNode])
    case text(String)
    case group([HTMLNode])
    /// A style sheet of our own (a constant of the program, never session text).
    case style(StaticString)
    /// The accent colour as a style variable; only a `#rrggbb` colour is ever written.
    case accent(String)

    public static func el(
        _ name: String, _ attributes: [(String, String)] = [], _ children: [HTMLNode] = []
    ) -> HTMLNode {
        .element(name, attributes, children)
    }

    public static func el(_ name: String, _ attributes: [(String, String)] = [], text: String) -> HTMLNode {
        .element(name, attributes, [.text(text)])
    }

    static let void: Set<String> = ["meta", "br", "hr", "img", "link", "input"]

    public func render(into out: inout [UInt8]) {
        switch self {
        case .text(let s):
            HTMLNode.escape(s, into: &out, attribute: false)
        case .group(let nodes):
            for n in nodes { n.render(into: &out) }
        case .style(let css):
            out.append(contentsOf: "<style>".utf8)
            css.withUTF8Buffer { out += $0 }
            out.append(contentsOf: "</style>".utf8)
        case .accent(let colour):
            guard let hex = Branding.colour(colour) else { return }
            out.append(contentsOf: "<style>:root { --accent: \(hex); }</style>".utf8)
        case .element(let name, let attributes, let children):
            out.append(UInt8(ascii: "<"))
            out.append(contentsOf: name.utf8)
            for (k, v) in attributes {
                out.append(UInt8(ascii: " "))
                out.append(contentsOf: k.utf8)
                out.append(contentsOf: "=\"".utf8)
                HTMLNode.escape(v, into: &out, attribute: true)
                out.append(UInt8(ascii: "\""))
            }
            out.append(UInt8(ascii: ">"))
            if HTMLNode.void.contains(name) { return }
            for c in children { c.render(into: &out) }
            out.append(contentsOf: "</".utf8)
            out.append(contentsOf: name.utf8)
            out.append(UInt8(ascii: ">"))
            if name == "tr" || name == "li" || name == "p" || name.hasPrefix("h") || name == "section"
                || name == "table"
            {
                out.append(0x0A)
            }
        }
    }

    static func escape(_ s: String, into out: inout [UInt8], attribute: Bool) {
        for b in Sanitize.line(s).utf8 {
            switch b {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\"") where attribute: out.append(contentsOf: "&quot;".utf8)
            default: out.append(b)
            }
        }
    }
}
