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

extension CSVTable: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the report of a session: markdown (default), CSV or HTML.")

    @Argument(help: ArgumentHelp("The session file (JSON).", valueName: "file"))
    var file: String

    @Option(help: "markdown, csv or html (one self-contained page; print it to PDF from a browser).")
    var format: ReportFormat = .markdown

    @Option(
        help: ArgumentHelp(
            "With --format csv: answers (default; one row per question), actions or findouts. import reads each back.",
            valueName: "table"))
    var table: CSVTable?

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if table != nil && format != .csv {
            throw ValidationError("--table goes with --format csv (the workbook, --format xlsx, holds every table)")
        }
    }

    func run() throws {
        let session: Session
        do { session = try SessionStore.read(file) } catch { fail(error) }
        let text =
            switch format {
            case .markdown: MarkdownReport.render(session, timeZone: .system)
            case .csv: (table ?? .answers).render(session)
            case .html: HTMLReport.render(session, timeZone: .system)
            }
        writeOutput(text, to: output)
    }
}
