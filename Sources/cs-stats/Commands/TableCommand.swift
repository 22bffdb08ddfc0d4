import CSStats

/// `cs-stats table`: the published table of one measure by school type or prefecture.
enum TableCommand: Command {
    static let spec = CommandSpec(
        name: "table",
        abstract: "Print the published table of one measure by school type or prefecture.",
        discussion: """
            For each row: the count, the rate (as printed where the table prints one, else \
            exact from the 母数, one decimal rounded half up), the increase over the previous year and the \
            previous year's count (count − increase). Rows come in the published order, 合計 last. \
            A prefecture table adds the rank by rate (equal rates share a rank) and the class on \
            the ministry's maps (80%以上, 50%以上, 20%以上, 20%未満, 設置なし). A figure that is \
            not published prints as …, never as 0. No FILE: the built-in 令和3年度 table.
            With --format svg (or -o FILE.svg), a table by prefecture is drawn as a tile map of \
            Japan, 47 equal tiles shaded by map class and labelled with the short name and rate, \
            and a table by school type as bars of the rates.
            """,
        arguments: [ArgumentSpec(name: "FILE", help: "The survey table to read; none for the built-in R3 table.", isOptional: true)],
        options: [
            CommonOptions.dimension.spec, CommonOptions.measure.spec, order.spec,
            CommonOptions.formatWithSVG.spec, CommonOptions.outputWithSVG, CommonOptions.lang.spec, CommonOptions.noColor,
            CommonOptions.pictureTitle, CommonOptions.pictureSource,
        ] + CommonOptions.inputOptions + CommonOptions.schoolOptions,
        examples: [
            ("cs-stats table", "The built-in R3 CS table by school type."),
            ("cs-stats table Data/cs_r3_2021.csv --measure hq", "The HQ table of a file."),
            ("cs-stats table prefectures.csv --by prefecture --sort rate", "Prefectures, highest rate first, with rank and map class."),
            ("cs-stats table --format json --lang en", "The R3 table as JSON."),
            ("cs-stats table prefectures.csv --by prefecture -o map.svg", "A tile map of Japan shaded by CS rate."),
        ]
    )

    static let order = EnumeratedOption<MeasureTable.Order>(
        names: ["--sort"], valueName: "order", default: .code,
        help: "Published order, or highest rate or count first; 合計 stays last.")

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let table = try SurveyInput.single(arguments.positionals, arguments, console: console, command: "table")
        if let by = arguments.value(CommonOptions.dimension), by != table.dimension {
            throw CommandError(
                message: "\(table.file ?? "the built-in table") has rows by \(table.dimension.rawValue); --by \(by.rawValue) needs a table by \(by.rawValue)",
                exitCode: ExitCode.dataError)
        }
        let programme = arguments.value(CommonOptions.measure)
        let target = OutputTarget(arguments, console: console, formatOption: CommonOptions.formatWithSVG)
        try CommonOptions.requirePicture(arguments, format: target.format)
        if target.format == .svg {
            let request = Picture.Request(rows: nil, programme: programme, quantity: .rate, title: arguments.value("title"),
                                          source: arguments.value("source"), formatting: target.formatting)
            do {
                try target.emit(Picture.table(table, programme: programme, request).renderSVG(idPrefix: "table"), console: console)
            } catch let problem as Picture.Problem {
                throw CommandError(message: problem.message, exitCode: problem.isUsage ? ExitCode.usage : ExitCode.dataError)
            }
            return ExitCode.success
        }
        let result = MeasureTable(table, programme: programme, order: arguments.value(order))
        try target.emit(json: { result.json(source: table) }, tables: { [result.textTable($0)] }, console: console)
        return ExitCode.success
    }
}
