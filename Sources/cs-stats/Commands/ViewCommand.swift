import CSStats
import Foundation

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
        // CSV and TSV hold the table only; say what they leave out (a title may name the year).
        let dropped = table.titles.count + table.footnotes.count
        if (target.format == "csv" || target.format == "tsv"), dropped > 0 {
            console.err("note: \(table.titles.count) title line\(table.titles.count == 1 ? "" : "s") and \(table.footnotes.count) footnote\(table.footnotes.count == 1 ? "" : "s") are not written in \(target.format.uppercased())"
                + (table.titles.isEmpty ? "" : " (the first: '\(table.titles[0])'); add a year column if the title names the survey year") + "\n")
        }
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
        // Keys must be unique, or a JSON reader keeps only the last of a repeated name: the
        // second `a` becomes `a_2`; an unnamed column is `columnN`.
        var seen: [String: Int] = [:]
        let names = table.qualifiedHeader.enumerated().map { i, header -> String in
            let base = header.isEmpty ? "column\(i + 1)" : header
            seen[base, default: 0] += 1
            return seen[base]! == 1 ? base : "\(base)_\(seen[base]!)"
        }
        let rows = table.rows.map { row in
            JSONValue.object(zip(names, row.fields).map { name, field in
                (name, isSurvey ? typed(field) : .string(field))
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
