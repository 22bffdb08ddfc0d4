import Foundation
import Testing
@testable import cs_stats

private let seedTSV = seedR3Table

/// The seed table aligned, written out from the published figures. Widths, with a kanji two
/// columns: the label column 12 (義務教育学校), 導入校数 and 整備校数 8, 導入率 and 整備率 6,
/// 増加校数 (前年度比) 8 + 1 + 10 = 19; two spaces between columns; numbers right-aligned.
/// Each group title starts over its first column (14 = 12 + 2; 53 = 14 + 8 + 2 + 6 + 2 + 19 + 2).
private let seedAligned = """
    コミュニティ・スクール及び地域学校協働本部の学校種別の内訳（令和3年度調査結果）

                  コミュニティ・スクール                 地域学校協働本部
                  導入校数  導入率  増加校数 (前年度比)  整備校数  整備率  増加校数 (前年度比)
    ────────────  ────────  ──────  ───────────────────  ────────  ──────  ───────────────────
    幼稚園             276    9.8%                   39       553   19.5%                   53
    小学校           7,051   37.5%                1,167    12,570   66.9%                  793
    中学校           3,339   36.5%                  618     5,625   61.5%                  419
    義務教育学校        95   66.0%                   19       101   70.1%                   18
    高等学校           805   22.9%                  137       435   12.4%                   49
    中等教育学校         4   11.8%                    1         2    5.9%                    0
    特別支援学校       286   26.0%                   87       185   16.8%                    9
    合計            11,856   33.3%                2,068    19,471   54.7%                1,341
    ※ 幼稚園には幼稚園型認定こども園を含む。
    ※ 学校数の母数は今回調査において教育委員会から回答のあった学校数としている。

    """

private func run(_ arguments: [String], input: [UInt8] = []) -> (code: Int32, out: String, err: String) {
    let console = Console.captured(input: input)
    let code = CLI.run(arguments: arguments, console: console)
    return (code, console.standardOutput, console.standardError)
}

private func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-viewtests-\(UUID().uuidString)-\(name)").path
}

@Suite struct ViewCommandTests {
    @Test(arguments: [["view", "-"], ["view"]])
    func seedFromStandardInput(arguments: [String]) {
        let result = run(arguments, input: Array(seedTSV.utf8))
        #expect(result.code == 0)
        #expect(result.out == seedAligned)
        #expect(result.err == "")
    }

    @Test func totalRowComesLast() {
        let lines = run(["view"], input: Array(seedTSV.utf8)).out.split(separator: "\n")
        let tableRows = lines.filter { !$0.hasPrefix("※") && !$0.hasPrefix(" ") && !$0.hasPrefix("─") && $0.contains("%") }
        #expect(tableRows.last?.hasPrefix("合計") == true)
        #expect(tableRows.count == 8)
    }

    @Test func jsonHasTypedNumbers() throws {
        let result = run(["view", "-", "--format", "json"], input: Array(seedTSV.utf8))
        #expect(result.code == 0)
        #expect(result.err == "")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(object["survey_table"] as? Bool == true)
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 8)
        let elementary = rows[1]
        #expect(elementary["column1"] as? String == "小学校")
        // "7,051" is the number 7051, not a string.
        let count = try #require(elementary["コミュニティ・スクール 導入校数"] as? NSNumber)
        #expect(count.intValue == 7051)
        #expect(!(elementary["コミュニティ・スクール 導入校数"] is String))
        // 幼稚園 "9.8%" is a rate object.
        let rate = try #require(rows[0]["コミュニティ・スクール 導入率"] as? [String: Any])
        #expect((rate["value"] as? NSNumber)?.doubleValue == 9.8)
        #expect(rate["unit"] as? String == "percent")
        // The number is printed as published, not as a binary fraction.
        #expect(result.out.contains("\"value\": 9.8,"))
        #expect((rows[7]["column1"] as? String) == "合計")
        #expect((rows[7]["地域学校協働本部 整備校数"] as? NSNumber)?.intValue == 19471)
    }

    @Test func cp932WithCRLFPrintsTheSame() throws {
        let bytes = Array(try #require(seedTSV.replacingOccurrences(of: "\n", with: "\r\n").data(using: .shiftJIS)))
        #expect(!bytes.contains(0xE3))  // no UTF-8 lead byte of kana: really CP932
        let result = run(["view", "-"], input: bytes)
        #expect(result.code == 0)
        #expect(result.out == seedAligned)
        #expect(result.err == "")
    }

    @Test func malformedInputExits65() {
        // Line 2 is `1,2,"abc`: the quote opens at character 5 in field 3 and never closes.
        let result = run(["view"], input: Array("a,b,c\n1,2,\"abc\n".utf8))
        #expect(result.code == 65)
        #expect(result.out == "")
        #expect(result.err == "<stdin>:2:5: error: unterminated quoted field (opened at line 2, field 3)\n")
    }

    @Test func missingFileExits66() {
        let path = temporaryPath("missing.csv")
        let result = run(["view", path])
        #expect(result.code == 66)
        #expect(result.out == "")
        #expect(result.err.hasPrefix("\(path): error: cannot read file"))
    }

    @Test func misspelledOptionExits64WithASuggestion() {
        let result = run(["view", "--fromat", "json"], input: Array(seedTSV.utf8))
        #expect(result.code == 64)
        #expect(result.out == "")
        #expect(result.err == """
            Error: unknown option '--fromat'. Did you mean '--format'?
            Usage: cs-stats view [<options>] [FILE]
              See 'cs-stats view --help' for more information.

            """)
    }

    @Test(arguments: [["--help"], ["view", "--help"], ["help", "view"], ["--version"], []])
    func helpAndVersionGoToStandardOutput(arguments: [String]) {
        let result = run(arguments)
        #expect(result.code == 0)
        #expect(!result.out.isEmpty)
        #expect(result.err == "")
    }

    @Test func helpTexts() {
        #expect(run(["--help"]).out.hasPrefix("OVERVIEW: Statistics of Japan's community-school survey"))
        #expect(run(["--help"]).out.contains("USAGE: cs-stats [<options>] <subcommand>"))
        #expect(run(["view", "--help"]).out.hasPrefix("OVERVIEW: Print a CSV/TSV file as an aligned table, convert it, or explain how it was read.\n"))
        #expect(run(["view", "--help"]).out.contains("--format"))
        #expect(run(["--version"]).out.hasPrefix("cs-stats "))
    }

    @Test func outputFileGetsTheTextAndStandardOutputNothing() throws {
        let path = temporaryPath("out.txt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = run(["view", "-", "-o", path], input: Array(seedTSV.utf8))
        #expect(result.code == 0)
        #expect(result.out == "")
        #expect(result.err == "")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == seedAligned)
    }

    @Test func failingRunLeavesNoOutputFile() {
        let path = temporaryPath("never.txt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = run(["view", "-o", path], input: Array("a,b,c\n1,2,\"abc\n".utf8))
        #expect(result.code == 65)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
