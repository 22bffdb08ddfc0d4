import CSStats

/// `cs-stats view`: any CSV/TSV as an aligned table, or converted.
enum ViewCommand: Command {
    static let spec = CommandSpec(
        name: "view",
        abstract: "Print a CSV/TSV file as an aligned table, or convert it.",
        discussion: """
            Reads any CSV or TSV (UTF-8 or Shift_JIS, detected), recognising a published table's \
            title lines, two-row header and footnotes. Columns align by display width (a kanji is \
            two columns) and numbers are right-aligned. For a survey table, --format json gives \
            typed values: 7051 for "7,051", a rate with its unit, a placeholder as its kind.
            """,
        arguments: [ArgumentSpec(name: "FILE", help: "The file to read; '-' or none for standard input.", isOptional: true)],
        options: CommonOptions.outputOptions.filter { $0.key != "lang" } + CommonOptions.inputOptions,
        examples: [
            ("cs-stats view Data/cs_r3_2021.csv", "Print the R3 table aligned."),
            ("cs-stats view table.tsv --format json", "Print a table as JSON with typed numbers."),
            ("cs-stats view sjis.csv --format csv -o utf8.csv", "Convert a Shift_JIS file to UTF-8 CSV."),
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let table = try InputLoader.table(arguments.positionals.first, arguments, console: console)
        let target = OutputTarget(arguments, console: console)
        try target.emit(json: { json(table) }, tables: { _ in [textTable(table, format: target.format)] }, console: console)
        return ExitCode.success
    }

    static func textTable(_ table: DelimitedTable, format: String) -> TextTable {
        let flat = format == "csv" || format == "tsv"
        let columns = table.header.indices.map { i -> TextTable.Column in
            let numeric = table.rows.contains { !$0.fields[i].isEmpty } && table.rows.allSatisfy { row in
                switch CellValue.parse(row.fields[i]) {
                case .text: false
                default: true
                }
            }
            let group = table.groupHeader.map { $0[i] }.flatMap { $0.isEmpty ? nil : $0 }
            return TextTable.Column(
                title: flat ? table.qualifiedHeader[i] : table.header[i],
                alignment: numeric ? .right : .left,
                group: flat ? nil : group)
        }
        return TextTable(title: flat ? nil : table.titles.joined(separator: "\n").nilIfEmpty,
                         columns: columns, rows: table.rows.map(\.fields),
                         footnotes: flat ? [] : table.footnotes)
    }

    static func json(_ table: DelimitedTable) -> JSONValue {
        let isSurvey = (try? SurveyTable.read(table)) != nil
        let names = table.qualifiedHeader.enumerated().map { $1.isEmpty ? "column\($0 + 1)" : $1 }
        let rows = table.rows.map { row in
            JSONValue.object(zip(names, row.fields).map { name, field in
                (name, isSurvey ? CellValue.parse(field).jsonValue : .string(field))
            })
        }
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

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
