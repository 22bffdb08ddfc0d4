import Foundation
import Testing
@testable import cs_stats

/// What a workbook's sheets hold (`view --sheets`), which sheet and cells a table was read from
/// (`view --explain`), and a sheet whose XML is broken. The workbooks are made by
/// make_workbooks.py; every expected value below is read off the script by hand.
@Suite(.enabled(if: openpyxlIsAvailable, "python3 with openpyxl makes the workbooks (pip install openpyxl)"))
struct WorkbookSheetsTests {
    private static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// sheets.xlsx: 表紙 (A1 and A3), 旧R2 hidden (a table at A2:C10), 空 (no cell), 学校種別 (the
    /// table at A2:C10: a header row and 8 rows, from row 2). The default is the fourth: the
    /// hidden one is never chosen, 表紙 and 空 hold no table.
    @Test func theSheetsAreListedWithTheDefaultAndWhy() throws {
        let folder = try #require(WorkbookCommandTests.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = folder.appendingPathComponent("sheets.xlsx").path
        let text = runCLI(["view", book, "--sheets"])
        #expect(text.code == 0)
        #expect(text.err == "")
        #expect(text.out == """
            Sheets of \(book)

            #  sheet     hidden  cells   rows  holds                             default
            ─  ────────  ──────  ──────  ────  ────────────────────────────────  ───────
            1  表紙      no      A1:A3      3  not a survey table
            2  旧R2      yes     A2:C10     9  a published table by school type
            3  空        no                 0  nothing (an empty sheet)
            4  学校種別  no      A2:C10     9  a published table by school type  yes
            default: sheet 4 '学校種別', the first visible sheet that holds a survey table or school records: a published table by school type (sheet 1 '表紙' holds none, sheet 3 '空' holds none); --sheet NAME or N reads another

            """)

        let csv = runCLI(["view", book, "--sheets", "--format", "csv"])
        #expect(csv.code == 0)
        #expect(csv.out == """
            #,sheet,hidden,cells,rows,holds,default
            1,表紙,no,A1:A3,3,not a survey table,
            2,旧R2,yes,A2:C10,9,a published table by school type,
            3,空,no,,0,nothing (an empty sheet),
            4,学校種別,no,A2:C10,9,a published table by school type,yes

            """)

        let json = try Self.json(runCLI(["view", book, "--sheets", "--format", "json"]).out)
        #expect(json["file"] as? String == book)
        #expect(json["default"] as? Int == 4)
        #expect(json["default_reason"] as? String
            == "the first visible sheet that holds a survey table or school records: a published table by school type (sheet 1 '表紙' holds none, sheet 3 '空' holds none)")
        let sheets = try #require(json["sheets"] as? [[String: Any]])
        #expect(sheets.map { $0["name"] as? String } == ["表紙", "旧R2", "空", "学校種別"])
        #expect(sheets.map { $0["part"] as? String } == (1...4).map { "xl/worksheets/sheet\($0).xml" })
        #expect(sheets.map { $0["hidden"] as? Bool } == [false, true, false, false])
        #expect(sheets.map { $0["cells"] as? String } == ["A1:A3", "A2:C10", nil, "A2:C10"])
        #expect(sheets.map { $0["rows"] as? Int } == [3, 9, 0, 9])
        #expect(sheets.map { $0["kind"] as? String } == ["other", "school-type", "other", "school-type"])
        #expect(sheets.map { $0["default"] as? Bool } == [false, false, false, true])

        // The commands read the sheet the list names as the default.
        #expect(runCLI(["view", book]).err.contains("\(book): note: read sheet '学校種別' (rows 2–10) as the CSV Excel would save\n"))
    }

    @Test func sheetsOfAFileThatIsNotAWorkbookIsAnError() throws {
        let csv = temporaryFile("学校種,導入校数\n小学校,7051\n", name: "table.csv")
        defer { try? FileManager.default.removeItem(atPath: csv) }
        let result = runCLI(["view", csv, "--sheets"])
        #expect(result.code == 65)
        #expect(result.out == "")
        #expect(result.err.hasPrefix("\(csv): error: not an .xlsx workbook (its first bytes are not a ZIP archive's), so it has no sheets to list; without --sheets it is read as CSV or TSV\n"))

        let missing = runCLI(["view", "/nonexistent/book.xlsx", "--sheets"])
        #expect(missing.code != 0)
        #expect(missing.err.contains("/nonexistent/book.xlsx"))

        let folder = try #require(WorkbookCommandTests.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = folder.appendingPathComponent("sheets.xlsx").path
        let withExplain = runCLI(["view", book, "--sheets", "--explain"])
        #expect(withExplain.code == 64)
        #expect(withExplain.err.hasPrefix("Error: --sheets lists a workbook's sheets; it does not go with --explain\n"))
    }

    /// sheets.xlsx's default sheet 学校種別 starts on row 2, so the CSV's line 1 is row 2;
    /// r3.xlsx's table sheet R3 starts on row 1 and ends at E11.
    @Test func explainSaysWhichSheetAndCellsWereRead() throws {
        let folder = try #require(WorkbookCommandTests.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = folder.appendingPathComponent("sheets.xlsx").path
        let text = runCLI(["view", book, "--explain"])
        #expect(text.code == 0)
        #expect(text.out.contains("\nworkbook        sheet '学校種別' (xl/worksheets/sheet4.xml) cells A2:C10 (line 1 is row 2), read as the CSV Excel would save\n"))
        let json = try Self.json(runCLI(["view", book, "--explain", "--format", "json"]).out)
        let sheet = try #require(json["sheet"] as? [String: Any])
        #expect(sheet["name"] as? String == "学校種別")
        #expect(sheet["part"] as? String == "xl/worksheets/sheet4.xml")
        #expect(sheet["cells"] as? String == "A2:C10")
        #expect(sheet["first_row"] as? Int == 2)

        let r3 = folder.appendingPathComponent("r3.xlsx").path
        #expect(runCLI(["view", r3, "--explain"]).out.contains("\nworkbook        sheet 'R3' (xl/worksheets/sheet2.xml) cells A1:E11 (line n is row n), read as the CSV Excel would save\n"))
        let chosen = try Self.json(runCLI(["view", r3, "--sheet", "注記", "--explain", "--format", "json"]).out)
        #expect((chosen["sheet"] as? [String: Any])?["cells"] as? String == "A1:A1")

        // A CSV has no sheet: the key is there, null.
        let csv = temporaryFile(WorkbookCommandTests.savedCSV, name: "r3.csv")
        defer { try? FileManager.default.removeItem(atPath: csv) }
        let plain = try Self.json(runCLI(["view", csv, "--explain", "--format", "json"]).out)
        #expect(plain["sheet"] is NSNull)
        #expect(!runCLI(["view", csv, "--explain"]).out.contains("workbook"))
    }

    /// corrupt.xlsx: r3.xlsx with `<v>9&5</v>` in cell B7 of sheet R3 (its second sheet);
    /// truncated.xlsx: the same part cut after `<c r="C9`, inside the start tag of C9.
    @Test func malformedSheetXMLNamesTheSheetAndTheCell() throws {
        let folder = try #require(WorkbookCommandTests.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        let corrupt = folder.appendingPathComponent("corrupt.xlsx").path
        for command in [["view"], ["summary"], ["view", "--sheets"], ["view", "--sheet", "R3", "--explain"]] {
            let result = runCLI([command[0], corrupt] + command.dropFirst())
            #expect(result.code == 65, "\(command)")
            #expect(result.out == "", "\(command)")
            #expect(result.err.hasPrefix("\(corrupt): error: sheet 'R3' (xl/worksheets/sheet2.xml), cell B7: malformed XML at byte "), "\(command)")
            #expect(result.err.hasSuffix(": an '&' that starts no entity\n"), "\(command)")
        }
        // The first sheet is sound and is read when named.
        #expect(runCLI(["view", corrupt, "--sheet", "1", "--raw", "--format", "csv"]).code == 0)

        let truncated = runCLI(["view", folder.appendingPathComponent("truncated.xlsx").path])
        #expect(truncated.code == 65)
        #expect(truncated.err.contains(": error: sheet 'R3' (xl/worksheets/sheet2.xml), row 9, after cell B9: malformed XML at byte "))
        #expect(truncated.err.hasSuffix(": the value of r in <c does not end\n"))
    }

    /// Damaged workbooks (make_workbooks.py): each refused at once with what is wrong and where,
    /// never read some way.
    @Test(arguments: [
        ("unclosed.xlsx", "sheet 'R3' (xl/worksheets/sheet2.xml), row 11, after cell E11: malformed XML at byte 2886: an end tag </worksheet> where <sheetData> is open"),
        ("hugerow.xlsx", "sheet 'R3' (xl/worksheets/sheet2.xml): a row numbered '99999999999', not a row of a sheet (1 to 1,048,576)"),
        ("dupcell.xlsx", "sheet 'R3' (xl/worksheets/sheet2.xml): cell B5 is written twice (a damaged workbook: Excel would repair it)"),
        ("badutf8.xlsx", "sheet 'R3' (xl/worksheets/sheet2.xml): malformed XML at byte 1219: a byte (0xFF) that is not UTF-8"),
        ("damaged_zip_dupentry.xlsx", "a damaged ZIP archive: two entries named xl/worksheets/sheet2.xml (programs differ on which one they read)"),
    ])
    func aDamagedWorkbookIsRefused(name: String, message: String) throws {
        let folder = try #require(WorkbookCommandTests.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = folder.appendingPathComponent(name).path
        for command in [["summary"], ["check"], ["view", "--sheet", "R3", "--raw"]] {
            let result = runCLI([command[0], book] + command.dropFirst())
            #expect(result.code == 65, "\(name) \(command)")
            #expect(result.out == "", "\(name) \(command)")
            #expect(result.err.contains("\(book): error: \(message)\n"), "\(name) \(command): \(result.err)")
        }
    }

    /// straycell.xlsx: r3.xlsx's table (rows 1–11) and a stray cell in A1048576: read as Excel
    /// saves it (a million lines), and said where the lines come from.
    @Test func aStrayCellFarBelowTheTableIsSaid() throws {
        let folder = try #require(WorkbookCommandTests.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = runCLI(["summary", folder.appendingPathComponent("straycell.xlsx").path])
        #expect(result.err.contains(": note: R3: rows 12–1,048,575 hold no text, then row 1,048,576 does: a cell far below the table (a stray one? Ctrl+End in Excel shows the sheet's last cell) makes the CSV 1,048,564 empty lines longer\n"), "\(result.err)")
    }

    /// merged.xlsx: コミュニティ・スクール merged over B2:C2, D2 blank and not merged, 学校数 in
    /// D3. The CSV saved from it (below, by hand) has only a label in B2 and blanks after it:
    /// read alone, that label is spread over every column, so 学校数 is taken for the CS count.
    /// The workbook's merge says the label covers B and C only: 学校数 is under no group, the
    /// schools surveyed (母数), as the sheet shows it.
    @Test func aMergedGroupLabelCoversExactlyItsMergedColumns() throws {
        let folder = try #require(WorkbookCommandTests.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = folder.appendingPathComponent("merged.xlsx").path
        let saved = """
            令和3年度 学校種別,,,
            学校種,コミュニティ・スクール,,
            ,導入率,増加校数,学校数
            小学校,37.5%,"1,167","18,805"
            中学校,36.5%,503,"9,148"
            合計,37.2%,"1,670","27,953"

            """
        #expect(runCLI(["view", book, "--raw", "--format", "csv"]).out == saved)
        let csv = temporaryFile(saved, name: "merged.csv")
        defer { try? FileManager.default.removeItem(atPath: csv) }

        func columns(_ path: String) throws -> [[String]] {
            let json = try Self.json(runCLI(["view", path, "--explain", "--format", "json"]).out)
            let columns = try #require(json["columns"] as? [[String: Any]])
            return columns.map { [$0["meaning"] as? String ?? "", $0["group"] as? String ?? "-"] }
        }
        #expect(try columns(csv) == [["school_type", "-"], ["cs_rate_pct", "コミュニティ・スクール"],
                                     ["cs_increase", "コミュニティ・スクール"], ["cs_schools", "コミュニティ・スクール"]])
        #expect(try columns(book) == [["school_type", "-"], ["cs_rate_pct", "コミュニティ・スクール"],
                                      ["cs_increase", "コミュニティ・スクール"], ["total_schools", "-"]])
        let explained = runCLI(["view", book, "--explain"]).out
        #expect(explained.contains("header '増加校数' under group 'コミュニティ・スクール' (merged over columns B–C)"))
        #expect(explained.contains("header '学校数' (母数: under no merged group label)"))

        #expect(runCLI(["view", csv, "--format", "csv"]).out.hasPrefix("学校種,コミュニティ・スクール 導入率,コミュニティ・スクール 増加校数,コミュニティ・スクール 学校数\n"))
        #expect(runCLI(["view", book, "--format", "csv"]).out.hasPrefix("学校種,コミュニティ・スクール 導入率,コミュニティ・スクール 増加校数,学校数\n"))
    }

    /// r3.xlsx's group labels are merged over B2:C2 and D2:E2, exactly the blocks the CSV's
    /// labels are read over; mixed.xlsx has 地域学校協働本部 in D2 not merged, so it keeps the
    /// block it is inferred to cover (D:E). Either way the workbook and its CSV mean the same.
    @Test(arguments: ["r3.xlsx", "mixed.xlsx"])
    func mergedRangesThatMatchTheInferenceChangeNothing(name: String) throws {
        let folder = try #require(WorkbookCommandTests.workbooks())
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = folder.appendingPathComponent(name).path
        let csv = temporaryFile(WorkbookCommandTests.savedCSV, name: "r3.csv")
        defer { try? FileManager.default.removeItem(atPath: csv) }
        for format in ["csv", "json"] {
            let fromBook = runCLI(["view", book, "--format", format]).out, fromCSV = runCLI(["view", csv, "--format", format]).out
            #expect(fromBook.replacingOccurrences(of: book, with: "F") == fromCSV.replacingOccurrences(of: csv, with: "F"))
        }
        #expect(runCLI(["view", book, "--format", "csv"]).out.hasPrefix(
            "学校種,コミュニティ・スクール 導入校数,コミュニティ・スクール 導入率,地域学校協働本部 整備校数,地域学校協働本部 整備率\n"))
    }
}
