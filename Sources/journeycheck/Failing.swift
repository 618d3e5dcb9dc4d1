import ArgumentParser
import Foundation
import JourneyCheckCore
import JourneyCheckTUI

/// Print one line per problem on stderr and exit 1.
func fail(_ problems: [String]) -> Never {
    for p in problems { FileHandle.standardError.write(Data((p + "\n").utf8)) }
    JourneyCheck.exit(withError: ExitCode(1))
}

func fail(_ message: String) -> Never { fail(["journeycheck: " + Sanitize.line(message)]) }

func fail(_ error: InputError) -> Never { fail(error.problems.map(\.description)) }

/// A report to the file `-o` names (written durably), or to standard output.
func writeOutput(_ text: String, to output: String?) {
    if let output {
        do { try DurableFile.write(Data(text.utf8), to: output) } catch { fail(error.description) }
    } else {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
