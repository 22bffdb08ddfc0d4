import CSStats

/// `cs-stats aggregate`: school-level records (one row per school) into survey tables.
enum AggregateCommand: Command {
    static let spec = CommandSpec(
        name: "aggregate",
        abstract: "Count school-level records (one row per school) into survey tables.",
        discussion: """
            Reads one row per school (year, prefecture, municipality, school type, school id, and \
            flags for CS, HQ and similar mechanism; headers in Japanese or English; UTF-8 or \
            Shift_JIS; CSV or TSV) and counts schools, CS, HQ, both and similar per group, with \
            exact rates. Flags accept 0/1, true/false, yes/no, ○/×, 有/無, 設置/未設置. The file is \
            streamed on every core; memory does not grow with its size: past 4 MB a core, school \
            ids wait in an unnamed temporary file in TMPDIR (else /tmp; 8 bytes an id, gone when \
            the run ends), or in memory if none can be made.

            A duplicated school id within a year (ids compare as codes: case, spaces around them, \
            full and half width aside), an unknown prefecture or school type, or a flag that is not a \
            flag stops the run with its line (a duplicate also with the line it was first seen \
            on); --skip-invalid goes on and reports how many rows of each kind were skipped, with \
            the first lines. A broken quote, a byte that is not text, or the header again (two \
            files joined) stops it as in any table, with --skip-invalid or without.
            """,
        arguments: [ArgumentSpec(name: "FILE", help: "The school-level file; '-' for standard input.")],
        options: [
            OptionSpec(names: ["--by"], valueName: "keys", defaultValue: "year,school-type",
                       help: "Group by any of year, prefecture, municipality, school-type, comma-separated (municipality brings its prefecture: names repeat across prefectures)."),
            OptionSpec(names: ["--jobs"], valueName: "n", help: "Worker threads (default: one per core)."),
        ] + CommonOptions.schoolOptions + CommonOptions.outputOptions + CommonOptions.inputOptions,
        examples: [
            ("cs-stats aggregate schools.csv --by year,prefecture,school-type --format csv", "Counts per year, prefecture and school type."),
            ("cs-stats aggregate schools.csv --by prefecture --year R3", "The R3 prefecture table from school records."),
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let byText = arguments.value("by") ?? "year,school-type"
        guard var keys = AggregationKey.parseList(byText) else {
            throw CommandError(message: "--by expects year, prefecture, municipality or school-type, comma-separated; found '\(byText)'", exitCode: ExitCode.usage)
        }
        // Municipality names repeat across prefectures (府中市 is in 東京都 and 広島県): a
        // municipality is only known with its prefecture.
        if let m = keys.firstIndex(of: .municipality), !keys.contains(.prefecture) { keys.insert(.prefecture, at: m) }
        let year = try CommonOptions.surveyYear(arguments)
        // --year needs the year in the groups even when the output is not keyed by it.
        let runKeys = year != nil && !keys.contains(.year) ? [.year] + keys : keys
        var aggregation = try SchoolInput.aggregate(arguments.positionals.first, keys: runKeys, arguments, console: console)
        SchoolInput.reportSkipped(aggregation, console: console)
        SchoolInput.reportNotes(aggregation, file: arguments.positionals.first.flatMap { $0 == "-" ? nil : $0 }, console: console)
        let target = OutputTarget(arguments, console: console)
        let style = target.formatting
        let groups = aggregation.groups.filter { year == nil || $0.year == year }
        if year != nil, groups.isEmpty {
            let unstated = aggregation.groups.allSatisfy { $0.year == nil } ? " (the file has no year column: drop --year)" : ""
            throw CommandError(message: "no records of \(year!.japaneseLabel) in \(arguments.positionals.first ?? "the input")\(unstated)")
        }
        aggregation.keys = keys
        let file = arguments.positionals.first.flatMap { $0 == "-" ? nil : $0 }
        let report = AggregationReport(aggregation: aggregation, groups: groups, formatting: style, file: file)
        try target.emit(json: { report.json }, tables: { _ in [report.table] }, console: console)
        return ExitCode.success
    }
}

/// Reading school-level files for any command.
enum SchoolInput {
    /// Aggregates a school-level file (or standard input) by `keys`.
    ///
    /// - Parameter collectingInvalid: skip every invalid record (so `check` can report each),
    ///   whatever `--skip-invalid` says, and do not apply `--max-skipped`.
    /// - Parameter layout: the file's layout from its first 64 KB, when the caller has it (else
    ///   it is read here), for columns with no header that hold values.
    static func aggregate(_ path: String?, keys: [AggregationKey], _ arguments: ParsedArguments, console: Console,
                          collectingInvalid: Bool = false, layout: Layout? = nil) throws -> SchoolAggregation {
        var aggregator = SchoolAggregator(keys: keys, skipInvalid: arguments.flag("skip-invalid") || collectingInvalid)
        aggregator.blankIsNo = arguments.flag("blank-is-no")
        aggregator.encoding = arguments.value(CommonOptions.encoding)
        if let value = arguments.value("delimiter") { aggregator.delimiter = Delimiter.parse(value) }
        if let jobs = arguments.value("jobs") {
            guard let n = Int(jobs), n >= 1 else {
                throw CommandError(message: "--jobs expects a positive number; found '\(jobs)'", exitCode: ExitCode.usage)
            }
            aggregator.maximumWorkers = n
        }
        var aggregation: SchoolAggregation
        let input = path == nil || path == "-" ? try console.readStandardInput()
            : try InputLoader.workbookSheet(path!, arguments, console: console)?.csv
        do throws(ReadError) {
            aggregation = if let input {
                try aggregator.aggregate(bytes: input, file: path == "-" ? nil : path)
            } else {
                try aggregator.aggregate(path: path!)
            }
        } catch {
            // The encoding was taken from the first megabyte only: say how to give another.
            if case .invalidEncoding(let position, .utf8, let offset, _) = error, aggregator.encoding == nil, offset >= 1 << 20 {
                console.err("\(position.file ?? "<stdin>"): note: the first megabyte read as UTF-8; give --encoding shift_jis if the file is Shift_JIS\n")
            }
            throw error
        }
        // A column with no header that holds values (in the file's first 64 KB) is said too.
        if let layout = try layout ?? InputLoader.layout(path.flatMap { $0 == "-" ? nil : $0 }, arguments, console: console),
           layout.kind == .schoolRecords {
            for (i, column) in layout.columns.enumerated() where column.remark == .unnamedWithValues {
                aggregation.warnings.append("column \(i + 1) has no header but holds values; not used")
            }
        }
        // Every record skipped (or none at all) leaves nothing to count: an empty table would
        // pass for a file of no schools.
        guard aggregation.records > aggregation.skipped.total || (collectingInvalid && aggregation.records > 0) else {
            reportSkipped(aggregation, console: console)
            let name = path.flatMap { $0 == "-" ? nil : $0 } ?? "<stdin>"
            let why = aggregation.records == 0 ? "no school records after the header" : "every one of its \(aggregation.records) records was skipped as invalid"
            throw CommandError(message: "\(name): \(why); nothing to count", exitCode: ExitCode.dataError)
        }
        // Counts over part of a file pass for the whole: past a small share, fail.
        let text = arguments.value("max-skipped") ?? "1"
        guard let limit = FixedDecimal(text.hasSuffix("%") ? String(text.dropLast()) : text),
              limit.scale <= 6, limit >= FixedDecimal(units: 0, scale: 0), limit <= FixedDecimal(units: 100, scale: 0) else {
            throw CommandError(message: "--max-skipped expects a percent from 0 to 100 (at most 6 decimals); found '\(text)'", exitCode: ExitCode.usage)
        }
        // Subtotal rows are not schools: leaving them out loses nothing, and they are not
        // among the records the share is of.
        let subtotals = aggregation.skipped.byKind[.notASchool]?.count ?? 0
        let lost = aggregation.skipped.total - subtotals
        let schools = aggregation.records - subtotals
        if !collectingInvalid, lost > 0, let share = Ratio(lost, schools),
           Ratio(lost * 100, schools)! > limit.exactRatio {
            reportSkipped(aggregation, console: console)
            let name = path.flatMap { $0 == "-" ? nil : $0 } ?? "<stdin>"
            let shown = share.percent(apartFrom: limit)
            let records = subtotals == 0 ? "records" : "records (subtotal rows aside)"
            throw CommandError(message: "\(name): \(lost) of \(schools) \(records) were skipped as invalid (\(shown)%, more than --max-skipped \(text)%): the counts would rest on part of the file; fix the records, or allow it with --max-skipped")
        }
        return aggregation
    }

    /// Says on standard error how cells were read (盲学校 counted as 特別支援学校) and what
    /// doubts the counts carry (columns that took no role, …).
    ///
    /// - Parameter warnings: whether to say the doubts too (`check` makes them warnings instead).
    static func reportNotes(_ aggregation: SchoolAggregation, file: String?, console: Console, warnings: Bool = true) {
        for note in aggregation.notes + (warnings ? aggregation.warnings : []) {
            console.err("\(file ?? "<stdin>"): note: \(note)\n")
        }
    }

    /// Says on standard error how many records `--skip-invalid` left out, by kind.
    static func reportSkipped(_ aggregation: SchoolAggregation, console: Console) {
        for (kind, entry) in aggregation.skipped.byKind.sorted(by: { $0.key < $1.key }) {
            let lines = entry.lines.map(String.init).joined(separator: ", ")
            let more = entry.count > entry.lines.count ? ", …" : ""
            console.err("warning: skipped \(entry.count) record\(entry.count == 1 ? "" : "s") with \(kind.rawValue) (line\(entry.lines.count == 1 ? "" : "s") \(lines)\(more))\n")
        }
    }
}
