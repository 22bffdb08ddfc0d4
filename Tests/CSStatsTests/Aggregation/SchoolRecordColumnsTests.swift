import Testing
@testable import CSStats

@Suite struct SchoolRecordColumnsTests {
    @Test func japaneseHeader() throws {
        let c = try #require(SchoolRecordColumns(header: SchoolFixture.header))
        #expect([c.year, c.prefecture, c.municipality, c.schoolType, c.schoolID, c.cs, c.hq, c.similar] == [0, 1, 2, 3, 4, 5, 6, 7])
        #expect(c.count == 8)
    }

    @Test func englishHeaderInAnotherOrder() throws {
        let header = ["school_id", "Year", "Prefecture", "City", "School Type", "CS", "HQ", "similar", "note"]
        let c = try #require(SchoolRecordColumns(header: header))
        #expect([c.schoolID, c.year, c.prefecture, c.municipality, c.schoolType, c.cs, c.hq, c.similar] == [0, 1, 2, 3, 4, 5, 6, 7])
        #expect(c.count == 9)
    }

    @Test func oneFlagIsEnough() throws {
        let c = try #require(SchoolRecordColumns(header: ["学校コード", "学校種", "地域学校協働本部"]))
        #expect(c.cs == nil && c.hq == 2 && c.year == nil)
    }

    @Test(arguments: [
        // The published tables' header rows: no school id.
        ["", "コミュニティ・スクール", "", "", "地域学校協働本部"],
        ["学校種", "導入校数", "導入率", "増加校数 (前年度比)", "整備校数", "整備率", "増加校数 (前年度比)"],
        ["都道府県", "学校種", "導入校数", "導入率", "母数"],
        // A school list without any flag.
        ["学校コード", "学校種", "都道府県"],
        // Flags and ids but no school type.
        ["学校コード", "コミュニティ・スクール", "地域学校協働本部"],
    ])
    func notSchoolLevel(header: [String]) {
        #expect(SchoolRecordColumns(header: header) == nil)
    }

    @Test func aPublishedTableIsRefused() {
        let table = Array("\tコミュニティ・スクール\t\t\t地域学校協働本部\n\t導入校数\t導入率\t増加校数 (前年度比)\t整備校数\t整備率\t増加校数 (前年度比)\n小学校\t7,051\t37.5%\t1,167\t12,570\t66.9%\t793\n".utf8)
        #expect(errorText { _ = try aggregate(table, by: [.year], file: "r3.tsv") }.hasPrefix("r3.tsv:1:1: error: the header lacks a school id"))
        // What every command decides from a file's first bytes.
        #expect(Layout.recognize(sample: table, file: "r3.tsv", delimiter: nil)?.kind == .schoolType)
        #expect(Layout.recognize(sample: SchoolFixture.bytes(), file: "s.csv", delimiter: nil)?.kind == .schoolRecords)
    }
}
