import Foundation
import Testing
@testable import cs_stats

/// The repository's root, from this file's path (Tests/CSStatsTests/CLI/).
private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// The python3 on PATH, if there is one.
private let python: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    .map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }

/// Runs Scripts/check-report.py on a page: its output and exit status.
private func checkReport(_ path: String, _ arguments: [String] = []) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python!)
    process.arguments = [repository.appendingPathComponent("Scripts/check-report.py").path, path] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

@Suite struct ReportCommandTests {
    private func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-\(UUID().uuidString)-\(name)").path
    }

    @Test(.enabled(if: python != nil, "python3 is needed for Scripts/check-report.py"))
    func theBuiltInPagePassesTheChecker() throws {
        let path = temporaryPath("r3.html")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = runCLI(["report", "-o", path])
        #expect(result.code == 0 && result.out == "" && result.err == "")
        let check = try checkReport(path)
        #expect(check.output == "ok\n")
        #expect(check.status == 0)
    }

    @Test(.enabled(if: python != nil, "python3 is needed for Scripts/check-report.py"))
    func theEnglishPageWithMapsPassesTheChecker() throws {
        var csv = "year,prefecture,total_schools,cs_schools,hq_schools\n"
        for code in 1...47 { csv += "2021,\(code),20,\(code % 20),\(20 - code % 20)\n" }
        let input = temporaryFile(csv, name: "prefectures.csv")
        let path = temporaryPath("r3-en.html")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = runCLI(["report", input, "--lang", "en", "-o", path])
        #expect(result.code == 0)
        let check = try checkReport(path, ["--lang", "en", "--maps", "2"])
        #expect(check.output == "ok\n")
    }

    @Test func withoutOutputThePageGoesToStandardOutput() {
        let result = runCLI(["report"])
        #expect(result.code == 0)
        #expect(result.out.hasPrefix("<!DOCTYPE html>\n"))
        #expect(result.out.hasSuffix("</html>\n"))
    }

    @Test func badInputFailsClearlyAndWritesNothing() throws {
        let path = temporaryPath("never.html")
        let mixed = temporaryFile("year,prefecture,school_type,cs_schools\n2021,北海道,小学校,3\n", name: "mixed.csv")
        let result = runCLI(["report", mixed, "-o", path])
        #expect(result.code == 65)
        #expect(result.err.hasPrefix("error: \(mixed) has rows by prefecture and school type; the report takes tables by school type, by prefecture, or years\n"))
        #expect(!FileManager.default.fileExists(atPath: path))
        let twice = runCLI(["report", dataPath("cs_r2_2020.csv"), dataPath("cs_r2_2020.csv")])
        #expect(twice.code == 65)
        #expect(twice.err.contains("are both 令和2年度: a series needs one table per survey year"))
        #expect(runCLI(["report", "--format", "html"]).code == 64)
    }
}
