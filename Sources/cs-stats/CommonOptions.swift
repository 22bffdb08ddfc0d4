import CSStats
import Foundation

/// Options several commands share, declared once so their help reads the same everywhere.
enum CommonOptions {
    static let format = EnumeratedOption<OutputFormat>(
        names: ["-f", "--format"], valueName: "format", choices: OutputFormat.tableFormats.map { ($0.rawValue, $0) },
        default: .table, help: "Output format: an aligned terminal table, CSV, TSV, JSON or a Markdown table.")
    static let output = OptionSpec(
        names: ["-o", "--output"], valueName: "FILE",
        help: "Write to FILE instead of standard output (written whole to a temporary file, then renamed); without --format, the format follows FILE's extension (.csv, .tsv, .json, .md).")
    static let lang = EnumeratedOption<Language>(
        names: ["--lang"], valueName: "lang", default: .japanese,
        help: "Language of headers and labels.")
    static let safeCSV = OptionSpec(
        names: ["--safe-csv"], help: "In CSV and TSV, write text that starts with =, +, -, @, a tab or a CR with an apostrophe in front, so a spreadsheet shows it as text instead of running it as a formula (numbers such as -3 stay numbers).")
    static let noColor = OptionSpec(
        names: ["--no-color"], help: "No colour, even on a terminal (a non-empty NO_COLOR, or TERM=dumb, does the same).")
    /// `nil` (auto) detects the encoding. UTF-16 is not offered: it is told by its byte-order mark.
    static let encoding = EnumeratedOption<TextEncoding?>(
        names: ["--encoding"], valueName: "encoding",
        choices: [("auto", nil)] + [TextEncoding.utf8, .shiftJIS].map { ($0.rawValue, $0) }, default: nil,
        help: "Input encoding; auto detects UTF-8 (with or without BOM) or Shift_JIS (CP932).")
    static let delimiter = OptionSpec(
        names: ["-d", "--delimiter"], valueName: "delimiter",
        help: "Field delimiter: comma, tab, semicolon, pipe or another single punctuation character; else tab for .tsv and .tab files, else sniffed from the first lines.")

    static let sheet = OptionSpec(
        names: ["--sheet"], valueName: "sheet",
        help: "For an .xlsx workbook: the sheet to read, by name or number from 1 (default: the first that holds a survey table or school records).")
    static let year = OptionSpec(
        names: ["--year"], valueName: "year",
        help: "Use this survey year (2021, 令和3年度, R3) of a school-level file or a file of several years.")
    static let skipInvalid = OptionSpec(
        names: ["--skip-invalid"],
        help: "For a school-level file: skip invalid records and report how many, instead of stopping.")

    static let measure = EnumeratedOption<Programme>(
        names: ["--measure"], valueName: "measure", default: .cs,
        help: "CS, HQ, schools with both, or similar mechanisms.")
    /// `table`'s `--by`, the rows a table must have; also how `InputLoader` counts a school-level
    /// file into a table. `nil`: not given, any rows will do.
    static let dimension = EnumeratedOption<SurveyTable.Dimension?>(
        names: ["--by"], valueName: "dimension",
        choices: [SurveyTable.Dimension.schoolType, .prefecture].map { ($0.rawValue, $0) }, default: nil,
        help: "The rows the table must have; an error if the file's rows are of another kind.")

    /// The survey year given with `--year`, if any.
    ///
    /// - Throws: `CommandError` (usage) when the value is not a survey year.
    static func surveyYear(_ arguments: ParsedArguments) throws -> SurveyYear? {
        guard let text = arguments.value("year") else { return nil }
        guard let year = SurveyYear.parse(text) else {
            throw CommandError(message: "--year expects a survey year (2021, 令和3年度, R3); found '\(text)'", exitCode: ExitCode.usage)
        }
        return year
    }

    /// The options of commands that also read school-level files (one row per school).
    static let blankIsNo = OptionSpec(
        names: ["--blank-is-no"],
        help: "For a school-level file that marks only the yes (○) and leaves the no blank: read an empty flag as no (without it, an empty flag is an invalid record).")
    static let maxSkipped = OptionSpec(
        names: ["--max-skipped"], valueName: "percent", defaultValue: "1",
        help: "With --skip-invalid: the largest share of records that may be skipped, in percent, before the run fails rather than count part of the file.")

    static let schoolOptions = [year, skipInvalid, blankIsNo, maxSkipped]
    /// The options of every command that prints tables.
    static let outputOptions = [format.spec, output, lang.spec, noColor, safeCSV]
    /// The options of commands whose output has no labels to translate: no `--lang`.
    static let outputOptionsWithoutLanguage = [format.spec, output, noColor, safeCSV]
    /// The options of every command that reads files.
    static let inputOptions = [encoding.spec, delimiter, sheet]
}

/// Where and how a command's result is printed.
struct OutputTarget {
    var format: OutputFormat
    var path: String?
    var color: Bool
    var language: Language
    /// `--safe-csv`: text a spreadsheet would run as a formula is written as text.
    var safe: Bool

    /// Reads where and how to print from the arguments.
    ///
    /// - Parameter formatOption: the command's `--format`; a file name's extension sets the
    ///   format only when the option offers it (`-o map.svg` is SVG where SVG is a choice).
    init(_ arguments: ParsedArguments, console: Console, formatOption: EnumeratedOption<OutputFormat> = CommonOptions.format) {
        path = arguments.value("output")
        // `-o out.csv` means CSV unless --format says otherwise: a terminal table in a .csv file
        // is a file no spreadsheet can read.
        let named = path.flatMap(OutputFormat.init(path:)).flatMap { f in formatOption.choices.contains { $0.value == f } ? f : nil }
        format = arguments.givenValue(formatOption) ?? named ?? arguments.value(formatOption)
        language = arguments.value(CommonOptions.lang)
        safe = arguments.flag("safe-csv")
        color = path == nil && format == .table && console.outputIsTerminal
            && !arguments.flag("no-color") && (console.environment["NO_COLOR"] ?? "").isEmpty
            && console.environment["TERM"] != "dumb"
    }

    /// Writes the whole text to the output file (atomically) or to standard output.
    func emit(_ text: String, console: Console) throws {
        guard let path, path != "-" else {
            console.out(text)
            return
        }
        try OutputTarget.requireFolder(of: path)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandError(message: "cannot write '\(path)': \(error.localizedDescription)", exitCode: ExitCode.cannotCreate)
        }
    }

    /// Stops before writing anything when the output file's folder is missing or not a folder.
    static func requireFolder(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard folder.isEmpty || (FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue) else {
            throw CommandError(message: "cannot write '\(path)': there is no folder '\(folder)'", exitCode: ExitCode.cannotCreate)
        }
    }

    /// The formatting of survey figures for this output's format and language.
    var formatting: SurveyFormatting { SurveyFormatting(forDisplay: format.isForDisplay, language: language) }

    /// Writes a result: its JSON for `--format json`, else its tables rendered in the format,
    /// a blank line apart. Only the one that is written is built.
    func emit(json: () -> JSONValue, tables: (SurveyFormatting) -> [TextTable], console: Console) throws {
        if format == .json {
            try emit(json().serialized() + "\n", console: console)
        } else {
            try emit(tables(formatting).map(render).joined(separator: "\n"), console: console)
        }
    }

    /// Renders a table in the chosen format (JSON is the caller's business).
    func render(_ table: TextTable) -> String {
        switch format {
        case .csv: table.renderDelimited(delimiter: UInt8(ascii: ","), safe: safe)
        case .tsv: table.renderDelimited(delimiter: UInt8(ascii: "\t"), safe: safe)
        case .markdown: table.renderMarkdown()
        // SVG is drawn by the commands that offer it, before tables are rendered.
        case .table, .json, .svg: table.renderTerminal(color: color)
        }
    }
}

/// Reading the files named on the command line.
enum InputLoader {
    /// Reads a table from a path (`-` or `nil`: standard input), honouring `--encoding` and `--delimiter`.
    static func table(_ path: String?, _ arguments: ParsedArguments, console: Console) throws -> DelimitedTable {
        let name = (path == nil || path == "-") ? nil : path
        let (encoding, delimiter) = try readingOptions(arguments)
        let sheet = try name.flatMap { try workbookSheet($0, arguments, console: console) }
        let bytes = try sheet?.csv ?? InputLoader.bytes(name, arguments, console: console)
        let input = try DecodedInput(bytes: bytes, encoding: encoding, file: name)
        let table = try DelimitedTable(input: input, delimiter: delimiter, file: name, origin: sheet?.origin)
        sayGuesses(name, couldBeShiftJIS: input.couldBeShiftJIS, table: table, delimiterGiven: delimiter != nil, console: console)
        return table
    }

    /// Opens a table as a stream (``TableStream``): read whole when small, else its first
    /// records recognised and the rest given one by one.
    static func stream(_ path: String?, _ arguments: ParsedArguments, console: Console) throws -> TableStream {
        let name = (path == nil || path == "-") ? nil : path
        let (encoding, delimiter) = try readingOptions(arguments)
        let sheet = try name.flatMap { try workbookSheet($0, arguments, console: console) }
        let source: ByteSource = if let sheet {
            MemoryByteSource(sheet.csv)
        } else {
            try name.map { path throws(ReadError) in try FileByteSource(path: path) } ?? console.standardInputSource()
        }
        let stream = try TableStream(source: source, encoding: encoding, delimiter: delimiter, file: name,
                                     wholeBytes: console.streamLimits.wholeBytes, headRecords: console.streamLimits.headRecords,
                                     origin: sheet?.origin)
        sayGuesses(name, couldBeShiftJIS: stream.couldBeShiftJIS, table: stream.head, delimiterGiven: delimiter != nil, console: console)
        return stream
    }

    /// A file's bytes (standard input's when `nil`): a workbook's chosen sheet as CSV.
    static func bytes(_ name: String?, _ arguments: ParsedArguments, console: Console) throws -> [UInt8] {
        if let name, let sheet = try workbookSheet(name, arguments, console: console) { return sheet.csv }
        return try name.map { path throws(ReadError) in try FileByteSource(path: path).readAll() } ?? console.readStandardInput()
    }

    /// A workbook's sheet as a command reads it: the CSV Excel would save, where it came from,
    /// and the sheet itself (its formulas, for check).
    struct WorkbookSheet {
        var csv: [UInt8]
        var origin: Workbook.Origin
        var sheet: Workbook.Sheet
    }

    /// Whether a file is a workbook, by its first bytes (`false` when it cannot be read: the
    /// ordinary path says why).
    static func isWorkbook(_ path: String) -> Bool {
        do {
            let source = try FileByteSource(path: path)
            var buffer = [UInt8](repeating: 0, count: 8)
            let n = try buffer.withUnsafeMutableBytes { raw throws(ReadError) in try source.read(into: raw) }
            return Workbook.isWorkbook(buffer.prefix(n))
        } catch { return false }
    }

    /// Runs a workbook step, its failures as errors on the file (no line: a workbook has none).
    static func readingWorkbook<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError.header(SourcePosition(file: path, line: 0), message: "\(error)")
        }
    }

    /// When a file is an .xlsx workbook (by its first bytes): its chosen sheet (`--sheet`) as
    /// CSV, with what CSV does not show said on standard error once; `nil` for any other file.
    static func workbookSheet(_ path: String, _ arguments: ParsedArguments, console: Console) throws -> WorkbookSheet? {
        if let cached = console.workbookSheets[path] { return cached }
        guard isWorkbook(path) else {
            if arguments.value("sheet") != nil { throw CommandError(message: "--sheet applies to an .xlsx workbook; \(path) is not one", exitCode: ExitCode.usage) }
            return nil
        }
        let sheet = try readingWorkbook(path) {
            try Workbook(bytes: try FileByteSource(path: path).readAll()).chosenSheet(arguments.value("sheet"))
        }
        console.err("\(path): note: read sheet '\(sheet.name)' (rows \(sheet.rowNumbers.first ?? 0)–\(sheet.rowNumbers.last ?? 0)) as the CSV Excel would save\n")
        for note in sheet.notes { console.err("\(path): note: \(note)\n") }
        let read = WorkbookSheet(csv: Workbook.csv(sheet), origin: Workbook.Origin(sheet), sheet: sheet)
        console.workbookSheets[path] = read
        return read
    }

    /// `--encoding` and `--delimiter`.
    private static func readingOptions(_ arguments: ParsedArguments) throws -> (TextEncoding?, UInt8?) {
        var delimiter: UInt8?
        if let value = arguments.value("delimiter") {
            guard let d = Delimiter.parse(value) else {
                throw CommandError(message: "--delimiter expects comma, tab, semicolon, pipe or a single punctuation character; found '\(value)'", exitCode: ExitCode.usage)
            }
            delimiter = d
        }
        return (arguments.value(CommonOptions.encoding), delimiter)
    }

    /// Guesses that could be wrong are said, with the option that settles them.
    private static func sayGuesses(_ name: String?, couldBeShiftJIS: Bool, table: DelimitedTable, delimiterGiven: Bool, console: Console) {
        if couldBeShiftJIS {
            console.err("\(name ?? "<stdin>"): note: read as UTF-8, but the bytes are valid Shift_JIS too and hold no Japanese as UTF-8; give --encoding shift_jis if the file is Shift_JIS\n")
        }
        if !delimiterGiven, let name, Delimiter.forPath(name) == nil, (name as NSString).pathExtension.lowercased() == "csv",
           table.delimiter != UInt8(ascii: ",") {
            console.err("\(name): note: read as \(table.delimiterName)-separated although the name ends .csv (the \(table.delimiterName) gives the steadiest field count); give --delimiter comma if it is comma-separated\n")
        }
    }
}

extension InputLoader {
    /// Reads survey tables from files, or the built-in R3 table when no file is named.
    ///
    /// A published table gives one table per year it holds. A school-level file (one row per
    /// school, recognised from its header) is aggregated into one table per year, by school type,
    /// or by prefecture when `--by prefecture` is given. `--year` keeps that year only.
    ///
    /// - Parameter invalidRow: when given, a published table's rows that cannot be read are
    ///   passed to it and left out, instead of stopping at the first.
    static func surveyTables(
        _ paths: [String], _ arguments: ParsedArguments, console: Console, invalidRow: ((ReadError) -> Void)? = nil
    ) throws -> [SurveyTable] {
        var tables: [SurveyTable] = []
        if paths.isEmpty { tables = [SurveyTable.builtInR3()] }
        let dimension: AggregationKey = arguments.value(CommonOptions.dimension) == .prefecture ? .prefecture : .schoolType
        for path in paths {
            let name = path == "-" ? nil : path
            if let layout = try layout(name, arguments, console: console), layout.kind == .schoolRecords {
                // check reports every bad record (skipping them to find the next); the others stop
                // at the first, unless --skip-invalid.
                let aggregation = try SchoolInput.aggregate(path, keys: [.year, dimension], arguments, console: console,
                                                            collectingInvalid: invalidRow != nil, layout: layout)
                if let invalidRow {
                    for (line, message) in aggregation.skipped.messages {
                        invalidRow(.invalidRecord(SourcePosition(file: name, line: line), message: message))
                    }
                    let unreported = aggregation.skipped.total - aggregation.skipped.messages.count
                    if unreported > 0 {
                        invalidRow(.invalidRecord(SourcePosition(file: name, line: 1), message: "\(unreported) more invalid record\(unreported == 1 ? "" : "s") not listed"))
                    }
                } else {
                    SchoolInput.reportSkipped(aggregation, console: console)
                }
                // The counts' doubts are warnings in check (so --strict fails), notes elsewhere.
                SchoolInput.reportNotes(aggregation, file: name, console: console, warnings: invalidRow == nil)
                let doubts = aggregation.warnings.map { Layout.Warning(position: SourcePosition(file: name, line: 1), message: $0) }
                tables += aggregation.surveyTables(file: name).map { table in
                    var table = table
                    if invalidRow != nil { table.readingWarnings += doubts }
                    return table
                }
            } else {
                // A published table is a few hundred rows: a file too big to read whole is
                // refused from its first records, never after holding all of it.
                let opened = try stream(path, arguments, console: console)
                guard opened.isWhole else {
                    _ = try SurveyTable.read(opened.head)  // what is wrong with it, if its start says
                    throw CommandError(message: "\(name ?? "<stdin>"): more than \(console.streamLimits.wholeBytes >> 20) MB: a published table is a few hundred rows, so this is not read as one (its first \(opened.head.records.count) records look like a \(opened.head.layout.kind.rawValue) table); give the table itself, or a school-level file with one row per school")
                }
                let delimited = opened.head
                for note in delimited.unmarkedNotes where delimited.layout.isSurveyTable {
                    console.err("\(name ?? "<stdin>"):\(note.line): note: '\(note.text)' after the data is read as a note, not a row (run 'cs-stats view --explain' to see every line's role)\n")
                }
                if let invalidRow {
                    var invalid: [ReadError] = []
                    tables += try SurveyTable.read(delimited, invalidRows: &invalid)
                    invalid.forEach(invalidRow)
                } else {
                    let read = try SurveyTable.read(delimited)
                    for table in read { try table.requirePrintable() }
                    tables += read
                }
            }
        }
        guard let year = try CommonOptions.surveyYear(arguments) else { return tables }
        let kept = tables.filter { $0.year == year }
        if kept.isEmpty {
            let found = tables.compactMap { $0.year?.japaneseLabel }.joined(separator: ", ")
            throw CommandError(message: "no table for \(year.japaneseLabel) in the input (found: \(found.isEmpty ? "no years" : found))")
        }
        return kept
    }

    /// What a file holds, decided by the library from its first 64 KB (standard input is
    /// buffered for the real read).
    static func layout(_ path: String?, _ arguments: ParsedArguments, console: Console) throws -> Layout? {
        var bytes: [UInt8]
        if let path, let sheet = try workbookSheet(path, arguments, console: console) {
            bytes = Array(sheet.csv.prefix(1 << 16))
        } else if let path {
            let source = try FileByteSource(path: path)
            bytes = [UInt8](repeating: 0, count: 1 << 16)
            let n = try bytes.withUnsafeMutableBytes { raw throws(ReadError) in try source.read(into: raw) }
            bytes.removeLast(bytes.count - n)
        } else {
            bytes = Array(try console.readStandardInput().prefix(1 << 16))
        }
        return Layout.recognize(sample: bytes, file: path, delimiter: arguments.value("delimiter").flatMap(Delimiter.parse))
    }

    /// Notes on standard error for columns that are not survey columns: kept, but reported.
    static func reportUnknownColumns(_ tables: [SurveyTable], console: Console) {
        var seen = Set<String>()
        for table in tables {
            for name in table.unknownColumns where seen.insert("\(table.file ?? "")\u{0}\(name)").inserted {
                console.err("\(table.file ?? "<stdin>"): note: column '\(name)' is not a survey column; ignored in figures\n")
            }
            for warning in table.readingWarnings where seen.insert("\(warning.position)\u{0}\(warning.message)").inserted {
                console.err("\(warning.position): note: \(warning.message)\n")
            }
        }
    }
}

extension CommonOptions {
    /// `--format` of the commands that also draw an SVG picture (`table`).
    static let formatWithSVG = EnumeratedOption<OutputFormat>(
        names: ["-f", "--format"], valueName: "format", default: .table,
        help: "Output format: an aligned terminal table, CSV, TSV, JSON, a Markdown table, or an SVG picture (a tile map of Japan for a table by prefecture, bars for one by school type).")
    /// `-o` of the commands that also draw an SVG picture.
    static let outputWithSVG = OptionSpec(
        names: ["-o", "--output"], valueName: "FILE",
        help: "Write to FILE instead of standard output (written whole to a temporary file, then renamed); without --format, the format follows FILE's extension (.csv, .tsv, .json, .md, .svg).")
    /// The title of a picture.
    static let pictureTitle = OptionSpec(
        names: ["--title"], valueName: "text",
        help: "For SVG: the picture's title, in place of the measure's name (say here what the figures are, such as synthetic data).")
    /// The source line of a picture.
    static let pictureSource = OptionSpec(
        names: ["--source"], valueName: "text",
        help: "For SVG: the source line under the picture, in place of the file's name (the built-in data names the survey).")

    /// The width charts are fitted to: `COLUMNS` when it is a number of at least 20, else 80.
    static func terminalWidth(_ console: Console) -> Int {
        guard let text = console.environment["COLUMNS"], let columns = Int(text), columns >= 20 else { return 80 }
        return columns
    }

    /// Refuses `--title` and `--source` for output that is not a picture.
    ///
    /// - Throws: `CommandError` (usage) when either is given with another format.
    static func requirePicture(_ arguments: ParsedArguments, format: OutputFormat) throws {
        for key in ["title", "source"] where arguments.value(key) != nil && format != .svg {
            throw CommandError(message: "--\(key) applies to SVG output (--format svg, or -o FILE.svg)", exitCode: ExitCode.usage)
        }
    }
}
