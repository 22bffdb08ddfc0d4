import Testing
@testable import CSStats

/// CP932 bytes and the text they stand for.
struct CP932Case: Sendable, CustomTestStringConvertible {
    var bytes: [UInt8]
    var text: String
    var testDescription: String { text }
}

let cp932Cases: [CP932Case] = [
    CP932Case(bytes: [0x82, 0xA0], text: "あ"),
    CP932Case(bytes: [0x87, 0x40], text: "①"),  // NEC special character
    CP932Case(bytes: [0xFB, 0xFC], text: "髙"),  // IBM extension
    CP932Case(bytes: [0x95, 0x5C], text: "表"),  // second byte is a backslash
    CP932Case(bytes: [0x83, 0x5C], text: "ソ"),  // second byte is a backslash
    CP932Case(bytes: [0x81, 0x7C], text: "－"),  // the placeholder for none
    CP932Case(bytes: [0x81, 0x63], text: "…"),  // the placeholder for not available
    CP932Case(bytes: [0x81, 0xA3], text: "▲"),
    CP932Case(bytes: [0x81, 0x40], text: "\u{3000}"),
    CP932Case(bytes: [0x82, 0x4F, 0x81, 0x44, 0x82, 0x57, 0x81, 0x93], text: "０．８％"),
    CP932Case(bytes: [0xB1], text: "ｱ"),  // half-width katakana, one byte
]

@Test(arguments: cp932Cases)
func cp932DetectedAutomatically(_ testCase: CP932Case) throws {
    // A leading ASCII cell keeps the input from being too short to tell.
    let input = try DecodedInput(bytes: Array("x,".utf8) + testCase.bytes, encoding: nil, file: nil)
    #expect(input.encoding == .shiftJIS)
    #expect(input.hadByteOrderMark == false)
    #expect(input.utf8 == Array(("x," + testCase.text).utf8))
}

@Test(arguments: cp932Cases)
func cp932Forced(_ testCase: CP932Case) throws {
    let input = try DecodedInput(bytes: testCase.bytes, encoding: .shiftJIS, file: nil)
    #expect(input.encoding == .shiftJIS)
    #expect(input.utf8 == Array(testCase.text.utf8))
}

@Test func asciiIsKeptAsASCIIWhenShiftJISIsForced() throws {
    // CP932 keeps 5C as a backslash and 7E as a tilde (JIS X 0201 would give ¥ and ‾).
    let ascii = "a\\b~c,\"d\"\r\n"
    let input = try DecodedInput(bytes: Array(ascii.utf8), encoding: .shiftJIS, file: nil)
    #expect(input.utf8 == Array(ascii.utf8))
}

// 幼稚園,276\r\n表,①\r\n髙,あ\r\n
private let cp932Table: [UInt8] = [
    0x97, 0x63, 0x92, 0x74, 0x89, 0x80, 0x2C, 0x32, 0x37, 0x36, 0x0D, 0x0A,
    0x95, 0x5C, 0x2C, 0x87, 0x40, 0x0D, 0x0A,
    0xFB, 0xFC, 0x2C, 0x82, 0xA0, 0x0D, 0x0A,
]

@Test func cp932CSVReadsLikeUTF8() throws {
    let expected = [["幼稚園", "276"], ["表", "①"], ["髙", "あ"]]
    let sjis = try DecodedInput(bytes: cp932Table, encoding: nil, file: "sjis.csv")
    #expect(sjis.encoding == .shiftJIS)
    let utf8 = try DecodedInput(bytes: Array("幼稚園,276\r\n表,①\r\n髙,あ\r\n".utf8), encoding: nil, file: "utf8.csv")
    #expect(utf8.encoding == .utf8)
    for input in [sjis, utf8] {
        let rows = try CSVReader(utf8: input.utf8, delimiter: UInt8(ascii: ","), file: nil).readAll()
        #expect(rows.map(\.fields) == expected)
        #expect(rows.map(\.line) == [1, 2, 3])
    }
}

@Test func utf8ByteOrderMarkIsStrippedAndFlagged() throws {
    let input = try DecodedInput(bytes: [0xEF, 0xBB, 0xBF] + Array("学校種,導入校数\n".utf8), encoding: nil, file: nil)
    #expect(input.encoding == .utf8)
    #expect(input.hadByteOrderMark)
    #expect(input.utf8 == Array("学校種,導入校数\n".utf8))
}

@Test func utf8ByteOrderMarkIsStrippedWhenUTF8IsForced() throws {
    let input = try DecodedInput(bytes: [0xEF, 0xBB, 0xBF, 0x61], encoding: .utf8, file: nil)
    #expect(input.hadByteOrderMark)
    #expect(input.utf8 == [0x61])
}

@Test func onlyAByteOrderMark() throws {
    let input = try DecodedInput(bytes: [0xEF, 0xBB, 0xBF], encoding: nil, file: nil)
    #expect(input.encoding == .utf8)
    #expect(input.hadByteOrderMark)
    #expect(input.utf8 == [])
}

@Test(arguments: ["", "a,b\r\n", "year,school_type\n2023,total\n"])
func pureASCIIIsUTF8(_ text: String) throws {
    let input = try DecodedInput(bytes: Array(text.utf8), encoding: nil, file: nil)
    #expect(input.encoding == .utf8)
    #expect(input.hadByteOrderMark == false)
    #expect(input.utf8 == Array(text.utf8))
}

@Test func utf8ThatIsAlsoValidShiftJISIsUTF8() throws {
    // E6 A0 A1 (校) is also a structurally valid CP932 sequence; UTF-8 wins.
    let input = try DecodedInput(bytes: [0xE6, 0xA0, 0xA1], encoding: nil, file: nil)
    #expect(input.encoding == .utf8)
    #expect(input.utf8 == Array("校".utf8))
}

@Test(arguments: [
    ("utf-8", TextEncoding.utf8), ("UTF8", .utf8), ("shift_jis", .shiftJIS), ("Shift-JIS", .shiftJIS),
    ("sjis", .shiftJIS), ("cp932", .shiftJIS), ("MS932", .shiftJIS), ("windows-31j", .shiftJIS),
] as [(String, TextEncoding)])
func encodingNames(_ name: String, _ encoding: TextEncoding) {
    #expect(TextEncoding(name: name) == encoding)
}

@Test(arguments: ["latin1", "euc-jp", ""])
func unknownEncodingNames(_ name: String) {
    #expect(TextEncoding(name: name) == nil)
}
