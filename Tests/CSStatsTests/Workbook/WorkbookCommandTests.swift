import Foundation
import Testing
@testable import cs_stats

/// Workbooks made by openpyxl read as the CSV saved from them would.
/// Whether python3 with openpyxl is here to make the workbooks.
let openpyxlIsAvailable: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import openpyxl"]
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}()

@Suite(.enabled(if: openpyxlIsAvailable, "python3 with openpyxl makes the workbooks (pip install openpyxl)"))
struct WorkbookCommandTests {

    /// Makes the test workbooks; `nil` (the test is skipped) without python3 and openpyxl.
    static func workbooks() -> URL? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-xlsx-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("make_workbooks.py").path, folder.path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? folder : nil
    }

    /// The same table as Excel saves it as CSV, written by hand: merged cells empty but their
    /// first, counts with separators, rates with one decimal and %, the error cell as #N/A.
    static let savedCSV = """
        令和3年度 学校種別の導入状況,,,,
        学校種,コミュニティ・スクール,,地域学校協働本部,
        ,導入校数,導入率,整備校数,整備率
        幼稚園,276,9.8%,553,19.5%
        小学校,"7,051",37.5%,"12,570",66.9%
        中学校,"3,339",36.5%,"5,625",61.5%
        義務教育学校,95,66.0%,101,70.1%
        高等学校,805,22.9%,435,12.4%
        中等教育学校,4,11.8%,2,…
        特別支援学校,286,26.0%,185,16.8%
        合計,"11,856",33.3%,"19,471",54.7%

        """

    @Test func aWorkbookReadsAsTheCSVSavedFromIt() throws {
        let folder = try #require(Self.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = folder.appendingPathComponent("r3.xlsx").path
        let csv = temporaryFile(Self.savedCSV, name: "r3.csv")
        defer { try? FileManager.default.removeItem(atPath: csv) }
        let raw = runCLI(["view", book, "--raw", "--format", "csv"])
        #expect(raw.code == 0)
        #expect(raw.out == Self.savedCSV)
        for command in [["summary"], ["table", "--measure", "hq"], ["check"]] {
            let fromBook = runCLI(command + [book]), fromCSV = runCLI(command + [csv])
            #expect(fromBook.out == fromCSV.out, "\(command)")
            #expect(fromBook.code == fromCSV.code, "\(command)")
        }
        #expect(runCLI(["table", book]).out.contains("小学校           7,051   37.5%"))
        let notes = runCLI(["view", book]).err
        #expect(notes.contains("\(book): note: read sheet 'R3' (rows 1–11) as the CSV Excel would save\n"))
        #expect(notes.contains("\(book): note: R3!E9 holds the error #N/A: read as … (not available), never as 0\n"))
        #expect(notes.contains("\(book): note: R3: merged cells B2:C2, D2:E2 (a merged range's text is in its first cell)\n"))
        #expect(notes.contains("\(book): note: R3: hidden rows 6 are read like the others\n"))
    }

    @Test func aSheetIsChosenByNameOrNumber() throws {
        let folder = try #require(Self.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = folder.appendingPathComponent("r3.xlsx").path
        #expect(runCLI(["view", book, "--sheet", "1", "--raw", "--format", "csv"]).out
            == "※ 文部科学省 コミュニティ・スクール及び地域学校協働活動実施状況調査 (令和3年5月1日現在)\n")
        #expect(runCLI(["view", book, "--sheet", "R3", "--raw", "--format", "csv"]).out == Self.savedCSV)
        let missing = runCLI(["view", book, "--sheet", "R5"])
        #expect(missing.code == 65)
        #expect(missing.err.hasSuffix("error: no sheet 'R5'; the workbook's sheets: 注記, R3\n"))
    }
}
