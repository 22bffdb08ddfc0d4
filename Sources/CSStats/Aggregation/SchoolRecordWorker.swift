#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Parses and counts one byte range of a school-level file: the inner loop of `aggregate`.
///
/// It never makes a `String` per field: each record's needed fields are found with the same
/// eight-bytes-at-a-time scan as `CSVReader`, category values go through ``ByteInterner``, school
/// ids into ``SchoolIDSet``, and counts into ``GroupTable``. A record that runs past the buffer is
/// moved to its front and read again after a refill, so memory is the buffer plus the tables.
final class SchoolRecordWorker {
    enum Role: UInt8 { case none, year, prefecture, municipality, schoolType, schoolID, cs, hq, similar }

    struct Failure: Error {
        var line: Int
        var kind: InvalidRecordKind?
        var message: String
    }

    let roles: [Role]
    let delimiter: UInt8
    let encoding: TextEncoding
    let keys: Set<AggregationKey>
    let skipInvalid: Bool

    var groups = GroupTable()
    let ids = SchoolIDSet()
    var skipped = SkippedRecords()
    var records = 0
    var lines = 0
    var failure: Failure?
    /// Where the worker stopped: the offset of the first record at or past its limit.
    var endOffset = 0

    let yearInterner: ByteInterner
    let prefectureInterner: ByteInterner
    let typeInterner: ByteInterner
    let flagInterner: ByteInterner
    let municipalityInterner: ByteInterner
    private var municipalityCount: Int32 = 0

    init(columns: SchoolRecordColumns, delimiter: UInt8, encoding: TextEncoding, keys: Set<AggregationKey>, skipInvalid: Bool) {
        var roles = [Role](repeating: .none, count: columns.count)
        func set(_ i: Int?, _ role: Role) { if let i { roles[i] = role } }
        set(columns.year, .year)
        set(columns.prefecture, .prefecture)
        set(columns.municipality, .municipality)
        set(columns.schoolType, .schoolType)
        set(columns.schoolID, .schoolID)
        set(columns.cs, .cs)
        set(columns.hq, .hq)
        set(columns.similar, .similar)
        self.roles = roles
        self.delimiter = delimiter
        self.encoding = encoding
        self.keys = keys
        self.skipInvalid = skipInvalid
        let decode = SchoolRecordWorker.decoder(encoding)
        yearInterner = ByteInterner { bytes in
            decode(bytes).flatMap(SurveyYear.parse).map { Int32($0.gregorian) } ?? -1
        }
        prefectureInterner = ByteInterner { bytes in
            decode(bytes).flatMap(Prefecture.parse).map { Int32($0.code) } ?? -1
        }
        typeInterner = ByteInterner { bytes in
            decode(bytes).flatMap(SchoolType.parse).map { Int32($0.rawValue) } ?? -1
        }
        flagInterner = ByteInterner { bytes in
            decode(bytes).flatMap(SchoolFlag.parse).map { $0 ? 1 : 0 } ?? -1
        }
        var next: Int32 = 0
        municipalityInterner = ByteInterner { _ in
            defer { next += 1 }
            return next
        }
    }

    static func decoder(_ encoding: TextEncoding) -> (UnsafeBufferPointer<UInt8>) -> String? {
        switch encoding {
        case .utf8: { String(validating: $0, as: UTF8.self) }
        case .shiftJIS: { String(data: Data($0), encoding: .shiftJIS) }
        }
    }

    /// The text of a field, for messages.
    func text(_ start: UnsafePointer<UInt8>, _ length: Int) -> String {
        SchoolRecordWorker.decoder(encoding)(UnsafeBufferPointer(start: start, count: length))
            ?? String(decoding: UnsafeBufferPointer(start: start, count: length), as: UTF8.self)
    }

    /// Reads records from `start` until a record starts at or past `limit` (or the input ends).
    ///
    /// - Parameter fill: reads up to `count` bytes at an absolute offset into a pointer; 0 at the end.
    func run(from start: Int, limit: Int, fill: (UnsafeMutablePointer<UInt8>, Int, Int) -> Int) {
        var capacity = 1 << 20
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + 16)
        defer { buffer.deallocate() }
        var scratch = [UInt8]()
        var base = start
        var n = 0
        var eof = false
        var pos = 0
        let delimiterPattern = SWAR.broadcast(delimiter)
        let fieldCount = roles.count
        // Field slices of the current record, by role.
        var starts = [UnsafePointer<UInt8>?](repeating: nil, count: 9)
        var lengths = [Int](repeating: 0, count: 9)

        refillLoop: while true {
            if !eof {
                if pos > 0 {
                    n -= pos
                    if n > 0 { memmove(buffer, buffer + pos, n) }
                    base += pos
                    pos = 0
                }
                if n == capacity {
                    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2 + 16)
                    grown.update(from: buffer, count: n)
                    buffer.deallocate()
                    buffer = grown
                    capacity *= 2
                }
                while n < capacity {
                    let got = fill(buffer + n, capacity - n, base + n)
                    if got <= 0 { eof = true; break }
                    n += got
                }
                buffer[n] = 0
            }
            recordLoop: while true {
                if base + pos >= limit || pos >= n {
                    if base + pos >= limit || eof {
                        endOffset = base + pos
                        return
                    }
                    continue refillLoop
                }
                // Blank lines.
                let first = buffer[pos]
                if first == UInt8(ascii: "\n") { pos += 1; lines += 1; continue }
                if first == UInt8(ascii: "\r") {
                    if pos + 1 >= n, !eof { continue refillLoop }
                    pos += pos + 1 < n && buffer[pos + 1] == UInt8(ascii: "\n") ? 2 : 1
                    lines += 1
                    continue
                }
                var i = pos
                var field = 0
                var embeddedLines = 0
                var scratchUsed = false
                scratch.removeAll(keepingCapacity: true)
                var recordEnd = -1
                // One field per iteration.
                fieldLoop: while true {
                    var fieldStart = i
                    var fieldLength = 0
                    if i < n, buffer[i] == UInt8(ascii: "\"") {
                        // Quoted: find the closing quote; unescape doubled quotes into scratch.
                        i += 1
                        fieldStart = i
                        var hasEscapes = false
                        while true {
                            guard i < n else {
                                if eof { fail(line: lines + 1, nil, "unterminated quoted field (opened at line \(lines + 1), field \(field + 1))"); return }
                                continue refillLoop
                            }
                            let b = buffer[i]
                            if b == UInt8(ascii: "\"") {
                                if i + 1 >= n, !eof { continue refillLoop }
                                if i + 1 < n, buffer[i + 1] == UInt8(ascii: "\"") { hasEscapes = true; i += 2; continue }
                                break
                            }
                            if b == UInt8(ascii: "\n") || (b == UInt8(ascii: "\r") && (i + 1 >= n || buffer[i + 1] != UInt8(ascii: "\n"))) {
                                embeddedLines += 1
                            }
                            i += 1
                        }
                        fieldLength = i - fieldStart
                        i += 1  // past the closing quote
                        if hasEscapes, roles.indices.contains(field), roles[field] != .none {
                            let offset = scratch.count
                            var k = fieldStart
                            while k < fieldStart + fieldLength {
                                scratch.append(buffer[k])
                                k += buffer[k] == UInt8(ascii: "\"") ? 2 : 1
                            }
                            scratchUsed = true
                            // Point at scratch after the record is complete (scratch may move).
                            fieldStart = -1 - offset
                            fieldLength = scratch.count - offset
                        }
                        if i < n, buffer[i] != delimiter, buffer[i] != UInt8(ascii: "\n"), buffer[i] != UInt8(ascii: "\r") {
                            fail(line: lines + 1, nil, "record \(records + 1), field \(field + 1): found '\(text(buffer + i, 1))' after a closing quote, expected a delimiter or a line end")
                            return
                        }
                    } else {
                        // Unquoted: eight bytes at a time to the next special byte.
                        while i &+ 8 <= n {
                            let word = UnsafeRawPointer(buffer + i).loadUnaligned(as: UInt64.self)
                            let found = SWAR.matches(word, delimiterPattern) | SWAR.matches(word, SWAR.quote)
                                | SWAR.matches(word, SWAR.carriageReturn) | SWAR.matches(word, SWAR.lineFeed)
                            if found != 0 { i &+= found.trailingZeroBitCount &>> 3; break }
                            i &+= 8
                        }
                        while i < n {
                            let b = buffer[i]
                            if b == delimiter || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") || b == UInt8(ascii: "\"") { break }
                            i += 1
                        }
                        if i < n, buffer[i] == UInt8(ascii: "\"") {
                            fail(line: lines + 1, nil, "record \(records + 1), field \(field + 1): quote inside an unquoted field")
                            return
                        }
                        fieldLength = i - fieldStart
                    }
                    if field < fieldCount {
                        let role = Int(roles[field].rawValue)
                        if role != 0 {
                            lengths[role] = fieldLength
                            if fieldStart >= 0 {
                                starts[role] = UnsafePointer(buffer + fieldStart)
                                scratchOffsets[role] = -1
                            } else {
                                // Unescaped into scratch: resolved once the record is complete.
                                starts[role] = nil
                                scratchOffsets[role] = -1 - fieldStart
                            }
                        }
                    }
                    field += 1
                    guard i < n else {
                        if !eof { continue refillLoop }
                        recordEnd = n
                        break fieldLoop
                    }
                    let b = buffer[i]
                    if b == delimiter { i += 1; continue fieldLoop }
                    if b == UInt8(ascii: "\n") { recordEnd = i + 1; break fieldLoop }
                    // CR: a CRLF needs the next byte.
                    if i + 1 >= n, !eof { continue refillLoop }
                    recordEnd = i + 1 < n && buffer[i + 1] == UInt8(ascii: "\n") ? i + 2 : i + 1
                    break fieldLoop
                }
                lines += 1 + embeddedLines
                records += 1
                let line = lines - embeddedLines
                pos = recordEnd
                if field != fieldCount {
                    if reject(.fieldCount, line: line, "record \(records): found \(field) fields, expected \(fieldCount) (as in the header)") { return }
                    continue recordLoop
                }
                if scratchUsed {
                    scratch.withUnsafeBufferPointer { s in
                        for role in 1..<9 where starts[role] == nil && scratchOffsets[role] >= 0 {
                            starts[role] = s.baseAddress! + scratchOffsets[role]
                        }
                    }
                }
                if !count(starts: &starts, lengths: lengths, line: line) { return }
                if scratchUsed { for role in 1..<9 { scratchOffsets[role] = -1 } }
            }
        }
    }

    private var scratchOffsets = [Int](repeating: -1, count: 9)

    /// Applies one complete record; `false` when the worker must stop.
    @inline(__always)
    private func count(starts: inout [UnsafePointer<UInt8>?], lengths: [Int], line: Int) -> Bool {
        func slice(_ role: Role) -> (UnsafePointer<UInt8>, Int)? {
            let r = Int(role.rawValue)
            guard let s = starts[r] else { return nil }
            return (s, lengths[r])
        }
        var year: Int32 = 0
        if let (s, l) = slice(.year) {
            year = l == 4 ? SchoolRecordWorker.fourDigits(s) : -1
            if year < 0 { year = yearInterner.value(s, l) }
            if year < 0 { return !reject(.invalidYear, line: line, "invalid year '\(text(s, l))'") }
        }
        var prefecture: Int32 = 0
        if let (s, l) = slice(.prefecture) {
            prefecture = prefectureInterner.value(s, l)
            if prefecture < 0 {
                let t = text(s, l)
                let hint = Prefecture.nearest(to: t).map { "; did you mean '\($0.name)'?" } ?? ""
                return !reject(.unknownPrefecture, line: line, "unknown prefecture '\(t)'\(hint)")
            }
        }
        var type: Int32 = 0
        if let (s, l) = slice(.schoolType) {
            type = typeInterner.value(s, l)
            if type < 0 {
                let t = text(s, l)
                let hint = SchoolType.nearest(to: t).map { "; did you mean '\($0.label)'?" } ?? ""
                return !reject(.unknownSchoolType, line: line, "unknown school type '\(t)'\(hint)")
            }
        }
        var flags: [Bool] = [false, false, false]
        for (k, role) in [Role.cs, .hq, .similar].enumerated() {
            guard let (s, l) = slice(role) else { continue }
            var value: Int32
            if l == 1, s[0] == UInt8(ascii: "0") || s[0] == UInt8(ascii: "1") {
                value = Int32(s[0] - UInt8(ascii: "0"))
            } else {
                value = flagInterner.value(s, l)
            }
            if value < 0 {
                return !reject(.invalidFlag, line: line, "\(["cs", "hq", "similar"][k]) is '\(text(s, l))', expected a flag (0/1, yes/no, ○/×, 有/無)")
            }
            flags[k] = value == 1
        }
        if let (s, l) = slice(.schoolID), !ids.insert(year: Int(year), s, l) {
            return !reject(.duplicateID, line: line, "school id '\(text(s, l))' appears again in \(year > 0 ? SurveyYear(gregorian: Int(year)).japaneseLabel : "the file")")
        }
        var municipality: UInt64 = 0
        if keys.contains(.municipality), let (s, l) = slice(.municipality) {
            municipality = UInt64(UInt32(bitPattern: municipalityInterner.value(s, l)))
        }
        let key = (keys.contains(.year) ? UInt64(year) << 52 : 0)
            | (keys.contains(.prefecture) ? UInt64(prefecture) << 46 : 0)
            | (keys.contains(.schoolType) ? UInt64(type + 1) << 42 : 0)
            | municipality
        groups.add(key, cs: flags[0], hq: flags[1], similar: flags[2])
        return true
    }

    @inline(__always)
    static func fourDigits(_ s: UnsafePointer<UInt8>) -> Int32 {
        var v: Int32 = 0
        for k in 0..<4 {
            let d = s[k] &- UInt8(ascii: "0")
            if d > 9 { return -1 }
            v = v * 10 + Int32(d)
        }
        return v >= 1926 ? v : -1
    }

    /// Records an invalid record; `true` when the worker must stop (not skipping).
    private func reject(_ kind: InvalidRecordKind, line: Int, _ message: String) -> Bool {
        if skipInvalid {
            skipped.add(kind, line: line)
            return false
        }
        failure = Failure(line: line, kind: kind, message: message)
        return true
    }

    private func fail(line: Int, _ kind: InvalidRecordKind?, _ message: String) {
        failure = Failure(line: line, kind: kind, message: message)
    }
}
