import CSStats
import Foundation

/// `cs-stats view`: any CSV/TSV as an aligned table, or converted.
enum ViewCommand: Command {
    static let spec = CommandSpec(
        name: "view",
        abstract: "Print a CSV/TSV file as an aligned table, convert it, or explain how it was read.",
        discussion: """
            Reads any CSV or TSV (UTF-8 or Shift_JIS, detected) through the same recognition \
            step as every other command: a published table's title lines, group and unit rows, \
            header, data rows, blank spacer lines and notes are told apart. Columns align by \
            display width (a kanji is two columns) and numbers are right-aligned. For a survey \
            table, --format json gives typed values: 7051 for "7,051", a rate with its unit, a \
            placeholder as its kind.

            Nothing is lost: for a survey table, CSV and TSV hold the header and every data row, \
            and a note on standard error counts the titles, notes and blank lines left out; any \
            other file is written record for record; --raw writes every record of any file as it \
            is. --explain says how the file was recognised: its kind, each line's role, each \
            column's meaning and where that came from, and what was ignored and why; for a \
            workbook, which sheet and cells were read. --sheets lists a workbook's sheets.
            """,
        arguments: [ArgumentSpec(name: "FILE", help: "The file to read; '-' or none for standard input.", isOptional: true)],
        options: [
            OptionSpec(names: ["--explain"], help: "Say how the file was recognised (kind, year, line roles, column meanings) instead of printing it."),
            OptionSpec(names: ["--raw"], help: "Print every record of the file as it is, with no recognition: the first record as the header."),
            OptionSpec(names: ["--sheets"], help: "For an .xlsx workbook: list its sheets (number, name, hidden, cells, rows, what each holds) and say which one is read by default and why."),
        ] + CommonOptions.outputOptionsWithoutLanguage + CommonOptions.inputOptions,
        examples: [
            ("cs-stats view Data/cs_r3_2021.csv", "Print the R3 table aligned."),
            ("cs-stats view Data/cs_r3_2021.csv --explain", "Show how the file was read: line roles and column meanings."),
            ("cs-stats view table.tsv --format json", "Print a table as JSON with typed numbers."),
            ("cs-stats view book.xlsx --sheets", "List a workbook's sheets and the one read by default."),
            ("cs-stats view sjis.csv --format csv -o utf8.csv", "Convert a Shift_JIS file to UTF-8 CSV."),
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        if arguments.flag("sheets") {
            return try ViewSheets.run(arguments.positionals.first, arguments, target: OutputTarget(arguments, console: console), console: console)
        }
        let stream = try InputLoader.stream(arguments.positionals.first, arguments, console: console)
        let target = OutputTarget(arguments, console: console)
        guard stream.isWhole else {
            do {
                return try ViewStreaming.run(stream, arguments, target: target, console: console)
            } catch let error as ReadError {
                // The encoding was told from the first bytes only: say how to give another.
                if case .invalidEncoding(let position, .utf8, _, _) = error, arguments.value(CommonOptions.encoding) == nil {
                    console.err("\(position.file ?? "<stdin>"): note: the first \(console.streamLimits.wholeBytes >> 20) MB read as UTF-8; give --encoding shift_jis if the file is Shift_JIS\n")
                }
                throw error
            }
        }
        let table = stream.head
        if arguments.flag("explain") {
            try target.emit(json: { table.explanationJSON() }, tables: { _ in table.explanationTables() }, console: console)
            return ExitCode.success
        }
        let flat = target.format == .csv || target.format == .tsv
        // Any file that is not a survey file (or a survey table refused as it stands), and any
        // file with --raw, is written record for record.
        if arguments.flag("raw") || (flat && (table.layout.kind == .other || table.layout.refusal != nil)) {
            try target.emit(json: { rawJSON(table) }, tables: { _ in [rawTable(table)] }, console: console)
            return ExitCode.success
        }
        try target.emit(json: { json(table) }, tables: { _ in [textTable(table, format: target.format)] }, console: console)
        if flat {
            noteLeftOut(table, blanks: table.layout.roles.filter { $0 == .blank }.count, notes: table.footnotes.count, format: target.format, console: console)
        }
        return ExitCode.success
    }

    /// CSV and TSV hold the table only: says what they leave out (a title may name the year).
    static func noteLeftOut(_ table: DelimitedTable, blanks: Int, notes: Int, format: OutputFormat, console: Console) {
        let units = table.layout.roles.filter { $0 == .unit }.count
        guard table.titles.count + notes + blanks + units > 0 else { return }
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var parts = [plural(table.titles.count, "title line"), plural(notes, "note")]
        if blanks > 0 { parts.append(plural(blanks, "blank line")) }
        if units > 0 { parts.append(plural(units, "unit row")) }
        console.err("note: \(parts.joined(separator: ", ")) are not written in \(format.rawValue.uppercased()) (every data row is); --raw writes every record"
            + (table.titles.isEmpty ? "" : " (the first title: '\(table.titles[0])'); add a year column if the title names the survey year") + "\n")
    }

    static func textTable(_ table: DelimitedTable, format: OutputFormat) -> TextTable {
        let flat = format == .csv || format == .tsv
        let width = max(table.header.count, table.rows.map(\.fields.count).max() ?? 0)
        let rows = table.rows.map { $0.fields + Array(repeating: "", count: width - $0.fields.count) }
        let columns = (0..<width).map { i -> TextTable.Column in
            let numeric = rows.contains { !$0[i].isEmpty } && rows.allSatisfy { row in
                switch CellValue.parse(row[i]) {
                case .text: false
                default: true
                }
            }
            let group = i < table.header.count ? table.groupHeader.map { $0[i] }.flatMap { $0.isEmpty ? nil : $0 } : nil
            let title = i < table.header.count ? (flat ? table.qualifiedHeader[i] : table.header[i]) : ""
            return TextTable.Column(title: title, alignment: numeric ? .right : .left, group: flat ? nil : group)
        }
        return TextTable(title: flat ? nil : table.titles.joined(separator: "\n").nilIfEmpty,
                         columns: columns, rows: rows,
                         footnotes: flat ? [] : table.footnotes)
    }

    /// Every record as it is: the first as the header, short records padded for display only.
    static func rawTable(_ table: DelimitedTable) -> TextTable {
        let records = table.records.map(\.fields)
        let width = records.map(\.count).max() ?? 0
        let header = (records.first ?? []) + Array(repeating: "", count: width - (records.first?.count ?? 0))
        var text = TextTable(columns: header.map { TextTable.Column(title: $0) }, rows: Array(records.dropFirst()))
        text.recordLengths = records.map(\.count)
        return text
    }

    static func rawJSON(_ table: DelimitedTable) -> JSONValue {
        .object([
            ("file", table.file.map(JSONValue.string) ?? .null),
            ("encoding", .string(table.encoding.rawValue)),
            ("records", .array(table.records.map { .array($0.fields.map(JSONValue.string)) })),
        ])
    }

    /// The JSON keys of a table's columns, `width` of them. Keys must be unique, or a JSON reader
    /// keeps only the last of a repeated name: the second `a` becomes `a_2`; an unnamed column is
    /// `columnN`.
    static func jsonNames(_ table: DelimitedTable, width: Int) -> [String] {
        var seen: [String: Int] = [:]
        let headers = table.qualifiedHeader + Array(repeating: "", count: max(0, width - table.header.count))
        return headers.enumerated().map { i, header -> String in
            let base = header.isEmpty ? "column\(i + 1)" : header
            seen[base, default: 0] += 1
            return seen[base]! == 1 ? base : "\(base)_\(seen[base]!)"
        }
    }

    /// One row as a JSON object under `names`, typed for a survey table.
    static func jsonRow(_ fields: [String], names: [String], typed isSurvey: Bool) -> JSONValue {
        JSONValue.object(zip(names, fields + Array(repeating: "", count: max(0, names.count - fields.count))).map { name, field in
            (name, isSurvey ? typed(field) : .string(field))
        })
    }

    static func json(_ table: DelimitedTable) -> JSONValue {
        let isSurvey = table.layout.isSurveyTable && table.layout.refusal == nil
        let width = max(table.header.count, table.rows.map(\.fields.count).max() ?? 0)
        let names = jsonNames(table, width: width)
        let rows = table.rows.map { jsonRow($0.fields, names: names, typed: isSurvey) }
        return .object([
            ("file", table.file.map(JSONValue.string) ?? .null),
            ("encoding", .string(table.encoding.rawValue)),
            ("titles", .array(table.titles.map(JSONValue.string))),
            ("columns", .array(names.map(JSONValue.string))),
            ("survey_table", .bool(isSurvey)),
            ("rows", .array(rows)),
            ("footnotes", .array(table.footnotes.map(JSONValue.string))),
        ])
    }
}

extension ViewCommand {
    /// A cell as typed JSON, except that a code with leading zeros (`01`, a JIS prefecture code)
    /// stays a string: as a number it would lose them.
    static func typed(_ field: String) -> JSONValue {
        let trimmed = field.trimmingCharacters(in: .whitespaces)
        if trimmed.count > 1, trimmed.first == "0", trimmed.allSatisfy(\.isASCII), trimmed.allSatisfy(\.isNumber) {
            return .string(trimmed)
        }
        return CellValue.parse(field).jsonValue
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
