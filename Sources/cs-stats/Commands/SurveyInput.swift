import CSStats

/// Reading the one survey table a command works on.
enum SurveyInput {
    /// Reads the survey table named by the positional arguments (none: the built-in R3 table).
    ///
    /// - Throws: `ReadError` when the file cannot be read; `CommandError` when it holds several
    ///   years, since the command works on one.
    static func single(_ paths: [String], _ arguments: ParsedArguments, console: Console, command: String) throws -> SurveyTable {
        let tables = try InputLoader.surveyTables(paths, arguments, console: console)
        InputLoader.reportUnknownColumns(tables, console: console)
        guard tables.count == 1 else {
            let years = tables.map { $0.year?.japaneseLabel ?? "?" }.joined(separator: ", ")
            let name = paths.first.map { $0 == "-" ? "<stdin>" : $0 } ?? "the input"
            throw CommandError(message: "\(name) holds \(tables.count) survey years (\(years)); '\(command)' works on one: choose it with --year", exitCode: ExitCode.usage)
        }
        return tables[0]
    }
}
