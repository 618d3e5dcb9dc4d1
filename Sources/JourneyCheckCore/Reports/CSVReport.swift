import Foundation

/// One row per step × lens, RFC 4180 (CRLF, quotes doubled).
public enum CSVReport {
    public static let header = "phase,step,step_text,lens,answer,note"

    public static func render(_ session: Session) -> String {
        var out = header + "\r\n"
        var number = 0
        for phase in session.phases {
            for step in phase.steps {
                number += 1
                for lens in Lens.allCases {
                    let r = step.answers[lens]
                    out += [field(phase.title), String(number), field(step.text), lens.rawValue, r.answer.rawValue, field(r.note)]
                        .joined(separator: ",") + "\r\n"
                }
            }
        }
        return out
    }

    static func field(_ s: String) -> String {
        let clean = Sanitize.line(s)
        guard clean.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return clean }
        return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
