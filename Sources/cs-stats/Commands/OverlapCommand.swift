import CSStats

/// `cs-stats overlap`: coverage by both programmes, by row.
enum OverlapCommand: Command {
    static let spec = CommandSpec(
        name: "overlap",
        abstract: "Print coverage by both programmes by row: CS, HQ, both and their shares.",
        discussion: """
            For each row: schools with a CS, with an HQ, with both (いずれも整備), the share of CS \
            schools that also have an HQ (both / CS), the share of HQ schools that are also CS \
            (both / HQ), and schools with a similar mechanism (類似の仕組み), which are never \
            counted as CS. Shares are exact ratios rounded half up to one decimal. No FILE: the \
            built-in 令和3年度 table.
            """,
        arguments: [ArgumentSpec(name: "FILE", help: "The survey table to read; none for the built-in R3 table.", isOptional: true)],
        options: CommonOptions.outputOptions + CommonOptions.inputOptions + CommonOptions.schoolOptions,
        examples: [
            ("cs-stats overlap", "The built-in R3 overlap by school type."),
            ("cs-stats overlap Data/cs_r3_2021.csv --lang en --format markdown", "As a Markdown table in English."),
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let table = try SurveyInput.single(arguments.positionals, arguments, console: console, command: "overlap")
        let result = OverlapTable(table)
        let target = OutputTarget(arguments, console: console)
        try target.emit(json: { result.json(source: table) }, tables: { [result.textTable($0)] }, console: console)
        return ExitCode.success
    }
}
