import Testing
@testable import cs_stats

@Test func overlapR3() {
    let result = runCLI(["overlap", dataPath("cs_r3_2021.csv")])
    #expect(result.code == 0)
    #expect(result.err == "")
    #expect(result.out == """
        コミュニティ・スクールと地域学校協働本部 (令和3年度, 2021-05-01)

        区分          コミュニティ・スクール  地域学校協働本部  いずれも整備  いずれも整備 / CS  いずれも整備 / 本部  類似の仕組み
        ────────────  ──────────────────────  ────────────────  ────────────  ─────────────────  ───────────────────  ────────────
        幼稚園                           276               553           155              56.2%                28.0%           431
        小学校                         7,051            12,570         5,543              78.6%                44.1%         3,919
        中学校                         3,339             5,625         2,556              76.5%                45.4%         1,869
        義務教育学校                      95               101            70              73.7%                69.3%            16
        高等学校                         805               435           124              15.4%                28.5%           486
        中等教育学校                       4                 2             0               0.0%                 0.0%             7
        特別支援学校                     286               185            80              28.0%                43.2%           131
        合計                          11,856            19,471         8,528              71.9%                43.8%         6,859

        """)
}

@Test func overlapEnglishTSVWithPlaceholdersForR2() {
    let result = runCLI(["overlap", dataPath("cs_r2_2020.csv"), "--lang", "en", "--format", "tsv"])
    #expect(result.code == 0)
    #expect(result.err == "")
    #expect(result.out.hasPrefix("Row\tCS\tHQ\tBoth\tBoth / CS\tBoth / HQ\tSimilar\nKindergarten\t237\t\t\t\t\t\n"))
    #expect(result.out.hasSuffix("Total\t9788\t\t\t\t\t\n"))
}

@Test func overlapJSONTotal() {
    let result = runCLI(["overlap", "--format", "json"])
    #expect(result.code == 0)
    #expect(result.out.hasSuffix("""
            {
              "key": "total",
              "label_ja": "合計",
              "label_en": "Total",
              "label": "合計",
              "cs": 11856,
              "hq": 19471,
              "both": 8528,
              "both_share_of_cs_pct": 71.9,
              "both_share_of_hq_pct": 43.8,
              "similar": 6859
            }
          ]
        }

        """))
}

@Test func overlapWritesToAFile() throws {
    let path = temporaryFile("", name: "overlap.md")
    let result = runCLI(["overlap", "--format", "markdown", "-o", path])
    #expect(result.code == 0)
    #expect(result.out == "")
    let written = try String(contentsOfFile: path, encoding: .utf8)
    #expect(written.contains("| 合計 | 11,856 | 19,471 | 8,528 | 71.9% | 43.8% | 6,859 |\n"))
}
