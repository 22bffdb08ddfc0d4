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
