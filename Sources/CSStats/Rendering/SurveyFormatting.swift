/// How survey figures are written in one output format and language.
///
/// Every command that prints survey figures formats them here, so a count, a rate or a missing
/// figure reads the same in every table: counts with thousands separators and rates with a
/// percent sign where people read them (terminal and Markdown), plain where programs read them
/// (CSV and TSV), and typed values in JSON. Rates are rounded half up once, here, from exact
/// ratios or kept as printed.
///
/// One rule set serves every command: a figure that is not known prints as ``placeholder``
/// (`…` for display, empty for CSV and TSV, `null` in JSON); a placeholder a table published
/// prints as its own mark (`－`, `…`, `x`) for display, never as 0; signed differences (increases
/// between entries, percentage points) carry their `+` in every format.
public struct SurveyFormatting: Sendable {
    /// Whether figures are written for people (`7,051`, `9.8%`) rather than programs (`7051`, `9.8`).
    public var forDisplay: Bool
    /// The language of labels and headers.
    public var language: Language

    /// Creates the formatting for people or for programs.
    ///
    /// - Parameters:
    ///   - forDisplay: `true` for a terminal or Markdown table, `false` for CSV, TSV or JSON.
    ///   - language: the language of labels and headers.
    public init(forDisplay: Bool, language: Language) {
        self.forDisplay = forDisplay
        self.language = language
    }

    /// What stands in a cell whose figure is not known: `…` for display, empty for CSV/TSV.
    public var placeholder: String { forDisplay ? "…" : "" }

    /// A count: `11,856` for display, `11856` plain; the placeholder when unknown.
    public func count(_ value: Int?) -> String {
        guard let value else { return placeholder }
        return forDisplay ? value.groupedDecimal : String(value)
    }

    /// A published count, keeping the publisher's mark (－, …, x) for display.
    ///
    /// An empty cell and a column the table lacks print as ``placeholder``; so does every
    /// placeholder in CSV and TSV, whose numeric columns hold numbers or nothing.
    public func count(_ figure: Figure) -> String {
        switch figure {
        case .value: count(figure.integer)
        case .missing(let mark) where forDisplay && mark != .empty: mark.mark
        case .missing, .unpublished: placeholder
        }
    }

    /// A row's rate: as printed, else the published mark (－, …, x), else computed from the counts.
    ///
    /// - Parameter computing: whether count / 母数 may stand in for a rate not printed
    ///   (``SurveyScope/canComputeRate(_:of:in:)``).
    public func rate(_ row: SurveyRow, _ programme: Programme, computing: Bool = true) -> String {
        if let printed = row.printedRate(programme) { return percent(printed) }
        if case .missing(let mark) = row[.rate(programme)], forDisplay, mark != .empty { return mark.mark }
        return percent(computing ? row.exactRate(programme) : nil)
    }

    /// A signed difference of counts: `+2,068`, `-3`, `0` for display, `+2068` plain.
    public func change(_ value: Int?) -> String {
        guard let value else { return placeholder }
        return (value > 0 ? "+" : "") + count(value)
    }

    /// A rate in percent: `9.8%` for display, `9.8` plain.
    public func percent(_ value: FixedDecimal?) -> String {
        guard let value else { return placeholder }
        return forDisplay ? "\(value)%" : value.description
    }

    /// An exact ratio as a percentage rounded half up to one decimal.
    public func percent(_ ratio: Ratio?) -> String {
        percent(ratio?.percent(scale: 1))
    }

    /// A change in percentage points, signed: `+2.0`, `-0.4`, `0.0`.
    public func points(_ value: FixedDecimal?) -> String {
        guard let value else { return placeholder }
        return value.units > 0 ? "+\(value)" : value.description
    }

    /// The label of a row in the chosen language: `幼稚園` / `Kindergarten`, `東京都` / `Tokyo`,
    /// `合計` / `Total`.
    public func label(_ key: SurveyRow.Key) -> String {
        Self.label(key, language)
    }

    /// The label of a row; a total the file does not print (computed from its rows) says so:
    /// `合計 (行の和)` / `Total (sum of rows)`.
    public func label(_ key: SurveyRow.Key, computedTotal: Bool) -> String {
        key == .total && computedTotal ? text(SurveyRow.computedTotalLabel, "Total (sum of rows)") : label(key)
    }

    /// Chooses between a Japanese and an English text.
    public func text(_ japanese: String, _ english: String) -> String {
        language == .japanese ? japanese : english
    }

    /// A survey year as a row or column label: `令和3年度` / `FY2021`.
    public func year(_ year: SurveyYear) -> String {
        text(year.japaneseLabel, "FY\(year.gregorian)")
    }

    /// The label of a row in a language.
    public static func label(_ key: SurveyRow.Key, _ language: Language) -> String {
        let japanese = language == .japanese
        switch key {
        case .schoolType(let type): return japanese ? type.label : type.englishName
        case .prefecture(let prefecture): return japanese ? prefecture.name : prefecture.englishName
        case .prefectureSchoolType(let prefecture, let type):
            return japanese ? "\(prefecture.name) \(type.label)" : "\(prefecture.englishName), \(type.englishName)"
        case .total: return japanese ? "合計" : "Total"
        }
    }

    /// The ASCII identifier of a row for JSON: `kindergarten`, `13` for 東京都, `total`.
    public static func identifier(_ key: SurveyRow.Key) -> String {
        switch key {
        case .schoolType(let type): type.identifier
        case .prefecture(let prefecture): prefecture.codeString
        case .prefectureSchoolType(let prefecture, let type): "\(prefecture.codeString)/\(type.identifier)"
        case .total: "total"
        }
    }

    /// A row's identity for JSON: `"key"`, `"label_ja"`, `"label_en"`.
    public static func jsonKeyMembers(_ key: SurveyRow.Key) -> [(key: String, value: JSONValue)] {
        [("key", .string(identifier(key))),
         ("label_ja", .string(label(key, .japanese))),
         ("label_en", .string(label(key, .english)))]
    }

    /// A published row's identity for JSON: `"key"`, `"label_ja"`, `"label_en"`, then `"label"`,
    /// the row's label exactly as the file printed it (the canonical Japanese when not known).
    public static func jsonRowMembers(_ key: SurveyRow.Key, published: String?) -> [(key: String, value: JSONValue)] {
        jsonKeyMembers(key) + [("label", .string(published ?? label(key, .japanese)))]
    }

    /// A survey year for JSON: `"year"` (integer) and `"year_label"` (`令和3年度`), `null` when unknown.
    public static func jsonYearMembers(_ year: SurveyYear?) -> [(key: String, value: JSONValue)] {
        [("year", year.map { .integer($0.gregorian) } ?? .null),
         ("year_label", year.map { .string($0.japaneseLabel) } ?? .null)]
    }

    /// Where a table came from, for JSON: `"file"` (the path, or `null` for standard input and
    /// the built-in table) and `"built_in"` (`true` for the built-in R3 table).
    public static func jsonFileMembers(_ file: String?) -> [(key: String, value: JSONValue)] {
        let builtIn = file == BuiltInData.r3Name
        return [("file", builtIn ? .null : file.map(JSONValue.string) ?? .null), ("built_in", .bool(builtIn))]
    }

    /// A published figure for JSON, or a derived count where the cell holds no mark: the
    /// publisher's mark (`{"missing": …}`) when it printed one, else `value` (or `null`).
    public static func json(_ figure: Figure, else value: Int?) -> JSONValue {
        if case .missing(let mark) = figure, mark != .empty { return json(figure) }
        return json(value)
    }

    /// A count for JSON: an integer, or `null` when unknown.
    public static func json(_ value: Int?) -> JSONValue {
        value.map(JSONValue.integer) ?? .null
    }

    /// A decimal for JSON (a rate or a point change): a number literal, or `null` when unknown.
    public static func json(_ value: FixedDecimal?) -> JSONValue {
        value.map { .number($0.description) } ?? .null
    }

    /// A published figure for JSON: a number, `{"missing": kind}` for a placeholder mark (never
    /// 0), or `null` when nothing was published (an empty cell, or no such column).
    public static func json(_ figure: Figure) -> JSONValue {
        switch figure {
        case .value(let d): d.scale == 0 ? .integer(d.units) : .number(d.description)
        case .missing(.empty), .unpublished: .null
        case .missing(let placeholder): placeholder.jsonValue
        }
    }

    /// The survey year and reference date for a title: `令和3年度, 2021-05-01` / `FY2021, 2021-05-01`.
    public func period(year: SurveyYear?, referenceDate: String?) -> String? {
        let parts = [year.map(self.year), referenceDate].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The name of a programme in the chosen language.
    public func name(_ programme: Programme) -> String {
        language == .japanese ? programme.label : programme.englishName
    }
}
