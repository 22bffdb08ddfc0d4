/// A CSV or TSV file read whole, with its layout recognised.
///
/// Published tables put title lines above the header, footnotes (`※…`, `注…`, `資料：…`) below
/// the data, and often a two-row header whose first row names the programme over merged (empty)
/// cells. The one recognition step (``Layout/recognize(records:lines:file:)``) gives every record
/// its role and every column its meaning; this type keeps every record and the parts by role,
/// and checks that every data row of a survey table has the header's number of fields.
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
    /// Every record of the file, in order, whatever its role.
    public var records: [Row]
    /// How the file was recognised: each record's role and each column's meaning.
    public var layout: Layout
    /// Title lines above the header (their non-empty cells joined by a space).
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
    /// Note lines: below the data, or marked ※, 注, 資料, 出典, 備考.
    public var footnotes: [String]
    /// The delimiter used.
    public var delimiter: UInt8
    /// The encoding the input was in.
    public var encoding: TextEncoding
    /// The sheet and cells the table was read from, when the file is a workbook.
    public var origin: Workbook.Origin? = nil

    /// Column names with the group prefixed where there is one: `コミュニティ・スクール 導入校数`.
    public var qualifiedHeader: [String] {
        guard let groupHeader else { return header }
        return zip(groupHeader, header).map { group, name in group.isEmpty ? name : name.isEmpty ? group : "\(group) \(name)" }
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
    ///   - origin: the workbook sheet the text was made from: its merged ranges are facts for
    ///     recognition (``Layout/recognize(records:lines:file:mergedColumns:)``).
    /// - Throws: `ReadError` for malformed quoting, a row whose field count differs from the
    ///   header's, or an input with no header.
    /// - Complexity: O(*n*) in the input's size.
    public init(input: DecodedInput, delimiter: UInt8? = nil, file: String?, origin: Workbook.Origin? = nil) throws(ReadError) {
        let delimiter = delimiter ?? file.flatMap(Delimiter.forPath) ?? Delimiter.sniff(Array(input.utf8.prefix(1 << 16)))
        let reader = CSVReader(utf8: input.utf8, delimiter: delimiter, file: file)
        let record = CSVRecord()
        var records: [Row] = []
        while try reader.read(into: record) {
            records.append(DelimitedTable.row(from: record, in: input.utf8))
        }
        try self.init(records: records, delimiter: delimiter, encoding: input.encoding, file: file, origin: origin)
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

    init(records: [Row], delimiter: UInt8, encoding: TextEncoding, file: String?, origin: Workbook.Origin? = nil) throws(ReadError) {
        self.file = file
        self.delimiter = delimiter
        self.encoding = encoding
        self.records = records
        guard !records.isEmpty else { throw ReadError.noHeader(file: file) }
        self.origin = origin
        var layout = Layout.recognize(records: records.map(\.fields), lines: records.map(\.line), file: file, mergedColumns: origin?.mergedColumns ?? [:])
        if layout.kind != .other, layout.refusal == nil {
            // A data row with another number of fields than the header: the survey table is
            // refused (a viewer still shows every record).
            layout.refusal = Self.fieldCountError(records: records, roles: layout.roles, width: records[layout.headerIndex ?? 0].fields.count,
                                                  delimiter: delimiter, file: file)
        }
        self.layout = layout
        let h = layout.headerIndex ?? 0
        let headerRow = records[h]
        headerLine = headerRow.line
        header = headerRow.fields.enumerated().map { i, field in
            let name = field.trimmingPublishedSpaces()
            // A row-label name merged over both header rows sits in the group row.
            if name.isEmpty, let g = layout.groupIndex, i < records[g].fields.count,
               case .label? = ColumnAlias.word(records[g].fields[i].trimmingPublishedSpaces()) {
                return records[g].fields[i].trimmingPublishedSpaces()
            }
            return name
        }
        groupHeader = layout.groupIndex == nil ? nil : layout.columns.map { $0.group ?? "" }
        titles = layout.records(.title).map { Self.lineText(records[$0].fields) }
        footnotes = layout.records(.note).map { Self.lineText(records[$0].fields) }
        rows = layout.records(.data).map { records[$0] }
    }

    /// A title or note line as text: its non-empty cells, trimmed, a space apart.
    public static func lineText(_ fields: [String]) -> String {
        fields.map { $0.trimmingPublishedSpaces() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The first data row whose number of fields differs from the header's, as an error.
    private static func fieldCountError(records: [Row], roles: [Layout.LineRole], width: Int, delimiter: UInt8, file: String?) -> ReadError? {
        for (i, role) in roles.enumerated() where role == .data && records[i].fields.count != width {
            let fields = records[i].fields
            // `7,051` written unquoted in a CSV splits into `7` and `051`.
            if delimiter == UInt8(ascii: ","), fields.count > width,
               let split = fields.indices.dropFirst().first(where: { j in
                   fields[j].count == 3 && fields[j].allSatisfy(\.isASCIIDigit)
                       && (1...3).contains(fields[j - 1].count) && fields[j - 1].allSatisfy(\.isASCIIDigit)
               }) {
                let label = fields.first { !$0.trimmingPublishedSpaces().isEmpty }?.trimmingPublishedSpaces() ?? ""
                return ReadError.header(SourcePosition(file: file, line: records[i].line, column: records[i].columns[split - 1]), message:
                    "record \(i + 1) (row '\(label)'): found \(fields.count) fields, expected \(width) as in the header: '\(fields[split - 1]),\(fields[split])' looks like a number with a thousands separator written without quotes; quote it (\"\(fields[split - 1]),\(fields[split])\") or drop the separator")
            }
            return ReadError.fieldCount(SourcePosition(file: file, line: records[i].line, column: 1),
                                        record: i + 1, found: fields.count, expected: width)
        }
        return nil
    }
}
