/// The byte scanning both CSV readers share: ``CSVReader`` (every published table, `view`) and
/// the school-level worker of `aggregate`.
///
/// The bytes that matter in a record are the delimiter, the quote, CR and LF; everything else,
/// in UTF-8 and in Shift_JIS alike (whose second bytes are never one of them for `,`, tab or
/// `;`), is a field's content. Both readers find them eight bytes at a time with these
/// functions, and both report a broken quote, a short record or a byte that is not text with
/// the same ``ReadError`` cases (their words are in one place, `ReadError.message`), so a
/// message reads the same whichever reader met the problem.
enum ByteScan {
    /// A delimiter and its patterns, worked out once per reader.
    struct Delimiter {
        let byte: UInt8
        let pattern: UInt64
        /// For a delimiter below `-` (comma, tab): every special byte is below 0x2D, so one
        /// comparison finds a candidate (a space or `!` is a false one, stepped over).
        let below: UInt64

        init(_ byte: UInt8) {
            self.byte = byte
            pattern = SWAR.broadcast(byte)
            below = byte < 0x2D ? SWAR.broadcast(max(byte, UInt8(ascii: "\"")) + 1) : 0
        }

        /// Whether a byte ends an unquoted field's content (delimiter, quote, CR, LF).
        @inline(__always)
        func isSpecial(_ b: UInt8) -> Bool {
            b == byte || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\r") || b == UInt8(ascii: "\n")
        }
    }

    /// Lanes of a word holding a delimiter, quote, CR or LF: the lowest marked lane is exact.
    @inline(__always)
    static func specials(_ word: UInt64, _ d: Delimiter) -> UInt64 {
        SWAR.matches(word, d.pattern) | SWAR.matches(word, SWAR.quote) | SWAR.matches(word, SWAR.carriageReturn)
            | SWAR.matches(word, SWAR.lineFeed)
    }

    /// Lanes of a word equal to a pattern's byte, every lane exactly (bit 7 of each lane): for
    /// splitting a whole record at every delimiter at once.
    @inline(__always)
    static func lanes(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
        let x = word ^ pattern
        return ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & 0x8080_8080_8080_8080
    }

    /// Lanes of a word holding a byte below `limit` (at most 0x80), every lane exactly.
    @inline(__always)
    static func lanes(_ word: UInt64, below limit: UInt8) -> UInt64 {
        ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ SWAR.broadcast(0x80 &- limit)) | word) & 0x8080_8080_8080_8080
    }

    /// Lanes that may hold a delimiter, quote, CR or LF: exactly those for a delimiter of `;`
    /// or `|`; for a comma or a tab every byte below `-`, a few more (space, `!`, `#`…) to be
    /// looked at one by one, for a quarter of the work.
    @inline(__always)
    static func candidates(_ word: UInt64, _ d: Delimiter) -> UInt64 {
        if d.below != 0 { return lanes(word, below: 0x2D) }
        return lanes(word, d.pattern) | lanes(word, SWAR.lineFeed) | lanes(word, SWAR.quote) | lanes(word, SWAR.carriageReturn)
    }

    /// Lanes of a word holding a quote, CR or LF (what ends a run inside quotes).
    @inline(__always)
    static func quotedSpecials(_ word: UInt64) -> UInt64 {
        SWAR.matches(word, SWAR.quote) | SWAR.matches(word, SWAR.carriageReturn) | SWAR.matches(word, SWAR.lineFeed)
    }

    /// The index of the first delimiter, quote, CR or LF in `buffer[i..<n]`, or `n`.
    @inline(__always)
    static func unquotedEnd(_ buffer: UnsafePointer<UInt8>, from start: Int, to n: Int, _ d: Delimiter) -> Int {
        var i = start
        while i &+ 8 <= n {
            let word = UnsafeRawPointer(buffer + i).loadUnaligned(as: UInt64.self)
            if d.below != 0 {
                let found = SWAR.below(word, d.below)
                if found == 0 { i &+= 8; continue }
                let shift = found.trailingZeroBitCount & ~7
                i &+= shift &>> 3
                // The byte is in the word already: no second load on the critical path.
                if d.isSpecial(UInt8(truncatingIfNeeded: word &>> UInt64(shift))) { return i }
                i &+= 1
                continue
            }
            let found = specials(word, d)
            if found != 0 { return i &+ found.trailingZeroBitCount &>> 3 }
            i &+= 8
        }
        while i < n, !d.isSpecial(buffer[i]) { i += 1 }
        return i
    }

    /// The index of the first quote, CR or LF in `buffer[i..<n]`, or `n`.
    @inline(__always)
    static func quotedEnd(_ buffer: UnsafePointer<UInt8>, from start: Int, to n: Int) -> Int {
        var i = start
        while i &+ 8 <= n {
            let found = quotedSpecials(UnsafeRawPointer(buffer + i).loadUnaligned(as: UInt64.self))
            if found != 0 { return i &+ found.trailingZeroBitCount &>> 3 }
            i &+= 8
        }
        while i < n, buffer[i] != UInt8(ascii: "\""), buffer[i] != UInt8(ascii: "\r"), buffer[i] != UInt8(ascii: "\n") { i += 1 }
        return i
    }

    /// How many characters `bytes[0..<n]` holds: UTF-8 continuation bytes and Shift_JIS
    /// second bytes are not characters of their own. For columns in messages.
    static func characters(_ bytes: UnsafePointer<UInt8>, _ n: Int, shiftJIS: Bool) -> Int {
        var count = 0, i = 0
        while i < n {
            let b = bytes[i]
            if shiftJIS {
                i += (b &- 0x81 <= 0x1E || b &- 0xE0 <= 0x1C) ? 2 : 1
                count += 1
            } else {
                if b & 0xC0 != 0x80 { count += 1 }
                i += 1
            }
        }
        return count
    }
}

/// Finding special bytes eight at a time in a 64-bit word ("SIMD within a register").
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080
    static let quote = broadcast(UInt8(ascii: "\""))
    static let carriageReturn = broadcast(UInt8(ascii: "\r"))
    static let lineFeed = broadcast(UInt8(ascii: "\n"))

    /// The byte repeated in all eight lanes.
    @inline(__always)
    static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* ones }

    /// A word whose lowest set high bit marks the first lane below the pattern's byte (an ASCII
    /// byte; lanes of 0x80 and above never match; only the lowest mark is exact).
    @inline(__always)
    static func below(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
        (word &- pattern) & ~word & highs
    }

    /// A word whose lowest set high bit marks the first lane equal to the pattern's byte
    /// (lanes above the first match may be marked falsely; only the lowest is used).
    @inline(__always)
    static func matches(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
        let x = word ^ pattern
        return (x &- ones) & ~x & highs
    }
}
