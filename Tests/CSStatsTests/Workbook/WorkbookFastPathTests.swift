import Foundation
import Testing
@testable import CSStats

/// The fast sheet reader (``SheetDataReader``) against the general one, on every sheet of the
/// test workbooks: the same rows, row numbers, notes, merged ranges and CSV, or the same error.
@Suite(.enabled(if: openpyxlIsAvailable, "python3 with openpyxl makes the workbooks (pip install openpyxl)"))
struct WorkbookFastPathTests {
    @Test func theFastReaderReadsEverySheetAsTheGeneralOneDoes() throws {
        let folder = try #require(WorkbookCommandTests.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xlsx") }.sorted()
        #expect(names.count == 19)
        var fast = 0
        // (A ZIP that cannot be opened has no sheets to read either way.)
        for name in names where !name.hasPrefix("damaged_zip_") {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            let book = try Workbook(bytes: bytes)
            for info in book.sheets {
                let general: Result<Workbook.Sheet, any Error> = Result { try book.sheet(info, fast: false) }
                let read: Result<Workbook.Sheet, any Error> = Result { try book.sheet(info) }
                switch (general, read) {
                case (.success(let g), .success(let f)):
                    #expect(f.rows == g.rows, "\(name) \(info.name)")
                    #expect(f.rowNumbers == g.rowNumbers, "\(name) \(info.name)")
                    #expect(f.notes == g.notes, "\(name) \(info.name)")
                    #expect(f.mergedRanges == g.mergedRanges, "\(name) \(info.name)")
                    #expect(f.formulas == g.formulas, "\(name) \(info.name)")
                    #expect(Workbook.csv(f) == Workbook.csv(g), "\(name) \(info.name)")
                    if f.csv != nil { fast += 1 }
                case (.failure(let g), .failure(let f)):
                    #expect("\(f)" == "\(g)", "\(name) \(info.name)")
                default:
                    Issue.record("\(name) \(info.name): one reader failed, the other did not")
                }
            }
        }
        // The formula sheet, the error cell's and the broken ones are the general reader's.
        #expect(fast >= 10)
        // cells.xlsx's first sheet is read fast, and as Excel saves it (checked by hand).
        let cells = try Workbook(bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent("cells.xlsx"))))
        let sheet = try cells.sheet(cells.sheets[0])
        #expect(sheet.csv != nil)
        #expect(String(decoding: Workbook.csv(sheet), as: UTF8.self) == """
            学校種,,"a,b",,"say ""hi"" & <go>",,
            0,-42,123456789012345,0.5,"1,234,567",,
            37.5%,TRUE,0123,,,,
            ,,,,,,
            ,after a blank row,,,,,
            ,,,,,,widest
            0.00000025,0,10,,,,
            merged,,,,,,

            """)
        #expect(try cells.sheet(cells.sheets[1]).csv == nil)
    }
}
