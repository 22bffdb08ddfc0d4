import Foundation
import Testing
@testable import cs_stats

/// Shell completions and the man page, generated from the command specs, checked by the
/// programs that read them: a real bash asked for completions, `zsh -n`, `fish -n`, groff.
@Suite struct CompletionAndManPageTests {
    /// Runs a shell command line; its standard output and exit status, or `nil` without /bin/bash.
    func shell(_ script: String) throws -> (out: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }

    func scriptFile(_ shell: String) -> String {
        temporaryFile(runCLI(["completions", shell]).out, name: "completion.\(shell)")
    }

    @Test func bashCompletesCommandsOptionsValuesAndFiles() throws {
        let script = scriptFile("bash")
        defer { try? FileManager.default.removeItem(atPath: script) }
        let data = dataPath("")
        let asked = try shell("""
            source '\(script)'
            q() { COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _cs_stats; echo "${COMPREPLY[*]}"; }
            q cs-stats su
            q cs-stats view --format ''
            q cs-stats table -f ''
            q cs-stats view --enc
            q cs-stats view --encoding ''
            q cs-stats help d
            q cs-stats completions ''
            cd '\(data)' && q cs-stats summary cs_r
            """)
        #expect(asked.status == 0)
        #expect(asked.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == [
            "summary",
            "table csv tsv json markdown",
            "table csv tsv json markdown svg",
            "--encoding",
            "auto utf-8 shift_jis",
            "denominators",
            "bash zsh fish",
            "cs_r2_2020.csv cs_r3_2021.csv cs_r5_2023.csv",
            "",
        ])
    }

    @Test(arguments: ["zsh", "fish"])
    func zshAndFishReadTheirScripts(shell name: String) throws {
        guard let found = try? shell("command -v \(name)"), found.status == 0 else {
            // Scripts/check-shells.sh installs them; without them this check is skipped.
            return
        }
        let script = scriptFile(name)
        defer { try? FileManager.default.removeItem(atPath: script) }
        #expect(try shell("\(name) -n '\(script)'").status == 0)
    }

    @Test func theCommittedManPageIsCurrent() throws {
        let committed = try String(contentsOfFile: dataPath("../Scripts/cs-stats.1"), encoding: .utf8)
        #expect(runCLI(["help", "--man"]).out == committed, "regenerate with: swift run cs-stats help --man > Scripts/cs-stats.1")
        #expect(runCLI(["--man"]).out == committed)
    }

    @Test func theManPageRendersWithoutAWarning() throws {
        guard let found = try? shell("command -v groff"), found.status == 0 else { return }
        let page = dataPath("../Scripts/cs-stats.1")
        let warnings = try shell("groff -man -Tutf8 -ww '\(page)' 2>&1 >/dev/null")
        #expect(warnings.out == "")
        let text = try shell("groff -man -Tutf8 '\(page)' 2>/dev/null | col -b")
        #expect(text.out.contains("EXIT STATUS"))
        #expect(text.out.contains("コミュニティ・スクール"))
        #expect(text.out.contains("--safe-csv"))
    }

    @Test func anUnknownShellIsAUsageError() {
        let result = runCLI(["completions", "powershell"])
        #expect(result.code == 64)
        #expect(result.err.hasPrefix("Error: SHELL is bash, zsh or fish; found 'powershell'\n"))
    }
}

@Suite struct VersionTests {
    /// The vintages as Data/ holds them: R3's reference date; the series' years 2005, 2006 and
    /// 2009–2024 (none for 2007–2008), the first dated 2006-12-15 (2005 has no date).
    @Test func versionSaysTheVintageOfTheBuiltInData() {
        let result = runCLI(["--version"])
        #expect(result.code == 0)
        #expect(result.out == """
            cs-stats 0.1.0
            built-in data:
              Data/cs_r3_2021.csv (built in): 令和3年度 (2021), reference date 2021-05-01; the table when no file is given
              Data/cs_series.csv (built in): 平成17年度–令和6年度 (2005–2024), 18 survey years, reference dates 2006-12-15 to 2024-05-01; the national series for chart and report

            """)
    }
}
