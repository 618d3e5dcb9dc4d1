import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum AnalysisFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, html, csv, json
}

/// `MIN-MAX`, as `0-10`, `1–5` or `1-7`.
struct Scale: ExpressibleByArgument {
    var range: ClosedRange<Double>
    init?(argument: String) {
        let parts = argument.replacingAll("–", with: "-").split(separator: "-", maxSplits: 1).map(String.init)
        guard parts.count == 2, let a = Survey.number(parts[0]), let b = Survey.number(parts[1]), a < b else {
            return nil
        }
        range = a...b
    }
}

struct Drivers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drivers",
        abstract:
            "The driver analysis of a survey export: each theme's share of the outcome's R² (LMG), with bootstrap intervals, beside its mean.",
        discussion: """
            Reads a respondent-level CSV (',' or ';', quoted cells, a byte order mark, decimal \
            commas, a header row). Themes are every numeric column but the outcome unless given \
            with --theme. A missing answer (an empty cell, 'weet niet', 'n/a', or a --missing code) \
            leaves the respondent out. Importance is each theme's share of R² by LMG / Shapley, \
            exact up to 15 themes (Johnson's relative weights above); the weight is that share \
            divided by R². --apply writes the weights into a session's drivers with the same names.
            """)

    @Argument(help: ArgumentHelp("The survey export (CSV).", valueName: "survey"))
    var survey: String

    @Option(help: ArgumentHelp("The outcome column (NPS, satisfaction).", valueName: "column"))
    var outcome: String

    @Option(name: .customLong("theme"), help: ArgumentHelp("A theme column (repeat for more).", valueName: "column"))
    var themes: [String] = []

    @Option(
        help: ArgumentHelp("The outcome's scale, such as 0-10 (values outside it are errors).", valueName: "min-max"))
    var scale: Scale?

    @Option(
        name: .customLong("missing"),
        help: ArgumentHelp("A value that means no answer, such as 99 (repeat for more).", valueName: "value"))
    var missing: [String] = []

    @Option(help: ArgumentHelp("Bootstrap resamples for the intervals (0: none).", valueName: "n"))
    var bootstrap = 1000

    @Option(help: ArgumentHelp("Seed of the bootstrap, for the same intervals again.", valueName: "n"))
    var seed: UInt64?

    @Option(help: "text, markdown, html, csv or json.")
    var format: AnalysisFormat = .text

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(
        help: ArgumentHelp("Write the weights into this session's drivers (matched by name).", valueName: "session"))
    var apply: String?

    func validate() throws {
        if bootstrap < 0 { throw ValidationError("--bootstrap is a number of resamples, 0 or more") }
    }

    func run() throws {
        let survey: Survey
        do { survey = try Survey.read(try InputFile.read(self.survey), file: self.survey) } catch { fail(error) }
        var options = DriverAnalysis.Options(outcome: outcome)
        options.themes = themes
        options.scale = scale?.range
        options.missing = missing
        options.bootstrap = bootstrap
        options.seed = seed ?? UInt64(UInt32(truncatingIfNeeded: time(nil) ^ Int(getpid())))
        let showProgress = isatty(STDERR_FILENO) == 1 && bootstrap > 0
        let analysis: DriverAnalysis
        do {
            analysis = try DriverAnalysis.run(survey, options, progress: showProgress ? Self.progress : nil)
        } catch { fail(error) }
        if showProgress { StandardStream.write("\r\u{1B}[K", to: StandardStream.error) }
        let text =
            switch format {
            case .text: DriverReport.text(analysis)
            case .markdown: DriverReport.markdown(analysis)
            case .html: DriverReport.html(analysis)
            case .csv: DriverReport.csv(analysis)
            case .json: DriverReport.json(analysis)
            }
        if let session = apply { Self.apply(analysis, to: session) }
        writeOutput(text, to: output)
    }

    /// A bar on standard error while the bootstrap runs (only when it is a terminal).
    @Sendable static func progress(_ done: Int, _ total: Int) {
        guard done == total || done % max(1, total / 50) == 0 else { return }
        let filled = done * 30 / total
        StandardStream.write(
            "\rbootstrap [" + String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled)
                + "] \(done)/\(total)", to: StandardStream.error)
    }

    static func apply(_ analysis: DriverAnalysis, to path: String) {
        let store: SessionStore
        var session: Session
        do { (store, session) = try SessionStore.open(path, now: Date()) } catch { fail(error) }
        let day = CivilTime(Date(), .system).dayText
        guard let applied = analysis.apply(to: &session, date: day, now: Date()) else {
            store.close()
            fail([
                "\(path): no theme matches a driver of the session (themes: \(analysis.drivers.map(\.name).joined(separator: ", ")); drivers: \(session.drivers.map(\.name).joined(separator: ", "))); nothing written"
            ])
        }
        do {
            try store.commit(session)
            try store.compact(session)
        } catch {
            store.close()
            fail(error.description)
        }
        store.close()
        var lines = [
            "\(path): weights written for \(applied.matched.count) of \(session.drivers.count) drivers: "
                + applied.matched.map { "\($0.driver) \(fixed($0.weight, 2))" }.joined(separator: ", ")
        ]
        if !applied.unmatchedThemes.isEmpty {
            lines.append(
                "\(path): themes without a driver of that name: \(applied.unmatchedThemes.joined(separator: ", "))")
        }
        if !applied.unmatchedDrivers.isEmpty {
            lines.append(
                "\(path): drivers without a theme of that name (weights kept): \(applied.unmatchedDrivers.joined(separator: ", "))"
            )
        }
        StandardStream.write(lines.joined(separator: "\n") + "\n", to: StandardStream.error)
    }
}
