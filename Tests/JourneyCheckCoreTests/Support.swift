import Foundation
@testable import JourneyCheckCore

/// The package root, found from this file's path.
let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A fresh temporary folder per test.
func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("jc-test-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

let fixedDate = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18

/// A small journey with a digital and a non-digital step in two phases.
func sampleJourney(language: Language = .en) -> Journey {
    Journey(
        title: "Sample", language: language, brandPromise: "Easy",
        drivers: [Driver(name: "speed", weight: 0.6), Driver(name: "care")],
        phases: [
            (
                title: "Find",
                steps: [(text: "Search the site", digital: true), (text: "Call the shop", digital: false)]
            ),
            (title: "Buy", steps: [(text: "Pay", digital: true)]),
        ])
}

func parseOutline(_ text: String, file: String = "test.md") -> Result<Journey, InputError> {
    do throws(InputError) {
        return .success(try OutlineParser.parse(Data(text.utf8), file: file))
    } catch {
        return .failure(error)
    }
}

func decodeSession(_ data: Data, file: String = "s.json") -> Result<Session, InputError> {
    do throws(InputError) {
        return .success(try SessionCodec.decode(data, file: file))
    } catch {
        return .failure(error)
    }
}

extension Result {
    var error: Failure? { if case .failure(let e) = self { e } else { nil } }
    var value: Success? { if case .success(let v) = self { v } else { nil } }
}

/// Run a command and return its exit status and standard output.
@discardableResult
func run(_ args: [String], input: Data? = nil) throws -> (status: Int32, out: String, err: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = args
    let out = Pipe(), err = Pipe(), inp = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = inp
    try p.run()
    if let input { inp.fileHandleForWriting.write(input) }
    try inp.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}
