import CSStats
import Foundation

/// Options several commands share, declared once so their help reads the same everywhere.
enum CommonOptions {
    static let formats = ["table", "csv", "tsv", "json", "markdown"]

    static let format = OptionSpec(
        names: ["-f", "--format"], valueName: "format", allowedValues: formats, defaultValue: "table",
        help: "Output format: an aligned terminal table, CSV, TSV, JSON or a Markdown table.")
    static let output = OptionSpec(
        names: ["-o", "--output"], valueName: "FILE",
        help: "Write to FILE instead of standard output (written whole to a temporary file, then renamed).")
    static let lang = OptionSpec(
        names: ["--lang"], valueName: "lang", allowedValues: ["ja", "en"], defaultValue: "ja",
        help: "Language of headers and labels.")
    static let noColor = OptionSpec(
        names: ["--no-color"], help: "No colour, even on a terminal (NO_COLOR is honoured too).")
    static let encoding = OptionSpec(
        names: ["--encoding"], valueName: "encoding", allowedValues: ["auto", "utf-8", "shift_jis"], defaultValue: "auto",
        help: "Input encoding; auto detects UTF-8 (with or without BOM) or Shift_JIS (CP932).")
    static let delimiter = OptionSpec(
        names: ["-d", "--delimiter"], valueName: "delimiter",
        help: "Field delimiter: comma, tab, semicolon or a character; else from the extension (.tsv, .tab), else sniffed.")

    /// The options of every command that prints tables.
    static let outputOptions = [format, output, lang, noColor]
    /// The options of every command that reads files.
    static let inputOptions = [encoding, delimiter]
}

/// Where and how a command's result is printed.
struct OutputTarget {
    var format: String
    var path: String?
    var color: Bool
    var language: Language

    init(_ arguments: ParsedArguments, console: Console) {
        format = arguments.value("format") ?? "table"
        path = arguments.value("output")
        language = Language(rawValue: arguments.value("lang") ?? "ja") ?? .japanese
        color = path == nil && format == "table" && console.outputIsTerminal
            && !arguments.flag("no-color") && console.environment["NO_COLOR"] == nil
    }

    /// Writes the whole text to the output file (atomically) or to standard output.
    func emit(_ text: String, console: Console) throws {
        guard let path, path != "-" else {
            console.out(text)
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandError(message: "cannot write '\(path)': \(error.localizedDescription)", exitCode: ExitCode.cannotCreate)
        }
    }

    /// Renders a table in the chosen format (JSON is the caller's business).
    func render(_ table: TextTable) -> String {
        switch format {
        case "csv": table.renderDelimited(delimiter: UInt8(ascii: ","))
        case "tsv": table.renderDelimited(delimiter: UInt8(ascii: "\t"))
        case "markdown": table.renderMarkdown()
        default: table.renderTerminal(color: color)
        }
    }
}

/// Reading the files named on the command line.
enum InputLoader {
    /// Reads a table from a path (`-` or `nil`: standard input), honouring `--encoding` and `--delimiter`.
    static func table(_ path: String?, _ arguments: ParsedArguments, console: Console) throws -> DelimitedTable {
        let name = (path == nil || path == "-") ? nil : path
        var encoding: TextEncoding?
        if let value = arguments.value("encoding"), value != "auto" { encoding = TextEncoding(name: value) }
        var delimiter: UInt8?
        if let value = arguments.value("delimiter") {
            guard let d = Delimiter.parse(value) else {
                throw CommandError(message: "--delimiter expects comma, tab, semicolon or pipe; found '\(value)'", exitCode: ExitCode.usage)
            }
            delimiter = d
        }
        let bytes = try name.map { path throws(ReadError) in try FileByteSource(path: path).readAll() } ?? console.readStandardInput()
        let input = try DecodedInput(bytes: bytes, encoding: encoding, file: name)
        return try DelimitedTable(input: input, delimiter: delimiter, file: name)
    }
}

extension InputLoader {
    /// Reads survey tables from files, or the built-in R3 table when no file is named.
    ///
    /// A file holding several years (a `year` column) gives several tables.
    static func surveyTables(_ paths: [String], _ arguments: ParsedArguments, console: Console) throws -> [SurveyTable] {
        if paths.isEmpty { return [SurveyTable.builtInR3()] }
        var tables: [SurveyTable] = []
        for path in paths {
            tables += try SurveyTable.read(table(path, arguments, console: console))
        }
        return tables
    }

    /// Notes on standard error for columns that are not survey columns: kept, but reported.
    static func reportUnknownColumns(_ tables: [SurveyTable], console: Console) {
        var seen = Set<String>()
        for table in tables {
            for name in table.unknownColumns where seen.insert("\(table.file ?? "")\u{0}\(name)").inserted {
                console.err("\(table.file ?? "<stdin>"): note: column '\(name)' is not a survey column; ignored in figures\n")
            }
        }
    }
}
