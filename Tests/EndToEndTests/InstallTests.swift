import Foundation
import Testing

/// `make install` into a temporary PREFIX: a static binary, its man page, completions; and
/// `make uninstall` takes them away. (Builds the release binary and the manual: minutes.)
@Suite struct InstallTests {
    @Test func makeInstallPutsTheToolInPlaceAndUninstallRemovesIt() throws {
        let prefix = temporaryFolder().appendingPathComponent("usr local").path
        let install = try runCLI(["-C", packageRoot.path, "install", "PREFIX=\(prefix)"], executable: "/usr/bin/make")
        #expect(install.status == 0, "\(install.err)")
        let files = [
            "bin/journeycheck", "share/man/man1/journeycheck.1", "share/bash-completion/completions/journeycheck",
            "share/zsh/site-functions/_journeycheck", "share/fish/vendor_completions.d/journeycheck.fish",
        ]
        for f in files { #expect(FileManager.default.fileExists(atPath: "\(prefix)/\(f)"), "missing \(f)") }
        let bin = "\(prefix)/bin/journeycheck"

        // One version, kept in the source: the binary and the man page say the same.
        let version = try runCLI(["--version"], executable: bin)
        #expect(
            version.status == 0
                && version.out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let v = version.out.trimmingCharacters(in: .whitespacesAndNewlines)

        // The Swift runtime is linked in: only the system's libraries remain.
        let ldd = try runCLI([bin], executable: "/usr/bin/ldd")
        #expect(!ldd.out.contains("libswift") && !ldd.out.contains("libFoundation"), "\(ldd.out)")
        #expect(ldd.out.contains("libncursesw") && ldd.out.contains("libc.so"))

        // The man page renders and names every command.
        let man = try runCLI(
            ["-l", "\(prefix)/share/man/man1/journeycheck.1"], executable: "/usr/bin/man",
            env: ["MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat"])
        #expect(man.status == 0, "\(man.err)")
        for text in ["journeycheck", "reassess", "export", "import", "compare", "validate", "JourneyCheck \(v)"] {
            #expect(man.out.contains(text), "the man page lacks \(text)")
        }
        // And the keys of the workshop screens and the outline format.
        for text in [
            "THE KEYS OF THE WORKSHOP SCREENS", "right after a no: link that driver", "THE OUTLINE FORMAT",
            "[afdeling: X]",
        ] {
            #expect(man.out.contains(text), "the man page lacks \(text)")
        }

        // bash completes `journeycheck ex` to `export`.
        let script = """
            source '\(prefix)/share/bash-completion/completions/journeycheck'
            COMP_WORDS=(journeycheck ex); COMP_CWORD=1; COMP_LINE='journeycheck ex'; COMP_POINT=${#COMP_LINE}
            _journeycheck journeycheck ex journeycheck
            echo "${COMPREPLY[@]}"
            """
        let bash = try runCLI(["--norc", "--noprofile", "-c", script], executable: "/bin/bash")
        #expect(bash.out.trimmingCharacters(in: .whitespacesAndNewlines) == "export", "\(bash.out) \(bash.err)")

        let uninstall = try runCLI(
            ["-C", packageRoot.path, "uninstall", "PREFIX=\(prefix)"], executable: "/usr/bin/make")
        #expect(uninstall.status == 0, "\(uninstall.err)")
        for f in files { #expect(!FileManager.default.fileExists(atPath: "\(prefix)/\(f)"), "left \(f)") }
    }
}
