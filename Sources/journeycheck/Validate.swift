import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JourneyCheckCore
import JourneyCheckTUI

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check outlines and sessions; exit 1 with line-numbered errors.",
        discussion: "Files ending in .json are read as sessions, all others as outlines.")

    @Argument(help: ArgumentHelp("Outline or session files.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file") }
    }

    func run() throws {
        var problems: [String] = []
        for file in files {
            do {
                if file.lowercased().hasSuffix(".json") {
                    let s = try SessionStore.read(file)
                    let p = s.potential
                    print("\(file): " + Wording(.en).sessionOK(s.stepCount, p.completeSteps))
                } else {
                    let j = try OutlineParser.parse(file: file)
                    Files.warn(j.warnings)
                    print("\(file): " + Wording(.en).outlineOK(j.stepCount, j.phases.count))
                }
            } catch {
                problems += error.problems.map(\.description)
            }
        }
        if !problems.isEmpty { fail(problems) }
    }
}
