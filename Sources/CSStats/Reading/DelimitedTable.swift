/// A CSV or TSV file read whole, with the shape of a published table recognised.
///
/// Published tables put title lines above the header, footnotes (`※…`, `注…`, `資料：…`) below
/// the data, and often a two-row header whose first row names the programme over merged (empty)
/// cells. This type separates those parts and checks that every data row has the header's
/// number of fields. It knows nothing of surveys: `SurveyTable` gives the columns meaning.
public struct DelimitedTable: Sendable {
    /// One data row with where each field starts, for error positions.
    public struct Row: Sendable {
        /// The fields, as written (unescaped).
        public var fields: [String]
        /// The 1-based line of each field's first character.
        public var lines: [Int]
        /// The 1-based character column of each field's first character.
        public var columns: [Int]
        /// The line on which the row starts.
        public var line: Int { lines.first ?? 0 }
    }

    /// The file name as given, or `nil` for standard input.
    public var file: String?
    /// Lines above the header that hold at most one field.
    public var titles: [String]
    /// The first header row of a two-row header (programme names over merged cells), padded
    /// to the header's width with the merged cells filled from the left; `nil` for one header row.
    public var groupHeader: [String]?
    /// The column names as written in the (last) header row.
    public var header: [String]
    /// The line of the (last) header row.
    public var headerLine: Int
    /// The data rows.
    public var rows: [Row]
    /// Lines below the data: notes and sources.
    public var footnotes: [String]
    /// The delimiter used.
    public var delimiter: UInt8
    /// The encoding the input was in.
    public var encoding: TextEncoding

    /// Column names with the group prefixed where there is one: `コミュニティ・スクール 導入校数`.
    public var qualifiedHeader: [String] {
        guard let groupHeader else { return header }
        return zip(groupHeader, header).map { group, name in group.isEmpty ? name : "\(group) \(name)" }
    }

    /// The position of field `field` of data row `row`.
    public func position(row: Int, field: Int) -> SourcePosition {
        let r = rows[row]
        guard field < r.lines.count else { return SourcePosition(file: file, line: r.line) }
        return SourcePosition(file: file, line: r.lines[field], column: r.columns[field])
    }
}

extension DelimitedTable {
    /// Reads a table from decoded text.
    ///
    /// - Parameters:
    ///   - input: the decoded text.
    ///   - delimiter: the delimiter, or `nil` to use the file's extension, else to sniff it.
    ///   - file: the file name for positions and the extension.
    /// - Throws: `ReadError` for malformed quoting, a row whose field count differs from the
    ///   header's, or an input with no header.
    /// - Complexity: O(*n*) in the input's size.
    public init(input: DecodedInput, delimiter: UInt8? = nil, file: String?) throws(ReadError) {
        let delimiter = delimiter ?? file.flatMap(Delimiter.forPath) ?? Delimiter.sniff(Array(input.utf8.prefix(1 << 16)))
        let reader = CSVReader(utf8: input.utf8, delimiter: delimiter, file: file)
        let record = CSVRecord()
        var records: [Row] = []
        while try reader.read(into: record) {
            records.append(DelimitedTable.row(from: record, in: input.utf8))
        }
        try self.init(records: records, delimiter: delimiter, encoding: input.encoding, file: file)
    }

    /// Reads a file (or standard input when `path` is `nil` or `-`), decoding it first.
    ///
    /// - Throws: `ReadError` when the file cannot be read, decoded or parsed.
    public init(path: String?, encoding: TextEncoding? = nil, delimiter: UInt8? = nil) throws(ReadError) {
        let name = (path == nil || path == "-") ? nil : path
        let bytes: [UInt8]
        if let name {
            bytes = try FileByteSource(path: name).readAll()
        } else {
            bytes = try FileByteSource().readAll()
        }
        let input = try DecodedInput(bytes: bytes, encoding: encoding, file: name)
        try self.init(input: input, delimiter: delimiter, file: name)
    }

    private static func row(from record: CSVRecord, in text: [UInt8]) -> Row {
        var lines = [Int](), columns = [Int]()
        lines.reserveCapacity(record.count)
        columns.reserveCapacity(record.count)
        var line = record.line, column = 1
        var offset = record.offset(ofField: 0)
        var lastWasCarriageReturn = false
        for i in 0..<record.count {
            let target = record.offset(ofField: i)
            while offset < target {
                let b = text[offset]
                if b == UInt8(ascii: "\n") {
                    if !lastWasCarriageReturn { line += 1 }
                    column = 1
                } else if b == UInt8(ascii: "\r") {
                    line += 1
                    column = 1
                } else if b & 0xC0 != 0x80 {
                    column += 1
                }
                lastWasCarriageReturn = b == UInt8(ascii: "\r")
                offset += 1
            }
            lines.append(line)
            columns.append(column)
        }
        return Row(fields: record.fields, lines: lines, columns: columns)
    }

    private static let footnoteMarks = ["※", "注", "(注", "（注", "資料", "出典", "備考", "*"]

    private static func nonEmptyCount(_ fields: [String]) -> Int {
        fields.reduce(0) { $0 + ($1.trimmingPublishedSpaces().isEmpty ? 0 : 1) }
    }

    private static func isFootnote(_ fields: [String]) -> Bool {
        let first = fields.first?.trimmingPublishedSpaces() ?? ""
        return footnoteMarks.contains { first.hasPrefix($0) } && nonEmptyCount(Array(fields.dropFirst())) == 0
    }

    private static func looksNumeric(_ field: String) -> Bool {
        switch CellValue.parse(field) {
        case .integer, .decimal, .percent: true
        default: false
        }
    }

    init(records: [Row], delimiter: UInt8, encoding: TextEncoding, file: String?) throws(ReadError) {
        self.file = file
        self.delimiter = delimiter
        self.encoding = encoding
        titles = []
        footnotes = []
        rows = []
        groupHeader = nil

        // Title lines: records of at most one field before the first record of two or more.
        let hasWideRecord = records.contains { DelimitedTable.nonEmptyCount($0.fields) >= 2 }
        var index = 0
        while index < records.count, hasWideRecord, DelimitedTable.nonEmptyCount(records[index].fields) < 2 {
            let title = records[index].fields.first { !$0.trimmingPublishedSpaces().isEmpty }
            if let title { titles.append(title.trimmingPublishedSpaces()) }
            index += 1
        }
        guard index < records.count else { throw ReadError.noHeader(file: file) }
        var headerRow = records[index]
        index += 1

        // A two-row header: the first row leaves its first cell (the row-label column) and the
        // cells merged under a programme empty; the second names measures and holds no numbers.
        if index < records.count {
            let next = records[index]
            let first = headerRow.fields
            if first.first?.trimmingPublishedSpaces().isEmpty == true,
               next.fields.first?.trimmingPublishedSpaces().isEmpty == true,
               DelimitedTable.nonEmptyCount(next.fields) >= 2,
               !next.fields.contains(where: DelimitedTable.looksNumeric),
               first.count <= next.fields.count {
                var filled: [String] = []
                var current = ""
                for i in 0..<next.fields.count {
                    let cell = i < first.count ? first[i].trimmingPublishedSpaces() : ""
                    if !cell.isEmpty { current = cell }
                    filled.append(i == 0 ? "" : current)
                }
                groupHeader = filled
                headerRow = next
                index += 1
            }
        }
        header = headerRow.fields.map { $0.trimmingPublishedSpaces() }
        headerLine = headerRow.line

        // Data, then footnotes: trailing records of at most one field, or any marked as a note.
        var lastData = records.count - 1
        while lastData >= index, DelimitedTable.nonEmptyCount(records[lastData].fields) <= 1,
              header.count > 1 || DelimitedTable.isFootnote(records[lastData].fields) {
            lastData -= 1
        }
        for i in index..<max(index, records.count) {
            let record = records[i]
            if i > lastData || DelimitedTable.isFootnote(record.fields) {
                if let note = record.fields.first(where: { !$0.trimmingPublishedSpaces().isEmpty }) {
                    footnotes.append(note.trimmingPublishedSpaces())
                }
                continue
            }
            if DelimitedTable.nonEmptyCount(record.fields) == 0 { continue }
            if record.fields.count != header.count {
                throw ReadError.fieldCount(
                    SourcePosition(file: file, line: record.line, column: 1),
                    record: i + 1, found: record.fields.count, expected: header.count)
            }
            rows.append(record)
        }
    }
}
