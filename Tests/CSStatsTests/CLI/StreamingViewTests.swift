import Foundation
import Testing
@testable import cs_stats

/// `view` on a file too big to hold streams it (``TableStream``, ``ViewStreaming``); the same
/// file read whole must print the same. The limits are lowered so small files stream.
@Suite struct StreamingViewTests {
    /// Runs the CLI with the stream limits lowered (`stream: true`) or as they are.
    func run(_ arguments: [String], stream: Bool, wholeBytes: Int = 64, headRecords: Int = 4, input: [UInt8] = []) -> (code: Int32, out: String, err: String) {
        let console = Console.captured(input: input)
        if stream { console.streamLimits = (wholeBytes: wholeBytes, headRecords: headRecords) }
        let code = CLI.run(arguments: arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    /// A school-level file with what streams must keep apart: a quoted name with a comma and a
    /// doubled quote, a field with a line break, kanji, CRLF line ends, a blank line, and notes
    /// under the records.
    static let schools = [
        "year,prefecture,municipality,school_type,school_id,cs,hq,similar",
        "2021,東京都,\"千代田区, 本庁\",小学校,S001,1,1,0",
        "2021,東京都,\"\"\"港区\"\"\",中学校,S002,0,1,0",
        "2021,大阪府,大阪市,小学校,S003,1,0,1",
        "2022,大阪府,\"堺市\n北区\",高等学校,S004,0,0,0",
        "2022,北海道,札幌市,特別支援学校,S005,1,1,1",
        "",
        "2022,沖縄県,那覇市,小学校,S006,0,1,0",
        "2022,沖縄県,石垣市,中学校,S007,1,1,0",
        "※ 令和4年5月1日現在",
        "注 架空のデータ",
    ].joined(separator: "\r\n") + "\r\n"

    /// (The aligned table takes its widths from the head's rows: ``aColumnWidensWhenALaterRowNeedsIt``.)
    @Test(arguments: ["csv", "tsv", "json", "markdown"])
    func aStreamedSchoolFileReadsAsTheWholeFile(format: String) {
        let path = temporaryFile(Self.schools, name: "schools.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = run(["view", path, "--format", format], stream: false)
        let streamed = run(["view", path, "--format", format], stream: true)
        #expect(whole.code == 0)
        #expect(streamed.code == 0)
        #expect(streamed.out == whole.out)
        #expect(streamed.err == whole.err)
    }

    @Test func theNotesUnderStreamedRecordsAreSaidAndKeptInJSON() {
        let path = temporaryFile(Self.schools, name: "schools.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let csv = run(["view", path, "--format", "csv"], stream: true)
        // (A blank line is no record: the reader steps over it, read whole or streamed.)
        #expect(csv.err == "note: 0 title lines, 2 notes are not written in CSV (every data row is); --raw writes every record\n")
        #expect(csv.out.hasSuffix("2022,沖縄県,石垣市,中学校,S007,1,1,0\n"))
        let json = run(["view", path, "--format", "json"], stream: true)
        #expect(json.out.hasSuffix("""
              "footnotes": [
                "※ 令和4年5月1日現在",
                "注 架空のデータ"
              ]
            }

            """))
    }

    @Test func rawStreamsEveryRecordAsItIs() {
        let path = temporaryFile(Self.schools, name: "schools.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = run(["view", path, "--raw", "--format", "csv"], stream: false)
        let streamed = run(["view", path, "--raw", "--format", "csv"], stream: true)
        #expect(streamed.out == whole.out)
        #expect(streamed.out.contains("\"堺市\n北区\""))
        #expect(streamed.out.hasSuffix("注 架空のデータ\n"))
    }

    @Test func anyOtherFileStreamsRecordForRecord() {
        let text = "a,b\n1,x\n2,\"y,z\"\n\n3,\n"
        let path = temporaryFile(text, name: "other.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        for format in ["csv", "json", "table"] {
            let whole = run(["view", path, "--format", format], stream: false)
            let streamed = run(["view", path, "--format", format], stream: true)
            #expect(streamed.out == whole.out, "\(format)")
        }
        #expect(run(["view", path, "--format", "csv"], stream: true).out == "a,b\n1,x\n2,\"y,z\"\n3,\n")
    }

    @Test func aShiftJISFileStreamsAsTheWholeFile() throws {
        let bytes = try #require(Self.schools.data(using: .shiftJIS))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-\(UUID().uuidString)-sjis.csv")
        try bytes.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let whole = run(["view", url.path, "--format", "csv"], stream: false)
        // The encoding is told from the first bytes read whole: kanji must be among them.
        let streamed = run(["view", url.path, "--format", "csv"], stream: true, wholeBytes: 200)
        #expect(whole.code == 0)
        #expect(streamed.err == whole.err)
        #expect(streamed.out == whole.out)
        #expect(streamed.out.contains("\"千代田区, 本庁\""))
    }

    @Test func aBadShiftJISByteFarInIsPlacedAsInTheWholeFile() throws {
        // 0x82 0x20 is a lead byte without a second byte, on line 9.
        var bytes = try #require(Self.schools.data(using: .shiftJIS)).map { $0 }
        let line9 = Array("2022,沖縄県,石垣市,中学校,S00".data(using: .shiftJIS)!)
        let at = try #require(bytes.indices.first { Array(bytes[$0..<min(bytes.count, $0 + line9.count)]) == line9 })
        bytes.insert(contentsOf: [0x82, 0x20], at: at + line9.count)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-\(UUID().uuidString)-bad.csv")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let whole = run(["view", url.path, "--format", "csv", "--encoding", "shift_jis"], stream: false)
        let streamed = run(["view", url.path, "--format", "csv", "--encoding", "shift_jis"], stream: true)
        #expect(whole.code == 65)
        #expect(streamed.code == 65)
        #expect(streamed.err == whole.err)
        #expect(streamed.err.contains(":10:"), "line 10: the quoted line break in record 5 is a line too")
    }

    @Test func aFailedStreamLeavesTheOutputFileAsItWas() throws {
        // Bytes that are not UTF-8 after the first records: found while streaming.
        var bytes = Array(Self.schools.utf8)
        bytes += Array("2022,沖縄県,".utf8) + [0xFF] + Array(",小学校,S008,0,0,0\r\n".utf8)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.csv")
        let output = folder.appendingPathComponent("out.csv")
        try Data(bytes).write(to: input)
        try Data("old contents\n".utf8).write(to: output)
        let result = run(["view", input.path, "--format", "csv", "-o", output.path], stream: true)
        #expect(result.code == 65)
        #expect(try String(contentsOf: output, encoding: .utf8) == "old contents\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["in.csv", "out.csv"])
    }

    @Test func aStreamedOutputFileReplacesTheOldOneWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.csv")
        let output = folder.appendingPathComponent("out.csv")
        try Data(Self.schools.utf8).write(to: input)
        try Data("old contents\n".utf8).write(to: output)
        let result = run(["view", input.path, "-o", output.path], stream: true)
        #expect(result.code == 0)
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.hasPrefix("year,prefecture,municipality,school_type,school_id,cs,hq,similar\n2021,東京都,\"千代田区, 本庁\",小学校,S001,1,1,0\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["in.csv", "out.csv"])
    }

    @Test func aColumnWidensWhenALaterRowNeedsIt() {
        // 1,001 rows of a short name set the widths; row 1,002's name is wider.
        var lines = ["id,name"]
        for i in 1...1_001 { lines.append("\(i),ab") }
        lines.append("1002,とても長い名前")
        lines.append("1003,cd")
        let path = temporaryFile(lines.joined(separator: "\n") + "\n", name: "wide.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        // The first 1,000 of the head's rows set the widths; the rest are written row by row.
        let result = run(["view", path], stream: true, headRecords: 2_000)
        let out = result.out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(out[0] == "  id  name")
        #expect(out[1] == "────  ────")
        #expect(out[2] == "   1  ab")
        #expect(out[1_003] == "1002  とても長い名前")
        #expect(out[1_004] == "1003  cd")
    }

    @Test func aTerminalOnStandardInputIsAUsageHintNotAWait() {
        let console = Console.captured(inputIsTerminal: true)
        let code = CLI.run(arguments: ["view"], console: console)
        #expect(code == 64)
        #expect(console.standardError.hasPrefix("Error: no file named and standard input is a terminal: name a file, or pipe one in (… | cs-stats COMMAND -)\n"))
    }
}
