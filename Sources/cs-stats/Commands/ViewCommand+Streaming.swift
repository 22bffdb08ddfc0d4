import CSStats

/// `cs-stats view` on a file too big to hold (``TableStream``): every record is written as it
/// is read, so memory does not grow with the file.
///
/// The output is what the whole file would give: CSV, TSV and JSON byte for byte the same
/// (tests hold the two paths to it); the aligned table takes its column widths from the first
/// 1,000 rows and widens a column only when a later cell needs it. `--explain` explains the
/// first records, and says so.
enum ViewStreaming {
    /// Rows that set the terminal table's column widths.
    static let widthRows = 1_000

    static func run(_ stream: TableStream, _ arguments: ParsedArguments, target: OutputTarget, console: Console) throws -> Int32 {
        let table = stream.head
        if arguments.flag("explain") {
            try target.emit(json: { table.explanationJSON() }, tables: { _ in table.explanationTables() }, console: console)
            console.err("note: explained from the first \(table.records.count) records; the file has more, which are read as the same kind of file\n")
            return ExitCode.success
        }
        let flat = target.format == .csv || target.format == .tsv
        let raw = arguments.flag("raw") || (flat && (table.layout.kind == .other || table.layout.refusal != nil))
        let output = try StreamedOutput(target, console: console)
        defer { output.abandon() }
        var state = State(width: raw ? nil : table.header.count)
        switch target.format {
        case .csv, .tsv:
            let delimiter = target.format == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t")
            if raw {
                // Every record as it is, the head's too.
                for record in table.records {
                    output.write { out in appendDelimited(record.fields, delimiter: delimiter, safe: target.safe, to: &out) }
                }
            } else {
                output.write { out in appendDelimited(table.qualifiedHeader, delimiter: delimiter, safe: target.safe, to: &out) }
                for row in table.rows {
                    output.write { out in appendDelimited(row.fields, delimiter: delimiter, safe: target.safe, to: &out) }
                }
            }
            while let (record, role) = try stream.next() {
                guard raw || state.keep(record, role) else { continue }
                output.write { record.appendDelimited(delimiter: delimiter, safe: target.safe, to: &$0) }
            }
        case .json:
            try writeJSON(stream, raw: arguments.flag("raw"), output: output, state: &state)
        case .svg:
            throw CommandError(message: "view draws no SVG: use chart, or table --format svg", exitCode: ExitCode.usage)
        case .table, .markdown:
            let head = arguments.flag("raw") ? ViewCommand.rawTable(table) : ViewCommand.textTable(table, format: target.format)
            var window = head
            window.rows = Array(head.rows.prefix(widthRows))
            window.recordLengths = nil
            var writer = TextTable.RowWriter(window, format: target.format == .markdown ? .markdown : .terminal(color: target.color))
            output.write(writer.start())
            for row in head.rows.dropFirst(widthRows) { output.write(writer.row(row)) }
            let rawMode = arguments.flag("raw")
            while let (record, role) = try stream.next() {
                guard rawMode || state.keep(record, role) else { continue }
                output.write(writer.row(record.fields))
            }
            output.write(writer.end(footnotes: rawMode ? [] : table.footnotes + state.notes))
        }
        try output.finish()
        state.report(table: table, console: console)
        if flat, !raw {
            ViewCommand.noteLeftOut(table, blanks: table.layout.roles.filter { $0 == .blank }.count + state.blanks,
                                    notes: table.footnotes.count + state.notes.count, format: target.format, console: console)
        }
        return ExitCode.success
    }

    /// What the streamed records held besides data rows, and rows of another width.
    struct State {
        /// The header's number of fields (`nil`: records are written as they are).
        let width: Int?
        var blanks = 0
        var notes: [String] = []
        var otherWidth = 0
        var otherWidthLines: [Int] = []

        init(width: Int?) { self.width = width }

        /// Whether a streamed record is a data row to write; notes and blank lines are counted.
        mutating func keep(_ record: CSVRecord, _ role: Layout.LineRole) -> Bool {
            switch role {
            case .blank:
                blanks += 1
                return false
            case .note:
                notes.append(DelimitedTable.lineText(record.fields))
                return false
            default:
                if let width, record.count != width {
                    otherWidth += 1
                    if otherWidthLines.count < 10 { otherWidthLines.append(record.line) }
                }
                return true
            }
        }

        /// Says the rows whose number of fields is not the header's (written as they are).
        func report(table: DelimitedTable, console: Console) {
            guard otherWidth > 0, let width else { return }
            let lines = otherWidthLines.map(String.init).joined(separator: ", ") + (otherWidth > otherWidthLines.count ? ", …" : "")
            console.err("\(table.file ?? "<stdin>"): warning: \(otherWidth) row\(otherWidth == 1 ? "" : "s") past the first \(table.records.count) records \(otherWidth == 1 ? "has" : "have") another number of fields than the header's \(width) (line\(otherWidth == 1 ? "" : "s") \(lines)); written as read, padded or cut in an aligned table\n")
        }
    }

    static func appendDelimited(_ fields: [String], delimiter: UInt8, safe: Bool, to out: inout [UInt8]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(delimiter) }
            var field = field
            field.withUTF8 { TextTable.appendDelimitedField($0, delimiter: delimiter, safe: safe, to: &out) }
        }
        if fields.count == 1, fields[0].isEmpty { out += [UInt8(ascii: "\""), UInt8(ascii: "\"")] }
        out.append(UInt8(ascii: "\n"))
    }

    /// JSON as ``ViewCommand/json(_:)`` or ``ViewCommand/rawJSON(_:)`` writes it, a row at a time.
    static func writeJSON(_ stream: TableStream, raw: Bool, output: StreamedOutput, state: inout State) throws {
        let table = stream.head
        var json = JSONValue.ObjectWriter()
        output.write(json.start())
        output.write(json.member("file", table.file.map(JSONValue.string) ?? .null))
        output.write(json.member("encoding", .string(table.encoding.rawValue)))
        if raw {
            output.write(json.startArray("records"))
            for record in table.records { output.write(json.element(.array(record.fields.map(JSONValue.string)))) }
            while let (record, _) = try stream.next() {
                output.write(json.element(.array(record.fields.map(JSONValue.string))))
            }
            output.write(json.endArray())
            output.write(json.end() + "\n")
            return
        }
        let isSurvey = table.layout.isSurveyTable && table.layout.refusal == nil
        // The keys: the header's, and as many more as the head's widest row (a wider row
        // further on is said, as every row of another width is).
        let names = ViewCommand.jsonNames(table, width: max(table.header.count, table.rows.map(\.fields.count).max() ?? 0))
        output.write(json.member("titles", .array(table.titles.map(JSONValue.string))))
        output.write(json.member("columns", .array(names.map(JSONValue.string))))
        output.write(json.member("survey_table", .bool(isSurvey)))
        output.write(json.startArray("rows"))
        for row in table.rows { output.write(json.element(ViewCommand.jsonRow(row.fields, names: names, typed: isSurvey))) }
        // Streamed rows of text, byte by byte: `"name": "value"` with the keys escaped once.
        let keys = JSONObjectKeys(names)
        while let (record, role) = try stream.next() {
            guard state.keep(record, role) else { continue }
            if isSurvey {
                output.write(json.element(ViewCommand.jsonRow(record.fields, names: names, typed: true)))
                continue
            }
            let start = json.elementStart()
            output.write { out in
                out += start.utf8
                record.appendJSONObject(keys: keys, to: &out)
            }
        }
        output.write(json.endArray())
        output.write(json.member("footnotes", .array((table.footnotes + state.notes).map(JSONValue.string))))
        output.write(json.end() + "\n")
    }
}
