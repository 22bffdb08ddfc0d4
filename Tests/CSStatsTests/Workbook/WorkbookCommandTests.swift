import Foundation
import Testing
@testable import cs_stats
import CSStats

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

    /// `check`'s findings (its lines on standard error but the workbook reader's notes) and exit code.
    static func check(_ folder: URL, _ name: String) -> (findings: [String], code: Int32) {
        let run = runCLI(["check", folder.appendingPathComponent(name).path])
        let prefix = folder.path + "/"
        let lines = run.err.split(separator: "\n").map { $0.replacingOccurrences(of: prefix, with: "") }
        return (lines.filter { !$0.contains(": note: ") }, run.code)
    }

    @Test func aTableOfRightFormulasHasNoFindings() throws {
        let folder = try #require(Self.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.check(folder, "sums_ok.xlsx") == (["no findings"], 0))
        // The rates are one shared formula a column, as Excel saves a fill: every cell has it.
        let sheet = try Workbook(bytes: Array(Data(contentsOf: folder.appendingPathComponent("sums_ok.xlsx")))).chosenSheet(nil)
        #expect(sheet.formulas["C3"] == "B3/$F3")
        #expect(sheet.formulas["C10"] == "B10/$F10")
        #expect(sheet.formulas["E7"] == "D7/$F7")
        #expect(sheet.formulas["B10"] == "SUM(B3:B9)")
        #expect(sheet.formulas.count == 19)
    }

    @Test func aSumThatLeavesOutARowIsAFindingAtItsCell() throws {
        let folder = try #require(Self.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        // The cached total is the misprint the rows' check finds; the formula says why.
        #expect(Self.check(folder, "sum_skips_row.xlsx") == ([
            "sum_skips_row.xlsx:R3!B10: error: 合計 導入校数 is 11,570 but the rows add up to 11,856",
            "sum_skips_row.xlsx:R3!B10: error: 合計 導入校数 =SUM(B3:B8) sums B3:B8 but should sum B3:B9 (幼稚園 to 特別支援学校): it leaves out row 9 (特別支援学校)",
            "2 errors",
        ], 1))
    }

    @Test func aSumThatTakesInTheHeaderIsAFinding() throws {
        let folder = try #require(Self.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        // SUM leaves the header's text out, so the figure is right: only the formula shows it.
        #expect(Self.check(folder, "sum_includes_header.xlsx") == ([
            "sum_includes_header.xlsx:R3!D10: error: 合計 整備校数 =SUM(D2:D9) sums D2:D9 but should sum D3:D9 (幼稚園 to 特別支援学校): it takes in row 2, the header",
            "1 error",
        ], 1))
    }

    @Test func aSumOfAnotherColumnIsAFinding() throws {
        let folder = try #require(Self.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.check(folder, "sum_wrong_column.xlsx") == ([
            "sum_wrong_column.xlsx:R3!B10: error: 合計 導入校数 is 19,471 but the rows add up to 11,856",
            "sum_wrong_column.xlsx:R3!B10: error: 合計 導入校数 =SUM(D3:D9) sums D3:D9 but should sum B3:B9 (幼稚園 to 特別支援学校): the range is in column D (整備校数), not B",
            "2 errors",
        ], 1))
    }

    @Test func aNumberTypedAmongFormulasIsAFinding() throws {
        let folder = try #require(Self.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        // Both numbers are right today; neither follows its rows when one changes.
        #expect(Self.check(folder, "typed_numbers.xlsx") == ([
            "typed_numbers.xlsx:R3!E6: error: 義務教育学校 整備率: E6 holds the number 70.1% typed in, while E3:E5, E7:E10 are formulas",
            "typed_numbers.xlsx:R3!B10: error: 合計 導入校数: B10 holds the number 11,856 typed in, while D10, F10 are formulas",
            "2 errors",
        ], 1))
    }

    @Test func aFormulaThatIsNotAuditedIsAWarning() throws {
        let folder = try #require(Self.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.check(folder, "not_audited.xlsx") == ([
            "not_audited.xlsx:R3!F10: warning: 合計 母数 =SUM('母数'!B2:B8) is not audited: it refers to another sheet ('母数'!)",
            "1 warning",
        ], 0))
        let strict = runCLI(["check", folder.appendingPathComponent("not_audited.xlsx").path, "--strict"])
        #expect(strict.code == 1)
    }

    @Test func aFormulaFindingIsPlacedAtItsCellInJSONAndAnnotations() throws {
        let folder = try #require(Self.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = folder.appendingPathComponent("sum_includes_header.xlsx").path
        let json = runCLI(["check", book, "--format", "json"])
        #expect(json.code == 1)
        #expect(json.out.contains("""
                  "line": 10,
                  "column": null,
                  "cell": "R3!D10",
                  "row": "合計",
                  "field": "hq_schools",
                  "expected": "D3:D9",
                  "found": "D2:D9",
            """))
        let github = runCLI(["check", book, "--format", "github"])
        #expect(github.out.hasPrefix("::error file=\(book),line=10::合計 整備校数 =SUM(D2:D9) sums D2:D9"))
    }
}
