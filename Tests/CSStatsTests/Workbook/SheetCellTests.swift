import Testing
@testable import CSStats

/// A place in a sheet's CSV maps back to its cell.
@Suite struct SheetCellTests {
    // Line 2 of the CSV is `小学校,"7,051",37.5%`: 小学校 in columns 1–3, its comma 4, the quoted
    // "7,051" 5–11, a comma 12, 37.5% 13–17 (worked out by hand).
    let sheet = Workbook.Sheet(name: "R3", part: "xl/worksheets/sheet1.xml",
                               rows: [["学校種", "導入校数", "導入率"], ["小学校", "7,051", "37.5%"]],
                               rowNumbers: [2, 3], mergedRanges: [], formulas: [:], notes: [])

    @Test func columnsOfALine() {
        #expect(sheet.cell(line: 2, column: 1) == "R3!A3")
        #expect(sheet.cell(line: 2, column: 3) == "R3!A3")
        #expect(sheet.cell(line: 2, column: 5) == "R3!B3")
        #expect(sheet.cell(line: 2, column: 11) == "R3!B3")
        #expect(sheet.cell(line: 2, column: 13) == "R3!C3")
        #expect(sheet.cell(line: 1, column: 5) == "R3!B2")
    }

    @Test func aWholeRowAndPlacesTheSheetHasNot() {
        #expect(sheet.cell(line: 2, column: nil) == "R3!3:3")
        #expect(sheet.cell(line: 2, column: 30) == "R3!3:3")
        #expect(sheet.cell(line: 3, column: 1) == nil)
        #expect(sheet.cell(line: 0, column: 1) == nil)
    }

    @Test func sheetNamesAreQuotedAsExcelQuotesThem() {
        #expect(Workbook.qualified("R3", "B10") == "R3!B10")
        #expect(Workbook.qualified("学校種別", "B10") == "学校種別!B10")
        #expect(Workbook.qualified("R3 学校 種別", "C11") == "'R3 学校 種別'!C11")
        #expect(Workbook.qualified("O'Brien's \"表\"", "C11") == "'O''Brien''s \"表\"'!C11")
        #expect(Workbook.qualified("2021", "A1") == "'2021'!A1")
        #expect(Workbook.qualified("R3-1", "10:10") == "'R3-1'!10:10")
    }
}
