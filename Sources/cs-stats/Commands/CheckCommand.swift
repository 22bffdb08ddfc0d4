import CSStats

/// `cs-stats check`: whether published tables agree with themselves and with last year's.
enum CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Check that published tables add up, round and difference correctly.",
        discussion: """
            Reports every finding, not only the first: counts that are negative or exceed their \
            母数 (both above min(CS, HQ)); 合計 rows that are not the sum of the rows; printed rates \
            that are not count / 母数 rounded half up, or, where no 母数 is printed, rates whose \
            bounds on it do not overlap within a row or do not add up to 合計's; increases that are \
            not this year − last year (with --previous), or that imply a negative count last year; \
            duplicated, unknown or missing school types and prefectures; a placeholder (－, …, x) \
            in a count where the other rows print one, or in a rate whose count is printed. A \
            warning says where 合計 cannot be checked because some rows leave a column empty.

            An .xlsx workbook's formulas are checked too, each finding at its cell \
            (book.xlsx:R3!B10): a total row's SUM that leaves out a row, takes in the header or \
            adds up another column; a rate that divides cells of another row; a number typed into \
            a total row or a rate column where the cells around it are formulas. A formula that \
            cannot be checked (another sheet, another function) is a warning.

            Findings go to standard error in compiler style (file:line:column: error: …), or, with \
            --format json, to standard output as one JSON object {"files", "findings": [{"severity", \
            "file", "line", "column", "cell", "row", "field", "expected", "found", "message"}], "errors", \
            "warnings", "summary"}; with --format github, as GitHub Actions annotations \
            (::error file=…,line=…,col=…::message) on standard output. A one-line summary ends the \
            output (3 errors, 1 warning; or no findings).

            Exit codes:
            0: no error findings (warnings allowed unless --strict)
            1: at least one error finding, or a warning with --strict
            64: the command line is wrong
            65: a file was read but is not a survey table (malformed CSV, no usable header)
            66: a file cannot be opened
            """,
        arguments: [ArgumentSpec(name: "FILE", help: "The tables to check; '-' for standard input.", isVariadic: true)],
        options: [
            OptionSpec(names: ["--previous"], valueName: "FILE",
                       help: "Last year's table: each increase must equal this year's count minus last year's."),
            format.spec,
            OptionSpec(names: ["--strict"], help: "Exit 1 on warnings too."),
        ] + CommonOptions.inputOptions + CommonOptions.schoolOptions,
        examples: [
            ("cs-stats check Data/cs_*.csv", "Check every table in Data/; exit 1 if any is inconsistent."),
            ("cs-stats check r3.csv --previous r2.csv", "Check R3's increases against R2's counts."),
            ("cs-stats check Data/cs_*.csv --format github", "Annotate a pull request from a GitHub Actions job."),
        ]
    )

    /// Where and how findings are written (`--format`).
    enum Format: String, CaseIterable, Sendable {
        /// Compiler-style lines on standard error.
        case text
        /// One JSON object on standard output.
        case json
        /// GitHub Actions workflow commands on standard output.
        case github
    }

    static let format = EnumeratedOption<Format>(
        names: ["-f", "--format"], valueName: "format", default: .text,
        help: "Findings as compiler-style text on standard error, JSON or GitHub Actions annotations on standard output.")

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = arguments.value(Self.format)
        // A bad --year is a usage error, said once, not once per file.
        _ = try CommonOptions.surveyYear(arguments)
        // Last year's tables: all the years of the file, whatever --year says of this year's.
        var previousTables: [SurveyTable] = []
        if let path = arguments.value("previous") {
            previousTables = try InputLoader.surveyTables([path], arguments.without("year"), console: console)
        }
        // The year before, else the nearest earlier one, so the checker says it is not the year
        // before rather than silently comparing nothing.
        func previous(for table: SurveyTable) -> SurveyTable? {
            if previousTables.count == 1 { return previousTables[0] }
            guard let year = table.year?.gregorian else { return nil }
            return previousTables.filter { ($0.year?.gregorian ?? .max) < year }
                .max { ($0.year?.gregorian ?? 0) < ($1.year?.gregorian ?? 0) }
        }
        var findings: [Finding] = []
        var unreadable: Int32?
        var notChecked = 0
        // Files that could not be checked, for annotations: a CI run must not fail unexplained.
        var unreadableMessages: [(file: String, message: String)] = []
        let files = arguments.positionals
        for path in files {
            do {
                // Rows that cannot be read are findings too; the other rows are still checked.
                var invalidRows: [ReadError] = []
                let tables = try InputLoader.surveyTables([path], arguments, console: console) { invalidRows.append($0) }
                findings += invalidRows.map { error in
                    var finding = Finding(readError: error) ?? Finding(.error, at: error.position ?? SourcePosition(file: path, line: 0), message: error.message)
                    // With --skip-invalid a bad school record is left out, said as a warning: --strict still fails.
                    if case .invalidRecord = error, arguments.flag("skip-invalid") { finding.severity = .warning }
                    return finding
                }
                for table in tables {
                    // Without --previous, a file of several years is its own previous year: each
                    // year's printed increases are checked against the year before in the file.
                    let given = previous(for: table)
                    let last = given ?? (previousTables.isEmpty ? tables.first { other in
                        guard let year = table.year, let earlier = other.year else { return false }
                        return earlier.gregorian == year.gregorian - 1
                    } : nil)
                    if last == nil, !previousTables.isEmpty, let row = table.total ?? table.rows.first {
                        findings.append(Finding(.warning, at: SourcePosition(file: table.file, line: row.line),
                            row: row.label, message: "--previous holds no year before \(table.year?.japaneseLabel ?? "this table's"); increases were not compared with it"))
                    }
                    // A file of several years has one header: a column it ignores is said once.
                    for finding in Checker.check(table, previous: last, previousIsSameFile: given == nil && last != nil) where !findings.contains(finding) {
                        findings.append(finding)
                    }
                }
                // A workbook's formulas: how its figures were made, where misprints come from.
                if path != "-", let sheet = try InputLoader.workbookSheet(path, arguments, console: console) {
                    // The figures' findings are placed at their cells too (the CSV's lines are
                    // no place in a workbook).
                    for i in findings.indices where findings[i].position.file == path && findings[i].position.cell == nil {
                        findings[i].position.cell = sheet.sheet.cell(line: findings[i].position.line, column: findings[i].position.column)
                    }
                    findings += FormulaAudit.audit(sheet.sheet, file: path)
                }
            } catch let error as CommandError {
                console.err("\(error)\n")
                unreadableMessages.append((path, error.message))
                unreadable = max(unreadable ?? error.exitCode, error.exitCode)
                notChecked += 1
            } catch let error as ReadError {
                if let finding = Finding(readError: error) {
                    findings.append(finding)
                } else {
                    // A file that cannot be read is not a finding; the others are still checked.
                    console.err(Japanese.described(error, console.messageLanguage) + "\n")
                    unreadableMessages.append((path, error.message))
                    let code = if case .cannotOpen = error { ExitCode.noInput } else { ExitCode.dataError }
                    unreadable = max(unreadable ?? code, code)
                    notChecked += 1
                }
            }
        }
        // A file that could not be read is not a pass: the summary says so, not "no findings" alone.
        let unchecked = "\(notChecked) file\(notChecked == 1 ? "" : "s") not checked"
        let summary = notChecked == 0 ? findings.summary
            : findings.isEmpty ? unchecked + (files.count > notChecked ? "; no findings in the others" : "")
            : findings.summary + "; " + unchecked
        switch format {
        case .json:
            console.out(json(findings, files: files, summary: summary).serialized() + "\n")
        case .github:
            let unchecked = unreadableMessages.map { "::error file=\(escapeProperty($0.file))::\(escapeData($0.message))\n" }
            console.out(findings.map(githubAnnotation).joined() + unchecked.joined() + summary + "\n")
        case .text:
            console.err(findings.map { "\($0)\n" }.joined() + summary + "\n")
        }
        if let unreadable { return unreadable }
        let failing = findings.contains { $0.severity == .error || arguments.flag("strict") }
        return failing ? ExitCode.findings : ExitCode.success
    }

    /// `::error file=r3.csv,line=9,col=4::message`, escaped as GitHub's workflow commands require.
    static func githubAnnotation(_ finding: Finding) -> String {
        var properties = ["file=\(escapeProperty(finding.position.file ?? "<stdin>"))", "line=\(finding.position.line)"]
        if let column = finding.position.column { properties.append("col=\(column)") }
        return "::\(finding.severity.rawValue) \(properties.joined(separator: ","))::\(escapeData(finding.message))\n"
    }

    /// A workflow command's message, escaped as GitHub requires.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences("%", "%25").replacingOccurrences("\r", "%0D").replacingOccurrences("\n", "%0A")
    }

    /// A workflow command's property value (a file name), escaped as GitHub requires.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(":", "%3A").replacingOccurrences(",", "%2C")
    }

    static func json(_ findings: [Finding], files: [String], summary: String) -> JSONValue {
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        let errors = findings.count { $0.severity == .error }
        return .object([
            ("files", .array(files.map(JSONValue.string))),
            ("findings", .array(findings.map { finding in
                .object([
                    ("severity", .string(finding.severity.rawValue)),
                    ("file", optional(finding.position.file)),
                    ("line", .integer(finding.position.line)),
                    ("column", finding.position.column.map(JSONValue.integer) ?? .null),
                    ("cell", optional(finding.position.cell)),
                    ("row", optional(finding.row)),
                    ("field", optional(finding.column)),
                    ("expected", optional(finding.expected)),
                    ("found", optional(finding.found)),
                    ("message", .string(finding.message)),
                ])
            })),
            ("errors", .integer(errors)),
            ("warnings", .integer(findings.count - errors)),
            ("summary", .string(summary)),
        ])
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
