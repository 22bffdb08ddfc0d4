import Testing
@testable import CSStats

/// A formula as the audit reads it, in words, so cases read as a table.
private func reading(_ text: String, sheet: String? = nil) -> String {
    do {
        switch try Formula(text, sheet: sheet) {
        case .sum(let ranges, let subtotal): return (subtotal ? "subtotal " : "sum ") + ranges.map(\.name).joined(separator: ",")
        case .ratio(let numerator, let denominator): return "ratio \(numerator.name)/\(denominator.name)"
        }
    } catch {
        return "refused: \(error.reason)"
    }
}

@Test(arguments: [
    ("SUM(B3:B9)", "sum B3:B9"),
    ("=SUM(B3:B9)", "sum B3:B9"),
    ("SUM(B3,B4,B5)", "sum B3,B4,B5"),
    ("B3+B4+B5", "sum B3,B4,B5"),
    ("SUM($B$3:$B$9)", "sum B3:B9"),
    ("sum(b3:b9)", "sum B3:B9"),
    ("SUM(B3:B5,B7:B9)", "sum B3:B5,B7:B9"),
    ("SUM(B9:B3)", "sum B9:B3"),
    ("SUBTOTAL(9,B3:B9)", "subtotal B3:B9"),
    ("SUBTOTAL(109, B3:B9)", "subtotal B3:B9"),
    ("C4/B4", "ratio C4/B4"),
    ("C4/$B4*100", "ratio C4/B4"),
    ("ROUND(C4/B4,3)", "ratio C4/B4"),
    ("SUM(Sheet2!B3:B9)", "refused: it refers to another sheet (Sheet2!)"),
    ("SUM('R2 表'!B3:B9)", "refused: it refers to another sheet ('R2 表'!)"),
    ("SUM(母数!B2:B8)", "refused: it refers to another sheet (母数!)"),
    ("SUBTOTAL(1,B3:B9)", "refused: only sums (SUM, SUBTOTAL(9, …), +) and one cell divided by another are audited"),
    ("B3-B4", "refused: only sums (SUM, SUBTOTAL(9, …), +) and one cell divided by another are audited"),
    ("SUM(B:B)", "refused: a whole column or row is not audited"),
    ("SUM(合計)", "refused: '合計' is not a cell"),
    ("SUM(B3:B9", "refused: a parenthesis is not closed"),
    ("\"a", "refused: a quote is not closed"),
])
func formulasAreReadOrRefusedWithAReason(text: String, expected: String) {
    #expect(reading(text) == expected)
}

@Test(arguments: [
    ("B3/$F3", 7, 0, "B10/$F10"),
    ("SUM(B3:B9)", 0, 2, "SUM(D3:D9)"),
    ("$B$3+B$3+$B3", 1, 1, "$B$3+C$3+$B4"),
    ("IF(A1=\"B2\",LOG10(A1),0)", 1, 0, "IF(A2=\"B2\",LOG10(A2),0)"),
    ("SUM(B:B)", 0, 1, "SUM(C:C)"),
])
func aSharedFormulaMovesItsRelativeReferences(text: String, rows: Int, columns: Int, expected: String) {
    #expect(Formula.shifted(text, rows: rows, columns: columns) == expected)
}

@Test func aSharedFormulaMovedOffTheSheetIsNotRead() {
    #expect(Formula.shifted("A2", rows: 0, columns: -1) == nil)
}

@Test func cellReferencesReadDollarSigns() throws {
    let absolute = try #require(CellReference("$B$10"))
    #expect((absolute.column, absolute.row, absolute.columnIsAbsolute, absolute.rowIsAbsolute) == (1, 10, true, true))
    let row = try #require(CellReference("AA$3"))
    #expect((row.column, row.row, row.columnIsAbsolute, row.rowIsAbsolute) == (26, 3, false, true))
    #expect(CellReference("$$B1") == nil)
    #expect(CellReference("B1$") == nil)
    #expect(CellReference("B$") == nil)
    #expect(CellReference("ABCD1") == nil)
    #expect(CellReference("B10")?.name == "B10")
}

@Test func aReferenceQualifiedWithItsOwnSheetIsItsOwnCell() {
    #expect(reading("SUM(R3!B4:B10)", sheet: "R3") == "sum B4:B10")
    #expect(reading("R3!C4/R3!$B4", sheet: "R3") == "ratio C4/B4")
    #expect(reading("SUM('R3 表'!B4:B10)", sheet: "R3 表") == "sum B4:B10")
    #expect(reading("SUM('O''Brien'!B4,B5)", sheet: "O'Brien") == "sum B4,B5")
    #expect(reading("SUM(R2!B4:B10)", sheet: "R3") == "refused: it refers to another sheet (R2!)")
    #expect(reading("SUM(R3!B4:B10)") == "refused: it refers to another sheet (R3!)")
}
