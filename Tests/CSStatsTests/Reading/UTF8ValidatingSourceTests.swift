import Testing
@testable import CSStats

/// Everything a `UTF8ValidatingSource` passes on, read through it `step` bytes at a time.
private func drain(_ bytes: [UInt8], step: Int) throws -> [UInt8] {
    let source = UTF8ValidatingSource(TrickleByteSource(bytes, step: step), file: nil)
    var out: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64)
    while true {
        let n = try chunk.withUnsafeMutableBytes { raw throws(ReadError) in try source.read(into: raw) }
        if n == 0 { return out }
        out += chunk[..<n]
    }
}

// あ is E3 81 82, 髙 is E9 AB 99, 𠮷 (a four-byte kanji) is F0 A0 AE B7: every step from 1 to 7
// cuts them somewhere.
@Test(arguments: 1...7)
func validTextPassesWhateverTheChunks(step: Int) throws {
    let text = Array("学校種,導入校数\nあ,髙\n𠮷,x\n".utf8)
    #expect(try drain(text, step: step) == text)
}

@Test(arguments: 1...7)
func byteOrderMarkIsDropped(step: Int) throws {
    #expect(try drain([0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8), step: step) == Array("a,b\n".utf8))
}

// "a,あ" then a lone continuation byte 0x82 at offset 5 (a=0 ,=1 あ=2…4).
@Test(arguments: 1...7)
func invalidByteIsReportedAtItsOffset(step: Int) {
    #expect(throws: ReadError.invalidEncoding(SourcePosition(file: nil, line: 0), encoding: .utf8, byteOffset: 5, bytes: [0x82])) {
        try drain(Array("a,あ".utf8) + [0x82], step: step)
    }
}

// あ cut after two bytes at the end of the input: the sequence starting at offset 2 never ends.
@Test(arguments: 1...7)
func sequenceCutByTheEndIsAnError(step: Int) {
    #expect(throws: ReadError.invalidEncoding(SourcePosition(file: nil, line: 0), encoding: .utf8, byteOffset: 2, bytes: [0xE3, 0x81])) {
        try drain([0x61, 0x2C, 0xE3, 0x81], step: step)
    }
}

// E3 followed by an ASCII byte: the lead at offset 1 is not followed by a continuation.
@Test(arguments: 1...7)
func leadWithoutContinuationIsAnError(step: Int) {
    #expect(throws: ReadError.invalidEncoding(SourcePosition(file: nil, line: 0), encoding: .utf8, byteOffset: 1, bytes: [0xE3, 0x61])) {
        try drain([0x61, 0xE3, 0x61, 0x62, 0x63], step: step)
    }
}

@Test func parsedThroughTheReaderGivesTheSameRecords() throws {
    let text = Array("学校種,導入校数\n幼稚園,276\n\"小,学校\",\"7,051\"\n".utf8)
    let reader = CSVReader(source: UTF8ValidatingSource(TrickleByteSource(text, step: 2), file: nil),
                           delimiter: UInt8(ascii: ","), file: nil, chunkSize: 16)
    #expect(try reader.readAll().map(\.fields) == [["学校種", "導入校数"], ["幼稚園", "276"], ["小,学校", "7,051"]])
}
