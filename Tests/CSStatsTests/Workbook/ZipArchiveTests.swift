import Foundation
import Testing
@testable import CSStats

@Suite struct ZipArchiveTests {
    /// An archive made by Python's zipfile: a stored entry, a deflated one, a Japanese name.
    func archive() throws -> [UInt8] {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-zip-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: out) }
        let script = """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], 'w') as z:
                z.writestr(zipfile.ZipInfo('[Content_Types].xml'), b'<Types/>', compress_type=zipfile.ZIP_STORED)
                z.writestr('xl/worksheets/sheet1.xml', ('<row>' + '<c><v>7051</v></c>' * 2000 + '</row>').encode(), compress_type=zipfile.ZIP_DEFLATED)
                z.writestr('xl/表.xml', '小学校,中学校'.encode('utf-8'), compress_type=zipfile.ZIP_DEFLATED)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, out.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 makes the archive")
        return [UInt8](try Data(contentsOf: out))
    }

    @Test func readsStoredAndDeflatedEntries() throws {
        let zip = try ZipArchive(bytes: archive())
        #expect(zip.entries.map(\.name) == ["[Content_Types].xml", "xl/worksheets/sheet1.xml", "xl/表.xml"])
        #expect(try zip.contents(of: zip.entry(named: "[Content_Types].xml")!) == Array("<Types/>".utf8))
        let sheet = try zip.contents(of: zip.entry(named: "xl/worksheets/sheet1.xml")!)
        #expect(sheet.count == 5 + 18 * 2000 + 6)
        #expect(String(decoding: sheet.prefix(23), as: UTF8.self) == "<row><c><v>7051</v></c>")
        #expect(try zip.contents(of: zip.entry(named: "xl/表.xml")!) == Array("小学校,中学校".utf8))
    }

    @Test func aDamagedEntryIsSaidByName() throws {
        var bytes = try archive()
        // The stored entry's data follows its 30-byte local header and 19-byte name.
        bytes[30 + 19] ^= 0xFF
        let zip = try ZipArchive(bytes: bytes)
        #expect(throws: ZipArchive.Failure(message: "entry '[Content_Types].xml': its CRC-32 does not match (a damaged archive)")) {
            try zip.contents(of: zip.entries[0])
        }
        #expect(throws: ZipArchive.Failure(message: "not a ZIP archive (.xlsx): no end of central directory")) {
            try ZipArchive(bytes: Array(bytes.prefix(bytes.count / 2)))
        }
    }

    @Test func oldAndEncryptedWorkbooksAreRefusedPlainly() {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        #expect(throws: ZipArchive.Failure(message: "an Excel 97–2003 workbook (.xls, BIFF), not .xlsx: open it in Excel and save it as Excel ブック (.xlsx), or as CSV")) {
            try ZipArchive(bytes: ole)
        }
        let encrypted = ole + Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(throws: ZipArchive.Failure(message: "an encrypted (password-protected) workbook: remove the password in Excel (ファイル > 情報 > ブックの保護), save, and read that copy")) {
            try ZipArchive(bytes: encrypted)
        }
        #expect(throws: ZipArchive.Failure(message: "not a ZIP archive (.xlsx): too short")) { try ZipArchive(bytes: [0x50, 0x4B]) }
    }

    @Test func crc32OfKnownInputs() {
        // The check value of CRC-32/ISO-HDLC, and of the empty input.
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }
}
