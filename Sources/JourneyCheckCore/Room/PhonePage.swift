/// The page a phone shows: the step, the lens and its question in the session's language,
/// and one button per answer in a plain form (it works without JavaScript). Its style and its
/// small script are files of the room (`style.css`, `app.js`), so the page's
/// Content-Security-Policy allows nothing inline and nothing from elsewhere.
public enum PhonePage {
    public enum Notice: Sendable, Equatable {
        case none, counted(Answer), closed, retry
    }

    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'none'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    /// `base` is the room's path, `/CODE`: the page's style and script are under it.
    public static func render(
        _ open: RoomBoard.Open?, base: String, language: Language, notice: Notice, mine: Answer?, version: Int
    ) -> String {
        let w = Wording(open?.language ?? language)
        let lang = open?.language ?? language
        var main: [HTMLNode] = []
        switch notice {
        case .counted(let a): main.append(.el("p", [("class", "notice ok")], text: w.phoneCounted(a.label(lang))))
        case .closed: main.append(.el("p", [("class", "notice")], text: w.phoneClosed))
        case .retry: main.append(.el("p", [("class", "notice")], text: w.phoneRetry))
        case .none: break
        }
        if let open {
            main += [
                .el("p", [("class", "step")], text: w.phoneStep(open.stepNumber)),
                .el("h1", text: open.stepText),
                .el("p", [("class", "lens")], text: open.question.lens.experienceName),
                .el("p", [("class", "question")], text: open.question.lens.question(lang)),
            ]
            if open.answers.isEmpty {
                main.append(.el("p", text: w.phoneNotApplicable))
            } else {
                main.append(
                    .el(
                        "form", [("method", "post"), ("action", base)],
                        [.el("input", [("type", "hidden"), ("name", "question"), ("value", open.id)])]
                            + open.answers.map { a in
                                .el(
                                    "button",
                                    [("name", "answer"), ("value", a.rawValue), ("class", a == mine ? "mine" : "")],
                                    text: "\(a.symbol) \(a.label(lang))")
                            }))
            }
        } else {
            main.append(.el("p", [("class", "waiting")], text: w.phoneWaiting))
        }
        main.append(.el("p", [("class", "anonymous")], text: w.phoneAnonymous))
        let page: HTMLNode = .el(
            "html", [("lang", lang == .nl ? "nl" : "en")],
            [
                .el(
                    "head", [],
                    [
                        .el("meta", [("charset", "utf-8")]),
                        .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                        .el("title", text: "JourneyCheck"),
                        .el("link", [("rel", "stylesheet"), ("href", base + "/style.css")]),
                    ]),
                .el(
                    "body", [("data-version", String(version))],
                    [.el("main", [], main), .el("script", [("src", base + "/app.js")], [])]),
            ])
        var out = Array("<!DOCTYPE html>\n".utf8)
        page.render(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    public static let css = """
        body { font-family: system-ui, sans-serif; margin: 0; background: #f7f7f7; color: #1d1d1f; }
        main { max-width: 30rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.3rem; margin: .2rem 0 .6rem; }
        .step, .lens { color: #555; margin: 0; }
        .lens { font-weight: 600; margin-top: .6rem; }
        .question { font-size: 1.1rem; }
        form { display: grid; gap: .7rem; margin: 1rem 0; }
        button { font-size: 1.3rem; padding: 1rem; border-radius: .6rem; border: 2px solid #999; background: #fff; }
        button[value=yes] { border-color: #0b5d1e; } button[value=no] { border-color: #8a1111; }
        button[value=dont_know] { border-color: #7a5200; } button.mine { background: #dde9f7; }
        .notice { background: #fff3c4; padding: .6rem; border-radius: .4rem; } .notice.ok { background: #d8f0dd; }
        .anonymous { color: #666; font-size: .85rem; }
        """

    /// Reloads the page when the wall moves to another question (Server-Sent Events).
    public static let script = """
        (function () {
          var mine = document.body.getAttribute('data-version');
          if (!window.EventSource) { return; }
          var source = new EventSource(window.location.pathname + '/events');
          source.onmessage = function (e) { if (e.data !== mine) { source.close(); window.location.replace(window.location.pathname); } };
        })();
        """
}
