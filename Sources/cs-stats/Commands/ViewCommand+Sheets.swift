import CSStats

/// `view --sheets`: a workbook's sheets, and the one every command reads without `--sheet`.
enum ViewSheets {
    /// Lists the sheets of the workbook at `path`.
    ///
    /// - Throws: `CommandError` (usage) with `--explain`, `--raw`, `--sheet` or no file;
    ///   `ReadError` for a file that is not a workbook or a sheet that cannot be read.
    static func run(_ path: String?, _ arguments: ParsedArguments, target: OutputTarget, console: Console) throws -> Int32 {
        for other in ["explain", "raw"] where arguments.flag(other) {
            throw CommandError(message: "--sheets lists a workbook's sheets; it does not go with --\(other)", exitCode: ExitCode.usage)
        }
        if arguments.value("sheet") != nil {
            throw CommandError(message: "--sheets lists every sheet; it does not go with --sheet", exitCode: ExitCode.usage)
        }
        guard let path, path != "-" else {
            throw CommandError(message: "--sheets needs a workbook file named (a workbook is not read from standard input)", exitCode: ExitCode.usage)
        }
        guard InputLoader.isWorkbook(path) else {
            _ = try FileByteSource(path: path)  // a file that cannot be read says so first
            throw ReadError.header(SourcePosition(file: path, line: 0), message:
                "not an .xlsx workbook (its first bytes are not a ZIP archive's), so it has no sheets to list; without --sheets it is read as CSV or TSV")
        }
        let (sheets, chosen, reason) = try InputLoader.readingWorkbook(path) { try Workbook(bytes: FileByteSource(path: path).readAll()).summaries() }
        try target.emit(json: { json(path, sheets, chosen: chosen, reason: reason) },
                        tables: { _ in [table(path, sheets, chosen: chosen, reason: reason)] }, console: console)
        return ExitCode.success
    }

    /// What a sheet holds, in words: its kind, and whether it is refused as it stands.
    static func holds(_ sheet: Workbook.SheetSummary) -> String {
        if sheet.rows == 0 { return "nothing (an empty sheet)" }
        return sheet.layout.kind.explanation + (sheet.layout.refusal == nil ? "" : ", refused as it stands (see view --sheet \(sheet.number) --explain)")
    }

    static func table(_ path: String, _ sheets: [Workbook.SheetSummary], chosen: Int?, reason: String) -> TextTable {
        let titles = ["#", "sheet", "hidden", "cells", "rows", "holds", "default"]
        return TextTable(
            title: "Sheets of \(path)",
            columns: titles.map { TextTable.Column(title: $0, alignment: $0 == "#" || $0 == "rows" ? .right : .left) },
            rows: sheets.map { sheet in
                [String(sheet.number), sheet.info.name, sheet.info.hidden ? "yes" : "no", sheet.cells ?? "", String(sheet.rows),
                 holds(sheet), sheet.number == chosen ? "yes" : ""]
            },
            footnotes: [chosen.map { n in "default: sheet \(n) '\(sheets[n - 1].info.name)', \(reason); --sheet NAME or N reads another" } ?? "no default: \(reason)"])
    }

    static func json(_ path: String, _ sheets: [Workbook.SheetSummary], chosen: Int?, reason: String) -> JSONValue {
        .object([
            ("file", .string(path)),
            ("sheets", .array(sheets.map { sheet in
                .object([("number", .integer(sheet.number)), ("name", .string(sheet.info.name)), ("part", .string(sheet.info.path)),
                         ("hidden", .bool(sheet.info.hidden)), ("cells", sheet.cells.map(JSONValue.string) ?? .null),
                         ("rows", .integer(sheet.rows)), ("kind", .string(sheet.layout.kind.rawValue)),
                         ("refused", .bool(sheet.layout.refusal != nil)), ("default", .bool(sheet.number == chosen))])
            })),
            ("default", chosen.map { .integer($0) } ?? .null),
            ("default_reason", .string(reason)),
        ])
    }
}
