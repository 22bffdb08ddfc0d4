import Testing
@testable import cs_stats

@Test func tableBuiltInR3() {
    let result = runCLI(["table"])
    #expect(result.code == 0)
    #expect(result.err == "")
    #expect(result.out == """
        コミュニティ・スクール (令和3年度, 2021-05-01)

                      コミュニティ・スクール
        学校種        導入校数  導入率  増加校数 (前年度比)  前年度校数
        ────────────  ────────  ──────  ───────────────────  ──────────
        幼稚園             276    9.8%                   39         237
        小学校           7,051   37.5%                1,167       5,884
        中学校           3,339   36.5%                  618       2,721
        義務教育学校        95   66.0%                   19          76
        高等学校           805   22.9%                  137         668
        中等教育学校         4   11.8%                    1           3
        特別支援学校       286   26.0%                   87         199
        合計            11,856   33.3%                2,068       9,788

        """)
}

@Test func tableCSVIsPlain() {
    let result = runCLI(["table", dataPath("cs_r3_2021.csv"), "--format", "csv"])
    #expect(result.code == 0)
    #expect(result.err == "")
    #expect(result.out == """
        学校種,導入校数,導入率,増加校数 (前年度比),前年度校数
        幼稚園,276,9.8,39,237
        小学校,7051,37.5,1167,5884
        中学校,3339,36.5,618,2721
        義務教育学校,95,66.0,19,76
        高等学校,805,22.9,137,668
        中等教育学校,4,11.8,1,3
        特別支援学校,286,26.0,87,199
        合計,11856,33.3,2068,9788

        """)
}

@Test func tablePrefecturesSortedByRateInEnglishMarkdown() {
    let path = temporaryFile(TableFixtures.prefectureCSV, name: "pref.csv")
    let result = runCLI(["table", path, "--by", "prefecture", "--sort", "rate", "--lang", "en", "--format", "markdown"])
    #expect(result.code == 0)
    #expect(result.err == "")
    #expect(result.out == """
        Community schools (FY2021)

        | Code | Prefecture | Community schools / Schools | Community schools / Rate | Community schools / Increase | Community schools / Previous year | Rank | Map class |
        | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |
        | 01 | Hokkaido | 80 | 80.0% | 10 | 70 | 1 | 80% or more |
        | 02 | Aomori | 160 | 80.0% | 20 | 140 | 1 | 80% or more |
        | 03 | Iwate | 150 | 50.0% | -5 | 155 | 3 | 50% or more |
        | 05 | Akita | 199 | 19.9% | 3 | 196 | 4 | under 20% |
        | 04 | Miyagi | 0 | 0.0% | 0 | 0 | 5 | none |
        | 06 | Yamagata | － | … | － | … | … | none |
        |  | Total | 589 | 28.7% | 28 | 561 |  |  |

        """)
}

@Test func tableJSONHasEnglishKeysAndBothLabels() {
    let result = runCLI(["table", "--measure", "similar", "--format", "json"])
    #expect(result.code == 0)
    #expect(result.out.hasPrefix("""
        {
          "file": null,
          "built_in": true,
          "year": 2021,
          "year_label": "令和3年度",
          "reference_date": "2021-05-01",
          "dimension": "school-type",
          "measure": "similar",
          "measure_ja": "類似の仕組み",
          "measure_en": "Similar mechanism",
          "rows": [
            {
              "key": "kindergarten",
              "label_ja": "幼稚園",
              "label_en": "Kindergarten",
              "label": "幼稚園",
              "count": 431,
              "rate_pct": null,
              "increase": null,
              "previous": null
            },
        """))
}

@Test func tableByMustMatchTheFile() {
    let result = runCLI(["table", dataPath("cs_r3_2021.csv"), "--by", "prefecture"])
    #expect(result.code == 65)
    #expect(result.out == "")
    #expect(result.err == "error: \(dataPath("cs_r3_2021.csv")) has rows by school-type; --by prefecture needs a table by prefecture\n")
}

@Test func tableRejectsAnUnknownMeasure() {
    let result = runCLI(["table", "--measure", "hqq"])
    #expect(result.code == 64)
    #expect(result.out == "")
    #expect(result.err.hasPrefix("Error: option '--measure' expects one of cs, hq, both, similar; found 'hqq'"))
}

@Test func tableMissingFile() {
    let result = runCLI(["table", "/nonexistent/r3.csv"])
    #expect(result.code == 66)
    #expect(result.out == "")
    #expect(result.err.contains("/nonexistent/r3.csv"))
}

@Test(arguments: ["table", "growth", "overlap"])
func commandHelp(name: String) {
    let result = runCLI([name, "--help"])
    #expect(result.code == 0)
    #expect(result.err == "")
    #expect(result.out.hasPrefix("OVERVIEW: "))
    #expect(result.out.contains("USAGE: cs-stats \(name) "))
    #expect(result.out.contains("EXAMPLES:"))
    #expect(result.out.contains("--format <format>"))
}
