import Testing
@testable import CSStats

/// A sheet's merged ranges as facts for recognition: the columns each covers, by record.
@Suite struct WorkbookMergedColumnsTests {
    /// Rows 2–5 read (records 0–3), five columns wide.
    static func sheet(merged: [String]) -> Workbook.Sheet {
        Workbook.Sheet(name: "S", part: "xl/worksheets/sheet1.xml", rows: Array(repeating: Array(repeating: "x", count: 5), count: 4),
                       rowNumbers: [2, 3, 4, 5], mergedRanges: merged, formulas: [:], notes: [])
    }

    @Test func rangesAcrossColumnsAreGivenByRecord() {
        // B2:C2: record 0, columns 1–2. A2:A3 spans rows only: no group span. D1:E1048576 runs
        // past the rows read: records 0–3 only. C9:D12 is below them. XFDA1 is no reference.
        let sheet = Self.sheet(merged: ["B2:C2", "A2:A3", "D1:E1048576", "C9:D12", "XFDA1:XFDB1"])
        #expect(sheet.mergedColumns == [0: [1...2, 3...4], 1: [3...4], 2: [3...4], 3: [3...4]])
        #expect(sheet.cells == "A2:E5")
        #expect(Self.sheet(merged: []).mergedColumns == [:])
    }
}
