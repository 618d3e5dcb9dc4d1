import HTTPTypes
import Hummingbird
import JourneyCheckCore
import Synchronization

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension RoomServer {
    /// Votes per phone in the current ten-second window: a phone that floods is told to wait.
    final class Pace: Sendable {
        private let state = Mutex<(window: Int, counts: [String: Int])>((0, [:]))
        func allow(_ token: String) -> Bool {
            let window = Int(Date().timeIntervalSince1970 / 10)
            return state.withLock { s in
                if s.window != window { s = (window, [:]) }
                s.counts[token, default: 0] += 1
                return s.counts[token]! <= RoomServer.votesPerWindow
            }
        }
    }

    static func headers(_ type: String, cookie: String? = nil) -> HTTPFields {
        var h: HTTPFields = [
            .contentType: type, .cacheControl: "no-store",
            HTTPField.Name("Content-Security-Policy")!: PhonePage.contentSecurityPolicy,
            HTTPField.Name("X-Content-Type-Options")!: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
        ]
        if let cookie { h[.setCookie] = cookie }
        return h
    }

    static func text(_ status: HTTPResponse.Status, _ body: String) -> Response {
        Response(
            status: status, headers: headers("text/plain; charset=utf-8"),
            body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// The phone's random token from its cookie, or a new one to set.
    static func token(_ request: Request, code: String) -> (token: String, cookie: String?) {
        if let header = request.headers[.cookie] {
            for part in header.split(separator: ";") {
                let kv = part.trimmingSpaces()
                if kv.hasPrefix("jc="), kv.count == 35, kv.dropFirst(3).allSatisfy(\.isHexDigit) {
                    return (String(kv.dropFirst(3)), nil)
                }
            }
        }
        let fresh = RoomBoard.newCode() + String(RoomBoard.newCode().prefix(8))
        return (fresh, "jc=\(fresh); Path=/\(code); HttpOnly; SameSite=Strict")
    }

    /// `question=s3.brand&answer=yes`.
    static func form(_ body: String) -> [String: String] {
        var out: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2 else { continue }
            let value = kv[1].replacingAll("+", with: " ").removingPercentEncoding ?? kv[1]
            out[kv[0]] = value
        }
        return out
    }

    static func routes(
        board: RoomBoard, language: Language, onVote: @escaping @Sendable (Question, Votes) async -> Bool
    ) -> Router<BasicRequestContext> {
        let router = Router()
        let pace = Pace()
        let code = board.code
        @Sendable func page(_ request: Request, notice: PhonePage.Notice) -> Response {
            let (token, cookie) = token(request, code: code)
            let html = PhonePage.render(
                board.current, base: "/" + code, language: language, notice: notice, mine: board.vote(of: token),
                version: board.version)
            return Response(
                status: .ok, headers: headers("text/html; charset=utf-8", cookie: cookie),
                body: .init(byteBuffer: ByteBuffer(string: html)))
        }
        router.get("\(code)") { request, _ in page(request, notice: .none) }
        router.get("\(code)/style.css") { _, _ in
            Response(
                status: .ok, headers: headers("text/css; charset=utf-8"),
                body: .init(byteBuffer: ByteBuffer(string: PhonePage.css)))
        }
        router.get("\(code)/app.js") { _, _ in
            Response(
                status: .ok, headers: headers("text/javascript; charset=utf-8"),
                body: .init(byteBuffer: ByteBuffer(string: PhonePage.script)))
        }
        // The page waits here for the wall to move on; the stream ends by itself after a
        // minute (the browser opens it again), so no connection lives forever.
        router.get("\(code)/events") { _, _ in
            let start = board.version
            return Response(
                status: .ok, headers: headers("text/event-stream"),
                body: .init { writer in
                    try await writer.write(ByteBuffer(string: "retry: 2000\ndata: \(start)\n\n"))
                    var last = start
                    for _ in 0..<240 {
                        try await Task.sleep(for: .milliseconds(250))
                        let now = board.version
                        if now != last {
                            last = now
                            try await writer.write(ByteBuffer(string: "data: \(now)\n\n"))
                        }
                    }
                    try await writer.finish(nil)
                })
        }
        router.post("\(code)") { request, _ in
            var request = request
            let body: ByteBuffer
            do { body = try await request.collectBody(upTo: maxBody) } catch {
                return text(.contentTooLarge, "too large")
            }
            let fields = form(String(buffer: body))
            guard let questionID = fields["question"], let answerText = fields["answer"],
                let answer = Answer(rawValue: answerText), [.yes, .no, .dontKnow].contains(answer)
            else { return text(.badRequest, "a vote needs a question and an answer: yes, no or dont_know") }
            let (token, _) = token(request, code: code)
            guard pace.allow(token) else { return text(.tooManyRequests, "too many votes; wait a few seconds") }
            let previous = board.vote(of: token)
            switch board.cast(token: token, questionID: questionID, answer: answer) {
            case .closed: return page(request, notice: .closed)
            case .refused: return text(.badRequest, "this question takes no such answer")
            case .counted(let votes, _):
                guard let open = board.current, open.id == questionID else { return page(request, notice: .closed) }
                if await onVote(open.question, votes) { return page(request, notice: .counted(answer)) }
                board.withdraw(token: token, questionID: questionID, previous: previous)
                return page(request, notice: .retry)
            }
        }
        return router
    }
}
