/// A strict RFC 4180 reader of CSV and TSV records over UTF-8 bytes.
///
/// The reader is a small state machine over bytes, in the manner of csv-core: start of field,
/// unquoted field, quoted field, after a closing quote. Plain bytes of unquoted and quoted fields
/// go through a tight loop that copies them into the record's reused buffer, stopping only at the
/// few bytes that matter (delimiter, quote, CR, LF), found eight at a time by ``ByteScan``, which
/// the school-level reader of `aggregate` shares.
///
/// It accepts LF, CRLF and lone CR line ends, a last line with or without a line end, line breaks
/// and doubled quotes inside quoted fields, and skips blank lines. It rejects an unterminated
/// quote, a quote inside an unquoted field and text after a closing quote, each with its position.
/// Field counts are checked by the table layer, which knows where the header is.
public final class CSVReader {
    /// The field delimiter: `,`, tab or `;`.
    public let delimiter: UInt8
    /// The file name used in error positions (`nil` for standard input).
    public let file: String?

    private let source: ByteSource
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private let scan: ByteScan.Delimiter
    // The reader is not shared between threads and these are touched on every record: no
    // run-time exclusivity checks.
    @exclusivity(unchecked) private var pos = 0
    @exclusivity(unchecked) private var end = 0
    /// The absolute offset of `buffer[0]` in the input.
    @exclusivity(unchecked) private var base = 0
    @exclusivity(unchecked) private var line = 1
    @exclusivity(unchecked) private var records = 0
    @exclusivity(unchecked) private var skipLineFeed = false
    @exclusivity(unchecked) private var exhausted = false
    // Columns are counted lazily from an anchor on the current line, so the hot loops never count.
    @exclusivity(unchecked) private var anchorOffset = 0
    @exclusivity(unchecked) private var anchorColumn = 1

    private enum State { case startField, unquoted, quoted, afterQuote }

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - source: where the UTF-8 bytes come from.
    ///   - delimiter: the field delimiter byte.
    ///   - file: the file name for error positions.
    ///   - chunkSize: how many bytes are read at a time; memory use is bounded by it and the widest record.
    public init(source: ByteSource, delimiter: UInt8, file: String?, chunkSize: Int = 1 << 20) {
        self.source = source
        self.delimiter = delimiter
        self.file = file
        self.capacity = max(chunkSize, 16)
        self.buffer = .allocate(capacity: capacity)
        self.scan = ByteScan.Delimiter(delimiter)
    }

    /// Creates a reader over decoded text in memory.
    public convenience init(utf8: [UInt8], delimiter: UInt8, file: String?) {
        self.init(source: MemoryByteSource(utf8), delimiter: delimiter, file: file,
                  chunkSize: min(max(utf8.count, 1 << 12), 1 << 20))
    }

    deinit {
        buffer.deallocate()
    }

    /// Reads the next record into `record`, replacing its contents.
    ///
    /// - Returns: `false` at the end of the input (and `record` is then empty).
    /// - Throws: `ReadError` for malformed quoting, or when the source fails.
    /// - Complexity: O(*n*) in the record's length.
    public func read(into record: CSVRecord) throws(ReadError) -> Bool {
        record.reset()
        // Skip blank lines.
        while true {
            if pos == end, !(try refill()) { return false }
            let b = buffer[pos]
            if skipLineFeed {
                skipLineFeed = false
                if b == UInt8(ascii: "\n") {
                    // The LF of a CRLF: the line starts after it, so move the column anchor too.
                    pos += 1
                    anchorOffset = base + pos
                    anchorColumn = 1
                    continue
                }
            }
            if b == UInt8(ascii: "\n") { pos += 1; newLine() ; continue }
            if b == UInt8(ascii: "\r") { pos += 1; newLine(); skipLineFeed = true; continue }
            break
        }
        records += 1
        record.line = line
        record.index = records

        var state = State.startField
        var fieldStart = base + pos
        var quoteLine = 0, quoteColumn = 0
        var lastWasCarriageReturn = false

        while true {
            if pos == end, !(try refill()) {
                switch state {
                case .quoted:
                    throw ReadError.unterminatedQuote(
                        SourcePosition(file: file, line: quoteLine, column: quoteColumn),
                        openedAtLine: quoteLine, field: record.count + 1)
                case .startField:
                    // An empty last field after a delimiter at the input's end starts there,
                    // not where the field before it did.
                    record.endField(startedAt: base + pos)
                    return true
                case .unquoted, .afterQuote:
                    record.endField(startedAt: fieldStart)
                    return true
                }
            }
            switch state {
            case .startField:
                fieldStart = base + pos
                if buffer[pos] == UInt8(ascii: "\"") {
                    quoteLine = line
                    quoteColumn = column(at: base + pos)
                    pos += 1
                    lastWasCarriageReturn = false
                    state = .quoted
                } else {
                    state = .unquoted
                }

            case .unquoted:
                record.reserveBytes(end - pos + 8)
                var i = pos
                var o = record.byteCount
                let output = record.bytes
                // Eight bytes at a time while none of them is special (SWAR), then byte by byte.
                while i &+ 8 <= end {
                    let word = UnsafeRawPointer(buffer + i).loadUnaligned(as: UInt64.self)
                    UnsafeMutableRawPointer(output + o).storeBytes(of: word, as: UInt64.self)
                    let found = ByteScan.specials(word, scan)
                    if found != 0 {
                        let k = found.trailingZeroBitCount &>> 3
                        o &+= k
                        i &+= k
                        break
                    }
                    o &+= 8
                    i &+= 8
                }
                while i < end {
                    let b = buffer[i]
                    if scan.isSpecial(b) { break }
                    output[o] = b
                    o &+= 1
                    i &+= 1
                }
                record.byteCount = o
                pos = i
                if i == end { continue }
                switch buffer[i] {
                case delimiter:
                    record.endField(startedAt: fieldStart)
                    pos += 1
                    state = .startField
                case UInt8(ascii: "\n"):
                    record.endField(startedAt: fieldStart)
                    pos += 1
                    newLine()
                    return true
                case UInt8(ascii: "\r"):
                    record.endField(startedAt: fieldStart)
                    pos += 1
                    newLine()
                    skipLineFeed = true
                    return true
                default:
                    throw ReadError.quoteInUnquotedField(
                        SourcePosition(file: file, line: line, column: column(at: base + i)),
                        record: records, field: record.count + 1)
                }

            case .quoted:
                record.reserveBytes(end - pos + 8)
                var i = pos
                var o = record.byteCount
                let output = record.bytes
                while i &+ 8 <= end {
                    let word = UnsafeRawPointer(buffer + i).loadUnaligned(as: UInt64.self)
                    let found = ByteScan.quotedSpecials(word)
                    if found != 0 { break }
                    UnsafeMutableRawPointer(output + o).storeBytes(of: word, as: UInt64.self)
                    o &+= 8
                    i &+= 8
                }
                // Plain bytes copied above end any CRLF begun by a CR before them (one that ended
                // the previous chunk), so a later LF is a line end of its own.
                if i != pos { lastWasCarriageReturn = false }
                while i < end {
                    let b = buffer[i]
                    if b == UInt8(ascii: "\"") { break }
                    output[o] = b
                    o &+= 1
                    i &+= 1
                    // Line breaks inside quotes are kept as data but still advance the line count.
                    if b == UInt8(ascii: "\n") {
                        if !lastWasCarriageReturn { line += 1 }
                        anchorOffset = base + i
                        anchorColumn = 1
                        lastWasCarriageReturn = false
                    } else if b == UInt8(ascii: "\r") {
                        line += 1
                        anchorOffset = base + i
                        anchorColumn = 1
                        lastWasCarriageReturn = true
                    } else {
                        lastWasCarriageReturn = false
                    }
                }
                record.byteCount = o
                pos = i
                if i == end { continue }
                pos += 1
                state = .afterQuote

            case .afterQuote:
                let b = buffer[pos]
                switch b {
                case UInt8(ascii: "\""):
                    record.reserveBytes(1)
                    record.bytes[record.byteCount] = b
                    record.byteCount += 1
                    pos += 1
                    lastWasCarriageReturn = false
                    state = .quoted
                case delimiter:
                    record.endField(startedAt: fieldStart)
                    pos += 1
                    state = .startField
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    record.endField(startedAt: fieldStart)
                    pos += 1
                    newLine()
                    skipLineFeed = b == UInt8(ascii: "\r")
                    return true
                default:
                    throw ReadError.textAfterClosingQuote(
                        SourcePosition(file: file, line: line, column: column(at: base + pos)),
                        record: records, field: record.count + 1, found: foundCharacter(at: pos))
                }
            }
        }
    }

    /// Reads every remaining record as strings, with the line each starts on.
    ///
    /// - Complexity: O(*n*) in the input's size.
    public func readAll() throws(ReadError) -> [(line: Int, fields: [String])] {
        let record = CSVRecord()
        var rows: [(line: Int, fields: [String])] = []
        while try read(into: record) {
            rows.append((record.line, record.fields))
        }
        return rows
    }

    // MARK: Positions

    private func newLine() {
        line += 1
        anchorOffset = base + pos
        anchorColumn = 1
    }

    /// The 1-based character column of an absolute offset on the current line, in the current chunk.
    private func column(at offset: Int) -> Int {
        var i = max(anchorOffset, base) - base
        var column = anchorColumn
        while i < offset - base {
            if buffer[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        anchorOffset = offset
        anchorColumn = column
        return column
    }

    private func foundCharacter(at index: Int) -> String {
        let lead = buffer[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        var bytes = [lead]
        var i = index + 1
        while bytes.count < length {
            var next: UInt8 = 0
            if i < end {
                next = buffer[i]
                i += 1
            } else {
                // The character runs into the next chunk. Reading stops at this error, so the
                // rest of the character can be taken from the source without refilling.
                let n = withUnsafeMutableBytes(of: &next) { (try? source.read(into: $0)) ?? 0 }
                if n == 0 { break }
            }
            bytes.append(next)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func refill() throws(ReadError) -> Bool {
        if exhausted { return false }
        // Carry the column anchor across the chunk boundary before the old bytes go.
        if anchorOffset < base + end { _ = column(at: base + end) }
        base += end
        pos = 0
        end = try source.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: capacity))
        if end == 0 { exhausted = true; return false }
        return true
    }
}
