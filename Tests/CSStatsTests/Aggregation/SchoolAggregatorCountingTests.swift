import Testing
@testable import CSStats

/// Counts of `SchoolFixture` by every key combination, worked out by hand from its rows.
///
/// Flags per line (cs/hq/similar): 2 cs hq, 3 cs, 4 cs hq, 5 cs, 6 cs hq, 7 cs sim, 8 hq sim,
/// 9 cs hq, 10 cs, 11 cs hq, 12 cs hq, 13 cs hq, 14 cs, 15 cs, 16 hq, 17 sim.
/// Lines 2–8 are 2021 (令和3年度 on line 5), lines 9–17 are 2022 (R4 on line 13).
@Suite struct SchoolAggregatorCountingTests {
    @Test func byYear() throws {
        // 2021, lines 2–8: 7 schools; cs all but 8 = 6; hq 2, 4, 6, 8 = 4; both 2, 4, 6 = 3; similar 7, 8 = 2.
        // 2022, lines 9–17: 9 schools; cs 9–15 = 7; hq 9, 11, 12, 13, 16 = 5; both 9, 11, 12, 13 = 4; similar 17 = 1.
        let a = try aggregate(SchoolFixture.bytes(), by: [.year])
        #expect(describe(a) == ["2021: 7 6 4 3 2", "2022: 9 7 5 4 1"])
        #expect(a.records == 16)
        #expect(a.skipped.total == 0)
    }

    @Test func byPrefecture() throws {
        // 北海道 (北海道, 01, 1): lines 8, 15, 16 → cs 15; hq 8, 16; both none; similar 8.
        // 東京都 (東京都, 13, 東京): lines 2, 3, 4, 9, 10, 11, 17 → cs all but 17 = 6; hq 2, 4, 9, 11; both the same 4; similar 17.
        // 大阪府 (大阪府, 27, 大阪): lines 5, 6, 7, 12, 13, 14 → cs 6; hq 6, 12, 13; both 3; similar 7.
        let a = try aggregate(SchoolFixture.bytes(), by: [.prefecture])
        #expect(describe(a) == ["北海道: 3 1 2 0 1", "東京都: 7 6 4 4 1", "大阪府: 6 6 3 3 1"])
    }

    @Test func bySchoolType() throws {
        // 小学校 (小学校, 小): lines 2, 3, 5, 7, 8, 9, 10, 12, 14, 15 → cs all but 8 = 9;
        //   hq 2, 8, 9, 12 = 4; both 2, 9, 12 = 3; similar 7, 8 = 2.
        // 中学校 (中学校, 中): lines 4, 6, 11, 13, 16 → cs 4, 6, 11, 13 = 4; hq all 5; both 4; similar 0.
        // 特別支援学校 (特支): line 17 → similar only.
        let a = try aggregate(SchoolFixture.bytes(), by: [.schoolType])
        #expect(describe(a) == ["小学校: 10 9 4 3 2", "中学校: 5 4 5 4 0", "特別支援学校: 1 0 0 0 1"])
    }

    @Test func byYearPrefectureSchoolType() throws {
        // Each group's lines: 2021 北海道 小 8; 東京 小 2, 3; 東京 中 4; 大阪 小 5, 7; 大阪 中 6;
        // 2022 北海道 小 15; 北海道 中 16; 東京 小 9, 10; 東京 中 11; 東京 特支 17; 大阪 小 12, 14; 大阪 中 13.
        // (The list is SchoolFixture.byYearPrefectureType, which the reading tests compare against.)
        let a = try aggregate(SchoolFixture.bytes(), by: [.year, .prefecture, .schoolType])
        #expect(describe(a) == SchoolFixture.byYearPrefectureType)
    }

    @Test func keyOrderFollowsTheKeysAsked() throws {
        // School type first: 小学校 groups of both years, then 中学校, then 特別支援学校.
        // 小 2021 lines 2, 3, 5, 7, 8 → cs 4, hq 2, 8, both 2, similar 7, 8; 小 2022 9, 10, 12, 14, 15 → cs 5, hq 9, 12, both 2.
        // 中 2021 4, 6 → all cs hq; 中 2022 11, 13, 16 → cs 11, 13; hq 3; both 2.
        let a = try aggregate(SchoolFixture.bytes(), by: [.schoolType, .year])
        #expect(describe(a) == [
            "2021 小学校: 5 4 2 1 2", "2022 小学校: 5 5 2 2 0",
            "2021 中学校: 2 2 2 2 0", "2022 中学校: 3 2 3 2 0",
            "2022 特別支援学校: 1 0 0 0 1",
        ])
    }

    @Test func byMunicipality() throws {
        // Sorted by name (by Unicode scalar: 八 U+516B < 千 U+5343 < 堺 U+583A < 大 U+5927 < 札 U+672D).
        // 八王子市 4, 11, 17: cs 4, 11; hq 4, 11; similar 17.   千代田区 2, 3, 9, 10: cs 4; hq 2, 9.
        // 堺市 7, 14: cs 2; similar 7.   大阪市"北区" 5, 6, 12, 13: cs 4; hq 6, 12, 13.
        // 札幌市,中央区 8, 15, 16: cs 15; hq 8, 16; similar 8.
        let a = try aggregate(SchoolFixture.bytes(), by: [.municipality])
        #expect(describe(a) == [
            "八王子市: 3 2 2 2 1",
            "千代田区: 4 4 2 2 0",
            "堺市: 2 2 0 0 1",
            "大阪市\"北区\": 4 4 3 3 0",
            "札幌市,中央区: 3 1 2 0 1",
        ])
    }

    @Test func surveyTablesPerYearWithIncreases() throws {
        // By year and school type, as summary/table read a school-level file: 2022's total
        // increase over 2021 is cs 7 − 6 = 1, hq 5 − 4 = 1; 特別支援学校 gets a zero row in 2021.
        let tables = try aggregate(SchoolFixture.bytes(), by: [.year, .schoolType]).surveyTables(file: "schools.csv")
        #expect(tables.map { $0.year?.gregorian } == [2021, 2022])
        #expect(tables[0].rows.map(\.label) == ["小学校", "中学校", "特別支援学校"])
        #expect(tables[0].total?.count(.cs) == 6)
        #expect(tables[0].total?.count(.hq) == 4)
        #expect(tables[0].rows[2].count(.similar) == 0)
        #expect(tables[1].total?.count(.cs) == 7)
        #expect(tables[1].total?.figures[.increase(.cs)] == .value(FixedDecimal(units: 1, scale: 0)))
        #expect(tables[1].total?.figures[.increase(.hq)] == .value(FixedDecimal(units: 1, scale: 0)))
        // 特別支援学校's similar went from 0 to 1.
        #expect(tables[1].rows[2].figures[.increase(.similar)] == .value(FixedDecimal(units: 1, scale: 0)))
    }

    @Test(arguments: [
        ("year", [AggregationKey.year]),
        ("year,prefecture,school-type", [.year, .prefecture, .schoolType]),
        (" municipality , type", [.municipality, .schoolType]),
        ("school_type", [.schoolType]),
    ])
    func parseList(text: String, keys: [AggregationKey]) {
        #expect(AggregationKey.parseList(text) == keys)
    }

    @Test(arguments: ["", "year,year", "city", "year,,prefecture"])
    func parseListRejects(text: String) {
        #expect(AggregationKey.parseList(text) == nil)
    }

    @Test(arguments: [
        ("1", true), ("0", false), ("○", true), ("×", false), ("有", true), ("無", false),
        ("yes", true), ("NO", false), ("true", true), ("false", false), ("設置", true), ("未設置", false),
    ])
    func flags(text: String, value: Bool) {
        #expect(SchoolFlag.parse(text) == value)
    }

    @Test(arguments: ["", "2", "maybe", "△"])
    func notFlags(text: String) {
        #expect(SchoolFlag.parse(text) == nil)
    }
}
