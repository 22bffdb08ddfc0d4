#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Parses and counts byte ranges of a school-level file, one after another into the same tables
/// (``segment(from:limit:input:)`` hands back what belongs to each range): the inner loop of
/// `aggregate`.
///
/// It never makes a `String` per field: each record's needed fields are found with the same
/// eight-bytes-at-a-time scan as `CSVReader`, category values go through ``ByteInterner``, school
/// ids into ``SchoolIDSet``, and counts into ``GroupTable``. A record that runs past the buffer (or
/// the window of bytes in memory) is read again from its start after a refill, so memory is the
/// buffer plus the tables.
final class SchoolRecordWorker {
    enum Role: UInt8 { case none, year, prefecture, municipality, schoolType, schoolID, cs, hq, similar, schoolName }
    /// Slots for the roles' field slices, `none` included.
    static let roleSlots = 10
    /// Where the lengths start in `run`'s block of slices, after the starts.
    static let lengthsOffset = roleSlots * 8

    /// Why the worker stopped: a record that cannot be counted (`kind`, `message`), or input
    /// that cannot be read (`error`: a broken quote, bytes that are not text), with lines
    /// counted from the worker's start (the aggregator places them in the file).
    struct Failure: Error {
        var line: Int
        var kind: InvalidRecordKind?
        var message: String
        var error: ReadError? = nil
    }

    let roles: [Role]
    /// Whether the file has a school type column, a prefecture column (a code is checked against them).
    let hasTypeColumn: Bool, hasPrefectureColumn: Bool
    let delimiter: UInt8
    let encoding: TextEncoding
    let skipInvalid: Bool
    /// Whether an empty flag reads as "no" (files that mark only the yes, with ○).
    let blankIsNo: Bool
    /// The last survey year accepted: next year.
    let lastYear: Int
    /// The school id column's header as it is written in the file, to find a repeated header
    /// (raw memory: an array property would be retained on every record).
    private let headerID: UnsafeMutablePointer<UInt8>
    private let headerIDCount: Int
    /// For each byte of an id: 1 kept as it is (printable ASCII), 2 upper-cased (a–z), 0 anything
    /// else (the byte-level or the String rule).
    private let plainByte: UnsafeMutablePointer<UInt8>
    /// An id as compared (`idScratchCapacity` bytes), reused record after record; after it, three
    /// times as many for a Shift_JIS id written as UTF-8 on its way there.
    private let idScratch: UnsafeMutablePointer<UInt8>
    private static let idScratchCapacity = 64
    /// Notes on spellings counted under another name (小学部 as 特別支援学校), once each.
    private let notesBox = NotesBox()
    var notes: [SchoolRecordLabels.Note] { notesBox.notes }
    /// Bits 0, 1, 2: whether the cs, hq, similar column held a non-empty cell.
    var flagsSeen: UInt8 { state.flagsSeen }

    /// Everything the loop mutates, held by value in `run` so accesses are checked at compile time.
    struct State {
        var groups = GroupTable()
        var ids = SchoolIDSet()
        /// When confirming: where each suspected id was first seen (absolute line), by year and id.
        var firstLines: [IDOccurrence: Int] = [:]
        /// Whether confirming found an id twice.
        var foundDuplicate = false
        /// The read buffer (its address, its first byte's offset in the file, its bytes) and
        /// the current record's offset, to place a byte that is not text.
        var bufferAddress: UnsafePointer<UInt8>?
        /// The current record's cells by role, for telling a header in other words from an
        /// invalid record (read only when a record is refused).
        var recordStarts: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
        var recordLengths: UnsafeMutablePointer<Int>?
        var bufferBase = 0
        var bufferCount = 0
        var recordOffset = 0
        var skipped = SkippedRecords()
        var records = 0
        /// Bits 0, 1, 2: whether the cs, hq, similar column held a non-empty cell.
        var flagsSeen: UInt8 = 0
        /// Lines marked as notes (※, 注) read past: how many, and the first few (worker-relative).
        var noteCount = 0
        var noteLines: [Int] = []
        var lines = 0
        var failure: Failure?
        var yearInterner: ByteInterner
        var prefectureInterner: ByteInterner
        var typeInterner: ByteInterner
        var flagInterner: ByteInterner
        var municipalityInterner: ByteInterner
    }

    /// The results, once `run` returns.
    private(set) var state: State
    var groups: GroupTable { state.groups }
    var skipped: SkippedRecords { state.skipped }
    var records: Int { state.records }
    var lines: Int { state.lines }
    var failure: Failure? { state.failure }
    var municipalityInterner: ByteInterner { state.municipalityInterner }
    /// Where the worker stopped: the offset of the first record at or past its limit.
    var endOffset = 0

    /// What reading one range left, counted from the range's start: where it stopped, its
    /// lines, records, skipped records, note lines and failure. A worker reads range after range
    /// into the same tables (groups, ids); the aggregator places each range's lines and records
    /// after those of the ranges before it in the file.
    struct Segment {
        var start: Int
        var endOffset: Int
        var lines: Int
        var records: Int
        var skipped: SkippedRecords
        var noteCount: Int
        var noteLines: [Int]
        var failure: Failure?
    }

    /// Reads the range from `start` to `limit` (``run(from:limit:input:)``) and hands back what
    /// belongs to the range alone, leaving the worker ready for another range.
    func segment(from start: Int, limit: Int, input: WorkerInput) -> Segment {
        run(from: start, limit: limit, input: input)
        defer {
            state.lines = 0
            state.records = 0
            state.skipped = SkippedRecords()
            state.noteCount = 0
            state.noteLines = []
            state.failure = nil
        }
        return Segment(start: start, endOffset: endOffset, lines: state.lines, records: state.records, skipped: state.skipped,
                       noteCount: state.noteCount, noteLines: state.noteLines, failure: state.failure)
    }
    private let groupYear: Bool, groupPrefecture: Bool, groupType: Bool, groupMunicipality: Bool

    /// The keys of the school ids the worker saw (call `finish` once it is done).
    var ids: SchoolIDSet { state.ids }
    /// Keys seen twice in a first pass: when set, the worker checks ids exactly against these
    /// only (and keeps no set), to say which are real duplicates and where each was first seen.
    let suspects: KeyProbe?
    /// The file line of the worker's line 0, for the first-seen line in duplicate messages.
    let lineBase: Int
    /// The records before the worker's first (title lines, the header), so that record
    /// numbers in messages count from the file's start as a table's do (single worker).
    let recordBase: Int

    /// A school id as compared, in a year: the exact identity of a suspected key.
    struct IDOccurrence: Hashable {
        var year: Int32
        var id: [UInt8]
    }

    let bufferSize: Int
    /// How many bytes past its range's end a worker reads at first, for the range's last record.
    static let pastLimit = 16 << 10
    /// Whether the encoding was detected (rather than given), for the hint in encoding errors.

    init(columns: SchoolRecordColumns, delimiter: UInt8, encoding: TextEncoding, keys: Set<AggregationKey>,
         skipInvalid: Bool, blankIsNo: Bool = false, bufferSize: Int = 1 << 18,
         suspects: Set<UInt64>? = nil, lineBase: Int = 0, recordBase: Int = 0) {
        self.suspects = suspects.map(KeyProbe.init)
        self.lineBase = lineBase
        self.recordBase = recordBase
        self.blankIsNo = blankIsNo
        let idName = columns.schoolIDHeader.trimmingPublishedSpaces()
        let idBytes = encoding == .shiftJIS ? (idName.data(using: .shiftJIS).map { Array($0) } ?? []) : Array(idName.utf8)
        headerIDCount = idBytes.count
        headerID = .allocate(capacity: max(idBytes.count, 1))
        headerID.initialize(from: idBytes, count: idBytes.count)
        plainByte = .allocate(capacity: 256)
        plainByte.initialize(repeating: 0, count: 256)
        // Printable ASCII is compared as it is, lower case upper-cased; a quote, an apostrophe
        // and = are read specially by the String rule (Excel's '0123 and ="0123").
        for b in UInt8(0x20)...UInt8(0x7E) { plainByte[Int(b)] = 1 }
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { plainByte[Int(b)] = 2 }
        for b in ["'", "\"", "="] { plainByte[Int(UInt8(ascii: Unicode.Scalar(b)!))] = 0 }
        idScratch = .allocate(capacity: SchoolRecordWorker.idScratchCapacity * 4)
        lastYear = SchoolRecordLabels.currentYear + 1
        self.bufferSize = max(bufferSize, 16)
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
        set(columns.schoolName, .schoolName)
        self.roles = roles
        hasTypeColumn = columns.schoolType != nil
        hasPrefectureColumn = columns.prefecture != nil
        self.delimiter = delimiter
        self.encoding = encoding
        self.skipInvalid = skipInvalid
        let decode = SchoolRecordWorker.decoder(encoding)
        // Each spelling is decoded once, when first seen: bytes that are not text in the file's
        // encoding give `undecodable`, a value that does not parse gives −1.
        func resolver(_ parse: @escaping (String) -> Int32?) -> (UnsafeBufferPointer<UInt8>) -> Int32 {
            { bytes in
                guard let text = decode(bytes) else { return SchoolRecordWorker.undecodable }
                return parse(text) ?? -1
            }
        }
        var next: Int32 = 0
        let notes = notesBox
        state = State(
            yearInterner: ByteInterner(resolve: resolver { text in
                SurveyYear.parse(text).map { Int32($0.gregorian) } ?? (SchoolRecordLabels.isSubtotal(text) ? SchoolRecordWorker.subtotal : nil)
            }),
            prefectureInterner: ByteInterner(resolve: resolver { text in
                Prefecture.parse(text).map { Int32($0.code) } ?? (SchoolRecordLabels.isSubtotal(text) ? SchoolRecordWorker.subtotal : nil)
            }),
            typeInterner: ByteInterner(resolve: resolver { text in
                switch SchoolRecordLabels.type(text) {
                case .counted(let type, let note)?:
                    if let note { notes.add(note) }
                    return Int32(type.rawValue)
                case .outside?: return SchoolRecordWorker.outsideSurvey
                case nil: return SchoolRecordLabels.isSubtotal(text) ? SchoolRecordWorker.subtotal : nil
                }
            }),
            flagInterner: ByteInterner(resolve: resolver { text in
                text.trimmingPublishedSpaces().isEmpty ? SchoolRecordWorker.blankFlag : SchoolFlag.parse(text).map { $0 ? 1 : 0 }
            }),
            municipalityInterner: ByteInterner(resolve: resolver { _ in
                defer { next += 1 }
                return next
            }))
        groupYear = keys.contains(.year)
        groupPrefecture = keys.contains(.prefecture)
        groupType = keys.contains(.schoolType)
        groupMunicipality = keys.contains(.municipality)
    }

    deinit {
        headerID.deallocate()
        plainByte.deallocate()
        idScratch.deallocate()
    }

    /// What an interner gives for bytes that are not text in the file's encoding.
    static let undecodable: Int32 = -2
    /// What an interner gives for a subtotal label (計, 小計, 合計).
    static let subtotal: Int32 = -3
    /// What the flag interner gives for a cell of spaces only: blank, as an empty one.
    static let blankFlag: Int32 = -5
    /// What the type interner gives for a kind of school the survey does not count.
    static let outsideSurvey: Int32 = -4

    static func decoder(_ encoding: TextEncoding) -> (UnsafeBufferPointer<UInt8>) -> String? {
        switch encoding {
        case .utf8: { String(validating: $0, as: UTF8.self) }
        case .shiftJIS: { String(data: Data($0), encoding: .shiftJIS) }
        case .utf16: { String(data: Data($0), encoding: .utf16) }
        }
    }

    /// The text of a field, for messages (``LabelText/shown(_:limit:)``: no control character
    /// reaches the terminal).
    func text(_ start: UnsafePointer<UInt8>, _ length: Int) -> String {
        LabelText.shown(SchoolRecordWorker.decoder(encoding)(UnsafeBufferPointer(start: start, count: length))
            ?? String(decoding: UnsafeBufferPointer(start: start, count: length), as: UTF8.self))
    }

    /// The line and character column of `offset` in the record starting at `recordStart`
    /// (worker lines; a record's quoted fields may hold line breaks).
    private func place(_ st: State, _ buffer: UnsafePointer<UInt8>, _ recordStart: Int, _ offset: Int, firstLine: Int? = nil) -> (line: Int, column: Int) {
        var line = firstLine ?? st.lines + 1, lineStart = recordStart, k = recordStart
        while k < offset {
            let b = buffer[k]
            if b == UInt8(ascii: "\n") || (b == UInt8(ascii: "\r") && (k + 1 >= offset || buffer[k + 1] != UInt8(ascii: "\n"))) {
                line += 1
                lineStart = k + 1
            }
            k += 1
        }
        return (line, ByteScan.characters(buffer + lineStart, offset - lineStart, shiftJIS: encoding == .shiftJIS) + 1)
    }

    /// The offset of the first byte of a record that is not text in the file's encoding.
    @inline(__always)
    private func invalidByte(_ s: UnsafePointer<UInt8>, _ l: Int) -> Int? {
        // ASCII, eight bytes at a time, needs nothing more.
        var i = 0
        if encoding == .utf8 {
            // ASCII, and the kana and kanji of prefectures, types and names (three bytes led by
            // E1–EC, no overlong or surrogate there), in a tight loop; anything else below.
            while i < l {
                let b = s[i]
                if b < 0x80 { i &+= 1; continue }
                if b &- 0xE1 < 0x0C, i &+ 2 < l, s[i &+ 1] & 0xC0 == 0x80, s[i &+ 2] & 0xC0 == 0x80 { i &+= 3; continue }
                break
            }
        } else {
            while i < l, s[i] < 0x80 { i &+= 1 }
        }
        if i == l { return nil }
        let rest = UnsafeBufferPointer(start: s + i, count: l - i)
        if encoding == .shiftJIS { return ShiftJISValidation.firstInvalidOffset(in: rest).map { $0 + i } }
        let result = UTF8Validation.validate(rest)
        if let bad = result.invalidAt { return bad + i }
        return result.incompleteTail > 0 ? l - result.incompleteTail : nil
    }

    /// How many bytes the character whose first byte is `lead` takes, in the file's encoding.
    private func characterLength(_ lead: UInt8) -> Int {
        encoding == .shiftJIS ? ((lead &- 0x81 <= 0x1E || lead &- 0xE0 <= 0x1C) ? 2 : 1)
            : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    /// The character starting at `s` (at most `available` bytes), for messages.
    private func character(_ s: UnsafePointer<UInt8>, _ available: Int) -> String {
        text(s, min(characterLength(s[0]), available))
    }

    /// Reads records from `start` until a record starts at or past `limit` (or the input ends).
    ///
    /// The bytes are looked at where they lie (a window of the input, ``WorkerInput``), or,
    /// where no window can be had, copied into a buffer of the worker's own.
    func run(from start: Int, limit: Int, input: WorkerInput) {
        var st = state
        defer { state = st }
        var capacity = bufferSize
        // The bytes being read: a window of the input, or `owned` (copies).
        var window: WorkerInput.Window?
        var owned: UnsafeMutablePointer<UInt8>?
        var buffer = UnsafePointer<UInt8>(bitPattern: 1)!
        defer { owned?.deallocate() }
        var scratch = [UInt8]()
        // Whether `scratch` holds bytes (a flag: asking the array costs more, on every record).
        var scratchHolds = false
        var base = start
        var n = 0
        var eof = false
        var pos = 0
        let scan = ByteScan.Delimiter(delimiter)
        let fieldCount = roles.count
        // In Shift_JIS a second byte may be 0x40–0x7E: a delimiter there must be found on
        // character boundaries.
        let multiByteDelimiter = encoding == .shiftJIS && delimiter >= 0x40
        // Field slices of the current record, by role.
        let slots = SchoolRecordWorker.roleSlots
        // Starts, then lengths, in one block: the split below writes both from one base
        // (a length `lengthsOffset` bytes past its start), one register fewer in its loop.
        let slices = UnsafeMutableRawPointer.allocate(byteCount: 2 * slots * 8, alignment: 8)
        let starts = slices.bindMemory(to: UnsafePointer<UInt8>?.self, capacity: slots)
        starts.initialize(repeating: nil, count: slots)
        let lengths = (slices + SchoolRecordWorker.lengthsOffset).bindMemory(to: Int.self, capacity: slots)
        lengths.initialize(repeating: 0, count: slots)
        st.recordStarts = starts
        st.recordLengths = lengths
        let scratchOffsets = UnsafeMutablePointer<Int>.allocate(capacity: slots)
        scratchOffsets.initialize(repeating: -1, count: slots)
        defer {
            slices.deallocate()
            scratchOffsets.deallocate()
        }
        let roles = self.roles.map { Int($0.rawValue) }
        // Fields whose bytes nothing else decodes: unused columns, the school name, the
        // municipality when not grouped by it.
        let unchecked = self.roles.map { $0 == .none || $0 == .schoolName || ($0 == .municipality && !groupMunicipality) }
        // The same per field, for the whole-record split: its role's slot (0: none, a slot
        // written and never read) plus `checkBytes` when nothing else checks its bytes; one
        // entry past the header's fields stands for any field beyond them.
        let checkBytes: UInt8 = 0x80
        // At least 256 entries, every one past the header's fields `checkBytes`: the split looks
        // a field's action up with no clamp (a record of more fields goes field by field).
        let actionCount = max(256, fieldCount + 1)
        let actions = UnsafeMutablePointer<UInt8>.allocate(capacity: actionCount)
        defer { actions.deallocate() }
        actions.initialize(repeating: checkBytes, count: actionCount)
        for k in 0..<fieldCount { actions[k] = UInt8(roles[k]) | (unchecked[k] ? checkBytes : 0) }

        refillLoop: while true {
            if !eof {
                if owned == nil, input.allowsWindows {
                    // The next window starts at the first byte still needed; a record longer
                    // than a window (none ended in it) needs a longer one.
                    if n > 0, pos == 0 { capacity *= 2 }
                    base += pos
                    pos = 0
                    window = input.window(at: base, length: capacity)
                    if let window {
                        buffer = window.bytes
                        n = window.count
                        eof = base + n >= input.size
                    } else {
                        n = 0  // no window: copy from here on
                    }
                }
                if window == nil {
                    if owned == nil { owned = .allocate(capacity: capacity) }
                    let copy = owned!
                    if pos > 0 {
                        n -= pos
                        if n > 0 { memmove(copy, copy + pos, n) }
                        base += pos
                        pos = 0
                    }
                    if n == capacity {
                        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                        grown.update(from: copy, count: n)
                        copy.deallocate()
                        owned = grown
                        capacity *= 2
                    }
                    let into = owned!
                    // Up to the range's end and a little past it (its last record ends there),
                    // not a whole buffer past it: that is the next range's, read by another worker.
                    let wanted = min(capacity, max(limit &- base &+ SchoolRecordWorker.pastLimit, n &+ SchoolRecordWorker.pastLimit))
                    while n < wanted {
                        let got = input.read(into: into + n, count: wanted - n, at: base + n)
                        if got <= 0 { eof = true; break }
                        n += got
                    }
                    buffer = UnsafePointer(into)
                }
                st.bufferAddress = buffer
                st.bufferBase = base
                st.bufferCount = n
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
                if first == UInt8(ascii: "\n") { pos += 1; st.lines += 1; continue }
                if first == UInt8(ascii: "\r") {
                    if pos + 1 >= n, !eof { continue refillLoop }
                    pos += pos + 1 < n && buffer[pos + 1] == UInt8(ascii: "\n") ? 2 : 1
                    st.lines += 1
                    continue
                }
                let recordStart = pos
                var i = pos
                var field = 0
                var embeddedLines = 0
                var scratchUsed = false
                if scratchHolds { scratch.removeAll(keepingCapacity: true); scratchHolds = false }
                var recordEnd = -1
                var badAt = -1
                // Most records hold no quote: split whole, every delimiter of a word found at
                // once, up to the line end (LF or CRLF). A quote, a lone CR or the buffer's end
                // leaves the record to the loop below, field by field.
                if !multiByteDelimiter {
                    // Pointers rather than indexes, and the slices from one base: every value the
                    // loop needs stays in a register (with indexes, some were spilled to the
                    // stack and reloaded at every delimiter).
                    let end = buffer + n
                    var word = buffer + pos
                    var start = word
                    var fields = 0
                    plain: while word + 8 <= end {
                        var candidates = ByteScan.candidates(UnsafeRawPointer(word).loadUnaligned(as: UInt64.self), scan)
                        while candidates != 0 {
                            let at = word + (candidates.trailingZeroBitCount &>> 3)
                            candidates &= candidates &- 1
                            let b = at.pointee
                            let isDelimiter = b == delimiter
                            if isDelimiter || b == UInt8(ascii: "\n") || (b == UInt8(ascii: "\r") && at + 1 < end && at[1] == UInt8(ascii: "\n")) {
                                guard fields < actionCount else { break plain }
                                let action = actions[fields]
                                let role = Int(action & ~checkBytes) &<< 3
                                slices.storeBytes(of: Optional(start), toByteOffset: role, as: UnsafePointer<UInt8>?.self)
                                slices.storeBytes(of: at - start, toByteOffset: role &+ SchoolRecordWorker.lengthsOffset, as: Int.self)
                                if action >= checkBytes, badAt < 0, let bad = invalidByte(start, at - start) {
                                    badAt = (start - buffer) &+ bad
                                }
                                fields &+= 1
                                if !isDelimiter {
                                    field = fields
                                    recordEnd = (at - buffer) &+ (b == UInt8(ascii: "\r") ? 2 : 1)
                                    break plain
                                }
                                start = at + 1
                            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\r") {
                                break plain
                            }
                        }
                        word += 8
                    }
                }
                // One field per iteration.
                fieldLoop: while recordEnd < 0 {
                    var fieldStart = i
                    var fieldLength = 0
                    // The field's bytes as they lie in the buffer (inside quotes, if quoted).
                    var rawStart = i, rawLength = 0
                    if i < n, buffer[i] == UInt8(ascii: "\"") {
                        // Quoted: find the closing quote; unescape doubled quotes into scratch.
                        i += 1
                        fieldStart = i
                        var hasEscapes = false
                        while true {
                            i = ByteScan.quotedEnd(buffer, from: i, to: n)
                            guard i < n else {
                                if eof {
                                    let (line, column) = place(st, buffer, recordStart, fieldStart - 1)
                                    st.failure = Failure(line: line, kind: nil, message: "", error: .unterminatedQuote(
                                        SourcePosition(file: nil, line: line, column: column), openedAtLine: line, field: field + 1))
                                    return
                                }
                                continue refillLoop
                            }
                            let b = buffer[i]
                            if b == UInt8(ascii: "\"") {
                                if i + 1 >= n, !eof { continue refillLoop }
                                if i + 1 < n, buffer[i + 1] == UInt8(ascii: "\"") { hasEscapes = true; i += 2; continue }
                                break
                            }
                            // CR or LF inside quotes: a line of the file, not the record's end.
                            if b == UInt8(ascii: "\r") && i + 1 >= n && !eof { continue refillLoop }
                            if b == UInt8(ascii: "\n") || (b == UInt8(ascii: "\r") && (i + 1 >= n || buffer[i + 1] != UInt8(ascii: "\n"))) {
                                embeddedLines += 1
                            }
                            i += 1
                        }
                        fieldLength = i - fieldStart
                        rawStart = fieldStart
                        rawLength = fieldLength
                        i += 1  // past the closing quote
                        if hasEscapes, field < fieldCount, roles[field] != 0 {
                            let offset = scratch.count
                            var k = fieldStart
                            while k < fieldStart + fieldLength {
                                scratch.append(buffer[k])
                                k += buffer[k] == UInt8(ascii: "\"") ? 2 : 1
                            }
                            scratchUsed = true
                            scratchHolds = true
                            // Point at scratch after the record is complete (scratch may move).
                            fieldStart = -1 - offset
                            fieldLength = scratch.count - offset
                        }
                        if i < n, buffer[i] != delimiter, buffer[i] != UInt8(ascii: "\n"), buffer[i] != UInt8(ascii: "\r") {
                            // The character found is shown whole: one the buffer's end cuts is
                            // read again from the record's start after a refill.
                            if i + characterLength(buffer[i]) > n, !eof { continue refillLoop }
                            let (line, column) = place(st, buffer, recordStart, i)
                            st.failure = Failure(line: line, kind: nil, message: "", error: .textAfterClosingQuote(
                                SourcePosition(file: nil, line: line, column: column), record: recordBase + st.records + 1,
                                field: field + 1, found: character(buffer + i, n - i)))
                            return
                        }
                    } else {
                        if multiByteDelimiter {
                            // Shift_JIS with a delimiter a second byte can equal (| is ポ's, 83 7C):
                            // byte by byte, stepping over each two-byte character whole.
                            while i < n {
                                let b = buffer[i]
                                if b &- 0x81 <= 0x1E || b &- 0xE0 <= 0x1C {
                                    if i + 1 >= n, !eof { continue refillLoop }
                                    i += 2
                                    continue
                                }
                                if scan.isSpecial(b) { break }
                                i += 1
                            }
                            if i > n { i = n }
                        } else {
                            // Unquoted: eight bytes at a time to the next special byte.
                            i = ByteScan.unquotedEnd(buffer, from: i, to: n, scan)
                        }
                        if i < n, buffer[i] == UInt8(ascii: "\"") {
                            let (line, column) = place(st, buffer, recordStart, i)
                            st.failure = Failure(line: line, kind: nil, message: "", error: .quoteInUnquotedField(
                                SourcePosition(file: nil, line: line, column: column), record: recordBase + st.records + 1, field: field + 1))
                            return
                        }
                        fieldLength = i - fieldStart
                    }
                    if fieldStart >= 0, rawLength == 0 { rawStart = fieldStart; rawLength = fieldLength }
                    // (A field unescaped into scratch is checked here too, where its bytes lie.)
                    if badAt < 0, field >= fieldCount || unchecked[field] || fieldStart < 0, let bad = invalidByte(buffer + rawStart, rawLength) {
                        badAt = rawStart + bad
                    }
                    if field < fieldCount {
                        let role = roles[field]
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
                st.lines += 1 + embeddedLines
                // A row of delimiters only (Excel's used range past the data) is no record; only
                // a record that starts with a delimiter or a space can be one. A note under the
                // records (※ …, 注 …) starts with a byte past ASCII. (Most records start with
                // neither: one test of the first byte.)
                let lead = buffer[recordStart]
                if lead >= 0x80 || lead == delimiter || lead == UInt8(ascii: " ") {
                    if embeddedLines == 0, lead == delimiter || lead == UInt8(ascii: " "),
                       SchoolRecordWorker.onlyDelimiters(buffer + recordStart, recordEnd - recordStart, delimiter) {
                        pos = recordEnd
                        continue recordLoop
                    }
                    // A note: said, not counted as a school or an error.
                    if SchoolRecordWorker.startsWithNoteMark(buffer + recordStart, recordEnd - recordStart, shiftJIS: encoding == .shiftJIS) {
                        st.noteCount += 1
                        if st.noteLines.count < SkippedRecords.linesKept { st.noteLines.append(st.lines - embeddedLines) }
                        pos = recordEnd
                        continue recordLoop
                    }
                }
                // Every byte of a record is text in the file's encoding, used or not: the fields
                // counted are checked as they are decoded, the others (`unchecked`) as they are
                // split; the first bad byte is said as a table reader would.
                if badAt >= 0 {
                    let (line, _) = place(st, buffer, recordStart, badAt, firstLine: st.lines - embeddedLines)
                    st.failure = Failure(line: line, kind: nil, message: "", error: .invalidEncoding(
                        SourcePosition(file: nil, line: line), encoding: encoding, byteOffset: base + badAt,
                        bytes: Array(UnsafeBufferPointer(start: buffer + badAt, count: min(2, n - badAt)))))
                    return
                }
                st.records += 1
                let line = st.lines - embeddedLines
                pos = recordEnd
                if field != fieldCount {
                    let record = recordBase + st.records
                    if skipInvalid {
                        // Numbered from this worker's start: the aggregator places it in the file.
                        st.skipped.addFieldCount(line: line, record: record, found: field, expected: fieldCount)
                        continue recordLoop
                    }
                    let error = ReadError.fieldCount(SourcePosition(file: nil, line: line), record: record, found: field, expected: fieldCount)
                    st.failure = Failure(line: line, kind: .fieldCount, message: error.message)
                    return
                }
                if scratchUsed {
                    scratch.withUnsafeBufferPointer { s in
                        for role in 1..<slots where starts[role] == nil && scratchOffsets[role] >= 0 {
                            starts[role] = s.baseAddress! + scratchOffsets[role]
                        }
                    }
                }
                st.recordOffset = base + recordStart
                if !count(&st, starts: starts, lengths: lengths, line: line) { return }
                if scratchUsed { for role in 1..<slots { scratchOffsets[role] = -1 } }
            }
        }
    }

    /// Applies one complete record; `false` when the worker must stop.
    @inline(__always)
    private func count(
        _ st: inout State, starts: UnsafeMutablePointer<UnsafePointer<UInt8>?>, lengths: UnsafeMutablePointer<Int>, line: Int
    ) -> Bool {
        // The header again (two files joined): the rows after it may have their columns in
        // another order, so nothing after it can be counted, --skip-invalid or not.
        if let s = starts[Int(Role.schoolID.rawValue)], lengths[Int(Role.schoolID.rawValue)] == headerIDCount, headerIDCount > 0,
           s[0] == headerID[0], memcmp(s, headerID, headerIDCount) == 0 {
            st.failure = Failure(line: line, kind: nil, message: SchoolRecordWorker.headerAgain)
            return false
        }
        // Subtotal rows (小計, 檜原村 計) are not schools, whatever else they hold.
        // Three explicit slots: a loop over an array of roles would cost an allocation a record.
        let shiftJIS = encoding == .shiftJIS
        if let label = subtotalLabel(starts, lengths, Role.municipality, shiftJIS) ?? subtotalLabel(starts, lengths, Role.schoolName, shiftJIS)
            ?? subtotalLabel(starts, lengths, Role.schoolID, shiftJIS) {
            return !reject(&st, .notASchool, line: line, "a subtotal row ('\(label)'), not a school")
        }
        var year: Int32 = 0
        if let s = starts[Int(Role.year.rawValue)] {
            let l = lengths[Int(Role.year.rawValue)]
            year = l == 4 ? SchoolRecordWorker.fourDigits(s) : -1
            if year < 0 { year = st.yearInterner.value(s, l) }
            if year == SchoolRecordWorker.undecodable { return undecodable(&st, s, l, line: line) }
            if year == SchoolRecordWorker.subtotal {
                return !reject(&st, .notASchool, line: line, "a subtotal row (年度 '\(text(s, l).trimmingPublishedSpaces())'), not a school")
            }
            if year < 0 { return !reject(&st, .invalidYear, line: line, "invalid year '\(text(s, l))'") }
            if Int(year) < SchoolRecordLabels.firstSurveyYear || Int(year) > lastYear {
                return !reject(&st, .invalidYear, line: line, "year '\(text(s, l))' (\(year)) is outside the survey's years (\(SchoolRecordLabels.firstSurveyYear)–\(lastYear))")
            }
        }
        var prefecture: Int32 = 0
        if let s = starts[Int(Role.prefecture.rawValue)] {
            let l = lengths[Int(Role.prefecture.rawValue)]
            prefecture = st.prefectureInterner.value(s, l)
            if prefecture == SchoolRecordWorker.undecodable { return undecodable(&st, s, l, line: line) }
            if prefecture == SchoolRecordWorker.subtotal {
                return !reject(&st, .notASchool, line: line, "a subtotal row (都道府県 '\(text(s, l).trimmingPublishedSpaces())'), not a school")
            }
            if prefecture < 0 {
                let t = text(s, l)
                let hint = Prefecture.nearest(to: t).map { "; did you mean '\($0.name)'?" } ?? ""
                return !reject(&st, .unknownPrefecture, line: line, "unknown prefecture '\(t)'\(hint)")
            }
        }
        var type: Int32 = 0
        if let s = starts[Int(Role.schoolType.rawValue)] {
            let l = lengths[Int(Role.schoolType.rawValue)]
            type = st.typeInterner.value(s, l)
            if type == SchoolRecordWorker.undecodable { return undecodable(&st, s, l, line: line) }
            if type == SchoolRecordWorker.subtotal {
                return !reject(&st, .notASchool, line: line, "a subtotal row (学校種 '\(text(s, l).trimmingPublishedSpaces())'), not a school")
            }
            if type == SchoolRecordWorker.outsideSurvey {
                return !reject(&st, .outsideSurvey, line: line, "'\(text(s, l).trimmingPublishedSpaces())' is outside the survey, which counts 幼稚園 (幼稚園型認定こども園 included), 小学校, 中学校, 義務教育学校, 高等学校, 中等教育学校 and 特別支援学校")
            }
            if type < 0 {
                let t = text(s, l)
                let hint = SchoolType.nearest(to: t).map { "; did you mean '\($0.label)'?" } ?? ""
                return !reject(&st, .unknownSchoolType, line: line, "unknown school type '\(t)'\(hint)")
            }
        }
        var flags: (cs: Int32, hq: Int32, similar: Int32) = (0, 0, 0)
        if let s = starts[Int(Role.cs.rawValue)] {
            flags.cs = flag(&st, s, lengths[Int(Role.cs.rawValue)], seenBit: 1)
            if flags.cs < 0 { return !rejectFlag(&st, "cs", s, lengths[Int(Role.cs.rawValue)], line: line) }
        }
        if let s = starts[Int(Role.hq.rawValue)] {
            flags.hq = flag(&st, s, lengths[Int(Role.hq.rawValue)], seenBit: 2)
            if flags.hq < 0 { return !rejectFlag(&st, "hq", s, lengths[Int(Role.hq.rawValue)], line: line) }
        }
        if let s = starts[Int(Role.similar.rawValue)] {
            flags.similar = flag(&st, s, lengths[Int(Role.similar.rawValue)], seenBit: 4)
            if flags.similar < 0 { return !rejectFlag(&st, "similar", s, lengths[Int(Role.similar.rawValue)], line: line) }
        }
        if let s = starts[Int(Role.schoolID.rawValue)] {
            let l = lengths[Int(Role.schoolID.rawValue)]
            let verdict: Bool?
            if let code = SchoolIDKey.code(year: Int(year), s, l) {
                // The commonest case: capitals and digits as written, an exact code: no copy.
                verdict = admit(&st, s, l, key: code, written: s, l, year: year, type: type, prefecture: prefecture, line: line)
            } else if let (id, n) = fastID(s, l) {
                // Compared as the String rule has it (upper-cased, trimmed, full width folded),
                // with no String made: lower case, hyphens or kanji must not be slower.
                if let label = subtotalID(id, n) { return !reject(&st, .notASchool, line: line, "a subtotal row (school id '\(label)'), not a school") }
                verdict = admit(&st, id, n, key: SchoolIDKey.key(year: Int(year), id, n), written: s, l,
                                year: year, type: type, prefecture: prefecture, line: line)
            } else {
                verdict = admitWrittenOtherwise(&st, s, l, year: year, type: type, prefecture: prefecture, line: line)
            }
            if let verdict { return verdict }
        }
        var municipality: UInt64 = 0
        if groupMunicipality, let s = starts[Int(Role.municipality.rawValue)] {
            let l = lengths[Int(Role.municipality.rawValue)]
            let id = st.municipalityInterner.value(s, l)
            if id == SchoolRecordWorker.undecodable { return undecodable(&st, s, l, line: line) }
            municipality = UInt64(UInt32(bitPattern: id))
        }
        let key = GroupKey(year: groupYear ? Int(year) : 0, prefecture: groupPrefecture ? Int(prefecture) : 0,
                           schoolType: groupType ? Int(type) : nil, municipality: UInt32(truncatingIfNeeded: municipality))
        st.groups.add(key, cs: flags.cs == 1, hq: flags.hq == 1, similar: flags.similar == 1)
        return true
    }

    /// A flag: `0` or `1` directly, an empty cell (or one of spaces) by `blankIsNo`, anything
    /// else through the interner (−1 when not a flag). A cell that is not blank sets `seenBit`
    /// in `flagsSeen`.
    @inline(__always)
    private func flag(_ st: inout State, _ s: UnsafePointer<UInt8>, _ l: Int, seenBit: UInt8) -> Int32 {
        if l == 1, s[0] &- UInt8(ascii: "0") <= 1 { st.flagsSeen |= seenBit; return Int32(s[0] &- UInt8(ascii: "0")) }
        let v = l == 0 ? SchoolRecordWorker.blankFlag : st.flagInterner.value(s, l)
        if v == SchoolRecordWorker.blankFlag { return blankIsNo ? 0 : -1 }
        st.flagsSeen |= seenBit
        return v
    }

    /// Notes a school id (as compared) of a year: the line it was first seen on when it is a
    /// duplicate (only when confirming), else `nil`.
    @inline(__always)
    private func seen(_ st: inout State, key: UInt64, year: Int32, _ id: UnsafePointer<UInt8>, _ n: Int, line: Int) -> Int? {
        guard let suspects else {
            st.ids.insert(key)
            return nil
        }
        guard suspects.contains(key) else { return nil }
        let occurrence = IDOccurrence(year: year, id: Array(UnsafeBufferPointer(start: id, count: n)))
        if let first = st.firstLines[occurrence] {
            st.foundDuplicate = true
            return first
        }
        st.firstLines[occurrence] = line + lineBase
        return nil
    }

    /// Where a duplicate was seen: its year, or the file when there is no year column.
    private func yearText(_ year: Int32) -> String {
        year > 0 ? SurveyYear(gregorian: Int(year)).japaneseLabel : "the file"
    }

    /// Checks an id as compared (`id`, `n`; its key) against its row (a 学校コード's type and
    /// prefecture) and against the ids seen: `nil` when the record goes on to be counted, else
    /// what `count` returns (the record is left out, and whether the worker goes on).
    @inline(__always)
    private func admit(
        _ st: inout State, _ id: UnsafePointer<UInt8>, _ n: Int, key: UInt64, written s: UnsafePointer<UInt8>, _ l: Int,
        year: Int32, type: Int32, prefecture: Int32, line: Int
    ) -> Bool? {
        // The commonest case, on the first pass: an id with nothing to say against its row is
        // kept, with no call (``admitChecked`` is the whole rule, messages and all).
        if suspects == nil, n != 13 || codeAgrees(id, type: type, prefecture: prefecture) {
            st.ids.insert(key)
            return nil
        }
        return admitChecked(&st, id, n, key: key, written: s, l, year: year, type: type, prefecture: prefecture, line: line)
    }

    /// ``admit``'s whole rule: a 学校コード against its row, then the id against the ids seen.
    @inline(never)
    private func admitChecked(
        _ st: inout State, _ id: UnsafePointer<UInt8>, _ n: Int, key: UInt64, written s: UnsafePointer<UInt8>, _ l: Int,
        year: Int32, type: Int32, prefecture: Int32, line: Int
    ) -> Bool? {
        if n == 13, let problem = codeProblem(id, n, type: type, prefecture: prefecture) {
            return !reject(&st, .codeMismatch, line: line, problem)
        }
        guard let first = seen(&st, key: key, year: year, id, n, line: line) else { return nil }
        let written = text(s, l)
        let code = LabelText.shown(String(decoding: UnsafeBufferPointer(start: id, count: n), as: UTF8.self))
        let shown = code == written ? "'\(written)'" : "'\(code)' (written '\(written)')"
        return !reject(&st, .duplicateID, line: line, "school id \(shown) appears again in \(yearText(year)) (first at line \(first))")
    }

    /// ``admit`` for an id the byte paths leave to the String rule (Excel's ', ="…", other
    /// scripts): decoded, normalized, and refused when empty or a subtotal.
    private func admitWrittenOtherwise(
        _ st: inout State, _ s: UnsafePointer<UInt8>, _ l: Int, year: Int32, type: Int32, prefecture: Int32, line: Int
    ) -> Bool? {
        if encoding == .shiftJIS {
            // A Shift_JIS id (kana, kanji, half-width katakana) written as UTF-8 by table, then
            // by the byte-level rule, as a UTF-8 file's would be: no call into Foundation an id.
            let capacity = SchoolRecordWorker.idScratchCapacity
            let staging = idScratch + capacity
            if let u = ShiftJISTable.utf8(s, l, into: staging, capacity: 3 * capacity),
               let n = SchoolRecordLabels.normalizedID(utf8: staging, count: u, into: idScratch, capacity: capacity), n > 0 {
                if let label = subtotalID(idScratch, n) { return !reject(&st, .notASchool, line: line, "a subtotal row (school id '\(label)'), not a school") }
                return admit(&st, idScratch, n, key: SchoolIDKey.key(year: Int(year), idScratch, n), written: s, l,
                             year: year, type: type, prefecture: prefecture, line: line)
            }
        }
        guard let written = SchoolRecordWorker.decoder(encoding)(UnsafeBufferPointer(start: s, count: l)) else {
            return undecodable(&st, s, l, line: line)
        }
        let id = SchoolRecordLabels.normalizedID(written)
        if id.isEmpty { return !reject(&st, .blankID, line: line, "the school id is empty: a row without an id is not a school (a subtotal?)") }
        // A control character (a vertical tab, ESC, U+0085, U+2028) in an id: no school's id,
        // and no way to tell which id was meant; refused, not compared as written.
        if let control = id.unicodeScalars.first(where: LabelText.isControl) {
            return !reject(&st, .invalidID, line: line, "the school id '\(LabelText.shown(written))' holds a control character (U+\(String(format: "%04X", control.value))): remove it")
        }
        if SchoolRecordLabels.isSubtotal(id) { return !reject(&st, .notASchool, line: line, "a subtotal row (school id '\(LabelText.shown(id))'), not a school") }
        return Array(id.utf8).withUnsafeBufferPointer { b in
            admit(&st, b.baseAddress!, b.count, key: SchoolIDKey.key(year: Int(year), b.baseAddress!, b.count), written: s, l,
                  year: year, type: type, prefecture: prefecture, line: line)
        }
    }

    /// What a 学校コード says against its row: a school type (its first two characters: B1
    /// 小学校, C1 中学校, …) or a prefecture (the next two) other than the row's. Ids of other
    /// shapes say nothing.
    @inline(__always)
    private func codeProblem(_ s: UnsafePointer<UInt8>, _ l: Int, type: Int32, prefecture: Int32) -> String? {
        // The commonest case, a code that agrees with its row, needs nothing more.
        guard l == 13, !codeAgrees(s, type: type, prefecture: prefecture) else { return nil }
        let codeType = SchoolRecordWorker.codeSchoolType(s[0], s[1])
        let codePrefecture = Int32(s[2] &- UInt8(ascii: "0")) &* 10 &+ Int32(s[3] &- UInt8(ascii: "0"))
        // Twelve digits after the letter, or it is no 学校コード.
        guard SchoolIDKey.digitValue(s + 1, 12) != nil else { return nil }
        // The code as text for the messages only.
        let code = String(decoding: UnsafeBufferPointer(start: s, count: l), as: UTF8.self)
        if codeType == -2 {
            return "school code '\(code)' is of a school outside the survey (\(s[0] == UInt8(ascii: "F") ? "F: universities and colleges" : "A2: 幼保連携型認定こども園")), whatever the row's school type says"
        }
        if hasTypeColumn, type >= 0, codeType != type,
           let coded = SchoolType(rawValue: Int(codeType)), let rowType = SchoolType(rawValue: Int(type)) {
            return "school code '\(code)' is a \(coded.label)'s (\(code.prefix(2))), but the row says \(rowType.label)"
        }
        if hasPrefectureColumn, prefecture > 0, codePrefecture != prefecture,
           let coded = Prefecture(code: Int(codePrefecture)), let row = Prefecture(code: Int(prefecture)) {
            return "school code '\(code)' is of \(coded.name) (\(coded.codeString)), but the row says \(row.name)"
        }
        return nil
    }

    /// Whether thirteen bytes at `s` say nothing against their row: a 学校コード of the row's
    /// school type (its first two characters) and prefecture (the next two), or no 学校コード
    /// at all (a first letter past F, two characters that name no school type). A code outside
    /// the survey (F, A2) never agrees. (Only the shape is looked at: ``codeProblem`` reads the
    /// digits before it says anything.)
    @inline(__always)
    private func codeAgrees(_ s: UnsafePointer<UInt8>, type: Int32, prefecture: Int32) -> Bool {
        guard s[0] &- UInt8(ascii: "A") <= 5 else { return true }
        let codeType = SchoolRecordWorker.codeSchoolType(s[0], s[1])
        // Two characters that name no school type: not a 学校コード (a hashed id, say).
        if codeType == -1 { return true }
        let codePrefecture = Int32(s[2] &- UInt8(ascii: "0")) &* 10 &+ Int32(s[3] &- UInt8(ascii: "0"))
        return codeType >= 0 && (!hasTypeColumn || type < 0 || codeType == type)
            && (!hasPrefectureColumn || prefecture <= 0 || codePrefecture == prefecture)
    }

    /// The school type a 学校コード's first two characters name, as a ``SchoolType`` raw value:
    /// A1 幼稚園, B1 小学校, C1 中学校, C2 義務教育学校, D1 高等学校, D2 中等教育学校, E1 特別支援学校;
    /// −2 for a school outside the survey (A2 幼保連携型認定こども園, F universities and colleges);
    /// −1 for two characters that name none. For A–F and 1–2 the answer is a nibble of one
    /// constant (the value + 2, nibble (letter × 2 + digit − 1)), read with no branch on the pair.
    @inline(__always)
    static func codeSchoolType(_ first: UInt8, _ second: UInt8) -> Int32 {
        let letter = first &- UInt8(ascii: "A"), digit = second &- UInt8(ascii: "1")
        if letter == 5 { return -2 }
        guard letter < 5, digit < 2 else { return -1 }
        // Nibbles 0…9: A1 2, A2 0, B1 3, B2 1, C1 4, C2 5, D1 6, D2 7, E1 8, E2 1.
        let nibbles: UInt64 = 0x18_7654_1302
        return Int32(truncatingIfNeeded: (nibbles >> (UInt64(letter &* 2 &+ digit) &* 4)) & 0xF) - 2
    }

    /// An id as compared (UTF-8) when it marks a subtotal row: 小計 or 檜原村 計 with an
    /// ideographic space after it, which the test on the cell as written does not see.
    @inline(__always)
    private func subtotalID(_ id: UnsafePointer<UInt8>, _ n: Int) -> String? {
        guard n >= 3, id[n - 1] == 0x88, id[n - 2] == 0xA8, id[n - 3] == 0xE8 else { return nil }
        let label = String(decoding: UnsafeBufferPointer(start: id, count: n), as: UTF8.self)
        return SchoolRecordLabels.isSubtotal(label) ? label : nil
    }

    /// The cell of a role when it marks a subtotal row (ends with 計 and reads as one).
    @inline(__always)
    private func subtotalLabel(
        _ starts: UnsafeMutablePointer<UnsafePointer<UInt8>?>, _ lengths: UnsafeMutablePointer<Int>, _ role: Role, _ shiftJIS: Bool
    ) -> String? {
        let slot = Int(role.rawValue)
        guard let s = starts[slot] else { return nil }
        let l = lengths[slot]
        guard SchoolRecordWorker.endsWithKei(s, l, shiftJIS: shiftJIS) else { return nil }
        let label = text(s, l).trimmingPublishedSpaces()
        return SchoolRecordLabels.isSubtotal(label) ? label : nil
    }

    /// An id as compared, byte by byte (``SchoolRecordLabels/normalizedID(utf8:count:into:capacity:)``
    /// in UTF-8, ASCII letters and digits in Shift_JIS), in the worker's scratch; `nil` leaves
    /// it to the String rule.
    @inline(__always)
    func fastID(_ s: UnsafePointer<UInt8>, _ l: Int) -> (bytes: UnsafePointer<UInt8>, count: Int)? {
        if let ascii = asciiID(s, l) { return ascii }
        guard encoding == .utf8, let n = SchoolRecordLabels.normalizedID(utf8: s, count: l, into: idScratch, capacity: SchoolRecordWorker.idScratchCapacity),
              n > 0 else { return nil }
        return (UnsafePointer(idScratch), n)
    }

    /// An id of printable ASCII as compared, and its length: itself when it has no lower case
    /// and no surrounding space, else upper-cased and trimmed into the worker's scratch; `nil`
    /// for any other id.
    @inline(__always)
    func asciiID(_ s: UnsafePointer<UInt8>, _ l: Int) -> (bytes: UnsafePointer<UInt8>, count: Int)? {
        // Eight bytes at a time when no space needs trimming (the words overlap at the end):
        // upper-cased a word at a time into scratch, so the key's hash reads back whole words.
        if l >= 8, l <= SchoolRecordWorker.idScratchCapacity, s[0] != UInt8(ascii: " "), s[l &- 1] != UInt8(ascii: " ") {
            var lower: UInt64 = 0
            var at = 0
            while true {
                let word = UnsafeRawPointer(s + at).loadUnaligned(as: UInt64.self)
                guard let lanes = SchoolRecordWorker.plainIDLowerCase(word) else { return nil }
                lower |= lanes
                UnsafeMutableRawPointer(idScratch + at).storeBytes(of: word &- lanes &>> 2, as: UInt64.self)
                if at == l &- 8 { break }
                at = min(at &+ 8, l &- 8)
            }
            return lower == 0 ? (s, l) : (UnsafePointer(idScratch), l)
        }
        var start = 0, end = l
        while start < end, s[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, s[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard end > start else { return nil }
        var any: UInt8 = 0
        for k in start..<end {
            let c = plainByte[Int(s[k])]
            if c == 0 { return nil }
            any |= c
        }
        if any == 1, start == 0, end == l { return (s, l) }
        guard end - start <= SchoolRecordWorker.idScratchCapacity else { return nil }
        for k in start..<end { idScratch[k - start] = plainByte[Int(s[k])] == 2 ? s[k] &- 0x20 : s[k] }
        return (UnsafePointer(idScratch), end - start)
    }

    /// ``plainByte``'s rule for eight bytes (a little-endian word) at once: `nil` when a byte
    /// is not printable ASCII (0x20–0x7E) or is a quote, an apostrophe or `=`; else the lanes
    /// (bit 7 of each byte) holding a lower-case letter, which `word - lanes >> 2` upper-cases.
    @inline(__always)
    static func plainIDLowerCase(_ word: UInt64) -> UInt64? {
        let refused = word | ByteScan.lanes(word, below: 0x20) | ByteScan.lanes(word, SWAR.broadcast(0x7F))
            | ByteScan.lanes(word, SWAR.quote) | ByteScan.lanes(word, SWAR.broadcast(UInt8(ascii: "'")))
            | ByteScan.lanes(word, SWAR.broadcast(UInt8(ascii: "=")))
        guard refused & SWAR.highs == 0 else { return nil }
        // Every byte is below 0x80: adding 0x1F sets bit 7 from `a` (0x61) up, adding 0x05 from
        // `{` (0x7B) up, with no carry into the next byte.
        return (word &+ SWAR.broadcast(0x1F)) & ~(word &+ SWAR.broadcast(0x05)) & SWAR.highs
    }

    /// Whether a field ends with 計 (E8 A8 88 in UTF-8, 8C 76 in Shift_JIS), spaces and
    /// ideographic spaces after it aside: the cheap test before a subtotal label is decoded
    /// (a Shift_JIS 81 40 may be taken wrongly for a space: the label's own test decides).
    @inline(__always)
    static func endsWithKei(_ s: UnsafePointer<UInt8>, _ l: Int, shiftJIS: Bool) -> Bool {
        // Most cells end in another byte: one test and out.
        guard l >= 2 else { return false }
        let last = s[l - 1]
        if last != (shiftJIS ? 0x76 : 0x88), last != UInt8(ascii: " "), last != (shiftJIS ? 0x40 : 0x80) { return false }
        var end = l
        while end > 0 {
            if s[end - 1] == UInt8(ascii: " ") {
                end -= 1
            } else if shiftJIS, end >= 2, s[end - 2] == 0x81, s[end - 1] == 0x40 {
                end -= 2
            } else if !shiftJIS, end >= 3, s[end - 3] == 0xE3, s[end - 2] == 0x80, s[end - 1] == 0x80 {
                end -= 3
            } else {
                break
            }
        }
        return shiftJIS ? end >= 2 && s[end - 2] == 0x8C && s[end - 1] == 0x76
            : end >= 3 && s[end - 3] == 0xE8 && s[end - 2] == 0xA8 && s[end - 1] == 0x88
    }

    /// Whether a record starts with ※ or 注 (UTF-8 E2 80 BB, E6 B3 A8; Shift_JIS 81 A6, 92 8D).
    @inline(__always)
    static func startsWithNoteMark(_ s: UnsafePointer<UInt8>, _ l: Int, shiftJIS: Bool) -> Bool {
        if shiftJIS { return l >= 2 && ((s[0] == 0x81 && s[1] == 0xA6) || (s[0] == 0x92 && s[1] == 0x8D)) }
        return l >= 3 && ((s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xBB) || (s[0] == 0xE6 && s[1] == 0xB3 && s[2] == 0xA8))
    }

    /// Whether a record's bytes are delimiters, spaces and its line end only.
    static func onlyDelimiters(_ s: UnsafePointer<UInt8>, _ l: Int, _ delimiter: UInt8) -> Bool {
        for k in 0..<l {
            let b = s[k]
            if b != delimiter && b != UInt8(ascii: "\n") && b != UInt8(ascii: "\r") && b != UInt8(ascii: " ") { return false }
        }
        return true
    }

    /// Stops the worker: a field's bytes are not text in the file's encoding. Not a bad record
    /// to skip: the file, or the encoding chosen for it, is wrong.
    /// A field's bytes are not text in the file's encoding: the same error a table reader
    /// gives, at the first bad byte's offset in the file.
    private func undecodable(_ st: inout State, _ s: UnsafePointer<UInt8>, _ l: Int, line: Int) -> Bool {
        let bytes = Array(UnsafeBufferPointer(start: s, count: l))
        let bad = (encoding == .shiftJIS
            ? ShiftJISValidation.firstInvalidOffset(in: bytes) ?? ShiftJISValidation.firstUnmappableOffset(in: bytes)
            : UTF8Validation.firstInvalidOffset(in: bytes)) ?? 0
        // The bad byte and the next, as a table reader shows them; a field unescaped into
        // scratch (doubled quotes) is placed at its record's start.
        var offset = st.recordOffset
        var shown = Array(bytes[bad..<min(l, bad + 2)])
        if let address = st.bufferAddress, s >= address, s < address + st.bufferCount {
            offset = st.bufferBase + (s - address) + bad
            shown = Array(UnsafeBufferPointer(start: s + bad, count: min(2, address + st.bufferCount - (s + bad))))
        }
        st.failure = Failure(line: line, kind: nil, message: "", error: .invalidEncoding(
            SourcePosition(file: nil, line: line), encoding: encoding, byteOffset: offset, bytes: shown))
        return false
    }

    private func rejectFlag(_ st: inout State, _ name: String, _ s: UnsafePointer<UInt8>, _ l: Int, line: Int) -> Bool {
        if SchoolRecordWorker.decoder(encoding)(UnsafeBufferPointer(start: s, count: l)) == nil {
            return !undecodable(&st, s, l, line: line)
        }
        if l == 0 || st.flagInterner.value(s, l) == SchoolRecordWorker.blankFlag {
            return reject(&st, .invalidFlag, line: line, "\(name) is empty: a blank flag is not read as 'no' unless --blank-is-no is given (for files that mark only the yes, with ○)")
        }
        return reject(&st, .invalidFlag, line: line, "\(name) is '\(text(s, l))', expected a flag (0/1, yes/no, ○/×, 有/無)")
    }

    /// A year of four ASCII digits from 1926 (昭和元年) on, or −1: read as one 32-bit word
    /// (``SchoolIDKey/eightDigits(_:)``'s rule on four lanes).
    @inline(__always)
    static func fourDigits(_ s: UnsafePointer<UInt8>) -> Int32 {
        let word = UnsafeRawPointer(s).loadUnaligned(as: UInt32.self)
        guard word & 0xF0F0_F0F0 == 0x3030_3030, (word &+ 0x0606_0606) & 0xF0F0_F0F0 == 0x3030_3030 else { return -1 }
        var v = word & 0x0F0F_0F0F
        v = (v &* 10 &+ (v >> 8)) & 0x00FF_00FF
        let year = Int32((v &* 100 &+ (v >> 16)) & 0xFFFF)
        return year >= 1926 ? year : -1
    }

    /// Records an invalid record; `true` when the worker must stop (not skipping).
    private func reject(_ st: inout State, _ kind: InvalidRecordKind, line: Int, _ message: @autoclosure () -> String) -> Bool {
        if isHeaderInOtherWords(st) {
            st.failure = Failure(line: line, kind: nil, message: SchoolRecordWorker.headerAgain)
            return true
        }
        if skipInvalid {
            st.skipped.add(kind, line: line, message: message)
            return false
        }
        st.failure = Failure(line: line, kind: kind, message: message())
        return true
    }
}

extension SchoolRecordWorker {
    static let headerAgain = "the header again (two files joined?): remove it, and check that the rows after it have their columns in the same order"

    /// Whether the record being refused is a header, written in other words than the file's
    /// own (学校コード under school_id, the columns perhaps in another order): two cells or more
    /// that name a school-level column. Its rows after cannot be counted by this header's
    /// columns, --skip-invalid or not.
    func isHeaderInOtherWords(_ st: State) -> Bool {
        guard let starts = st.recordStarts, let lengths = st.recordLengths else { return false }
        // A column name does not start with a digit; a subtotal row's counts, a year or a flag
        // 0/1 do: those rows (a file may hold one in five) are out before anything is decoded.
        for slot in 0..<SchoolRecordWorker.roleSlots {
            if let s = starts[slot], lengths[slot] > 0, s[0] &- UInt8(ascii: "0") < 10 { return false }
        }
        var named = 0
        for slot in 0..<SchoolRecordWorker.roleSlots {
            guard let s = starts[slot], lengths[slot] > 0, lengths[slot] < 200,
                  let cell = SchoolRecordWorker.decoder(encoding)(UnsafeBufferPointer(start: s, count: lengths[slot])) else { continue }
            if SchoolRecordColumns.namesRole(cell) { named += 1 }
        }
        return named >= 2
    }
}

/// Notes a worker collects once each, from inside its interners' closures.
private final class NotesBox {
    private(set) var notes: [SchoolRecordLabels.Note] = []
    func add(_ note: SchoolRecordLabels.Note) { if !notes.contains(note) { notes.append(note) } }
}
