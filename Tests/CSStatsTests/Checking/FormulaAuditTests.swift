import Testing
@testable import CSStats

/// A sheet of a table by school type with two subtotals (小計) and a grand total (合計), its
/// totals' formulas as given.
private func subtotalled(_ formulas: [String: String]) -> Workbook.Sheet {
    let rows = [
        ["学校種", "導入校数"],
        ["幼稚園", "276"], ["小学校", "7,051"], ["小計", "7,327"],
        ["中学校", "3,339"], ["高等学校", "805"], ["小計", "4,144"],
        ["合計", "11,471"],
    ]
    return Workbook.Sheet(name: "表1", part: "xl/worksheets/sheet1.xml", rows: rows, rowNumbers: Array(1...rows.count), mergedRanges: [], formulas: formulas, notes: [])
}

private func messages(_ formulas: [String: String]) -> [String] {
    FormulaAudit.audit(subtotalled(formulas), file: "b.xlsx").map(\.description)
}

@Test func aGrandTotalMayAddUpTheSubtotalsOrEveryRow() {
    let subtotals = ["B4": "SUM(B2:B3)", "B7": "SUM(B5:B6)"]
    #expect(messages(subtotals.merging(["B8": "B4+B7"]) { a, _ in a }) == [])
    #expect(messages(subtotals.merging(["B8": "SUM(B2:B3,B5:B6)"]) { a, _ in a }) == [])
    // SUBTOTAL leaves out the SUBTOTALs in its range.
    #expect(messages(["B4": "SUBTOTAL(9,B2:B3)", "B7": "SUBTOTAL(9,B5:B6)", "B8": "SUBTOTAL(9,B2:B7)"]) == [])
}

@Test func aGrandTotalOverRowsAndSubtotalsCountsRowsTwice() {
    #expect(messages(["B4": "SUM(B2:B3)", "B7": "SUM(B5:B6)", "B8": "SUM(B2:B7)"]) == [
        "b.xlsx:表1!B8: error: 合計 導入校数 =SUM(B2:B7) sums B2:B7 but should sum B2:B3, B5:B6 (幼稚園 to 高等学校): it takes in row 4, the total 小計, row 7, the total 小計",
    ])
}

@Test func aSubtotalAddsUpTheRowsSinceThePreviousOne() {
    #expect(messages(["B4": "SUM(B2:B3)", "B7": "SUM(B4:B6)", "B8": "B4+B7"]) == [
        "b.xlsx:表1!B7: error: 小計 導入校数 =SUM(B4:B6) sums B4:B6 but should sum B5:B6 (中学校 to 高等学校): it takes in row 4, the total 小計",
    ])
    #expect(messages(["B4": "SUM(B2:B3)", "B7": "B5+B6+B6", "B8": "B4+B7"]) == [
        "b.xlsx:表1!B7: error: 小計 導入校数 =B5+B6+B6 sums B5, B6, B6 but should sum B5:B6 (中学校 to 高等学校): it adds row 6 twice",
    ])
}

@Test func aFormulaThatIsNotAuditedIsAWarning() {
    #expect(messages(["B2": "276", "B3": "B2*25", "B4": "SUM(B2:B3)", "B7": "SUM(B5:B6)", "B8": "B4+B7"]) == [
        "b.xlsx:表1!B2: warning: B2:B3 hold formulas that are not audited (B2 is =276): a count in a row that is not a total: only totals' sums and rates are audited",
    ])
}

@Test func aSheetWithoutATableHasItsFormulasNotAudited() {
    let sheet = Workbook.Sheet(name: "メモ", part: "xl/worksheets/sheet1.xml", rows: [["a", "1"], ["b", "2"], ["", "3"]], rowNumbers: [1, 2, 3],
                               mergedRanges: [], formulas: ["B3": "SUM(B1:B2)"], notes: [])
    #expect(FormulaAudit.audit(sheet, file: "b.xlsx").map(\.description) == [
        "b.xlsx:メモ!B3: warning: 1 formula on sheet 'メモ' is not audited: the sheet is not read as a survey table",
    ])
}

@Test func aRateDividesCellsOfItsOwnRow() {
    let rows = [["学校種", "導入校数", "学校数", "導入率"], ["幼稚園", "276", "2,830", "9.8%"], ["小学校", "7,051", "18,790", "1.5%"]]
    let sheet = Workbook.Sheet(name: "R3", part: "xl/worksheets/sheet1.xml", rows: rows, rowNumbers: [3, 4, 5], mergedRanges: [],
                               formulas: ["D4": "B4/C4", "D5": "B4/C5"], notes: [])
    #expect(FormulaAudit.audit(sheet, file: "b.xlsx").map(\.description) == [
        "b.xlsx:R3!D5: error: 小学校 導入率 =B4/C5 divides B4 by C5, but a rate divides cells of its own row 5",
    ])
}

@Test func aRangeAsLargeAsTheSheetIsReadOverTheSheetsCellsOnly() {
    // Seventeen billion cells in the formula; the sheet's sixteen are all that can add anything.
    #expect(messages(["B4": "SUM(B2:B3)", "B7": "SUM(B5:B6)", "B8": "SUM(A1:XFD1048576)"]) == [
        "b.xlsx:表1!B8: error: 合計 導入校数 =SUM(A1:XFD1048576) sums A1:XFD1048576 but should sum B2:B3, B5:B6 (幼稚園 to 高等学校): it takes in cells of column A (学校種); it takes in row 1, the header, row 4, the total 小計, row 7, the total 小計, itself (row 8)",
    ])
}

@Test func aTotalsRatesTypedBesideItsSumsAreNoFinding() {
    // No 母数 column: the total's rate can only be typed, while its counts are SUMs (rows 2–4
    // data, row 5 合計; C is a rate column, every rate typed).
    let rows = [["学校種", "導入校数", "導入率"], ["幼稚園", "276", "9.8%"], ["小学校", "7,051", "37.5%"],
                ["中学校", "3,339", "36.5%"], ["合計", "10,666", "30.6%"]]
    let sheet = Workbook.Sheet(name: "R3", part: "xl/worksheets/sheet1.xml", rows: rows, rowNumbers: Array(1...5), mergedRanges: [],
                               formulas: ["B5": "SUM(B2:B4)"], notes: [])
    #expect(FormulaAudit.audit(sheet, file: "b.xlsx").map(\.description) == [])
}

@Test func partPathsAreResolved() {
    #expect(Workbook.partPath("worksheets/sheet1.xml", from: "xl/") == "xl/worksheets/sheet1.xml")
    #expect(Workbook.partPath("/xl/worksheets/sheet1.xml", from: "xl/") == "xl/worksheets/sheet1.xml")
    #expect(Workbook.partPath("../xl/worksheets/sheet1.xml", from: "xl/") == "xl/worksheets/sheet1.xml")
    #expect(Workbook.partPath("./worksheets/../worksheets/sheet2.xml", from: "xl/") == "xl/worksheets/sheet2.xml")
}
