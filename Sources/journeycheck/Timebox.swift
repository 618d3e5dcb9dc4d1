import ArgumentParser
import JourneyCheckCore

/// `--timebox 3m`, `90s`, `2m30s`, `off`.
struct TimeboxArgument: ExpressibleByArgument {
    var seconds: Int?
    init?(argument: String) {
        guard let parsed = Timebox.parse(argument) else { return nil }
        seconds = parsed
    }
}
