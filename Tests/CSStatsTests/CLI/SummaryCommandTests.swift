import Foundation
import Testing
@testable import cs_stats

/// `cs-stats summary` with no file: the seed's R3 table written out by hand. Counts, rates and
/// increases are the seed's; 前年度 = count − increase:
/// CS 276 − 39 = 237, 7,051 − 1,167 = 5,884, 3,339 − 618 = 2,721, 95 − 19 = 76, 805 − 137 = 668,
/// 4 − 1 = 3, 286 − 87 = 199, 11,856 − 2,068 = 9,788;
/// HQ 553 − 53 = 500, 12,570 − 793 = 11,777, 5,625 − 419 = 5,206, 101 − 18 = 83, 435 − 49 = 386,
/// 2 − 0 = 2, 185 − 9 = 176, 19,471 − 1,341 = 18,130.
/// Aggregates: both 8,528 and similar 6,859 (seed); 8,528 / 11,856 = 71.93% → 71.9%,
/// 8,528 / 19,471 = 43.80% → 43.8%; establishers 1,041 (57.4%) = 32 + 998 + 11 (seed).
/// Widths: label 12 (義務教育学校), 導入校数/整備校数 8, 導入率/整備率 6, 増加校数 (前年度比) 19,
/// 前年度 6 (18,130); 項目 22 (コミュニティ・スクール).
private let r3Summary = """
    令和3年度 (2021) 学校種別の導入・整備状況

                  コミュニティ・スクール                         地域学校協働本部
    学校種        導入校数  導入率  増加校数 (前年度比)  前年度  整備校数  整備率  増加校数 (前年度比)  前年度
    ────────────  ────────  ──────  ───────────────────  ──────  ────────  ──────  ───────────────────  ──────
    幼稚園             276    9.8%                   39     237       553   19.5%                   53     500
    小学校           7,051   37.5%                1,167   5,884    12,570   66.9%                  793  11,777
    中学校           3,339   36.5%                  618   2,721     5,625   61.5%                  419   5,206
    義務教育学校        95   66.0%                   19      76       101   70.1%                   18      83
    高等学校           805   22.9%                  137     668       435   12.4%                   49     386
    中等教育学校         4   11.8%                    1       3         2    5.9%                    0       2
    特別支援学校       286   26.0%                   87     199       185   16.8%                    9     176
    合計            11,856   33.3%                2,068   9,788    19,471   54.7%                1,341  18,130
    基準日: 2021-05-01
    前年度 = 導入(整備)校数 − 増加校数

    集計

    項目                    値
    ──────────────────────  ────────────────────────────────────────────────
    調査年度                令和3年度 (2021)
    基準日                  2021-05-01
    コミュニティ・スクール  11,856 (33.3%) 前年度比 +2,068
    地域学校協働本部        19,471 (54.7%) 前年度比 +1,341
    いずれも整備            8,528
    類似の仕組み            6,859
    いずれも整備の割合      CSの 71.9%, 本部の 43.8%
    CS導入自治体            1,041 (57.4%): 32道府県, 998市区町村, 11学校組合

    """

private func run(_ arguments: [String], input: [UInt8] = []) -> (code: Int32, out: String, err: String) {
    let console = Console.captured(input: input)
    let code = CLI.run(arguments: arguments, console: console)
    return (code, console.standardOutput, console.standardError)
}

/// The repository root, from this file's path (Tests/CSStatsTests/CLI/).
private func dataPath(_ name: String, filePath: String = #filePath) -> String {
    URL(fileURLWithPath: filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data").appendingPathComponent(name).path
}

/// The whitespace-separated cells of the output line that starts with `label`.
private func cells(_ output: String, row label: String) -> [String]? {
    output.split(separator: "\n").first { $0.hasPrefix(label + " ") }
        .map { $0.split(separator: " ").map(String.init) }
}

@Suite struct SummaryCommandTests {
    @Test func builtInR3Verbatim() {
        let result = run(["summary"])
        #expect(result.code == 0)
        #expect(result.err == "")
        #expect(result.out == r3Summary)
    }

    @Test(arguments: [
        // label, CS count, rate, increase, previous, HQ count, rate, increase, previous
        ["幼稚園", "276", "9.8%", "39", "237", "553", "19.5%", "53", "500"],
        ["小学校", "7,051", "37.5%", "1,167", "5,884", "12,570", "66.9%", "793", "11,777"],
        ["中学校", "3,339", "36.5%", "618", "2,721", "5,625", "61.5%", "419", "5,206"],
        ["義務教育学校", "95", "66.0%", "19", "76", "101", "70.1%", "18", "83"],
        ["高等学校", "805", "22.9%", "137", "668", "435", "12.4%", "49", "386"],
        ["中等教育学校", "4", "11.8%", "1", "3", "2", "5.9%", "0", "2"],
        ["特別支援学校", "286", "26.0%", "87", "199", "185", "16.8%", "9", "176"],
        ["合計", "11,856", "33.3%", "2,068", "9,788", "19,471", "54.7%", "1,341", "18,130"],
    ])
    func everySeedFigureInItsRow(expected: [String]) {
        #expect(cells(run(["summary"]).out, row: expected[0]) == expected)
    }

    @Test func aggregates() {
        let out = run(["summary"]).out
        #expect(cells(out, row: "いずれも整備") == ["いずれも整備", "8,528"])
        #expect(cells(out, row: "類似の仕組み") == ["類似の仕組み", "6,859"])
        #expect(out.contains("\nCS導入自治体            1,041 (57.4%): 32道府県, 998市区町村, 11学校組合\n"))
    }

    @Test func json() throws {
        let result = run(["summary", "--format", "json"])
        #expect(result.code == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["file", "built_in", "year", "year_label", "reference_date", "rows", "aggregates"])
        #expect(object["file"] is NSNull)
        #expect(object["built_in"] as? Bool == true)
        #expect((object["year"] as? NSNumber)?.intValue == 2021)
        #expect(object["year_label"] as? String == "令和3年度")
        #expect(object["reference_date"] as? String == "2021-05-01")
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.map { $0["key"] as? String } == [
            "kindergarten", "elementary", "lower-secondary", "compulsory", "upper-secondary", "secondary", "special-needs", "total",
        ])
        let elementary = try #require(rows[1]["cs"] as? [String: Any])
        #expect((elementary["schools"] as? NSNumber)?.intValue == 7051)
        #expect((elementary["rate_pct"] as? NSNumber)?.doubleValue == 37.5)
        #expect((elementary["increase"] as? NSNumber)?.intValue == 1167)
        #expect((elementary["previous"] as? NSNumber)?.intValue == 5884)
        #expect(rows[1]["label_en"] as? String == "Elementary school")
        let aggregates = try #require(object["aggregates"] as? [String: Any])
        #expect(Set(aggregates.keys) == ["total_schools", "cs", "hq", "both", "similar", "overlap", "establishers"])
        #expect(aggregates["total_schools"] is NSNull)
        #expect(((aggregates["both"] as? [String: Any])?["schools"] as? NSNumber)?.intValue == 8528)
        #expect(((aggregates["similar"] as? [String: Any])?["schools"] as? NSNumber)?.intValue == 6859)
        let overlap = try #require(aggregates["overlap"] as? [String: Any])
        #expect((overlap["share_of_cs_pct"] as? NSNumber)?.doubleValue == 71.9)
        #expect((overlap["share_of_hq_pct"] as? NSNumber)?.doubleValue == 43.8)
        let establishers = try #require(aggregates["establishers"] as? [String: Any])
        #expect((establishers["with_cs"] as? NSNumber)?.intValue == 1041)
        #expect((establishers["rate_pct"] as? NSNumber)?.doubleValue == 57.4)
        // CS growth 2,068 / 9,788 = 21.13% → 21.1.
        #expect(((aggregates["cs"] as? [String: Any])?["growth_pct"] as? NSNumber)?.doubleValue == 21.1)
    }

    @Test func englishLabels() {
        let result = run(["summary", "--lang", "en"])
        #expect(result.code == 0)
        let out = result.out
        #expect(out.hasPrefix("FY2021 (令和3年度) by school type\n"))
        for (label, figures) in [
            ("Kindergarten", "276   9.8%        39            237      553  19.5%        53            500"),
            ("Compulsory education school", "95  66.0%        19             76      101  70.1%        18             83"),
            ("Total", "11,856  33.3%     2,068          9,788   19,471  54.7%     1,341         18,130"),
        ] {
            let line = out.split(separator: "\n").first { $0.hasPrefix(label) }
            #expect(line?.hasSuffix(figures) == true, "\(label)")
        }
        #expect(out.contains("\nBoth                            8,528\n"))
        #expect(out.contains("\nSimilar mechanism               6,859\n"))
        #expect(out.contains("1,041 (57.4%): 32 prefectures, 998 municipalities, 11 school unions"))
        #expect(!out.contains("幼稚園"))
    }

    @Test func csvHasPlainNumbers() {
        let result = run(["summary", "--format", "csv"])
        #expect(result.code == 0)
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains("小学校,7051,37.5,1167,5884,12570,66.9,793,11777"))
        #expect(lines.contains("合計,11856,33.3,2068,9788,19471,54.7,1341,18130"))
        #expect(lines.contains("いずれも整備,8528"))
        #expect(!result.out.contains("7,051"))
    }

    @Test func markdownIsAPipeTable() {
        let result = run(["summary", "--format", "markdown"])
        #expect(result.code == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.contains("| 幼稚園 | 276 | 9.8% | 39 | 237 | 553 | 19.5% | 53 | 500 |"))
        #expect(lines.contains("| 合計 | 11,856 | 33.3% | 2,068 | 9,788 | 19,471 | 54.7% | 1,341 | 18,130 |"))
        #expect(lines.contains("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"))
        #expect(lines.contains("| いずれも整備 | 8,528 |"))
        let tableLines = lines.filter { $0.hasPrefix("|") }
        #expect(tableLines.allSatisfy { $0.hasSuffix("|") })
    }

    @Test func seriesR2R3R5() {
        let result = run(["summary", dataPath("cs_r2_2020.csv"), dataPath("cs_r3_2021.csv"), dataPath("cs_r5_2023.csv")])
        #expect(result.code == 0)
        #expect(result.err == "")
        let out = result.out
        // Growth: R2 2,187 / (9,788 − 2,187 = 7,601) = 28.77% → 28.8%; R3 2,068 / 9,788 = 21.13% → 21.1%;
        // R5 2,914 / (18,135 − 2,914 = 15,221) = 19.14% → 19.1%. Change: 11,856 − 9,788 = 2,068,
        // 18,135 − 11,856 = 6,279. Points: 33.3 − 27.2 = 6.1, 52.3 − 33.3 = 19.0. Multiple of R2:
        // 11,856 / 9,788 = 1.21 → 1.2, 18,135 / 9,788 = 1.85 → 1.9.
        #expect(cells(out, row: "令和2年度") == ["令和2年度", "9,788", "27.2%", "+2,187", "28.8%"])
        #expect(cells(out, row: "令和3年度") == ["令和3年度", "11,856", "33.3%", "+2,068", "21.1%", "+2,068", "+6.1", "1.2倍"])
        #expect(cells(out, row: "令和5年度") == ["令和5年度", "18,135", "52.3%", "+2,914", "19.1%", "+6,279", "+19.0", "1.9倍"])
        let r2 = out.range(of: "9,788")!, r3 = out.range(of: "11,856")!, r5 = out.range(of: "18,135")!
        #expect(r2.lowerBound < r3.lowerBound && r3.lowerBound < r5.lowerBound)
        // R3 → R5 skips R4: the published increase is on R4, the change on R3.
        #expect(out.contains("※ 令和3年度→令和5年度は2年の差: 増加校数(前年度比)は令和4年度比、前回差は令和3年度比\n"))
    }

    @Test func noRateForATotalOfFewerTypesThanItsDenominator() {
        let result = run(["summary", dataPath("cs_series.csv")])
        #expect(result.code == 0)
        let both = String(result.out[result.out.range(of: "いずれも整備\n")!.lowerBound...])
        // R2 (2020): both 6,524 covers 小学校・中学校・義務教育学校 only, the 母数 36,015 every
        // type; 6,524 / 36,015 = 18.1% would be no rate at all, so none is printed.
        #expect(cells(both, row: "令和2年度") == ["令和2年度", "6,524", "…", "…", "…", "+2,509", "…"])
        // R5 (2023): both 13,486 and 母数 34,687 cover every type: 38.88% → 38.9%, as published.
        #expect(cells(both, row: "令和5年度") == ["令和5年度", "13,486", "38.9%", "…", "…", "+2,306", "…"])
    }
}

