import Foundation
import Testing
@testable import CSStats

// In Shift_JIS (CP932) a character's second byte may be 0x40–0x7E: ポ is 83 7C, its second byte a
// pipe. A delimiter among those bytes must be found on character boundaries only. Every CP932
// character whose second byte is the delimiter is written as a municipality name, one school
// each, and must come back whole.

private let punctuation: [UInt8] = Array("|\\^`{}~@[]_".utf8)

/// Every CP932 two-byte character whose second byte is `trail`, decoded.
private func characters(endingIn trail: UInt8) -> [String] {
    let leads = Array(0x81...0x9F) + Array(0xE0...0xFC)
    return leads.compactMap { lead in String(data: Data([UInt8(lead), trail]), encoding: .shiftJIS) }
        .filter { $0.unicodeScalars.count == 1 }
}

@Test(arguments: punctuation)
func shiftJISDelimiterOnCharacterBoundaries(delimiter: UInt8) throws {
    let names = characters(endingIn: delimiter)
    try #require(names.count >= 20, "few CP932 characters end in \(delimiter)")
    let d = String(UnicodeScalar(delimiter))
    var text = ["学校コード", "学校種", "市区町村", "CS"].joined(separator: d) + "\r\n"
    for (i, name) in names.enumerated() {
        // The name between two letters, so a split at any byte would show.
        text += ["S\(i)", "小学校", "ア\(name)イ", i % 2 == 0 ? "1" : "0"].joined(separator: d) + "\r\n"
    }
    let bytes = try #require(text.data(using: .shiftJIS)).map { $0 }
    let aggregation = try SchoolAggregator(keys: [.municipality], delimiter: delimiter).aggregate(bytes: bytes, file: "schools.txt")
    #expect(aggregation.encoding == .shiftJIS)
    #expect(aggregation.records == names.count)
    let got = Set(aggregation.groups.compactMap(\.municipality))
    #expect(got == Set(names.map { "ア\($0)イ" }))
    // The pipe is also found without being given.
    if delimiter == UInt8(ascii: "|") {
        let sniffed = try SchoolAggregator(keys: [.municipality]).aggregate(bytes: bytes, file: "schools.txt")
        #expect(Set(sniffed.groups.compactMap(\.municipality)) == got)
    }
}

/// The table a Shift_JIS id is written as UTF-8 by says, pair by pair, what Foundation says
/// (the table decodes a lead's pairs in one call; this decodes each alone), and by hand: 北
/// 96 6B is U+5317, ガ 83 4B U+30AC, ｱ B1 U+FF71, ～ 81 60 U+FF5E (CP932's), ① 87 40 U+2460.
@Test func shiftJISTableAgreesWithFoundationPairByPair() {
    func utf8(_ bytes: [UInt8]) -> String? {
        var out = [UInt8](repeating: 0, count: 3 * bytes.count)
        let n = bytes.withUnsafeBufferPointer { b in
            out.withUnsafeMutableBufferPointer { ShiftJISTable.utf8(b.baseAddress!, b.count, into: $0.baseAddress!, capacity: $0.count) }
        }
        return n.map { String(decoding: out[..<$0], as: UTF8.self) }
    }
    #expect(utf8([0x96, 0x6B, 0x83, 0x4B, 0xB1, 0x81, 0x60, 0x87, 0x40, 0x41]) == "北ガｱ～①A")
    #expect(utf8([0x80]) == nil)
    #expect(utf8([0x96]) == nil)        // a lead with no trail
    var mapped = 0
    for lead in Array(0x81...0x9F) + Array(0xE0...0xFC) {
        for trail in 0x40...0xFC where trail != 0x7F {
            let bytes = [UInt8(lead), UInt8(trail)]
            let expected = String(data: Data(bytes), encoding: .shiftJIS).flatMap { $0.unicodeScalars.count == 1 ? $0 : nil }
            #expect(utf8(bytes) == expected, "\(bytes)")
            if expected != nil { mapped += 1 }
        }
    }
    for byte in 0x80...0xFF where !ShiftJISValidation.isLead(UInt8(byte)) {
        #expect(utf8([UInt8(byte)]) == String(data: Data([UInt8(byte)]), encoding: .shiftJIS), "\(byte)")
    }
    // CP932 maps 7,915 two-byte codes (JIS X 0208, NEC and IBM extensions), the half-width 63 aside.
    #expect(mapped > 7_000)
}
