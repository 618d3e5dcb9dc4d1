/// The driver analysis as one self-contained page: the table, a bar chart of the weights with
/// their intervals, and the importance–performance grid, both inline SVG (no script, nothing
/// fetched).
extension DriverReport {
    static func n(_ v: Double) -> String { fixed(v, 1) }

    static func barChart(_ a: DriverAnalysis) -> HTMLNode {
        let rows = ranked(a)
        let width = 640.0, label = 190.0, bar = width - label - 70, rowHeight = 26.0
        let top = max(rows.map { $0.high ?? $0.weight }.max() ?? 1, 0.01)
        var shapes: [HTMLNode] = []
        for (i, d) in rows.enumerated() {
            let y = Double(i) * rowHeight + 6
            shapes.append(.el("text", [("x", n(label - 8)), ("y", n(y + 14)), ("text-anchor", "end")], text: d.name))
            shapes.append(
                .el(
                    "rect",
                    [
                        ("x", n(label)), ("y", n(y + 2)), ("width", n(d.weight / top * bar)), ("height", "16"),
                        ("class", d.quadrant == .fixFirst ? "bar fix" : "bar"),
                    ]))
            if let lo = d.low, let hi = d.high {
                shapes.append(
                    .el(
                        "line",
                        [
                            ("x1", n(label + lo / top * bar)), ("x2", n(label + hi / top * bar)), ("y1", n(y + 10)),
                            ("y2", n(y + 10)), ("class", "ci"),
                        ]))
            }
            shapes.append(
                .el("text", [("x", n(label + bar + 8)), ("y", n(y + 14))], text: "\(fixed(d.weight * 100, 0))%"))
        }
        let height = Double(rows.count) * rowHeight + 12
        return .el(
            "svg",
            [
                ("viewBox", "0 0 \(Int(width)) \(Int(height))"), ("width", "100%"), ("role", "img"),
                ("aria-label", "weight of each theme"),
            ], shapes)
    }

    static func grid(_ a: DriverAnalysis) -> HTMLNode {
        let size = 420.0, pad = 50.0
        let means = a.drivers.map(\.mean), weights = a.drivers.map(\.weight)
        // A margin around the points, so none sits on the frame; room on the right for names.
        let lowest = min(means.min() ?? 0, a.performanceCut), highest = max(means.max() ?? 1, a.performanceCut)
        let margin = max((highest - lowest) * 0.1, 0.05)
        let xMin = lowest - margin, xMax = highest + margin
        let yMax = max(weights.max() ?? 1, a.importanceCut) * 1.15
        let spanX = max(xMax - xMin, 1e-9)
        let labelRoom = 160.0
        func x(_ v: Double) -> Double { pad + (v - xMin) / spanX * (size - 2 * pad) }
        func y(_ v: Double) -> Double { size - pad - v / yMax * (size - 2 * pad) }
        var shapes: [HTMLNode] = [
            .el(
                "rect",
                [
                    ("x", n(pad)), ("y", n(pad)), ("width", n(size - 2 * pad)), ("height", n(size - 2 * pad)),
                    ("class", "frame"),
                ]),
            .el(
                "line",
                [
                    ("x1", n(x(a.performanceCut))), ("x2", n(x(a.performanceCut))), ("y1", n(pad)),
                    ("y2", n(size - pad)), ("class", "cut"),
                ]),
            .el(
                "line",
                [
                    ("x1", n(pad)), ("x2", n(size - pad)), ("y1", n(y(a.importanceCut))), ("y2", n(y(a.importanceCut))),
                    ("class", "cut"),
                ]),
            .el("text", [("x", n(pad + 4)), ("y", n(pad + 14)), ("class", "quad")], text: "fix first"),
            .el(
                "text", [("x", n(size - pad - 4)), ("y", n(pad + 14)), ("text-anchor", "end"), ("class", "quad")],
                text: "keep up"),
            .el("text", [("x", n(pad + 4)), ("y", n(size - pad - 6)), ("class", "quad")], text: "low priority"),
            .el(
                "text",
                [("x", n(size - pad - 4)), ("y", n(size - pad - 6)), ("text-anchor", "end"), ("class", "quad")],
                text: "possible overkill"),
            .el(
                "text", [("x", n(size / 2)), ("y", n(size - 12)), ("text-anchor", "middle")], text: "performance (mean)"
            ),
            .el(
                "text",
                [
                    ("x", "14"), ("y", n(size / 2)), ("transform", "rotate(-90 14 \(n(size / 2)))"),
                    ("text-anchor", "middle"),
                ], text: "importance (weight)"),
        ]
        for d in a.drivers {
            shapes.append(
                .el(
                    "circle",
                    [
                        ("cx", n(x(d.mean))), ("cy", n(y(d.weight))), ("r", "5"),
                        ("class", d.quadrant == .fixFirst ? "dot fix" : "dot"),
                    ]))
            shapes.append(.el("text", [("x", n(x(d.mean) + 8)), ("y", n(y(d.weight) + 4))], text: d.name))
        }
        return .el(
            "svg",
            [
                ("viewBox", "0 0 \(Int(size + labelRoom)) \(Int(size))"), ("width", "\(Int(size + labelRoom))"),
                ("role", "img"),
                ("aria-label", "importance against performance"),
            ],
            shapes)
    }

    public static func html(_ a: DriverAnalysis) -> String {
        let rows = ranked(a).map { d in
            [
                d.name, fixed(d.weight, 2), interval(d), fixed(d.importance, 4), sign(d.sign), fixed(d.mean, 2),
                quadrantLabel(d.quadrant),
            ]
        }
        let page: HTMLNode = .el(
            "html", [("lang", "en")],
            [
                .el(
                    "head", [],
                    [
                        .el("meta", [("charset", "utf-8")]), .el("title", text: "Driver analysis: \(a.outcome)"),
                        .style(HTMLReport.css), .style(css),
                    ]),
                .el(
                    "body", [],
                    [
                        .el("h1", text: "Driver analysis: \(a.outcome)"),
                        .el("p", [("class", "meta")], text: "Survey: \(a.file)"),
                        HTMLReport.table(
                            ["Theme", "Weight", "95% interval", "Importance", "Sign", "Mean", "Quadrant"], rows,
                            numeric: [1, 2, 3, 5]),
                        .el("h2", text: "Weight of each theme"), barChart(a),
                        .el("h2", text: "Importance and performance"), grid(a),
                        .el("ul", [], facts(a).map { .el("li", text: $0) }),
                        .el("p", [], [.el("code", text: outlineLine(a))]),
                        .el("footer", text: "JourneyCheck \(JourneyCheckVersion.current)"),
                    ]),
            ])
        var out = Array("<!DOCTYPE html>\n".utf8)
        page.render(into: &out)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    static let css: StaticString = """
        svg text { font-size: 12px; fill: #1d1d1f; }
        svg .bar { fill: #8fb3d9; } svg .bar.fix, svg .dot.fix { fill: #c0392b; }
        svg .ci { stroke: #1d1d1f; stroke-width: 2; }
        svg .frame { fill: none; stroke: #999; } svg .cut { stroke: #999; stroke-dasharray: 4 3; }
        svg .dot { fill: #2c6fad; } svg .quad { fill: #777; font-style: italic; }
        """
}
