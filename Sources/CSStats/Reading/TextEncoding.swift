import Foundation

/// The text encodings survey files come in.
///
/// Ministry and e-Stat files are UTF-8 (often with a byte-order mark) or Shift_JIS as saved by
/// Excel on Windows, which is really Microsoft's CP932: it adds NEC and IBM extensions such as
/// ① (87 40) and 髙 (FB FC). Foundation's `.shiftJIS` on Linux decodes CP932.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case shiftJIS = "shift_jis"
    /// UTF-16 with a byte-order mark: Excel's "Unicode テキスト" save (tab separated).
    case utf16 = "utf-16"

    /// The name used in messages.
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .shiftJIS: "Shift_JIS (CP932)"
        case .utf16: "UTF-16 (with byte-order mark)"
        }
    }

    /// Parses a name given with `--encoding`: `utf-8`, `utf8`, `shift_jis`, `sjis`, `cp932`, `windows-31j`.
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "shift-jis", "shiftjis", "sjis", "cp932", "ms932", "windows-31j": self = .shiftJIS
        default: return nil
        }
    }
}

/// Input decoded to UTF-8, once, before parsing.
///
/// Decoding the whole input at once is several times faster than decoding field by field, and
/// lets the CSV parser work on UTF-8 bytes only.
public struct DecodedInput: Sendable {
    /// The text as UTF-8 bytes, without a byte-order mark.
    public var utf8: [UInt8]
    /// The encoding the input was in.
    public var encoding: TextEncoding
    /// Whether the input began with a UTF-8 byte-order mark.
    public var hadByteOrderMark: Bool
    /// Whether the bytes, detected as UTF-8, are valid Shift_JIS too and hold no Japanese as
    /// UTF-8 (`CF BD` is Ͻ in UTF-8 and ﾏｽ in Shift_JIS): the reading is a guess to be said.
    public var couldBeShiftJIS = false

    /// Decodes raw bytes.
    ///
    /// - Parameters:
    ///   - bytes: the input as read.
    ///   - encoding: the encoding to use, or `nil` to detect it: UTF-8 when the bytes are valid
    ///     UTF-8 (with or without a byte-order mark), else Shift_JIS when they are valid CP932.
    ///   - file: the file name, for error positions.
    /// - Throws: `ReadError.invalidEncoding` at the first byte that is invalid in the chosen
    ///   encoding (for detection, in UTF-8 unless the input is valid CP932).
    /// - Complexity: O(*n*) in the input's size.
    public init(bytes: [UInt8], encoding: TextEncoding?, file: String?) throws(ReadError) {
        // UTF-16 is told by its byte-order mark alone (Excel always writes one).
        if encoding == nil || encoding == .utf16, bytes.count >= 2,
           (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            guard bytes.count % 2 == 0, let text = String(data: Data(bytes), encoding: .utf16) else {
                throw ReadError.invalidEncoding(SourcePosition(file: file, line: 1), encoding: .utf16, byteOffset: bytes.count - 1, bytes: [bytes[bytes.count - 1]])
            }
            self.init(utf8: Array(text.utf8), encoding: .utf16, hadByteOrderMark: true)
            return
        }
        // A NUL byte is in no table: the file is binary (or UTF-16 without its byte-order mark).
        if let nul = bytes.firstIndex(of: 0) {
            let line = DecodedInput.line(in: bytes, at: nul)
            throw ReadError.header(SourcePosition(file: file, line: line), message:
                "a NUL byte at byte offset \(nul): not a text file (a binary file such as a workbook or an archive, or UTF-16 without its byte-order mark); save the table as CSV or TSV")
        }
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        if encoding != .shiftJIS {
            let body = hasBOM ? Array(bytes[3...]) : bytes
            let invalid = UTF8Validation.firstInvalidOffset(in: body)
            if invalid == nil {
                self.init(utf8: body, encoding: .utf8, hadByteOrderMark: hasBOM)
                // Japanese in UTF-8 is three bytes a character (leads E0–EF): such text is not
                // ambiguous, and the scan stops at its first character.
                couldBeShiftJIS = encoding == nil && !hasBOM && !body.contains { $0 & 0xF0 == 0xE0 }
                    && body.contains { $0 >= 0x80 } && ShiftJISValidation.firstInvalidOffset(in: body) == nil
                return
            }
            let shiftJISInvalid = encoding == .utf8 || hasBOM ? nil : ShiftJISValidation.firstInvalidOffset(in: bytes)
            if encoding == .utf8 || hasBOM || shiftJISInvalid != nil {
                let offset = invalid! + (hasBOM ? 3 : 0)
                // Neither reads the whole file: the error is said in the encoding that read
                // further (a Shift_JIS file with one bad byte is not said to be bad UTF-8 at 0).
                if let shiftJISInvalid, shiftJISInvalid > offset {
                    throw DecodedInput.encodingError(in: bytes, at: shiftJISInvalid, encoding: .shiftJIS, file: file)
                }
                throw DecodedInput.encodingError(in: bytes, at: offset, encoding: .utf8, file: file)
            }
        } else if let invalid = ShiftJISValidation.firstInvalidOffset(in: bytes) {
            throw DecodedInput.encodingError(in: bytes, at: invalid, encoding: .shiftJIS, file: file)
        }
        guard let text = String(data: Data(bytes), encoding: .shiftJIS) else {
            // Structurally valid, but a code point Foundation has no mapping for.
            let offset = ShiftJISValidation.firstUnmappableOffset(in: bytes) ?? 0
            throw DecodedInput.encodingError(in: bytes, at: offset, encoding: .shiftJIS, file: file)
        }
        self.init(utf8: Array(text.utf8), encoding: .shiftJIS, hadByteOrderMark: false)
    }

    /// Wraps text that is already UTF-8.
    public init(utf8: [UInt8], encoding: TextEncoding = .utf8, hadByteOrderMark: Bool = false) {
        self.utf8 = utf8
        self.encoding = encoding
        self.hadByteOrderMark = hadByteOrderMark
    }

    /// The line of a byte: line breaks are ASCII in both encodings, so counting them in the raw
    /// bytes is exact.
    static func line(in bytes: [UInt8], at offset: Int) -> Int {
        var line = 1
        var index = 0
        while index < offset {
            if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
            }
            index += 1
        }
        return line
    }

    private static func encodingError(
        in bytes: [UInt8], at offset: Int, encoding: TextEncoding, file: String?
    ) -> ReadError {
        let line = Self.line(in: bytes, at: offset)
        let shown = Array(bytes[offset..<min(bytes.count, offset + 2)])
        return .invalidEncoding(
            SourcePosition(file: file, line: line), encoding: encoding, byteOffset: offset, bytes: shown)
    }
}

/// Finds the first invalid byte of UTF-8 text.
enum UTF8Validation {
    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or
    /// `nil` when all of `bytes` is valid UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
    ///
    /// - Complexity: O(*n*), eight ASCII bytes per step.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            let result = validate(buffer)
            return result.invalidAt ?? (result.incompleteTail > 0 ? buffer.count - result.incompleteTail : nil)
        }
    }

    /// Validates a buffer that may end inside a sequence.
    ///
    /// - Returns: the offset of the first invalid byte, if any; else how many bytes at the end
    ///   start a sequence the buffer cuts short (0 to 3), to be completed by what follows.
    static func validate(_ buffer: UnsafeBufferPointer<UInt8>) -> (invalidAt: Int?, incompleteTail: Int) {
        guard let base = buffer.baseAddress else { return (nil, 0) }
        let count = buffer.count
        var i = 0
        while i < count {
            // ASCII: eight bytes at a time, then byte by byte up to the next non-ASCII byte.
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            while i < count, base[i] < 0x80 { i += 1 }
            // Kana and most kanji come in runs of three-byte sequences with an E1–EC lead: two at
            // a time from one eight-byte load (continuation bits by mask, the two leads by range),
            // then one at a time.
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                guard word & 0x0000_C0C0_00C0_C000 == 0x0000_8080_0080_8000,
                      UInt8(truncatingIfNeeded: word) &- 0xE1 < 0x0C,
                      UInt8(truncatingIfNeeded: word &>> 24) &- 0xE1 < 0x0C else { break }
                i += 6
            }
            while i + 3 <= count, base[i] &- 0xE1 < 0x0C, base[i + 1] & 0xC0 == 0x80, base[i + 2] & 0xC0 == 0x80 {
                i += 3
            }
            if i >= count { break }
            let b0 = base[i]
            if b0 < 0x80 { continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return (i, 0)
            }
            // What is there must be right; a sequence cut by the end is left to the next buffer.
            var k = 1
            while k < length, i + k < count {
                let b = base[i + k]
                if k == 1 ? (b < lower || b > upper) : (b & 0xC0 != 0x80) { return (i, 0) }
                k += 1
            }
            if i + length > count { return (nil, count - i) }
            i += length
        }
        return (nil, 0)
    }
}

/// A source that checks, chunk by chunk, that the bytes passing through are valid UTF-8, and
/// drops a leading byte-order mark: streaming input needs no whole-file decode.
public final class UTF8ValidatingSource: ByteSource {
    private let inner: ByteSource
    private let file: String?
    private var carry: [UInt8] = []
    private var delivered = 0
    private var started = false

    /// Wraps a source of UTF-8 bytes.
    public init(_ inner: ByteSource, file: String?) {
        self.inner = inner
        self.file = file
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(ReadError) -> Int {
        var n = try inner.read(into: buffer)
        let bytes = buffer.bindMemory(to: UInt8.self)
        if !started, n > 0 {
            started = true
            // A byte-order mark may come split over reads: gather three bytes first.
            while n < 3, n < buffer.count {
                let more = try inner.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[n...]))
                if more == 0 { break }
                n += more
            }
            if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                n -= 3
                if n > 0 { UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: buffer.baseAddress! + 3, byteCount: n) }
                delivered += 3
                if n == 0 { return try read(into: buffer) }
            }
        }
        if n == 0 {
            if !carry.isEmpty { throw error(at: delivered - carry.count, carry) }
            return 0
        }
        var start = 0
        if !carry.isEmpty {
            // Complete the sequence the previous chunk cut, with this chunk's first bytes.
            let length = carry[0] >= 0xF0 ? 4 : carry[0] >= 0xE0 ? 3 : 2
            let take = min(length - carry.count, n)
            let joined = carry + Array(UnsafeBufferPointer(rebasing: bytes[..<take]))
            if joined.count < length {
                carry = joined
                delivered += n
                return n
            }
            if joined.withUnsafeBufferPointer(UTF8Validation.validate).invalidAt != nil {
                throw error(at: delivered - carry.count, joined)
            }
            start = take
            carry = []
        }
        let result = UTF8Validation.validate(UnsafeBufferPointer(rebasing: bytes[start..<n]))
        if let bad = result.invalidAt {
            throw error(at: delivered + start + bad, Array(bytes[(start + bad)..<min(n, start + bad + 2)]))
        }
        carry = Array(bytes[(n - result.incompleteTail)..<n])
        delivered += n
        return n
    }

    private func error(at offset: Int, _ shown: [UInt8]) -> ReadError {
        // The line is found by counting line breaks again, from the file, on this error path only.
        var line = 0
        if let file, let all = try? FileByteSource(path: file).readAll() {
            line = 1
            for i in 0..<min(offset, all.count) where all[i] == 0x0A || (all[i] == 0x0D && (i + 1 >= all.count || all[i + 1] != 0x0A)) {
                line += 1
            }
        }
        return .invalidEncoding(SourcePosition(file: file, line: line), encoding: .utf8, byteOffset: offset,
                                bytes: Array(shown.prefix(2)))
    }
}

/// Checks the byte structure of Shift_JIS (CP932) text.
enum ShiftJISValidation {
    static func isLead(_ b: UInt8) -> Bool { (0x81...0x9F).contains(b) || (0xE0...0xFC).contains(b) }
    static func isTrail(_ b: UInt8) -> Bool { (0x40...0x7E).contains(b) || (0x80...0xFC).contains(b) }

    /// The offset of the first byte that is neither a single-byte character (ASCII, half-width
    /// katakana A1–DF) nor the lead of a valid two-byte pair, or `nil` when the structure is valid.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset(in: $0) }
    }

    /// The same over memory (a school-level reader checks each record where it lies).
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 || (0xA1...0xDF).contains(b) {
                i += 1
            } else if isLead(b), i + 1 < bytes.count, isTrail(bytes[i + 1]) {
                i += 2
            } else {
                return i
            }
        }
        return nil
    }

    /// The first two-byte pair that Foundation cannot map, found pair by pair (slow; errors only).
    static func firstUnmappableOffset(in bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if isLead(b), i + 1 < bytes.count {
                if String(data: Data(bytes[i...i + 1]), encoding: .shiftJIS) == nil { return i }
                i += 2
            } else {
                i += 1
            }
        }
        return nil
    }
}

/// Shift_JIS (CP932) characters as Foundation decodes them, in two tables made once, the first
/// time a school id in Shift_JIS is more than ASCII: decoding such an id with a call into
/// Foundation cost about a microsecond a record (a 1M-row file of kana ids took 1.2 s).
enum ShiftJISTable {
    /// Each single byte's character (0 where none: a lead byte, or a byte Foundation leaves unmapped).
    static let single: [UInt16] = (0...255).map { b in
        guard b != 0, !ShiftJISValidation.isLead(UInt8(b)) else { return 0 }
        return scalar(of: [UInt8(b)])
    }

    /// Each two-byte pair's character at `leadIndex(lead) << 8 | trail` (0 where Foundation
    /// maps none). A lead's pairs are decoded in one call when they all map, else one by one.
    static let double: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 60 << 8)
        for lead in Array(0x81...0x9F) + Array(0xE0...0xFC) {
            let trails = (0x40...0xFC).filter { $0 != 0x7F }
            let row = trails.flatMap { [UInt8(lead), UInt8($0)] }
            let base = leadIndex(UInt8(lead)) << 8
            if let text = String(data: Data(row), encoding: .shiftJIS), text.unicodeScalars.count == trails.count,
               text.unicodeScalars.allSatisfy({ $0.value > 0 && $0.value <= 0xFFFF }) {
                for (trail, scalar) in zip(trails, text.unicodeScalars) { table[base | trail] = UInt16(scalar.value) }
            } else {
                for trail in trails { table[base | trail] = scalar(of: [UInt8(lead), UInt8(trail)]) }
            }
        }
        return table
    }()

    /// 0…28 for leads 81–9F, 29…57 for E0–FC (callers check `isLead` first).
    @inline(__always)
    static func leadIndex(_ lead: UInt8) -> Int {
        lead <= 0x9F ? Int(lead &- 0x81) : Int(lead &- 0xE0) &+ 31
    }

    /// The one BMP character Foundation decodes `bytes` to, or 0.
    private static func scalar(of bytes: [UInt8]) -> UInt16 {
        guard let text = String(data: Data(bytes), encoding: .shiftJIS), text.unicodeScalars.count == 1,
              let value = text.unicodeScalars.first?.value, value <= 0xFFFF else { return 0 }
        return UInt16(value)
    }

    /// Shift_JIS bytes written as UTF-8 into `output`, and how many bytes that took; `nil` when
    /// a byte or pair has no character here (or is NUL), or `output` is too small.
    static func utf8(_ s: UnsafePointer<UInt8>, _ l: Int, into output: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int? {
        var i = 0, n = 0
        while i < l {
            let b = s[i]
            let value: UInt16
            if b < 0x80, b != 0 {
                guard n < capacity else { return nil }
                output[n] = b
                n += 1
                i += 1
                continue
            } else if ShiftJISValidation.isLead(b) {
                guard i + 1 < l else { return nil }
                value = double[leadIndex(b) << 8 | Int(s[i + 1])]
                i += 2
            } else {
                value = single[Int(b)]
                i += 1
            }
            guard value != 0 else { return nil }
            if value < 0x800 {
                guard n + 2 <= capacity else { return nil }
                output[n] = 0xC0 | UInt8(value >> 6)
                output[n + 1] = 0x80 | UInt8(value & 0x3F)
                n += 2
            } else {
                guard n + 3 <= capacity else { return nil }
                output[n] = 0xE0 | UInt8(value >> 12)
                output[n + 1] = 0x80 | UInt8(value >> 6 & 0x3F)
                output[n + 2] = 0x80 | UInt8(value & 0x3F)
                n += 3
            }
        }
        return n
    }
}
