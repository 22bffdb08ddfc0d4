import Foundation
import Testing
@testable import cs_stats

/// The catalogue of bad inputs: each with the exact message a user sees and the exit code.
/// (The standard-input-is-a-terminal case and a failing streamed output are in
/// StreamingViewTests; quoting and encoding errors in the reader's own tests.)
@Suite struct BadInputCatalogueTests {
    /// A folder of its own for each test; messages are compared with it written as `DIR`.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-catalogue-\(UUID().uuidString)")
        init() { try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func file(_ name: String, _ bytes: [UInt8]) -> String {
            let path = url.appendingPathComponent(name).path
            try! Data(bytes).write(to: URL(fileURLWithPath: path))
            return path
        }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        /// Output with the folder's path written `DIR`.
        func shown(_ text: String) -> String { text.replacingOccurrences(of: url.path, with: "DIR") }
        var contents: [String] { (try? FileManager.default.contentsOfDirectory(atPath: url.path).sorted()) ?? [] }
    }

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var bytes: [UInt8]
        var arguments: [String] = ["view"]
        var code: Int32
        var err: String
        var out: String? = nil
        var description: String { name }
    }

    static let notText = "a NUL byte at byte offset %d: not a text file (a binary file such as a workbook or an archive, or UTF-16 without its byte-order mark); save the table as CSV or TSV"

    static let cases: [Case] = [
        Case(name: "an empty file", bytes: [], code: 65,
             err: "DIR/in.csv: error: no header row: the input is empty or holds no table\n"),
        Case(name: "a binary file (a PNG's first bytes)", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], code: 65,
             err: "DIR/in.csv:3: error: " + String(format: notText, 8) + "\n"),  // 0D 0A and 0A: two line breaks before it
        Case(name: "a ZIP archive cut short (read as a workbook)", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], code: 65,
             err: "DIR/in.csv: error: not a ZIP archive (.xlsx): too short\n"),
        Case(name: "an old .xls workbook", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 56), code: 65,
             err: "DIR/in.csv: error: an Excel 97–2003 workbook (.xls, BIFF), not .xlsx: open it in Excel and save it as Excel ブック (.xlsx), or as CSV\n"),
        Case(name: "a NUL byte in a field", bytes: Array("a,b\n1,2".utf8) + [0] + Array("3\n".utf8), code: 65,
             err: "DIR/in.csv:2: error: " + String(format: notText, 7) + "\n"),
        Case(name: "UTF-16 with its byte-order mark is read", bytes: [0xFF, 0xFE] + Array("a,b\n1,2\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
             code: 0, err: "", out: "a  b\n─  ─\n1  2\n"),
        Case(name: "invalid UTF-8 in the middle", bytes: Array("a,b\n1,2\n3,".utf8) + [0xFF] + Array("\n5,6\n".utf8), code: 65,
             err: "DIR/in.csv:3: error: invalid UTF-8 byte sequence FF 0A at byte offset 10\n"),
        Case(name: "invalid CP932 (a lead byte without its second)", bytes: [0x82, 0xA0] + Array(",b\n1,".utf8) + [0x82, 0x0A], code: 65,
             err: "DIR/in.csv:2: error: invalid Shift_JIS (CP932) byte sequence 82 0A at byte offset 7\n"),
        Case(name: "ragged rows in any other file are shown", bytes: Array("a,b\n1,2\n3,4,5\n".utf8), code: 0, err: "",
             out: "a  b\n─  ─  ─\n1  2\n3  4  5\n"),
        Case(name: "ragged rows in a survey table refuse it", bytes: Array("学校種,導入校数\n小学校,10\n中学校,5,3\n".utf8),
             arguments: ["summary"], code: 65,
             err: "DIR/in.csv:3:1: error: record 3: found 3 fields, expected 2 (as in the header)\n"),
        Case(name: "an unterminated quote at the end", bytes: Array("a,b\n1,\"2\n".utf8), code: 65,
             err: "DIR/in.csv:2:3: error: unterminated quoted field (opened at line 2, field 2)\n"),
    ]

    @Test(arguments: cases)
    func aBadInputGivesItsMessageAndExitCode(_ c: Case) {
        let folder = Folder()
        let path = folder.file("in.csv", c.bytes)
        let result = runCLI(c.arguments + [path])
        #expect(result.code == c.code)
        #expect(folder.shown(result.err) == c.err)
        if let out = c.out { #expect(result.out == out) }
    }

    @Test func aMissingFile() {
        let folder = Folder()
        let result = runCLI(["view", folder.path("missing.csv")])
        #expect(result.code == 66)
        #expect(folder.shown(result.err) == "DIR/missing.csv: error: cannot read file: No such file or directory\n")
    }

    @Test func aFolderGivenAsAFile() throws {
        let folder = Folder()
        try FileManager.default.createDirectory(atPath: folder.path("tables.csv"), withIntermediateDirectories: false)
        for command in ["view", "summary", "check"] {
            let result = runCLI([command, folder.path("tables.csv")])
            #expect(result.code == 66, "\(command)")
            #expect(folder.shown(result.err).hasPrefix("DIR/tables.csv: error: cannot read file: Is a directory\n"), "\(command)")
        }
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file"))
    func anUnreadableFile() {
        let folder = Folder()
        let path = folder.file("locked.csv", Array("a,b\n1,2\n".utf8))
        chmod(path, 0)
        let result = runCLI(["view", path])
        #expect(result.code == 66)
        #expect(folder.shown(result.err) == "DIR/locked.csv: error: cannot read file: Permission denied\n")
    }

    @Test func aTenMegabyteLineAndAMegabyteFieldAndAHundredThousandColumnsPassThrough() {
        let folder = Folder()
        let long = "a,b\n1," + String(repeating: "x", count: 10_000_000) + "\n"
        let longResult = runCLI(["view", folder.file("long.csv", Array(long.utf8)), "--format", "csv"])
        #expect(longResult.code == 0)
        #expect(longResult.out == long)
        let field = String(repeating: "y", count: 1_000_000)
        let quoted = runCLI(["view", folder.file("field.csv", Array("a,b\n1,\"\(field)\"\n2,3\n".utf8)), "--format", "csv"])
        #expect(quoted.out == "a,b\n1,\(field)\n2,3\n")
        let wide = (0..<100_000).map { "c\($0)" }.joined(separator: ",") + "\n" + (0..<100_000).map(String.init).joined(separator: ",") + "\n"
        let wideResult = runCLI(["view", folder.file("wide.csv", Array(wide.utf8)), "--format", "csv"])
        #expect(wideResult.code == 0)
        #expect(wideResult.out == wide)
    }

    @Test func anOutputPathInAMissingFolder() {
        let folder = Folder()
        let result = runCLI(["summary", "-o", folder.path("no/such/out.csv")])
        #expect(result.code == 73)
        #expect(folder.shown(result.err) == "error: cannot write 'DIR/no/such/out.csv': there is no folder 'DIR/no/such'\n")
        #expect(folder.contents.isEmpty)
    }

    @Test func anExistingOutputFileIsReplacedWholeOrLeftAsItWas() throws {
        let folder = Folder()
        let out = folder.file("out.csv", Array("old\n".utf8))
        let good = runCLI(["view", dataPath("cs_r3_2021.csv"), "-o", out])
        #expect(good.code == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("year,reference_date,school_type,"))
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: out))
        let bad = folder.file("bad.csv", Array("a,b\n1,\"2\n".utf8))
        let failed = runCLI(["view", bad, "-o", out])
        #expect(failed.code == 65)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "old\n")
        #expect(folder.contents == ["bad.csv", "out.csv"])
    }

    @Test func textASpreadsheetWouldRunIsWrittenAsTextWithSafeCSV() {
        let folder = Folder()
        let path = folder.file("cells.csv", Array("a,b,c\n=1+2,-3,+cmd\n@SUM(A1),-,-1.5%\n-x,\"\tx\",+1,234\n".utf8))
        // (The last row's "+1,234" is two fields: +1 and 234.)
        let plain = runCLI(["view", path, "--format", "csv"])
        #expect(plain.out == "a,b,c\n=1+2,-3,+cmd\n@SUM(A1),-,-1.5%\n-x,\tx,+1,234\n")
        let safe = runCLI(["view", path, "--format", "csv", "--safe-csv"])
        #expect(safe.out == "a,b,c\n'=1+2,-3,'+cmd\n'@SUM(A1),-,-1.5%\n'-x,'\tx,+1,234\n")
        let tsv = runCLI(["view", path, "--format", "tsv", "--safe-csv"])
        #expect(tsv.out == "a\tb\tc\n'=1+2\t-3\t'+cmd\n'@SUM(A1)\t-\t-1.5%\n'-x\t\"'\tx\"\t+1\t234\n")
    }

    @Test func outputToAClosedPipeEndsQuietly() throws {
        // The built tool, as a user runs it: `cs-stats view FILE | head -1`.
        let tool = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/cs-stats").path
        try #require(FileManager.default.isExecutableFile(atPath: tool), "swift test builds the tool")
        let folder = Folder()
        let rows = (0..<200_000).map { "\($0),学校\($0)" }.joined(separator: "\n")
        let path = folder.file("big.csv", Array("id,name\n\(rows)\n".utf8))
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", "set -o pipefail; '\(tool)' view '\(path)' --format csv 2>'\(folder.path("err.txt"))' | head -1 >/dev/null"]
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        #expect(try String(contentsOfFile: folder.path("err.txt"), encoding: .utf8) == "")
    }
}

/// Inputs the fuzzers found, kept as regression tests.
@Suite struct FuzzRegressionTests {
    /// A title stating a reference date of the year 1011 made a survey year before 1926 and
    /// trapped (Fuzz/corpus/reader/crash-reference-date-1011.csv is the fuzzer's input).
    @Test func aReferenceDateBeforeAnySurveyIsNoReferenceDate() {
        let text = "学校種別 1011年5月1日現在,,\n学校種,導入校数,導入率\n小学校,10,5.0%\n合計,10,5.0%\n"
        let path = temporaryFile(text, name: "year1011.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = runCLI(["view", path, "--explain", "--format", "json"])
        #expect(result.code == 0)
        #expect(!result.out.contains("1011-05-01"))
        let fuzzed = runCLI(["view", dataPath("../Fuzz/corpus/reader/crash-reference-date-1011.csv")])
        #expect(fuzzed.code == 0 || fuzzed.code == 65)
    }
}
