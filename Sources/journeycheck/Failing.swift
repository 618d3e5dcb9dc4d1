import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore
import JourneyCheckTUI

/// Print one line per problem on stderr and exit 1.
func fail(_ problems: [String]) -> Never {
    for p in problems { StandardStream.write(p + "\n", to: StandardStream.error) }
    JourneyCheck.exit(withError: ExitCode(1))
}

func fail(_ message: String) -> Never { fail(["journeycheck: " + Sanitize.line(message)]) }

func fail(_ error: InputError) -> Never { fail(error.problems.map(\.description)) }

/// A report to the file `-o` names (written durably), straight to what it names when that is a
/// device or a pipe (`/dev/null`, `/dev/stdout`, `>(…)`), or to standard output.
func writeOutput(_ text: String, to output: String?) { writeOutput(Data(text.utf8), to: output) }

/// Bytes to a file (written atomically), a stream (`/dev/stdout`, a pipe with a reader) or,
/// without `-o`, standard output.
func writeOutput(_ bytes: Data, to output: String?) {
    if let output {
        do {
            if StreamFile.isStream(output) {
                try StreamFile.write(bytes, to: output)
            } else {
                try DurableFile.write(bytes, to: output)
            }
        } catch { fail(error.description) }
    } else {
        let (written, reason) = StandardStream.write(bytes, to: StandardStream.output)
        if !written { fail("cannot write to standard output: \(reason)") }
    }
}
