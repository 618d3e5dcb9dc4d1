import ArgumentParser
import Foundation
import JourneyCheckCore
import JourneyCheckTUI

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, csv
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the report of a session: markdown (default) or CSV.")

    @Argument(help: ArgumentHelp("The session file (JSON).", valueName: "file"))
    var file: String

    @Option(help: "markdown or csv.")
    var format: ReportFormat = .markdown

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let session: Session
        do { session = try SessionStore.read(file) } catch { fail(error) }
        let text = format == .markdown ? MarkdownReport.render(session, timeZone: .current) : CSVReport.render(session)
        if let output {
            do { try DurableFile.write(Data(text.utf8), to: output) } catch { fail(error.description) }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
