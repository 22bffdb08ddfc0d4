import Testing
@testable import CSStats

/// The hand-written validator against the standard library's, on seeded random bytes built from
/// valid characters of every length (ASCII, é, あ and kanji runs, 𠮷, and E0/ED/F0/F4 leads at
/// their edges) with some bytes then changed, dropped or cut off.
@Test func validationAgreesWithTheStandardLibrary() {
    let pieces: [[UInt8]] = [
        Array("a".utf8), Array(",".utf8), Array("é".utf8), Array("あ".utf8), Array("学校".utf8),
        Array("𠮷".utf8), [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF0, 0x90, 0x80, 0x80],
        [0xF4, 0x8F, 0xBF, 0xBF], [0xEF, 0xBF, 0xBD],
    ]
    let wrong: [UInt8] = [0x80, 0xBF, 0xC0, 0xC1, 0xE0, 0xED, 0xA0, 0xF5, 0xFF, 0x41]
    var rng = SplitMix64(state: 0x0075_7466_3820_0001)
    var invalidSeen = 0
    for _ in 0..<3_000 {
        var bytes: [UInt8] = []
        for _ in 0..<rng.below(30) { bytes += pieces[rng.below(pieces.count)] }
        if !bytes.isEmpty, rng.below(3) == 0 { bytes[rng.below(bytes.count)] = wrong[rng.below(wrong.count)] }
        if !bytes.isEmpty, rng.below(5) == 0 { bytes.removeLast(rng.below(min(3, bytes.count)) + 1) }
        let offset = UTF8Validation.firstInvalidOffset(in: bytes)
        let valid = String(validating: bytes, as: UTF8.self) != nil
        #expect((offset == nil) == valid, "\(bytes.map { String($0, radix: 16) })")
        if let offset {
            invalidSeen += 1
            // Everything before the reported byte is valid, and it starts a bad sequence.
            #expect(String(validating: bytes[..<offset], as: UTF8.self) != nil, "\(bytes.map { String($0, radix: 16) }) at \(offset)")
        }
    }
    #expect(invalidSeen > 500)
}
