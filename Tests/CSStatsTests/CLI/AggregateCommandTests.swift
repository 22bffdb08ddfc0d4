import Foundation
import Testing
@testable import cs_stats

/// `cs-stats aggregate` and the survey commands on `SchoolFixture` written to a file.
/// Rates by hand, half up: 2021 cs 6/7 = 85.71 → 85.7, hq 4/7 = 57.14 → 57.1, both 3/7 = 42.86 → 42.9;
/// 2022 cs 7/9 = 77.78 → 77.8, hq 5/9 = 55.56 → 55.6, both 4/9 = 44.44 → 44.4.
@Suite struct AggregateCommandTests {
    private func run(_ arguments: [String], input: [UInt8] = []) -> (code: Int32, out: String, err: String) {
        let console = Console.captured(input: input)
        let code = CLI.run(arguments: arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    private func withFile(_ bytes: [UInt8] = SchoolFixture.bytes(), _ body: (String) -> Void) {
        let path = temporaryFile(bytes: bytes, name: "schools.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        body(path)
    }

    @Test func csvByYear() {
        withFile { path in
            let r = run(["aggregate", path, "--by", "year", "--format", "csv", "--jobs", "2"])
            #expect(r.code == 0)
            #expect(r.err == "")
            #expect(r.out == """
                year,total_schools,cs_schools,hq_schools,both_schools,similar_schools,cs_rate_pct,hq_rate_pct,both_rate_pct
                2021,7,6,4,3,2,85.7,57.1,42.9
                2022,9,7,5,4,1,77.8,55.6,44.4

                """)
        }
    }

    @Test(arguments: ["-1", "0", "two"])
    func jobsMustBePositive(jobs: String) {
        withFile { path in
            let r = run(["aggregate", path, "--jobs", jobs])
            #expect(r.code == 64)
            #expect(r.err.contains("--jobs expects a positive number; found '\(jobs)'"), "\(r.err)")
        }
    }

    @Test func standardInputAndCP932() throws {
        let sjis = [UInt8](try #require(SchoolFixture.text().data(using: .shiftJIS)))
        let r = run(["aggregate", "-", "--by", "year", "--format", "csv"], input: sjis)
        #expect(r.code == 0)
        #expect(r.out.hasSuffix("2021,7,6,4,3,2,85.7,57.1,42.9\n2022,9,7,5,4,1,77.8,55.6,44.4\n"))
    }

    @Test func jsonByPrefectureForOneYear() {
        // 2021 by prefecture: 北海道 line 8 (hq, similar); 東京都 lines 2–4 (cs 3, hq 2, 4: 2/3 = 66.67 → 66.7);
        // 大阪府 lines 5–7 (cs 3, hq 6, similar 7: 1/3 = 33.33 → 33.3).
        withFile { path in
            let r = run(["aggregate", path, "--by", "prefecture", "--year", "R3", "--format", "json"])
            #expect(r.code == 0)
            func group(_ code: String, _ name: String, _ n: Int, _ cs: Int, _ hq: Int, _ both: Int, _ sim: Int, _ rates: [String]) -> String {
                """
                    {
                      "prefecture_code": "\(code)",
                      "prefecture": "\(name)",
                      "total_schools": \(n),
                      "cs_schools": \(cs),
                      "hq_schools": \(hq),
                      "both_schools": \(both),
                      "similar_schools": \(sim),
                      "cs_rate_pct": \(rates[0]),
                      "hq_rate_pct": \(rates[1]),
                      "both_rate_pct": \(rates[2])
                    }
                """
            }
            let groups = [
                group("01", "北海道", 1, 0, 1, 0, 1, ["0.0", "100.0", "0.0"]),
                group("13", "東京都", 3, 3, 2, 2, 0, ["100.0", "66.7", "66.7"]),
                group("27", "大阪府", 3, 3, 1, 1, 1, ["100.0", "33.3", "33.3"]),
            ].joined(separator: ",\n")
            #expect(r.out == """
                {
                  "file": "\(path)",
                  "built_in": false,
                  "keys": [
                    "prefecture"
                  ],
                  "records": 16,
                  "skipped": {},
                  "groups": [
                \(groups)
                  ]
                }

                """)
        }
    }

    @Test func skipInvalidWarnsOnStandardError() {
        // Line 5 unknown prefecture, line 4 a duplicate of line 2: 2021 keeps lines 2, 3, 6, 7, 8:
        // cs 2, 3, 6, 7 = 4; hq 2, 6, 8 = 3; both 2, 6 = 2; similar 7, 8 = 2. Rates 4/5 = 80.0, 3/5 = 60.0, 2/5 = 40.0.
        var rows = SchoolFixture.rows
        rows[3][1] = "大坂府"
        rows[2][4] = "S13000001"
        withFile(SchoolFixture.bytes(SchoolFixture.text(rows: rows))) { path in
            let failed = run(["aggregate", path, "--by", "year"])
            #expect(failed.code != 0)
            #expect(failed.err.contains("schools.csv:4: error: school id 'S13000001' appears again in 令和3年度"))
            let r = run(["aggregate", path, "--by", "year", "--year", "2021", "--skip-invalid", "--max-skipped", "50", "--format", "csv"])
            #expect(r.code == 0)
            #expect(r.out.hasSuffix("\n2021,5,4,3,2,2,80.0,60.0,40.0\n"))
            #expect(r.err == """
                warning: skipped 1 record with duplicate school id (line 4)
                warning: skipped 1 record with unknown prefecture (line 5)

                """)
        }
    }

    @Test func badByIsAUsageError() {
        withFile { path in
            let r = run(["aggregate", path, "--by", "year,city"])
            #expect(r.code == 64)
            #expect(r.err.contains("--by expects year, prefecture, municipality or school-type, comma-separated; found 'year,city'"))
            #expect(r.out == "")
        }
    }

    @Test func summaryAgreesWithAggregate() {
        // Aggregate's 2021 figures: 7 schools, CS 6 (85.7%), HQ 4 (57.1%), both 3, similar 2 (2/7 = 28.57 → 28.6%).
        withFile { path in
            let r = run(["summary", path, "--year", "2021"])
            #expect(r.code == 0)
            #expect(r.out.contains("母数 (学校数)           7\n"))
            #expect(r.out.contains("コミュニティ・スクール  6 (85.7%)\n"))
            #expect(r.out.contains("地域学校協働本部        4 (57.1%)\n"))
            #expect(r.out.contains("いずれも整備            3 (42.9%)\n"))
            #expect(r.out.contains("類似の仕組み            2 (28.6%)\n"))
            // both / CS = 3/6 = 50.0%, both / HQ = 3/4 = 75.0%.
            #expect(r.out.contains("CSの 50.0%, 本部の 75.0%"))
        }
    }

    @Test func checkPassesOnASchoolLevelFile() {
        withFile { path in
            let r = run(["check", path])
            #expect(r.code == 0)
            #expect(r.err == "no findings\n")
            #expect(r.out == "")
        }
    }

    @Test func growthBetweenTheFilesYears() {
        // CS per type: 小学校 2021 lines 2, 3, 5, 7 = 4 of 5 (80%), 2022 lines 9, 10, 12, 14, 15 = 5 of 5 (100%):
        // +1, 1/4 = 25.0%, +20.0 points. 中学校 2 of 2 → 2 of 3 (lines 11, 13 of 11, 13, 16): 0, −33.3 points.
        // Total 6 → 7: +1, 1/6 = 16.67 → 16.7%, 77.78 − 85.71 = −7.94 → −7.9 points.
        withFile { path in
            let r = run(["growth", path])
            #expect(r.code == 0)
            let lines = r.out.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
            #expect(lines.contains("小学校 4 5 1 25.0% +20.0"))
            #expect(lines.contains("中学校 2 2 0 0.0% -33.3"))
            #expect(lines.contains("合計 6 7 1 16.7% -7.9"))
        }
    }
}
