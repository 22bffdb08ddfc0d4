import Foundation
import Testing
@testable import CSStats

@Suite struct SchoolIDKeyTests {
    private func code(_ id: String, year: Int = 2021) -> UInt64? {
        Array(id.utf8).withUnsafeBufferPointer { SchoolIDKey.code(year: year, $0.baseAddress!, $0.count) }
    }
    private func key(_ id: String, year: Int = 2021) -> UInt64 {
        Array(id.utf8).withUnsafeBufferPointer { SchoolIDKey.key(year: year, $0.baseAddress!, $0.count) }
    }

    @Test func rangesAreWhereTheLayoutSays() {
        // Worked out by hand: 1–15 digit strings number (10^16 − 10) / 9; then 8 × 10^12
        // 学校コード, 26 × 111,111,111,110 letter codes, 676 × 1,111,111,110 two-letter codes.
        #expect(SchoolIDKey.stringsUpTo(0) == 0)
        #expect(SchoolIDKey.stringsUpTo(1) == 10)
        #expect(SchoolIDKey.stringsUpTo(9) == 1_111_111_110)
        #expect(SchoolIDKey.stringsUpTo(15) == 1_111_111_111_111_110)
        // Every k: k ones and a zero.
        for k in 0...15 { #expect(SchoolIDKey.stringsUpTo(k) == UInt64(String(repeating: "1", count: k) + "0")!) }
        #expect(SchoolIDKey.mextStart == 1_111_111_111_111_110)
        #expect(SchoolIDKey.letterStart == 1_111_111_111_111_110 + 8_000_000_000_000)
        #expect(SchoolIDKey.twoLetterStart == 1_119_111_111_111_110 + 26 * 111_111_111_110)
        #expect(SchoolIDKey.end == 1_122_751_111_110_330)
        #expect(SchoolIDKey.end < 1 << 50)
        // The first and last code of each range (year 0: no year).
        #expect(code("0", year: 0) == 0)
        #expect(code("9", year: 0) == 9)
        #expect(code("00", year: 0) == 10)
        #expect(code("999999999999999", year: 0) == 1_111_111_111_111_109)
        #expect(code("A000000000000", year: 0) == 1_111_111_111_111_110)
        #expect(code("H999999999999", year: 0) == 1_119_111_111_111_109)
        #expect(code("A0", year: 0) == 1_119_111_111_111_110)
        #expect(code("Z99999999999", year: 0) == 1_121_999_999_999_969)
        #expect(code("AA0", year: 0) == 1_121_999_999_999_970)
        #expect(code("ZZ999999999", year: 0) == 1_122_751_111_110_329)
    }

    @Test func digitValuesOfEveryLength() {
        // Seeded digit strings of 1–15 digits: their value as an integer parses them; a
        // non-digit at any place (a letter, '/' and ':' beside the digits, a high byte) refuses.
        var rng = SplitMix64(state: 15)
        for length in 1...15 {
            for _ in 0..<200 {
                var digits = (0..<length).map { _ in UInt8(ascii: "0") + UInt8(rng.int(0...9)) }
                let expected = UInt64(String(decoding: digits, as: UTF8.self))!
                #expect(digits.withUnsafeBufferPointer { SchoolIDKey.digitValue($0.baseAddress!, length) } == expected)
                let place = rng.int(0...(length - 1))
                digits[place] = rng.pick([UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "A"), 0xE3, 0x00])
                #expect(digits.withUnsafeBufferPointer { SchoolIDKey.digitValue($0.baseAddress!, length) } == nil,
                        "a bad byte at \(place) of \(length)")
            }
        }
        #expect(Array("000000000000009".utf8).withUnsafeBufferPointer { SchoolIDKey.digitValue($0.baseAddress!, 15) } == 9)
        #expect(Array("999999999999999".utf8).withUnsafeBufferPointer { SchoolIDKey.digitValue($0.baseAddress!, 15) } == 999_999_999_999_999)
    }

    @Test func yearsAtTheirLimits() {
        #expect(code("7", year: 2021)! >> 50 == 2021)
        #expect(code("ZZ999999999", year: 9999)! >> 50 == 9999)
        #expect(code("ZZ999999999", year: 9999)! < .max)
        #expect(code("7", year: 10000) == nil)
        // A year without an exact code still has a key, different from other years'.
        #expect(key("7", year: 10000) != key("7", year: 10001))
        #expect(key("ABC-1", year: 2021) != key("ABC-1", year: 2022))
    }

    @Test(arguments: ["0", "07", "999999999999999", "A000000000000", "B113210000019", "H999999999999", "A0",
                      "S21000001", "Z99999999999", "AA0", "TK123", "ZZ999999999"])
    func decodesBack(id: String) {
        for year in [0, 2004, 2021, 9999] {
            let decoded = SchoolIDKey.decode(code(id, year: year)!)
            #expect(decoded?.id == id)
            #expect(decoded?.year == year)
        }
    }

    @Test(arguments: ["9999999999999999", "I113210000019", "ABC1", "S21-1", "abc", "学校",
                      "B1132100000190", "AB1234567890", "A", ""])
    func shapesWithoutAnExactCode(id: String) {
        // Sixteen digits, a letter past H before twelve digits, three letters, punctuation, lower
        // case (ids are upper-cased before), text, a letter and 13 digits, two letters and ten
        // digits, a letter alone, nothing.
        #expect(code(id) == nil)
    }

    @Test func groupKeyAtItsLimits() {
        let k = GroupKey(year: 9999, prefecture: 47, schoolType: 6, municipality: .max)
        #expect(k.year == 9999)
        #expect(k.prefecture == 47)
        #expect(k.schoolType == 6)
        #expect(k.municipality == .max)
        let none = GroupKey(year: 0, prefecture: 0, schoolType: nil, municipality: 0)
        #expect(none.value == 0)
        #expect(none.schoolType == nil)
        #expect(GroupKey(year: 2021, prefecture: 13, schoolType: 0, municipality: 0).schoolType == 0)
    }
}

@Suite struct SchoolIDSetTests {
    private func key(_ id: String, year: Int = 2021) -> UInt64 {
        Array(id.utf8).withUnsafeBufferPointer { SchoolIDKey.key(year: year, $0.baseAddress!, $0.count) }
    }

    private func duplicates(_ sets: [[(String, Int)]], spilling: Bool = false) -> Set<UInt64> {
        // One set per list, as each worker has.
        let built = sets.map { ids -> SchoolIDSet in
            let set = SchoolIDSet()
            for (id, year) in ids { set.insert(key(id, year: year)) }
            set.finish()
            #expect(set.count == ids.count)
            // More than 256 chunks of 2,048 keys: the rest is in the temporary file.
            if spilling { #expect(set.chunksOnDisk > 0) }
            return set
        }
        return SchoolIDSet.duplicates(in: built) ?? [.max]
    }

    @Test func distinctIDsHaveNoDuplicates() {
        // Leading zeros, prefixes, the 12-digit MEXT code's neighbours, text ids, years.
        let ids = ["7", "07", "007", "S7", "S07", "T7", "ST7", "B113210000019", "B113210000018", "C113210000019",
                   "B999999999999", "ABC-1", "ABC-01", "ABC-2", "ABD-1", "ABC", "ABD", "1A", "2A"]
        #expect(duplicates([ids.map { ($0, 2021) } + ids.map { ($0, 2022) } + ids.map { ($0, 0) }]).isEmpty)
    }

    @Test func aDuplicateIsFoundOnceWhereverItIs() {
        #expect(duplicates([[("S1", 2021), ("S2", 2021), ("S1", 2021)]]) == [key("S1")])
        // Across two sets, and three times over: reported once.
        #expect(duplicates([[("ABC", 2021)], [("X", 2021), ("ABC", 2021), ("ABC", 2021)]]) == [key("ABC")])
        #expect(duplicates([[("S1", 2021)], [("S1", 2022)]]).isEmpty)
    }

    @Test func manyIDsOverManyChunksInMemoryAndOnDisk() {
        // 1,200,000 sequential ids and 200,000 random 9-digit ones (seeded), split over two
        // sets, with three repeated: exactly those three come back. Each set holds more than
        // 256 chunks of 2,048 keys, so part of it is in the temporary file.
        var rng = SplitMix64(state: 7)
        var a: [(String, Int)] = [], b: [(String, Int)] = []
        for i in 0..<1_200_000 {
            if i % 2 == 0 { a.append(("S\(21_000_000 + i)", 2021)) } else { b.append(("S\(21_000_000 + i)", 2021)) }
        }
        var randoms = Set<Int>()
        while randoms.count < 200_000 { randoms.insert(Int(rng.next() % 900_000_000) + 100_000_000) }
        for (i, r) in randoms.enumerated() {
            if i % 3 == 0 { a.append(("\(r)", 2019)) } else { b.append(("\(r)", 2019)) }
        }
        let repeated = [("S21000010", 2021), ("\(randoms.first!)", 2019), ("S22199999", 2021)]
        b += repeated
        #expect(duplicates([a, b], spilling: true) == Set(repeated.map { key($0.0, year: $0.1) }))
    }
}


/// The byte-level id rule agrees with the String rule wherever it answers, on ids of every shape.
@Suite struct NormalizedIDTests {
    private func bytes(_ id: String) -> [UInt8]? {
        let input = Array(id.utf8)
        var output = [UInt8](repeating: 0, count: 64)
        let n = input.withUnsafeBufferPointer { i in
            output.withUnsafeMutableBufferPointer { o in
                SchoolRecordLabels.normalizedID(utf8: i.baseAddress!, count: i.count, into: o.baseAddress!, capacity: 64)
            }
        }
        return n.map { Array(output[..<$0]) }
    }

    @Test(arguments: [
        ("b113210000019", "B113210000019"), (" s-12 ", "S-12"), ("Ｂ１１３", "B113"), ("\u{3000}北381校\u{3000}", "北381校"),
        ("a\u{200B}b", "AB"), ("\u{FEFF}S7", "S7"), ("ガッコウ1", "ガッコウ1"), ("c-05", "C-05"), ("ab_cd.ef/1", "AB_CD.EF/1"),
        ("x\u{A0}", "X"), ("ａｂｃ－１", "ABC-1"),
        ("ｶﾞｯｺｳ1", "ガッコウ1"), ("か\u{3099}1", "が1"), ("ﾊﾟ\u{200B}ﾟ", "パ\u{309A}"), ("ｳﾞ", "ヴ"), ("ﾞｱ", "\u{3099}ア"),
    ])
    func shapesItHandles(written: String, compared: String) {
        #expect(bytes(written) == Array(compared.utf8))
        #expect(SchoolRecordLabels.normalizedID(written) == compared)
    }

    @Test(arguments: ["'0123", "=\"C1\"", "a\tb", "é1", "’S1", "😀", "＇1"])
    func shapesLeftToTheStringRule(written: String) {
        #expect(bytes(written) == nil)
    }

    /// One id written two ways is one code: half-width katakana in full width, its ﾞ and ﾟ
    /// joined to the kana before (ｶﾞ is ガ, ﾊﾟ is パ, ｳﾞ is ヴ), a kana with a combining mark
    /// composed (か + U+3099 is が, as a Mac writes file names), e with a combining acute é,
    /// the é written composed: only ASCII letters are upper-cased, after composing, so both
    /// spellings of café are CAF + U+00E9 (not CAFÉ, which the decomposed one once became).
    @Test(arguments: [
        ("ｶﾞｯｺｳ1", "ガッコウ1"), ("ﾊﾟﾝ-2", "パン-2"), ("ｳﾞｨﾗ", "ヴィラ"), ("第ｲﾁ小", "第イチ小"),
        ("か\u{3099}っこう", "がっこう"), ("ハ\u{309A}ン", "パン"), ("cafe\u{301}", "CAF\u{E9}"), ("caf\u{E9}", "CAF\u{E9}"),
        ("ｃａｆｅ\u{301}", "CAF\u{E9}"), ("  ｱ1 ", "ア1"),
        // Invisible characters dropped, other Unicode spaces trimmed as spaces.
        ("a\u{AD}b", "AB"), ("\u{200E}ab\u{200F}", "AB"), ("\u{202A}ab", "AB"), ("葛\u{E0100}1", "葛1"), ("ab\u{FE0F}", "AB"),
        ("ab\u{2003}", "AB"), ("\u{202F}ab", "AB"), ("\u{1680}ab\u{205F}", "AB"),
    ])
    func twoSpellingsOfOneID(written: String, compared: String) {
        #expect(Array(SchoolRecordLabels.normalizedID(written).unicodeScalars) == Array(compared.unicodeScalars))
    }

    /// What the byte rule copies as it is, U+3001–U+9FFF but the two combining marks, NFC
    /// leaves as it is, one character at a time and after every kana (a mark joins only them).
    @Test func kanaAndKanjiAreComposedOnTheirOwn() {
        for value in 0x3001...0x9FFF where value != 0x3099 && value != 0x309A {
            let text = String(Unicode.Scalar(UInt32(value))!)
            #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars), "U+\(String(value, radix: 16))")
        }
    }

    @Test func agreesWithTheStringRuleOnRandomIDs() {
        // Seeded ids built from pieces of every kind; wherever the byte rule answers, it says
        // what the String rule says.
        let pieces = ["a", "Z", "7", "0", "-", "_", ".", " ", "Ａ", "ｚ", "１", "－", "\u{3000}", "\u{A0}", "\u{200B}", "\u{FEFF}",
                      "北", "校", "ｶ", "ﾞ", "'", "=", "\"", "é", "\t", "’", "〜", "＿", "か", "\u{3099}", "ア", "ﾟ"]
        var rng = SplitMix64(state: 2026)
        var answered = 0
        for _ in 0..<30_000 {
            let id = (0..<rng.int(1...10)).map { _ in rng.pick(pieces) }.joined()
            guard let fast = bytes(id) else { continue }
            answered += 1
            let slow = SchoolRecordLabels.normalizedID(id)
            // An id that is empty once trimmed is the slow path's to report.
            if fast.isEmpty { #expect(slow.isEmpty, "\(id.debugDescription)"); continue }
            #expect(fast == Array(slow.utf8), "\(id.debugDescription): \(String(decoding: fast, as: UTF8.self)) vs \(slow)")
        }
        #expect(answered > 5_000)
    }
}

/// The word-at-a-time id rule says what the byte rule says, byte by byte and id by id.
@Suite struct PlainIDWordTests {
    /// The rule written out: printable ASCII but the quote, the apostrophe and `=`.
    private func plain(_ b: UInt8) -> Bool { b >= 0x20 && b <= 0x7E && b != 0x22 && b != 0x27 && b != 0x3D }

    @Test func everyByteInEveryLane() {
        for lane in 0..<8 {
            for b in 0...255 {
                var bytes = [UInt8](repeating: UInt8(ascii: "K"), count: 8)
                bytes[lane] = UInt8(b)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                let lanes = SchoolRecordWorker.plainIDLowerCase(word)
                if !plain(UInt8(b)) { #expect(lanes == nil, "byte \(b) in lane \(lane)"); continue }
                let lower = b >= 0x61 && b <= 0x7A
                #expect(lanes == (lower ? UInt64(0x80) << UInt64(8 * lane) : 0), "byte \(b) in lane \(lane)")
            }
        }
        // Every lane lower case at once: all eight upper-cased by one subtraction.
        let word = Array("abcxyzmq".utf8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        let lanes = SchoolRecordWorker.plainIDLowerCase(word)!
        let upper = withUnsafeBytes(of: word &- lanes &>> 2) { Array($0) }
        #expect(upper == Array("ABCXYZMQ".utf8))
    }

    @Test func idsOfEveryLengthAsTheStringRuleHasThem() throws {
        let columns = SchoolRecordColumns(resolving: ["year", "school_id", "cs"])
        let worker = SchoolRecordWorker(columns: columns, delimiter: UInt8(ascii: ","), encoding: .utf8, keys: [.year], skipInvalid: false)
        let plain = ["a", "z", "Q", "7", "-", "_", " ", ".", "/", "~", "{", "`", "@", "["], refusedPieces = ["'", "=", "\"", "\t", "é"]
        var rng = SplitMix64(state: 310)
        var answered = 0
        for _ in 0..<20_000 {
            // Lengths 1–70 (the scratch holds 64); one piece in 100 one the byte rule refuses.
            let id = (0..<rng.int(1...70)).map { _ in rng.int(1...100) == 1 ? rng.pick(refusedPieces) : rng.pick(plain) }.joined()
            // One byte past the id, as in a record (the delimiter).
            let bytes = Array(id.utf8) + [UInt8(ascii: ",")]
            let fast: [UInt8]? = bytes.withUnsafeBufferPointer { b in
                worker.asciiID(b.baseAddress!, b.count - 1).map { Array(UnsafeBufferPointer(start: $0.bytes, count: $0.count)) }
            }
            let refused = id.unicodeScalars.contains { $0 == "'" || $0 == "=" || $0 == "\"" || $0 == "\t" || $0 == "é" }
            let trimmed = id.trimmingCharacters(in: .init(charactersIn: " "))
            if refused || trimmed.isEmpty || trimmed.utf8.count > 64 { #expect(fast == nil, "\(id.debugDescription)"); continue }
            answered += 1
            #expect(fast == Array(trimmed.uppercased().utf8), "\(id.debugDescription)")
        }
        #expect(answered > 5_000)
    }
}

/// A group's counts kept by flag combination give each measure.
@Suite struct GroupTableTests {
    @Test func measuresFromCombinations() {
        var table = GroupTable()
        let a = GroupKey(year: 2021, prefecture: 13, schoolType: 1, municipality: 0)
        let b = GroupKey(year: 9999, prefecture: 47, schoolType: 6, municipality: 7)  // hashed, not direct
        // Group a: (cs, hq, similar) = 110, 110, 100, 010, 001, 000: schools 6, cs 3, hq 3, both 2, similar 1.
        for (cs, hq, similar) in [(true, true, false), (true, true, false), (true, false, false), (false, true, false),
                                  (false, false, true), (false, false, false)] {
            table.add(a, cs: cs, hq: hq, similar: similar)
        }
        table.add(b, cs: false, hq: true, similar: true)
        #expect(table.keys == [a, b])
        #expect(GroupMeasure.allCases.map { table[0, $0] } == [6, 3, 3, 2, 1])
        #expect(GroupMeasure.allCases.map { table[1, $0] } == [1, 0, 1, 0, 1])
        #expect(FlagCombination(cs: true, hq: false, similar: true).rawValue == 5)
        #expect(FlagCombination(rawValue: 3).counts(.both) && !FlagCombination(rawValue: 5).counts(.both))
    }
}

/// What a message shows of a cell: no control character, not without end.
@Suite struct ShownTextTests {
    @Test func controlCharactersAreWrittenOut() {
        #expect(LabelText.shown("A\u{1B}]0;x\u{7}B") == "A\\u{1B}]0;x\\u{7}B")
        #expect(LabelText.shown("北区\u{2028}") == "北区\\u{2028}")
        #expect(LabelText.shown("学校\t1") == "学校\\u{9}1")
        #expect(LabelText.shown("ＡＢ１") == "ＡＢ１")
    }

    @Test func longTextIsCut() {
        #expect(LabelText.shown(String(repeating: "x", count: 300)) == String(repeating: "x", count: 200) + "…")
        #expect(LabelText.shown("abc", limit: 2) == "ab…")
        #expect(LabelText.shown("ab", limit: 2) == "ab")
    }
}

/// The code's type from its first two characters, against the table written out.
@Suite struct CodeSchoolTypeTests {
    @Test func everyPairOfBytes() {
        let named: [String: SchoolType] = ["A1": .kindergarten, "B1": .elementary, "C1": .lowerSecondary, "C2": .compulsory,
                                           "D1": .upperSecondary, "D2": .secondary, "E1": .specialNeeds]
        for first in 0...255 {
            for second in 0...255 {
                let pair = String(decoding: [UInt8(first), UInt8(second)], as: UTF8.self)
                let expected: Int32 = if let type = named[pair] { Int32(type.rawValue) }
                    else if first == 0x46 || pair == "A2" { -2 } else { -1 }
                #expect(SchoolRecordWorker.codeSchoolType(UInt8(first), UInt8(second)) == expected, "\(first) \(second)")
            }
        }
    }

    @Test func mextCodesAreTheGeneralRulesCodes() {
        // The 学校コード path and the general one give one key for every shape of 13 bytes.
        var rng = SplitMix64(state: 13)
        let alphabet = Array("ABCDEFGHIJZ0123456789".utf8)
        for _ in 0..<20_000 {
            let id = (0..<13).map { k in k == 0 || rng.int(1...10) == 1 ? rng.pick(alphabet) : UInt8(ascii: "0") + UInt8(rng.int(0...9)) }
            let year = rng.int(0...9999)
            let viaMext = id.withUnsafeBufferPointer { SchoolIDKey.mextCode(year: year, $0.baseAddress!) }
            let letter = id[0] &- UInt8(ascii: "A")
            let digits = id.dropFirst().allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
            if letter < 8 && digits {
                // Worked out from the layout: mextStart + letter × 10¹² + the twelve digits' value.
                let value = UInt64(String(decoding: id.dropFirst(), as: UTF8.self))!
                #expect(viaMext == UInt64(year) << 50 | (1_111_111_111_111_110 + UInt64(letter) * 1_000_000_000_000 + value))
            } else {
                #expect(viaMext == nil)
            }
        }
    }
}

/// A year column's four digits read as one word, against the years written out.
@Suite struct FourDigitYearTests {
    @Test(arguments: [
        ("2021", Int32(2021)), ("1926", 1926), ("9999", 9999), ("1925", -1), ("0000", -1),
        ("20a1", -1), ("2/21", -1), ("202:", -1), (" 202", -1), ("２０２", -1), ("R3年", -1),
    ])
    func readsFourDigits(text: String, expected: Int32) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { SchoolRecordWorker.fourDigits($0.baseAddress!) } == expected)
    }
}

/// Short and long spellings side by side, through the tables' growth: each resolved once, each
/// found again with its own value.
@Suite struct ByteInternerTests {
    @Test func shortAndLongKeysKeepTheirValues() {
        final class Calls: @unchecked Sendable { var count = 0 }
        let calls = Calls()
        // Keys of 0…40 bytes ("k7", "k7-xxxxx…"), the value each resolves to is its number.
        let keys: [[UInt8]] = (0..<300).map { i in
            let length = i % 41
            let stem = Array("k\(i)-".utf8)
            return Array((stem + Array(repeating: UInt8(ascii: "x"), count: 40)).prefix(max(length, 0)))
        }
        var distinct: [[UInt8]: Int32] = [:]
        for key in keys where distinct[key] == nil { distinct[key] = Int32(distinct.count) }
        var interner = ByteInterner(resolve: { bytes in
            calls.count += 1
            return distinct[Array(bytes)]!
        })
        for _ in 0..<3 {
            for key in keys.reversed() {
                let value = key.withUnsafeBufferPointer { interner.value($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
                #expect(value == distinct[key], "\(String(decoding: key, as: UTF8.self))")
            }
        }
        #expect(calls.count == distinct.count)
        #expect(interner.count == distinct.count)
    }
}

/// Columns a school-level file has beyond its roles: named one by one up to five, then in one note.
@Suite struct UnusedColumnNoteTests {
    @Test func manyColumnsNotSchoolLevelMakeOneNote() {
        let few = (0..<5).map { (index: 8 + $0, header: "c\($0)", reason: "not a school-level column") }
        #expect(SchoolAggregator.unusedColumnNotes(few) == (0..<5).map { "column \(9 + $0) 'c\($0)': not a school-level column; not used" })
        let many = (0..<300).map { (index: 8 + $0, header: "c\($0)", reason: "not a school-level column") }
            + [(index: 400, header: "学校番号", reason: "'学校コード' (column 5) names the same role better")]
        #expect(SchoolAggregator.unusedColumnNotes(many) == [
            "column 401 '学校番号': '学校コード' (column 5) names the same role better; not used",
            "300 columns are not school-level columns; not used (columns 9 'c0', 10 'c1', 11 'c2', 12 'c3', 13 'c4', …)",
        ])
    }
}
