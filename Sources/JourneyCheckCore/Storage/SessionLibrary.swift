#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An outline to start from or a session to resume, as the start screen lists it.
public struct LibraryEntry: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case outline, session }
    public var kind: Kind
    public var path: String
    public var title: String
    /// Steps fully answered out of all, for a session; steps for an outline.
    public var done: Int?
    public var steps: Int
    public var language: Language?
    /// Last change of a session.
    public var date: Date
    /// Why the file cannot be used, when it cannot.
    public var problem: String?

    public init(
        kind: Kind, path: String, title: String, done: Int? = nil, steps: Int, language: Language? = nil,
        date: Date = Date(timeIntervalSince1970: 0), problem: String? = nil
    ) {
        self.kind = kind
        self.path = path
        self.title = title
        self.done = done
        self.steps = steps
        self.language = language
        self.date = date
        self.problem = problem
    }
}

/// The workshops folder and the sessions folder, read for the start screen.
public enum SessionLibrary {
    /// Saved sessions (newest first), then outlines (by name). Kept originals of older files
    /// (`NAME.v1.json`) and hidden files are left out.
    public static func scan(workshops: String, sessions: String) -> [LibraryEntry] {
        let fm = FileManager.default
        func files(_ folder: String, _ ext: String) -> [String] {
            ((try? fm.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasSuffix(ext) && !$0.hasPrefix(".") && !SessionMigration.isBackupName($0) }.sorted()
                .map { Paths.join(folder, $0) }
        }
        var saved: [LibraryEntry] = []
        for path in files(sessions, ".json") {
            do {
                let s = try SessionStore.read(path)
                saved.append(
                    LibraryEntry(
                        kind: .session, path: path, title: s.title, done: s.potential.completeSteps,
                        steps: s.stepCount, language: s.language, date: s.updated))
            } catch {
                saved.append(
                    LibraryEntry(
                        kind: .session, path: path, title: Paths.name(of: path),
                        steps: 0, date: .distantPast, problem: error.problems.first?.description))
            }
        }
        saved.sort { $0.date > $1.date }
        var outlines: [LibraryEntry] = []
        for path in files(workshops, ".md") {
            do {
                let j = try OutlineParser.parse(file: path)
                outlines.append(
                    LibraryEntry(
                        kind: .outline, path: path, title: j.title, steps: j.stepCount,
                        language: j.language, date: .distantPast))
            } catch {
                outlines.append(
                    LibraryEntry(
                        kind: .outline, path: path, title: Paths.name(of: path),
                        steps: 0, date: .distantPast, problem: error.problems.first?.description))
            }
        }
        return saved + outlines
    }
}
