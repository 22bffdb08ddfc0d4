import Foundation

/// The formats a command prints its result in (`--format`, or the extension of `-o FILE`).
enum OutputFormat: String, CaseIterable, Sendable {
    /// An aligned table for a terminal, coloured when it is one.
    case table
    case csv
    case tsv
    case json
    /// A GitHub-flavoured Markdown table.
    case markdown
    /// An SVG picture: a chart or, for a table by prefecture, a map (`table` and `chart` only).
    case svg

    /// The formats of commands that print tables.
    static let tableFormats: [OutputFormat] = [.table, .csv, .tsv, .json, .markdown]

    /// The format a file name's extension names, if any: `out.csv` is CSV.
    init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "json": self = .json
        case "md", "markdown": self = .markdown
        case "svg": self = .svg
        default: return nil
        }
    }

    /// Whether people read it (`7,051`, `9.8%`) rather than programs (`7051`, `9.8`).
    var isForDisplay: Bool { self == .table || self == .markdown || self == .svg }
}
