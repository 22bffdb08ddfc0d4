import Foundation
import Testing
@testable import CSStats

/// The same 16 schools written in every way a real file may come: each must give the counts
/// worked out by hand in `SchoolFixture` (by year, prefecture and type; by municipality, whose
/// names hold a comma and doubled quotes).
@Suite struct SchoolAggregatorReadingTests {
    static let variants: [(String, [UInt8])] = [
        ("LF", SchoolFixture.bytes()),
        ("CRLF", SchoolFixture.bytes(SchoolFixture.text(lineEnd: "\r\n"))),
        ("lone CR", SchoolFixture.bytes(SchoolFixture.text(lineEnd: "\r"))),
        ("BOM", [0xEF, 0xBB, 0xBF] + SchoolFixture.bytes()),
        ("BOM, CRLF, no final line end", [0xEF, 0xBB, 0xBF] + SchoolFixture.bytes(SchoolFixture.text(lineEnd: "\r\n", finalLineEnd: false))),
        ("no final line end", SchoolFixture.bytes(SchoolFixture.text(finalLineEnd: false))),
        ("lone CR, no final line end", SchoolFixture.bytes(SchoolFixture.text(lineEnd: "\r", finalLineEnd: false))),
        ("blank lines", SchoolFixture.bytes(SchoolFixture.text(lineEnd: "\n\n") + "\n\n")),
        ("blank CRLF lines", SchoolFixture.bytes(SchoolFixture.text(lineEnd: "\r\n\r\n") + "\r\n")),
    ]

    @Test(arguments: 0..<variants.count)
    func lineEndsBOMAndBlankLines(variant: Int) throws {
        let bytes = Self.variants[variant].1
        #expect(describe(try aggregate(bytes, by: [.year, .prefecture, .schoolType])) == SchoolFixture.byYearPrefectureType)
        #expect(describe(try aggregate(bytes, by: [.municipality])) == SchoolFixture.byMunicipality)
    }

    @Test func tsvByExtensionAndByDelimiter() throws {
        let bytes = SchoolFixture.bytes(SchoolFixture.text(delimiter: "\t"))
        // The comma in 札幌市,中央区 is plain text in a TSV file: it is not quoted there.
        #expect(!String(decoding: bytes, as: UTF8.self).contains("\"札幌市"))
        let byExtension = try aggregate(bytes, by: [.year, .prefecture, .schoolType], file: "schools.tsv")
        #expect(describe(byExtension) == SchoolFixture.byYearPrefectureType)
        let byDelimiter = try aggregate(bytes, by: [.municipality], file: nil, delimiter: UInt8(ascii: "\t"))
        #expect(describe(byDelimiter) == SchoolFixture.byMunicipality)
        let sniffed = try aggregate(bytes, by: [.municipality], file: nil)
        #expect(describe(sniffed) == SchoolFixture.byMunicipality)
    }

    @Test func cp932() throws {
        // The same text in Shift_JIS (CP932), as Excel on Windows saves it.
        let data = try #require(SchoolFixture.text(lineEnd: "\r\n").data(using: .shiftJIS))
        let bytes = [UInt8](data)
        let a = try aggregate(bytes, by: [.year, .prefecture, .schoolType])
        #expect(a.encoding == .shiftJIS)
        #expect(describe(a) == SchoolFixture.byYearPrefectureType)
        #expect(describe(try aggregate(bytes, by: [.municipality])) == SchoolFixture.byMunicipality)
        // Several workers and small buffers too.
        #expect(describe(try aggregate(bytes, by: [.municipality], workers: 3, split: true, bufferSize: 32)) == SchoolFixture.byMunicipality)
    }

    @Test(arguments: [16, 32, 64])
    func recordsAcrossBufferRefills(bufferSize: Int) throws {
        for (name, bytes) in Self.variants {
            let a = try aggregate(bytes, by: [.year, .prefecture, .schoolType], bufferSize: bufferSize)
            #expect(describe(a) == SchoolFixture.byYearPrefectureType, "\(name)")
            let m = try aggregate(bytes, by: [.municipality], bufferSize: bufferSize)
            #expect(describe(m) == SchoolFixture.byMunicipality, "\(name)")
        }
    }

    @Test(arguments: [2, 3, 4])
    func severalWorkers(workers: Int) throws {
        for (name, bytes) in Self.variants {
            let a = try aggregate(bytes, by: [.year, .prefecture, .schoolType], workers: workers, split: true)
            #expect(describe(a) == SchoolFixture.byYearPrefectureType, "\(name)")
            #expect(a.records == 16, "\(name)")
            let m = try aggregate(bytes, by: [.municipality], workers: workers, split: true, bufferSize: 16)
            #expect(describe(m) == SchoolFixture.byMunicipality, "\(name)")
        }
        // The LF file really is split (lone CR files have no line feed to split at).
        #expect(try aggregate(SchoolFixture.bytes(), by: [.year], workers: workers, split: true).workers == workers)
    }

    @Test func fromAFileWithSeveralWorkers() throws {
        let path = temporaryFile(bytes: SchoolFixture.bytes(SchoolFixture.text(lineEnd: "\r\n")), name: "schools.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var aggregator = SchoolAggregator(keys: [.year, .prefecture, .schoolType], maximumWorkers: 3)
        aggregator.minimumBytesForSplit = 0
        aggregator.bufferSize = 32
        let a = try aggregator.aggregate(path: path)
        #expect(a.workers == 3)
        #expect(describe(a) == SchoolFixture.byYearPrefectureType)
    }

    /// The fixture with line 8's municipality (札幌市,中央区) replaced by a quoted name of 101
    /// lines, so the middle of the file, where a two-worker split falls, is inside the quotes.
    static func multilineBytes(lastPrefecture: String? = nil) -> (bytes: [UInt8], fieldStart: Int, fieldEnd: Int) {
        var rows = SchoolFixture.rows
        let name = Array(repeating: "札幌市", count: 101).joined(separator: "\n")
        rows[6][2] = name
        if let lastPrefecture { rows[15][1] = lastPrefecture }
        let text = SchoolFixture.text(rows: rows)
        let bytes = SchoolFixture.bytes(text)
        let start = text.utf8.count - text[text.range(of: "\"札幌市\n")!.lowerBound...].utf8.count
        return (bytes, start, start + name.utf8.count + 2)
    }

    @Test(arguments: [2, 3, 4])
    func splitInsideAQuotedLineBreakIsRedone(workers: Int) throws {
        let (bytes, start, end) = Self.multilineBytes()
        // The middle of the data, where the first of two workers' split is probed, is inside the field.
        #expect(start < bytes.count / 2 && bytes.count / 2 < end)
        let a = try aggregate(bytes, by: [.year, .prefecture, .schoolType], workers: workers, split: true)
        #expect(describe(a) == SchoolFixture.byYearPrefectureType)
        #expect(a.records == 16)
        #expect(a.workers == 1)  // the speculative split was found wrong and the file read again
        let m = try aggregate(bytes, by: [.municipality], workers: workers, split: true, bufferSize: 16)
        // Six names now: line 8 has its own (hq, similar); 札幌市,中央区 keeps lines 15 (cs) and 16 (hq).
        #expect(m.groups.count == 6)
        #expect(m.groups.first { $0.municipality == "札幌市,中央区" }.map(describe) == "札幌市,中央区: 2 1 1 0 0")
        #expect(m.groups.first { $0.municipality?.hasPrefix("札幌市\n札幌市") == true }.map(describe)?.hasSuffix(": 1 0 1 0 1") == true)
    }

    @Test(arguments: [1, 2, 4])
    func linesAfterAQuotedLineBreak(workers: Int) {
        // The last row (line 17 without the field) comes 100 lines later: line 117.
        let (bytes, _, _) = Self.multilineBytes(lastPrefecture: "大坂府")
        #expect(errorText { _ = try aggregate(bytes, by: [.year], workers: workers, split: true) }
            == "schools.csv:117: error: unknown prefecture '大坂府'; did you mean '大阪府'?")
    }
}
