import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore
import JourneyCheckTUI

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, csv, html
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the report of a session: markdown (default), CSV or HTML.")

    @Argument(help: ArgumentHelp("The session file (JSON).", valueName: "file"))
    var file: String

    @Option(help: "markdown, csv or html (one self-contained page; print it to PDF from a browser).")
    var format: ReportFormat = .markdown

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let session: Session
        do { session = try SessionStore.read(file) } catch { fail(error) }
        let text =
            switch format {
            case .markdown: MarkdownReport.render(session, timeZone: .system)
            case .csv: CSVReport.render(session)
            case .html: HTMLReport.render(session, timeZone: .system)
            }
        writeOutput(text, to: output)
    }
}
