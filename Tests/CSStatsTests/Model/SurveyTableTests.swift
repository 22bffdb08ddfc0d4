import Foundation
import Testing
@testable import CSStats

/// Lines 5–22 of the seed: the R3 table with all three footnotes.
private let seedText = seedR3Table + seedR3SourceNote + "\n"

/// One published row: CS count, rate, increase; HQ count, rate, increase (the seed, as printed).
private struct PublishedRow: Sendable {
    var cs: Int, csRate: String, csIncrease: Int
    var hq: Int, hqRate: String, hqIncrease: Int
}

private let seedFigures: [(SchoolType, PublishedRow)] = [
    (.kindergarten, PublishedRow(cs: 276, csRate: "9.8", csIncrease: 39, hq: 553, hqRate: "19.5", hqIncrease: 53)),
    (.elementary, PublishedRow(cs: 7051, csRate: "37.5", csIncrease: 1167, hq: 12570, hqRate: "66.9", hqIncrease: 793)),
    (.lowerSecondary, PublishedRow(cs: 3339, csRate: "36.5", csIncrease: 618, hq: 5625, hqRate: "61.5", hqIncrease: 419)),
    (.compulsory, PublishedRow(cs: 95, csRate: "66.0", csIncrease: 19, hq: 101, hqRate: "70.1", hqIncrease: 18)),
    (.upperSecondary, PublishedRow(cs: 805, csRate: "22.9", csIncrease: 137, hq: 435, hqRate: "12.4", hqIncrease: 49)),
    (.secondary, PublishedRow(cs: 4, csRate: "11.8", csIncrease: 1, hq: 2, hqRate: "5.9", hqIncrease: 0)),
    (.specialNeeds, PublishedRow(cs: 286, csRate: "26.0", csIncrease: 87, hq: 185, hqRate: "16.8", hqIncrease: 9)),
]
private let seedTotal = PublishedRow(cs: 11856, csRate: "33.3", csIncrease: 2068, hq: 19471, hqRate: "54.7", hqIncrease: 1341)

/// Both programmes (いずれも整備) and similar mechanisms (類似の仕組み) by type, from the seed's
/// later tables (Data/README.md: 中等教育学校 both = 0 because the six others add up to 8,528).
private let bothFigures = [155, 5543, 2556, 70, 124, 0, 80]
private let similarFigures = [431, 3919, 1869, 16, 486, 7, 131]

/// R2 CS counts by type, Data/cs_r2_2020.csv, written out.
private let r2Counts = [237, 5884, 2721, 76, 668, 3, 199]

private func readSurvey(_ text: String, file: String? = nil) throws -> [SurveyTable] {
    let table = try DelimitedTable(input: DecodedInput(bytes: Array(text.utf8), encoding: nil, file: file), file: file)
    return try SurveyTable.read(table)
}

private func rate(_ text: String) -> FixedDecimal { FixedDecimal(text)! }

private func expectRow(_ row: SurveyRow?, _ published: PublishedRow, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let row else {
        Issue.record("row missing", sourceLocation: sourceLocation)
        return
    }
    #expect(row.count(.cs) == published.cs, sourceLocation: sourceLocation)
    #expect(row.printedRate(.cs) == rate(published.csRate), sourceLocation: sourceLocation)
    #expect(row.increase(.cs) == published.csIncrease, sourceLocation: sourceLocation)
    #expect(row.count(.hq) == published.hq, sourceLocation: sourceLocation)
    #expect(row.printedRate(.hq) == rate(published.hqRate), sourceLocation: sourceLocation)
    #expect(row.increase(.hq) == published.hqIncrease, sourceLocation: sourceLocation)
}

@Suite struct SurveyTableSeedTests {
    @Test func sevenTypesInOrderThenTheTotal() throws {
        let tables = try readSurvey(seedText)
        #expect(tables.count == 1)
        let table = try #require(tables.first)
        #expect(table.rows.map(\.key) == SchoolType.allCases.map { .schoolType($0) })
        #expect(table.rows.map(\.label) == ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校"])
        #expect(table.rows.map(\.line) == [5, 6, 7, 8, 9, 10, 11])
        #expect(table.total?.label == "合計")
        #expect(table.total?.line == 12)
        #expect(table.columns == [.count(.cs), .rate(.cs), .increase(.cs), .count(.hq), .rate(.hq), .increase(.hq)])
        #expect(table.unknownColumns.isEmpty)
    }

    @Test func everyFigureIsTheSeeds() throws {
        let table = try #require(try readSurvey(seedText).first)
        for (type, published) in seedFigures {
            expectRow(table.row(type), published)
        }
        expectRow(table.total, seedTotal)
        // The seed prints no 母数, nor both / similar in this table.
        #expect(table.rows.allSatisfy { $0.denominator == nil && $0.count(.both) == nil })
    }

    @Test func yearAndDateFromTitleAndFootnote() throws {
        let table = try #require(try readSurvey(seedText).first)
        // 令和3年度: Reiwa 1 is 2019, so Reiwa 3 is 2021.
        #expect(table.year == SurveyYear(gregorian: 2021))
        #expect(table.year?.japaneseLabel == "令和3年度")
        // The third footnote: 2021年5月1日現在.
        #expect(table.referenceDate == "2021-05-01")
    }

    @Test func positionsOfFigures() throws {
        let table = try #require(try readSurvey(seedText, file: "seed.txt").first)
        let elementary = try #require(table.row(.elementary))
        // 小学校 (3 chars) tab → 7,051 starts at character 5; 7,051 (5) tab → 37.5% at 11.
        #expect(elementary.columns[.count(.cs)] == 5)
        #expect(elementary.columns[.rate(.cs)] == 11)
    }
}

@Suite struct SurveyTableBuiltInTests {
    @Test func builtInR3HasEverySeedFigure() throws {
        let table = SurveyTable.builtInR3()
        #expect(table.year == SurveyYear(gregorian: 2021))
        #expect(table.referenceDate == "2021-05-01")
        #expect(table.rows.map(\.key) == SchoolType.allCases.map { .schoolType($0) })
        for (type, published) in seedFigures {
            expectRow(table.row(type), published)
        }
        expectRow(table.total, seedTotal)
    }

    @Test func builtInR3BothAndSimilar() throws {
        let table = SurveyTable.builtInR3()
        #expect(table.rows.map { $0.count(.both) } == bothFigures)
        #expect(table.rows.map { $0.count(.similar) } == similarFigures)
        #expect(table.total?.count(.both) == 8528)
        #expect(table.total?.count(.similar) == 6859)
        // The type rows add up to the published totals:
        // 155 + 5,543 + 2,556 + 70 + 124 + 0 + 80 = 8,528; 431 + 3,919 + 1,869 + 16 + 486 + 7 + 131 = 6,859.
        #expect(table.sum(.count(.both)) == 8528)
        #expect(table.sum(.count(.similar)) == 6859)
    }

    @Test func r3CountsMinusIncreasesAreR2Counts() throws {
        let table = SurveyTable.builtInR3()
        // 276 − 39 = 237, 7,051 − 1,167 = 5,884, 3,339 − 618 = 2,721, 95 − 19 = 76,
        // 805 − 137 = 668, 4 − 1 = 3, 286 − 87 = 199; 11,856 − 2,068 = 9,788.
        #expect(table.rows.map { $0.previousCount(.cs) } == r2Counts)
        #expect(table.total?.previousCount(.cs) == 9788)
        #expect(r2Counts.reduce(0, +) == 9788)
    }

    /// The repository's Data folder, from this file's path: Tests/CSStatsTests/Model/ → ../../../Data.
    private static func dataFile(_ name: String, filePath: String = #filePath) throws -> [UInt8] {
        let url = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Data").appendingPathComponent(name)
        return Array(try Data(contentsOf: url))
    }

    @Test func builtInR3TextIsTheDataFile() throws {
        #expect(Array(BuiltInData.r3CSV.utf8) == (try Self.dataFile("cs_r3_2021.csv")))
    }

    @Test func builtInMunicipalitiesTextIsTheDataFile() throws {
        #expect(Array(BuiltInData.municipalitiesCSV.utf8) == (try Self.dataFile("municipalities.csv")))
    }
}

@Suite struct SurveyTableReadingTests {
    private static let header = "school_type,cs_schools,cs_rate_pct\n"

    @Test(arguments: ["－", "-", "―"])
    func placeholderInACountIsMissingNeverZero(mark: String) throws {
        let table = try #require(try readSurvey(Self.header + "幼稚園,\(mark),\(mark)\n小学校,0,0.0\n").first)
        let kindergarten = try #require(table.row(.kindergarten))
        #expect(kindergarten[.count(.cs)] == .missing(.none))
        #expect(kindergarten[.rate(.cs)] == .missing(.none))
        #expect(kindergarten.count(.cs) == nil)
        // A printed 0 is a value, and differs from the placeholder.
        #expect(table.row(.elementary)?.count(.cs) == 0)
        #expect(table.sum(.count(.cs)) == nil)
    }

    @Test func abbreviatedLabelReadsAsItsType() throws {
        // SchoolType.parse accepts 小学 (and 小, 高校, 特支) as published abbreviations.
        #expect(SchoolType.parse("小学") == .elementary)
        let table = try #require(try readSurvey(Self.header + "小学,7051,37.5%\n高校,805,22.9%\n").first)
        #expect(table.rows.map(\.key) == [.schoolType(.elementary), .schoolType(.upperSecondary)])
        #expect(table.rows.map(\.label) == ["小学", "高校"])
    }

    @Test func unknownRowLabelInTheSeedThrowsWithItsPosition() throws {
        // 大学 for 小学校 on line 6. Two characters allow an edit distance of 1: 大学 is 2 from
        // every school type, so no suggestion. (It is 1 from 大阪, but the other rows are school
        // types, so the column is one of school types and prefectures are not suggested.)
        let text = seedText.replacingOccurrences(of: "小学校\t7,051", with: "大学\t7,051")
        #expect(throws: ReadError.invalidValue(
            SourcePosition(file: "seed.txt", line: 6, column: 1), column: "row label", row: "大学", found: "大学",
            expected: "a school type or 合計")
        ) { try readSurvey(text, file: "seed.txt") }
    }

    @Test func misspelledRowLabelGetsADidYouMean() throws {
        // 中学高 is one substitution from 中学校.
        let text = Self.header + "幼稚園,276,9.8%\n中学高,3339,36.5%\n"
        do {
            _ = try readSurvey(text, file: "r3.csv")
            Issue.record("expected an error")
        } catch let error as ReadError {
            #expect(error.position == SourcePosition(file: "r3.csv", line: 3, column: 1))
            #expect(error.description == "r3.csv:3:1: error: school_type is '中学高', expected a school type or 合計; did you mean '中学校'?")
        }
    }

    @Test func textInACountColumnThrowsWithItsPosition() throws {
        // 小学校 (3) tab → the CS count starts at character 5 of line 6.
        let text = seedText.replacingOccurrences(of: "小学校\t7,051", with: "小学校\t約7千")
        #expect(throws: ReadError.invalidValue(
            SourcePosition(file: nil, line: 6, column: 5), column: "コミュニティ・スクール 導入校数", row: "小学校", found: "約7千",
            expected: "a whole number of schools")
        ) { try readSurvey(text) }
    }

    @Test func twoColumnsMeaningTheSameThrow() throws {
        let text = "school_type,cs_schools,導入校数\n幼稚園,276,276\n"
        do {
            _ = try readSurvey(text, file: "dup.csv")
            Issue.record("expected an error")
        } catch let error as ReadError {
            guard case .header(let position, let message) = error else {
                Issue.record("expected ReadError.header, got \(error)")
                return
            }
            #expect(position.line == 1)
            #expect(message.contains("'cs_schools'") && message.contains("'導入校数'") && message.contains("cs_schools"))
        }
    }

    @Test func unknownColumnIsKept() throws {
        let table = try #require(try readSurvey("school_type,cs_schools,備考\n幼稚園,276,幼稚園型認定こども園を含む\n").first)
        #expect(table.unknownColumns == ["備考"])
        #expect(table.columns == [.schoolType, .count(.cs)])
        #expect(table.row(.kindergarten)?.count(.cs) == 276)
    }
}

@Suite struct BuiltInDataFilesTests {
    /// The repository's Data folder, from this file's path.
    private static func dataFile(_ name: String, filePath: String = #filePath) throws -> [UInt8] {
        let url = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Data").appendingPathComponent(name)
        return Array(try Data(contentsOf: url))
    }

    @Test func builtInSeriesTextIsTheDataFile() throws {
        #expect(Array(BuiltInData.seriesCSV.utf8) == (try Self.dataFile("cs_series.csv")))
    }

    @Test func builtInHeadlineFiguresTextIsTheDataFile() throws {
        #expect(Array(BuiltInData.headlineFiguresCSV.utf8) == (try Self.dataFile("headline_figures.csv")))
    }

    @Test func builtInSeriesHasEveryPublishedYear() {
        let series = SurveyTable.builtInSeries()
        // 2005, 2006 and 2009–2024: no figures for 2007–2008.
        #expect(series.map { $0.year!.gregorian } == [2005, 2006] + Array(2009...2024))
        #expect(series.first { $0.year?.gregorian == 2021 }?.effectiveTotal.count(.cs) == 11856)
    }

    @Test func seedHeadlineFigures() {
        // The seed: 46都道府県内 11,856校 / 1,041自治体 / 19,471校; 12.3倍 and 13.6倍.
        let figures = HeadlineFigures.builtIn()
        let r3 = SurveyYear(gregorian: 2021)
        #expect(figures.count(.prefecturesWithCSSchools, in: r3) == 46)
        #expect(figures.count(.prefecturesWithCSEstablishers, in: r3) == 46)
        #expect(figures.count(.prefecturesWithHQSchools, in: r3) == 46)
        #expect(figures.values(.csMultipleBaseNotStated, in: r3) == [FixedDecimal("12.3")!, FixedDecimal("13.6")!])
        #expect(figures.count(.prefecturesWithCSSchools, in: SurveyYear(gregorian: 2020)) == nil)
    }

    @Test func anUnknownHeadlineFigureIsRefused() throws {
        let text = "year,reference_date,figure,value,printed_as,source\n2021,,prefectures_with_cs,46,,X\n"
        let table = try DelimitedTable(input: DecodedInput(utf8: Array(text.utf8)), delimiter: UInt8(ascii: ","), file: "h.csv")
        #expect(throws: ReadError.self) { try HeadlineFigures.read(table) }
    }

    @Test func onlyTheNationalTableOfItsYearIsNational() throws {
        #expect(SurveyTable.builtInR3().isNational)
        // R2's published table: 9,788, the series' 2020 total.
        let r2 = try SurveyTable.read(DelimitedTable(path: Self.dataPathString("cs_r2_2020.csv")))[0]
        #expect(r2.isNational)
        // A table of R3 with another CS total is a subset, not the nation.
        var subset = SurveyTable.builtInR3()
        subset.total?.figures[.count(.cs)] = .value(FixedDecimal(units: 11855, scale: 0))
        #expect(!subset.isNational)
        #expect(MunicipalityCounts.builtIn(for: subset) == nil)
        #expect(MunicipalityCounts.builtIn(for: SurveyTable.builtInR3())?.withCS == 1041)
    }

    private static func dataPathString(_ name: String, filePath: String = #filePath) -> String {
        URL(fileURLWithPath: filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Data").appendingPathComponent(name).path
    }
}
