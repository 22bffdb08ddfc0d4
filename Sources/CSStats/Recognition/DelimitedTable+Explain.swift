extension Layout.Kind {
    /// The kind in words, for explanations.
    public var explanation: String {
        switch self {
        case .schoolType: "a published table by school type"
        case .prefecture: "a published table by prefecture"
        case .prefectureSchoolType: "a published table by prefecture and school type"
        case .year: "a published series with survey years as rows (each row a national total)"
        case .schoolRecords: "school-level records (one row per school)"
        case .other: "not a survey table"
        }
    }
}

extension DelimitedTable {
    /// One run of consecutive lines with the same role (data and blank lines are grouped).
    public struct LineRun: Sendable {
        /// The role.
        public var role: Layout.LineRole
        /// The first and last line of the run.
        public var firstLine: Int, lastLine: Int
        /// How many records the run holds.
        public var records: Int
        /// The text of the first record (its non-empty cells, joined by ` | `).
        public var text: String
    }

    /// The file's records grouped into runs by role: one run per title, group, header, unit or
    /// note line, one per run of data or blank lines.
    ///
    /// - Complexity: O(*r*) for *r* records.
    public var lineRuns: [LineRun] {
        var runs: [LineRun] = []
        for (i, record) in records.enumerated() {
            let role = layout.roles[i]
            let last = record.lines.last ?? record.line
            if let previous = runs.last, previous.role == role, role == .data || role == .blank {
                runs[runs.count - 1].lastLine = last
                runs[runs.count - 1].records += 1
                continue
            }
            let text = record.fields.map { $0.trimmingPublishedSpaces() }.filter { !$0.isEmpty }.joined(separator: " | ")
            runs.append(LineRun(role: role, firstLine: record.line, lastLine: last, records: 1, text: text))
        }
        return runs
    }

    /// Lines after the data taken for notes although nothing marks them (no ※, 注, 資料, …):
    /// said on standard error, so a row that was meant as data is not lost quietly.
    public var unmarkedNotes: [(line: Int, text: String)] {
        layout.records(.note).compactMap { r in
            let text = records[r].fields.map { $0.trimmingPublishedSpaces() }.filter { !$0.isEmpty }.joined(separator: " ")
            return Layout.isNoteMark(text) ? nil : (records[r].line, text)
        }
    }

    /// The delimiter's name: comma, tab, semicolon, or the character.
    public var delimiterName: String {
        switch delimiter {
        case UInt8(ascii: ","): "comma"
        case UInt8(ascii: "\t"): "tab"
        case UInt8(ascii: ";"): "semicolon"
        case UInt8(ascii: "|"): "pipe"
        default: "'\(Character(Unicode.Scalar(delimiter)))'"
        }
    }

    /// How the file was recognised, as tables for a terminal: the file, the lines by role and
    /// the columns by meaning, each with where it came from.
    public func explanationTables() -> [TextTable] {
        var facts: [[String]] = [
            ["file", file ?? "<stdin>"],
        ]
        if let origin {
            // Lines below are the CSV's made from the sheet: say which row each is.
            let rows = origin.firstRow == 1 ? "line n is row n" : "line 1 is row \(origin.firstRow)"
            facts.append(["workbook", "\(origin.description) (\(rows)), read as the CSV Excel would save"])
        }
        facts += [
            ["encoding", encoding.displayName],
            ["delimiter", delimiterName],
            ["kind", layout.kind.explanation],
        ]
        if layout.isSurveyTable {
            let year = layout.columns.contains { $0.meaning == .survey(.year) }
                ? "from the year column, row by row"
                : layout.year.map { "\($0.japaneseLabel) (\($0.gregorian)), from \(layout.yearSource ?? "file name")" } ?? "not stated (no year column, none in the titles or the file name; notes are never used)"
            facts.append(["year", year])
            let dateColumn = layout.columns.contains { $0.meaning == .survey(.referenceDate) }
            facts.append(["reference date", dateColumn ? "from the reference date column, row by row" : layout.referenceDate ?? "not stated"])
        }
        if let refusal = layout.refusal { facts.append(["refused", refusal.message]) }
        if let reason = layout.notSurveyReason, layout.kind == .other { facts.append(["why not a survey table", reason]) }
        let counts = Dictionary(grouping: layout.roles, by: { $0 }).mapValues(\.count)
        let roleCounts = [Layout.LineRole.title, .group, .header, .unit, .data, .blank, .note]
            .compactMap { role in counts[role].map { "\($0) \(role.rawValue)" } }
        facts.append(["records", roleCounts.joined(separator: ", ")])
        let summary = TextTable(title: "How the file was read", columns: [TextTable.Column(title: "item"), TextTable.Column(title: "value")], rows: facts)

        let lines = TextTable(
            title: "Lines",
            columns: [TextTable.Column(title: "line", alignment: .right), TextTable.Column(title: "role"), TextTable.Column(title: "text")],
            rows: lineRuns.map { run in
                let range = run.firstLine == run.lastLine ? "\(run.firstLine)" : "\(run.firstLine)–\(run.lastLine)"
                let text = run.records > 1 ? "\(run.records) records, from: \(run.text)" : run.text
                return [range, run.role.rawValue, Self.shortened(text)]
            })

        let columnRows = layout.columns.enumerated().map { i, column in
            [String(i + 1), column.header.replacingOccurrences(of: "\n", with: "⏎"), column.group ?? "", column.unit ?? "", column.identifier, column.explanation]
        }
        let columns = TextTable(
            title: "Columns",
            columns: ["#", "header", "group", "unit", "meaning", "from"].enumerated().map { TextTable.Column(title: $1, alignment: $0 == 0 ? .right : .left) },
            rows: columnRows,
            footnotes: layout.ignoredColumns.isEmpty ? [] : ["ignored: \(layout.ignoredColumns.map { "column \($0.index + 1) '\($0.column.header)'" }.joined(separator: ", ")): its cells are neither read nor checked"])
        return [summary, lines, columns]
    }

    /// How the file was recognised, as JSON (`view --explain --format json`).
    public func explanationJSON() -> JSONValue {
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        let counts = Dictionary(grouping: layout.roles, by: { $0 }).mapValues(\.count)
        return .object([
            ("file", optional(file)),
            ("sheet", origin.map { origin in
                .object([("name", .string(origin.sheet)), ("part", .string(origin.part)), ("cells", optional(origin.cells)),
                         ("first_row", .integer(origin.firstRow))])
            } ?? .null),
            ("encoding", .string(encoding.rawValue)),
            ("delimiter", .string(String(Character(Unicode.Scalar(delimiter))))),
            ("kind", .string(layout.kind.rawValue)),
            ("year", layout.year.map { .integer($0.gregorian) } ?? .null),
            ("year_source", optional(layout.yearSource)),
            ("reference_date", optional(layout.referenceDate)),
            ("refusal", layout.refusal.map { .string($0.description) } ?? .null),
            ("not_survey_reason", layout.kind == .other ? optional(layout.notSurveyReason) : .null),
            ("line_counts", .object([Layout.LineRole.title, .group, .header, .unit, .data, .blank, .note].map { ($0.rawValue, .integer(counts[$0] ?? 0)) })),
            ("lines", .array(lineRuns.map { run in
                .object([("first_line", .integer(run.firstLine)), ("last_line", .integer(run.lastLine)),
                         ("role", .string(run.role.rawValue)), ("records", .integer(run.records)), ("text", .string(run.text))])
            })),
            ("columns", .array(layout.columns.enumerated().map { i, column in
                .object([("index", .integer(i + 1)), ("header", .string(column.header)), ("group", optional(column.group)),
                         ("unit", optional(column.unit)), ("meaning", .string(column.identifier)), ("source", .string(column.explanation))])
            })),
            ("ignored_columns", .array(layout.ignoredColumns.map { .string($0.column.header) })),
        ])
    }

    private static func shortened(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(59)) + "…" : text
    }
}
