/// A CSV or TSV file read as a stream: the layout recognised on its first records, the rest
/// given record by record, so a viewer's memory does not grow with the file.
///
/// A file of up to ``wholeBytes`` is read whole, exactly as ``DelimitedTable`` reads it
/// (``isWhole``). A larger one is decoded as it is read (UTF-8 checked chunk by chunk,
/// Shift_JIS turned into UTF-8 by ``ShiftJISDecodingSource``); its first ``headRecords`` records
/// are recognised as a file of their own (``head``), and every record after them takes its
/// role from the kind of file they showed: in any other file, data; in a school-level file or a
/// table, blank when every cell is, a note when its first cell is marked ※ or 注, else data.
/// (Title lines and headers stand at the top, within the first records; a published table of
/// millions of records does not exist.)
public final class TableStream {
    /// The first records, recognised: the whole file when ``isWhole``.
    public let head: DelimitedTable
    /// Whether ``head`` holds every record of the file.
    public let isWhole: Bool
    /// Whether the input read as UTF-8 is valid Shift_JIS too and holds no Japanese as UTF-8
    /// (a guess to say), as ``DecodedInput/couldBeShiftJIS``.
    public let couldBeShiftJIS: Bool
    private let reader: CSVReader?
    private let record = CSVRecord()

    /// Up to this many bytes, a file is read whole.
    public static let wholeBytes = 8 << 20
    /// How many records of a larger file are recognised before the rest is streamed.
    public static let headRecords = 10_000

    /// Opens a stream over a source.
    ///
    /// - Parameters:
    ///   - source: the bytes (a file, standard input).
    ///   - encoding: the encoding, or `nil` to detect it from the first bytes.
    ///   - delimiter: the delimiter, or `nil` to use the file's extension, else to sniff it.
    ///   - file: the name for positions.
    ///   - wholeBytes: up to this many bytes the file is read whole (tests lower it).
    ///   - headRecords: how many records of a larger file are recognised (tests lower it).
    ///   - origin: the workbook sheet the bytes were made from (its merged ranges inform recognition).
    /// - Throws: `ReadError` for input that cannot be read or decoded, or has no header.
    public init(source: ByteSource, encoding: TextEncoding?, delimiter: UInt8?, file: String?,
                wholeBytes: Int = TableStream.wholeBytes, headRecords: Int = TableStream.headRecords,
                origin: Workbook.Origin? = nil) throws(ReadError) {
        // The first bytes: the whole file if it is small.
        let first = UnsafeMutableRawBufferPointer.allocate(byteCount: wholeBytes + 1, alignment: 1)
        defer { first.deallocate() }
        var got = 0
        while got < first.count {
            let n = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: first[got...]))
            if n == 0 { break }
            got += n
        }
        let prefix = Array(first[..<got])
        if got <= wholeBytes {
            let input = try DecodedInput(bytes: prefix, encoding: encoding, file: file)
            head = try DelimitedTable(input: input, delimiter: delimiter, file: file, origin: origin)
            isWhole = true
            couldBeShiftJIS = input.couldBeShiftJIS
            reader = nil
            return
        }
        // The encoding from the first whole lines, as a whole file's would be told.
        var sample = prefix
        if let last = sample.lastIndex(of: UInt8(ascii: "\n")) { sample.removeSubrange((last + 1)...) }
        let decoded = try DecodedInput(bytes: sample, encoding: encoding, file: file)
        let rest = PrefixedByteSource(prefix, then: source)
        let text: ByteSource
        switch decoded.encoding {
        case .utf8: text = UTF8ValidatingSource(rest, file: file)
        case .shiftJIS: text = ShiftJISDecodingSource(rest, file: file)
        case .utf16:
            // Excel's Unicode text, this large, is read whole.
            var all = prefix
            while true {
                let n = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: first[...]))
                if n == 0 { break }
                all.append(contentsOf: first[..<n])
            }
            head = try DelimitedTable(input: DecodedInput(bytes: all, encoding: .utf16, file: file), delimiter: delimiter, file: file)
            isWhole = true
            couldBeShiftJIS = false
            reader = nil
            return
        }
        couldBeShiftJIS = decoded.couldBeShiftJIS
        let delimiter = delimiter ?? file.flatMap(Delimiter.forPath) ?? Delimiter.sniff(Array(decoded.utf8.prefix(1 << 16)))
        let reader = CSVReader(source: text, delimiter: delimiter, file: file)
        var rows: [DelimitedTable.Row] = []
        while rows.count < max(headRecords, 1), try reader.read(into: record) {
            rows.append(TableStream.row(record))
        }
        head = try DelimitedTable(records: rows, delimiter: delimiter, encoding: decoded.encoding, file: file, origin: origin)
        isWhole = false
        self.reader = reader
    }

    /// A record of the head (every field placed on the record's line, column 1: the head of a
    /// streamed file is placed by line).
    private static func row(_ record: CSVRecord) -> DelimitedTable.Row {
        DelimitedTable.Row(fields: record.fields, lines: Array(repeating: record.line, count: record.count),
                           columns: Array(repeating: 1, count: record.count))
    }

    /// The next record after the head and its role; `nil` at the end (and always when ``isWhole``).
    ///
    /// The record is the stream's own, reused: it holds the next record after the next call.
    ///
    /// - Throws: `ReadError` for broken quoting or bytes that are not text.
    public func next() throws(ReadError) -> (record: CSVRecord, role: Layout.LineRole)? {
        guard let reader, try reader.read(into: record) else { return nil }
        if head.layout.kind == .other { return (record, .data) }
        for i in 0..<record.count {
            // Most records start with a letter or digit: data, no String made.
            let lead = record.withField(i) { $0.first }
            guard let lead else { continue }
            if lead &- UInt8(ascii: "0") < 10 || (lead | 0x20) &- UInt8(ascii: "a") < 26 { return (record, .data) }
            let cell = record[i].trimmingPublishedSpaces()
            if cell.isEmpty { continue }
            return (record, Layout.isNoteMark(cell) ? .note : .data)
        }
        return (record, .blank)
    }
}
