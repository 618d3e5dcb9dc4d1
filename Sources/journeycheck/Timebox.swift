import ArgumentParser
import JourneyCheckCore

/// The options of the commands that open the workshop screen.
struct ScreenOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Time per step, e.g. 3m, 90s or off.", valueName: "duration"))
    var timebox: TimeboxArgument?

    /// Shown in the command's help; when given, the parser hands `--no-color` to the top command
    /// (`JourneyCheck.noColor`), which has the same flag: read both, as `screen.noColor || root.noColor`.
    @Flag(help: "No colour (also when NO_COLOR is set).")
    var noColor = false
}

/// `--timebox 3m`, `90s`, `2m30s`, `off`.
struct TimeboxArgument: ExpressibleByArgument {
    var seconds: Int?
    init?(argument: String) {
        guard let parsed = Timebox.parse(argument) else { return nil }
        seconds = parsed
    }
}
