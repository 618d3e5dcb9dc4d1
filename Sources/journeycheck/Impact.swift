import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore

struct Impact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impact",
        abstract:
            "The business case: the value of respondents scoring at or above a threshold against the rest, and what +0.2 on the score goes with."
    )

    @Argument(help: ArgumentHelp("The survey export (CSV).", valueName: "survey"))
    var survey: String

    @Option(help: ArgumentHelp("The score column (NPS 0-10, satisfaction).", valueName: "column"))
    var score: String

    @Option(help: ArgumentHelp("The value column (revenue, orders, costs).", valueName: "column"))
    var value: String

    @Option(help: ArgumentHelp("Scores at or above it are the high group.", valueName: "score"))
    var threshold: Double = 8

    @Option(help: ArgumentHelp("The number of customers, for the total of +0.2.", valueName: "n"))
    var customers: Int?

    @Option(
        name: .customLong("missing"),
        help: ArgumentHelp("A value that means no answer (repeat for more).", valueName: "value"))
    var missing: [String] = []

    @Option(help: "text, markdown, html, csv or json.")
    var format: AnalysisFormat = .text

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let result: JourneyCheckCore.Impact
        do {
            let s = try Survey.read(try InputFile.read(survey), file: survey)
            result = try JourneyCheckCore.Impact.run(
                s, score: score, value: value, threshold: threshold, customers: customers, missing: missing)
        } catch { fail(error) }
        let text =
            switch format {
            case .text: result.text()
            case .markdown: result.markdown()
            case .html: result.html()
            case .csv: result.csv()
            case .json: result.json()
            }
        writeOutput(text, to: output)
    }
}
