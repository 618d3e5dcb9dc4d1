import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore
import JourneyCheckTUI
import JourneyCheckXLSX
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, csv, html, xlsx
}

extension CSVTable: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the report of a session: markdown (default), CSV, HTML or an xlsx workbook.")

    @Argument(help: ArgumentHelp("The session file (JSON).", valueName: "file"))
    var file: String

    @Option(
        help:
            "markdown, csv, html (one self-contained page; print it to PDF from a browser) or xlsx (a workbook: answers, actions, find-outs, heatmap)."
    )
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
        let text: String
        switch format {
        case .markdown: text = MarkdownReport.render(session, timeZone: .system)
        case .csv: text = (table ?? .answers).render(session)
        case .html: text = HTMLReport.render(session, timeZone: .system)
        case .xlsx:
            if output == nil && isatty(STDOUT_FILENO) == 1 {
                fail(["an xlsx workbook is a binary file: write it with -o FILE.xlsx"])
            }
            let bytes: Data
            do { bytes = try XLSXWriter.bytes(Workbook(session)) } catch { fail([error.description]) }
            writeOutput(bytes, to: output)
            return
        }
        writeOutput(text, to: output)
    }
}
