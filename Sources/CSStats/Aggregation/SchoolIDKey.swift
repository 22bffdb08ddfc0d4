/// A school id and its survey year as the 64-bit number the duplicate check keeps.
///
/// Layout, from bit 63 down:
///
/// | bits | field |
/// |---|---|
/// | 63–50 | year: 0 when the file has no year column, else the Gregorian year (up to 9999) |
/// | 49–0 | the id's code (below) |
///
/// The id is taken as compared: trimmed and upper-cased, ASCII letters and digits. Four shapes
/// have an exact code, each a range of its own, so two different ids never share one:
///
/// 1. 1–15 digits, leading zeros kept ("7", "07" and "007" differ): digit strings ranked by
///    length, then value. 1,111,111,111,111,110 codes.
/// 2. A letter A–H and exactly twelve digits, MEXT's 学校コード: 8 × 10¹² codes.
/// 3. A letter A–Z and 1–11 digits ("S21000001"): 26 × 111,111,111,110 codes.
/// 4. Two letters A–Z and 1–9 digits ("TK123"): 676 × 1,111,111,110 codes.
///
/// They end at 1,122,751,111,110,330, under 2⁵⁰. Any other id (longer numbers, text, hashed
/// ids, punctuation) has no exact code: its key is a 64-bit hash of year and id (never
/// `UInt64.max`, which marks an empty slot), and keys that agree are confirmed against the ids'
/// bytes before a duplicate is reported (``SchoolAggregator``). Exact keys never collide with
/// each other, and with a hashed key only by chance (about 1 in 10⁶ files of ten million ids).
enum SchoolIDKey {
    static let codeBits = 50

    /// How many digit strings of 1…`k` digits there are (k ≤ 15): (10^(k+1) − 10) / 9, that is
    /// k ones followed by a zero (a table: this is in every record's path).
    @inline(__always)
    static func stringsUpTo(_ k: Int) -> UInt64 {
        switch k {
        case 0: 0
        case 1: 10
        case 2: 110
        case 3: 1_110
        case 4: 11_110
        case 5: 111_110
        case 6: 1_111_110
        case 7: 11_111_110
        case 8: 111_111_110
        case 9: 1_111_111_110
        case 10: 11_111_111_110
        case 11: 111_111_111_110
        case 12: 1_111_111_111_110
        case 13: 11_111_111_111_110
        case 14: 111_111_111_111_110
        default: 1_111_111_111_111_110
        }
    }
    private static let ten12: UInt64 = 1_000_000_000_000
    /// Where each range starts, and where the last ends (literals, checked by the tests).
    static let mextStart: UInt64 = 1_111_111_111_111_110
    static let letterStart: UInt64 = 1_119_111_111_111_110
    static let twoLetterStart: UInt64 = 1_121_999_999_999_970
    static let end: UInt64 = 1_122_751_111_110_330

    /// The exact code of a 学校コード as compared (a letter A–H and twelve digits: thirteen
    /// bytes at `s`) in a year 0…9999, or `nil` for thirteen bytes of another shape. The
    /// commonest real id, read in two words.
    @inline(__always)
    static func mextCode(year: Int, _ s: UnsafePointer<UInt8>) -> UInt64? {
        let letter = s[0] &- UInt8(ascii: "A")
        guard letter < 8, let value = digitValue(s + 1, 12) else { return nil }
        return UInt64(year) << UInt64(codeBits) | (mextStart + UInt64(letter) * ten12 + value)
    }

    /// The exact code (year and id) of an id as compared, if it has one.
    @inline(__always)
    static func code(year: Int, _ s: UnsafePointer<UInt8>, _ count: Int) -> UInt64? {
        guard count >= 1, count <= 15, year >= 0, year <= 9999 else { return nil }
        // A letter A–H and twelve digits, a 学校コード: mextCode's rule, where it is called.
        if count == 13, let code = mextCode(year: year, s) { return code }
        return otherCode(year: year, s, count)
    }

    /// ``code(year:_:_:)`` for the shapes other than a 学校コード (1–15 bytes, a year 0…9999).
    @inline(never)
    private static func otherCode(year: Int, _ s: UnsafePointer<UInt8>, _ count: Int) -> UInt64? {
        var letters = 0
        while letters < 2, letters < count, s[letters] &- UInt8(ascii: "A") < 26 { letters += 1 }
        let digits = count - letters
        guard digits >= 1, let value = digitValue(s + letters, digits) else { return nil }
        let id: UInt64
        switch letters {
        case 0:
            id = stringsUpTo(digits - 1) + value
        case 1 where digits <= 11:
            id = letterStart + UInt64(s[0] - UInt8(ascii: "A")) * stringsUpTo(11) + stringsUpTo(digits - 1) + value
        case 2 where digits <= 9:
            let pair = UInt64(s[0] - UInt8(ascii: "A")) * 26 + UInt64(s[1] - UInt8(ascii: "A"))
            id = twoLetterStart + pair * stringsUpTo(9) + stringsUpTo(digits - 1) + value
        default:
            return nil
        }
        return UInt64(year) << UInt64(codeBits) | id
    }

    /// The value of up to fifteen ASCII digits, or `nil` if a byte is not a digit.
    @inline(__always)
    static func digitValue(_ s: UnsafePointer<UInt8>, _ count: Int) -> UInt64? {
        if count >= 8 {
            guard let first = eightDigits(UnsafeRawPointer(s).loadUnaligned(as: UInt64.self)) else { return nil }
            let rest = count &- 8
            if rest == 0 { return first }
            // The last `rest` digits: the word ending at the last byte, whose last `rest` lanes
            // they are; its lanes before them (which overlap the first eight) read as '0'.
            let last = UnsafeRawPointer(s + (count &- 8)).loadUnaligned(as: UInt64.self)
            let before = (UInt64(1) << UInt64(8 &* (8 &- rest))) &- 1
            guard let tail = eightDigits(last & ~before | 0x3030_3030_3030_3030 & before) else { return nil }
            return first &* powerOfTen(rest) &+ tail
        }
        var i = 0
        var value: UInt64 = 0
        while i < count {
            let d = s[i] &- UInt8(ascii: "0")
            if d > 9 { return nil }
            value = value &* 10 &+ UInt64(d)
            i += 1
        }
        return value
    }

    /// 10 to the power `k`, 0…7.
    @inline(__always)
    static func powerOfTen(_ k: Int) -> UInt64 {
        switch k {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1_000
        case 4: 10_000
        case 5: 100_000
        case 6: 1_000_000
        default: 10_000_000
        }
    }

    /// The value of eight ASCII digits in a little-endian word, or `nil` if any byte is not a digit.
    @inline(__always)
    static func eightDigits(_ word: UInt64) -> UInt64? {
        // Every byte must be 0x30…0x39: high nibble 3, and adding 6 must not carry out of it.
        guard word & 0xF0F0_F0F0_F0F0_F0F0 == 0x3030_3030_3030_3030,
              (word &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0 == 0x3030_3030_3030_3030 else { return nil }
        var v = word & 0x0F0F_0F0F_0F0F_0F0F
        v = (v &* 10 &+ (v >> 8)) & 0x00FF_00FF_00FF_00FF   // pairs
        v = (v &* 100 &+ (v >> 16)) & 0x0000_FFFF_0000_FFFF  // quads
        return (v &* 10000 &+ (v >> 32)) & 0xFFFF_FFFF
    }

    /// The key of an id as compared (trimmed, upper-cased) in a year (0: none).
    @inline(__always)
    static func key(year: Int, _ s: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        if let code = code(year: year, s, count) { return code }
        // MurmurHash3's finaliser over the bytes' hash and the year.
        var h = ByteInterner.hash(s, count) ^ (UInt64(truncatingIfNeeded: year) &* 0x9E37_79B9_7F4A_7C15)
        h = (h ^ (h >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        h = (h ^ (h >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h == .max ? h - 1 : h
    }

    /// The id and year of an exact code, as written (for tests and messages).
    static func decode(_ code: UInt64) -> (year: Int, id: String)? {
        let year = Int(code >> UInt64(codeBits))
        var id = code & ((1 << UInt64(codeBits)) - 1)
        func digits(_ rank: UInt64, upTo k: Int) -> String {
            // The rank among digit strings of 1…k digits: find the length, then the value.
            for length in 1...k where rank < stringsUpTo(length) {
                let value = String(rank - stringsUpTo(length - 1))
                return String(repeating: "0", count: length - value.count) + value
            }
            return ""
        }
        func letter(_ i: UInt64) -> String { String(UnicodeScalar(UInt8(ascii: "A") + UInt8(i))) }
        if id < mextStart { return (year, digits(id, upTo: 15)) }
        if id < letterStart {
            id -= mextStart
            let value = String(id % ten12)
            return (year, letter(id / ten12) + String(repeating: "0", count: 12 - value.count) + value)
        }
        if id < twoLetterStart {
            id -= letterStart
            return (year, letter(id / stringsUpTo(11)) + digits(id % stringsUpTo(11), upTo: 11))
        }
        guard id < end else { return nil }
        id -= twoLetterStart
        let pair = id / stringsUpTo(9)
        return (year, letter(pair / 26) + letter(pair % 26) + digits(id % stringsUpTo(9), upTo: 9))
    }
}

/// A group of `aggregate` as one 64-bit number.
///
/// | bits | field |
/// |---|---|
/// | 63–50 | year (Gregorian, 0 when not grouped by year; up to 9999) |
/// | 49–44 | prefecture code (1–47, 0 when not grouped) |
/// | 43–40 | school type + 1 (0 when not grouped) |
/// | 31–0 | the worker's municipality number (0 when not grouped) |
struct GroupKey: Hashable {
    let value: UInt64

    @inline(__always)
    init(year: Int, prefecture: Int, schoolType: Int?, municipality: UInt32) {
        assert(year >= 0 && year < 1 << 14 && prefecture >= 0 && prefecture < 64 && (schoolType ?? 0) < 15)
        value = UInt64(year) << 50 | UInt64(prefecture) << 44 | UInt64((schoolType ?? -1) + 1) << 40 | UInt64(municipality)
    }

    init(value: UInt64) { self.value = value }

    var year: Int { Int(value >> 50) }
    var prefecture: Int { Int((value >> 44) & 0x3F) }
    var schoolType: Int? { let t = Int((value >> 40) & 0xF); return t == 0 ? nil : t - 1 }
    var municipality: UInt32 { UInt32(truncatingIfNeeded: value) }

    /// Year field (0 none, 1–31 for 2004–2034) 5 bits | prefecture 6 | school type + 1 3: the
    /// place of a group without a municipality in a direct table, or `nil`.
    @inline(__always)
    var directIndex: Int? {
        guard UInt32(truncatingIfNeeded: value) == 0, value >> 40 & 0xF < 8 else { return nil }
        let year = Int(value >> 50)
        let field = year == 0 ? 0 : year - SchoolRecordLabels.firstSurveyYear + 1
        guard field >= 0, field < 32 else { return nil }
        return field << 9 | Int(value >> 44 & 0x3F) << 3 | Int(value >> 40 & 0x7)
    }

    static let directCount = 1 << 14
}

/// What ``GroupTable`` counts for each group, in the order of its counts.
enum GroupMeasure: Int, CaseIterable {
    case schools, cs, hq, both, similar

    /// How many there are (`allCases.count` builds an array: not in the loop).
    static let count = similar.rawValue + 1
}
