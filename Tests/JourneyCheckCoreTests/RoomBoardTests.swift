import Foundation
import Testing

@testable import JourneyCheckCore

/// The board the wall and the room's server share: a phone counts once, may change its vote
/// until the reveal, and a vote for a question that is not open is refused.
@Suite struct RoomBoardTests {
    let q = Question(step: "s1", lens: .brand)
    func open(_ board: RoomBoard, _ answers: [Answer] = [.yes, .no, .dontKnow]) {
        board.show(RoomBoard.Open(question: q, stepNumber: 1, stepText: "Ik zoek", language: .nl, answers: answers))
    }

    @Test func aPhoneCountsOnceAndMayChangeItsVote() {
        let board = RoomBoard(expected: 3)
        open(board)
        #expect(
            board.cast(token: "a", questionID: "s1.brand", answer: .yes)
                == .counted(Votes(yes: 1, no: 0, dontKnow: 0), changed: false))
        #expect(
            board.cast(token: "b", questionID: "s1.brand", answer: .no)
                == .counted(Votes(yes: 1, no: 1, dontKnow: 0), changed: false))
        #expect(
            board.cast(token: "a", questionID: "s1.brand", answer: .no)
                == .counted(Votes(yes: 0, no: 2, dontKnow: 0), changed: true))
        #expect(
            board.cast(token: "a", questionID: "s1.brand", answer: .no)
                == .counted(Votes(yes: 0, no: 2, dontKnow: 0), changed: false))
        #expect(board.vote(of: "a") == .no && board.vote(of: "c") == nil)
    }

    @Test func aVoteForAnotherQuestionIsRefused() {
        let board = RoomBoard()
        open(board)
        #expect(board.cast(token: "a", questionID: "s2.brand", answer: .yes) == .closed)
        board.show(nil)
        #expect(board.cast(token: "a", questionID: "s1.brand", answer: .yes) == .closed)
        open(board, [])
        #expect(board.cast(token: "a", questionID: "s1.brand", answer: .yes) == .refused)
    }

    @Test func theRevealClosesTheQuestionAndForgetsWhoVotedWhat() {
        let board = RoomBoard()
        open(board)
        _ = board.cast(token: "a", questionID: "s1.brand", answer: .yes)
        let before = board.version
        board.close(q)
        #expect(board.version > before)
        #expect(board.cast(token: "b", questionID: "s1.brand", answer: .yes) == .closed)
        #expect(board.counts(q) == Votes(yes: 0, no: 0, dontKnow: 0))
        #expect(board.vote(of: "a") == nil)
    }

    @Test func theCodeHasAtLeast64RandomBits() {
        let codes = Set((0..<100).map { _ in RoomBoard.newCode() })
        #expect(codes.count == 100)
        #expect(codes.allSatisfy { $0.count == 24 && $0.allSatisfy(\.isHexDigit) })
    }

    @Test func thePageIsAFormThatWorksWithoutScript() {
        let open = RoomBoard.Open(
            question: q, stepNumber: 3, stepText: "Ik <b>zoek</b>", language: .nl, answers: [.yes, .no, .dontKnow])
        let html = PhonePage.render(open, base: "/abc", language: .nl, notice: .counted(.yes), mine: .yes, version: 4)
        #expect(
            html.contains(
                "<form method=\"post\" action=\"/abc\"><input type=\"hidden\" name=\"question\" value=\"s1.brand\">"))
        for value in ["yes", "no", "dont_know"] { #expect(html.contains("name=\"answer\" value=\"\(value)\"")) }
        #expect(html.contains("Ik &lt;b&gt;zoek&lt;/b&gt;") && html.contains("Geteld: ja"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"/abc/style.css\">") && !html.contains("<style"))
        #expect(html.contains("<script src=\"/abc/app.js\"></script>"))
        // Where the lens does not apply: no buttons.
        let none = RoomBoard.Open(
            question: Question(step: "s1", lens: .user), stepNumber: 3, stepText: "x", language: .en, answers: [])
        #expect(
            !PhonePage.render(none, base: "/abc", language: .en, notice: .none, mine: nil, version: 1).contains(
                "<button"))
    }
}
