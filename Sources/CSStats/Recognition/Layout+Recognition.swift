extension Layout {
    /// Marks that start a note line.
    static let noteMarks = ["※", "注", "(注", "（注", "資料", "出典", "備考", "*", "＊", "＜注", "<注", "［注", "[注"]

    /// Recognises a file's layout from its records.
    ///
    /// - Parameters:
    ///   - records: every record of the file, fields as written (unescaped).
    ///   - lines: the 1-based line on which each record starts.
    ///   - file: the file name, for positions and a year in the name.
    ///   - mergedColumns: for a table read from a workbook, the merged ranges across columns,
    ///     by record index (0-based columns). A group label merged over columns covers exactly
    ///     those, not the block of measures it would be inferred to sit in, as a CSV's label must
    ///     be; a label not merged is inferred as in a CSV, and 学校数 under no label is 母数.
    /// - Returns: the layout; a survey table that cannot be read with confidence has a ``refusal``.
    /// - Complexity: O(*r* × *c*) for *r* records of *c* fields.
    public static func recognize(records: [[String]], lines: [Int], file: String?, mergedColumns: [Int: [ClosedRange<Int>]] = [:]) -> Layout {
        var recognizer = Recognizer(records: records, lines: lines, file: file, mergedColumns: mergedColumns)
        return recognizer.run()
    }

    /// Whether a cell starts a note.
    static func isNoteMark(_ cell: String) -> Bool {
        noteMarks.contains { cell.hasPrefix($0) }
    }

    /// What a row label names.
    enum RowLabel: Equatable {
        case schoolType(SchoolType), prefecture(Prefecture), year(SurveyYear), total
    }

    /// Reads a row label: a school type, a prefecture (by name; by code only in a code column),
    /// a survey year (only in a year column), or a total.
    static func rowLabel(_ text: String, codes: Bool = false, years: Bool = false) -> RowLabel? {
        if text.isEmpty { return nil }
        if SurveyTable.isTotalLabel(text) { return .total }
        if years { return SurveyYear.parse(text).map(RowLabel.year) }
        if let type = SchoolType.parse(text) { return .schoolType(type) }
        let isCode = text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || (0xFF10...0xFF19).contains($0.value) }
        if isCode, !codes { return nil }
        if let prefecture = Prefecture.parse(text) { return .prefecture(prefecture) }
        return nil
    }
}

/// The recognition step's working state.
private struct Recognizer {
    let records: [[String]]
    let cells: [[String]]
    let lines: [Int]
    let file: String?
    /// A workbook's merged ranges across columns, by record.
    let mergedColumns: [Int: [ClosedRange<Int>]]
    var roles: [Layout.LineRole]

    init(records: [[String]], lines: [Int], file: String?, mergedColumns: [Int: [ClosedRange<Int>]] = [:]) {
        self.records = records
        self.mergedColumns = mergedColumns
        self.cells = records.map { $0.map { $0.trimmingPublishedSpaces() } }
        self.lines = lines
        self.file = file
        roles = cells.map { row in
            guard let first = row.first(where: { !$0.isEmpty }) else { return .blank }
            return Layout.isNoteMark(first) ? .note : .data
        }
    }

    func nonEmpty(_ r: Int) -> Int { cells[r].reduce(0) { $0 + ($1.isEmpty ? 0 : 1) } }

    func position(_ r: Int, column: Int? = nil) -> SourcePosition {
        SourcePosition(file: file, line: r < lines.count ? lines[r] : 1, column: column.map { $0 + 1 } ?? 1)
    }

    // MARK: Words of a row

    struct Words {
        var labels = 0, measures = 0, programmes = 0, school = 0, numbers = 0, units = 0, other = 0
        var filled: Int { labels + measures + programmes + school + numbers + units + other }
    }

    func words(_ r: Int) -> Words {
        var w = Words()
        for cell in cells[r] where !cell.isEmpty {
            if ColumnAlias.isUnit(cell) { w.units += 1; continue }
            switch CellValue.parse(cell) {
            case .integer, .decimal, .percent: w.numbers += 1; continue
            default: break
            }
            switch ColumnAlias.word(ColumnAlias.splitUnit(cell).name) {
            case .label: w.labels += 1
            case .fixed, .measure: w.measures += 1
            case .programme: w.programmes += 1
            case .school: w.school += 1
            case nil: w.other += 1
            }
        }
        return w
    }

    /// A row that names columns: no numbers, and enough known names.
    func isHeaderLike(_ r: Int) -> Bool {
        guard roles[r] == .data else { return false }
        let w = words(r)
        guard w.numbers == 0 else { return false }
        // Two figures named, or one beside a row label or school-level name, or two school-level names.
        let named = w.measures + w.programmes
        return named >= 2 || (named >= 1 && w.labels + w.school >= 1) || w.school >= 2
    }

    /// A row of programme names over merged cells (and perhaps the row-label column's name).
    func isGroupLike(_ r: Int) -> Bool {
        guard roles[r] == .data else { return false }
        let w = words(r)
        return w.programmes >= 1 && w.programmes + w.labels == w.filled
    }

    /// A row whose every filled cell is a unit.
    func isUnitRow(_ r: Int) -> Bool {
        guard roles[r] == .data else { return false }
        let filled = cells[r].filter { !$0.isEmpty }
        return !filled.isEmpty && filled.allSatisfy(ColumnAlias.isUnit)
    }

    // MARK: The run

    mutating func run() -> Layout {
        var layout = Layout(kind: .other, roles: roles, headerIndex: nil, groupIndex: nil, columns: [], labelColumn: nil)
        // The header: the first row that names columns, within the first lines.
        let searchEnd = min(records.count, 60)
        var header: Int?
        var group: Int?
        for r in 0..<searchEnd where roles[r] == .data {
            if isGroupLike(r), r + 1 < records.count, roles[r + 1] == .data, words(r + 1).numbers == 0,
               words(r + 1).measures + words(r + 1).labels >= 1 {
                group = r
                header = r + 1
                break
            }
            if isHeaderLike(r) {
                header = r
                if r > 0, isGroupLike(r - 1) { group = r - 1 }
                break
            }
        }
        // A school-level file: recognised from its header's names.
        if let h = header, SchoolRecordColumns(header: cells[h], group: group.map { cells[$0] }) != nil {
            var layout = schoolRecords(header: h, layout: layout)
            if let group { layout.roles[group] = .group; layout.groupIndex = group }
            return layout
        }
        // A header that names a school-level column (学校コード, 学校名, 市区町村) but lacks a
        // role is a school-level file that cannot be counted: never a published table whose
        // schools would be read as rows.
        if let h = header, cells[h].contains(where: { cell in
            if case .school? = ColumnAlias.word(ColumnAlias.splitUnit(cell).name) { return true }
            return false
        }) {
            let missing = SchoolRecordColumns(resolving: cells[h]).missingRoles
            var refused = schoolRecordsLayout(header: h, layout: layout)
            refused.refusal = .header(position(h), message:
                "a school-level file (one row per school) whose header lacks \(missing.joined(separator: ", ")): add or rename the column")
            return refused
        }
        guard let h = header else { return other(layout) }

        // Lines above: the group, titles, notes.
        for r in 0..<h where roles[r] == .data { roles[r] = .title }
        if let group { roles[group] = .group }
        roles[h] = .header
        var dataStart = h + 1
        if dataStart < records.count, isUnitRow(dataStart) {
            roles[dataStart] = .unit
            dataStart += 1
        }
        layout.headerIndex = h
        layout.groupIndex = group

        // Columns.
        var columns = resolveColumns(header: h, group: group, unitRow: dataStart > h + 1 ? h + 1 : nil, dataStart: dataStart)
        // Row labels.
        guard let label = labelColumn(columns, header: h, dataStart: dataStart) else {
            layout.roles = roles
            layout.columns = columns
            return other(layout, reason: "no column names school types, prefectures or years (学校種, 都道府県, 年度)")
        }
        layout.labelColumn = label
        // A column of codes beside one of names: both are prefectures.
        let prefectureColumns = columns.indices.filter { columns[$0].meaning == .survey(.prefecture) }
        if prefectureColumns.count == 2 {
            let codes = prefectureColumns.first { i in
                (dataStart..<records.count).allSatisfy { r in
                    let cell = i < cells[r].count ? cells[r][i] : ""
                    return cell.isEmpty || cell.allSatisfy(\.isNumber) || SurveyTable.isTotalLabel(cell) || roles[r] != .data
                }
            }
            if let codes {
                columns[codes].meaning = .prefectureCode
                columns[codes].source += "; codes beside the names in column \(prefectureColumns.first { $0 != codes }! + 1)"
                if layout.labelColumn == codes { layout.labelColumn = prefectureColumns.first { $0 != codes } }
            }
        }
        let labelIndex = layout.labelColumn!
        if columns[labelIndex].surveyColumn == nil {
            let kind = kind(columns: columns, label: labelIndex, second: nil, dataStart: dataStart)
            columns[labelIndex].meaning = .survey(kind == .prefecture ? .prefecture : .schoolType)
            columns[labelIndex].source = (cells[h][labelIndex].isEmpty ? "no header" : "header '\(cells[h][labelIndex])'")
                + "; row labels, whose cells are \(kind == .prefecture ? "prefectures" : "school types")"
        }
        let labelIsYear = columns[labelIndex].meaning == .survey(.year)
        let labelIsCode = columns[labelIndex].meaning == .survey(.prefecture)
        let secondLabel = columns.indices.first { i in
            i != labelIndex && (columns[i].meaning == .survey(.schoolType) || columns[i].meaning == .survey(.prefecture))
        }

        // Data rows: a row whose label is a school type, a prefecture, a year or a total is data
        // wherever it stands; other rows after the last of those are notes when they hold one cell.
        var lastLabelled = h
        var labelled = Set<Int>()
        for r in dataStart..<records.count where roles[r] == .data {
            let text = labelIndex < cells[r].count ? cells[r][labelIndex] : ""
            var isLabel = Layout.rowLabel(text, codes: labelIsCode, years: labelIsYear) != nil
            if !isLabel, text.isEmpty, let s = secondLabel, s < cells[r].count {
                isLabel = Layout.rowLabel(cells[r][s], codes: true) != nil
            }
            if isLabel {
                labelled.insert(r)
                lastLabelled = r
            }
        }
        for r in dataStart..<records.count where roles[r] == .data && !labelled.contains(r) {
            if r > lastLabelled, nonEmpty(r) <= 1 {
                roles[r] = .note
            } else if isHeaderLike(r), layout.refusal == nil {
                layout.refusal = .header(position(r), message:
                    "line \(lines[r]) names columns again, as if a second table started there; cs-stats reads one table per file: split the file")
            }
        }
        layout.roles = roles
        layout.columns = columns
        layout.kind = kind(columns: columns, label: labelIndex, second: secondLabel, dataStart: dataStart)
        if layout.refusal == nil { layout.refusal = refusal(columns, header: h) }
        if layout.refusal == nil, !columns.contains(where: { $0.surveyColumn.map(Self.isFigure) ?? false }) {
            return other(layout, reason: "no column holds counts or rates (導入校数, 導入率, cs_schools, …)")
        }
        setYear(&layout, columns: columns)
        return layout
    }

    static func isFigure(_ column: SurveyColumn) -> Bool {
        switch column {
        case .denominator, .count, .rate, .increase, .previous: true
        default: false
        }
    }

    func other(_ layout: Layout, reason: String? = nil) -> Layout {
        var layout = layout
        layout.kind = .other
        layout.notSurveyReason = reason ?? "no header names survey columns (学校種 or 都道府県, and 導入校数, 導入率, …)"
        // Any other file: leading lines of one cell above a wider record are titles, the next
        // record is the header, and every record after it is data, blank or not.
        let wide = records.indices.first { nonEmpty($0) >= 2 }
        var first = 0
        if let wide { while first < wide, nonEmpty(first) <= 1 { first += 1 } }
        layout.roles = records.indices.map { $0 < first ? (nonEmpty($0) == 0 ? .blank : .title) : $0 == first ? .header : .data }
        layout.headerIndex = records.isEmpty ? nil : first
        layout.groupIndex = nil
        layout.labelColumn = nil
        layout.refusal = nil
        layout.columns = (records.isEmpty ? [] : records[first]).map {
            Layout.Column(meaning: .ignored, header: $0, group: nil, unit: nil, source: "not a survey file")
        }
        return layout
    }

    /// The layout of a school-level file whose header lacks a role: its lines, and its
    /// columns as far as they are known.
    func schoolRecordsLayout(header h: Int, layout: Layout) -> Layout {
        var layout = layout
        layout.kind = .schoolRecords
        layout.headerIndex = h
        var roles = self.roles
        for r in 0..<h where roles[r] == .data { roles[r] = .title }
        roles[h] = .header
        layout.roles = roles
        layout.columns = records[h].map { Layout.Column(meaning: .ignored, header: $0, group: nil, unit: nil, source: "school-level header without every role") }
        return layout
    }

    /// The layout of a school-level file: which column took each role, and why another did not.
    func schoolRecords(header h: Int, layout: Layout) -> Layout {
        var layout = schoolRecordsLayout(header: h, layout: layout)
        let groupRow = h > 0 && isGroupLike(h - 1) ? cells[h - 1] : nil
        let found = SchoolRecordColumns(header: cells[h], group: groupRow)!
        let unused = Dictionary(found.unused.map { ($0.index, $0.reason) }, uniquingKeysWith: { a, _ in a })
        var remarks: [Int: Layout.Column.Remark] = [:]
        layout.columns = cells[h].enumerated().map { i, name in
            let meaning: Layout.Column.Meaning
            switch i {
            case found.year: meaning = .survey(.year)
            case found.prefecture: meaning = .survey(.prefecture)
            case found.municipality: meaning = .school(.municipality)
            case found.schoolType: meaning = .survey(.schoolType)
            case found.schoolID: meaning = .school(.schoolID)
            case found.cs: meaning = .school(.csFlag)
            case found.hq: meaning = .school(.hqFlag)
            case found.similar: meaning = .school(.similarFlag)
            case found.schoolName: meaning = .school(.schoolName)
            default:
                // A column with no header but values (in the records read) is not empty: it is
                // not understood, and said.
                let filled = name.isEmpty && ((h + 1)..<records.count).contains { r in i < cells[r].count && !cells[r][i].isEmpty }
                meaning = name.isEmpty && !filled ? .empty : .ignored
                if filled { remarks[i] = .unnamedWithValues }
            }
            // Which column took each role, and why another did not.
            let source = unused[i].map { "header '\(name)': not used: \($0)" }
                ?? (remarks[i] == .unnamedWithValues ? "no header, but the column holds values" : "header '\(name)'")
            return Layout.Column(meaning: meaning, header: records[h][i], group: nil, unit: nil, source: source, remark: remarks[i])
        }
        return layout
    }

    // MARK: Columns

    /// Every column's meaning, from the header, the group row spread over its span, the unit
    /// row, and the table's only programme.
    func resolveColumns(header h: Int, group: Int?, unitRow: Int?, dataStart: Int) -> [Layout.Column] {
        let width = cells[h].count
        func hasData(_ i: Int) -> Bool {
            (dataStart..<records.count).contains { r in roles[r] == .data && i < cells[r].count && !cells[r][i].isEmpty }
        }
        var columns: [Layout.Column] = []
        var words: [ColumnAlias.HeaderWord?] = []
        for i in 0..<width {
            var name = cells[h][i]
            var source = "header '\(records[h][i].replacingOccurrences(of: "\n", with: "⏎"))'"
            // A row-label name merged over both header rows sits in the group row.
            if name.isEmpty, let g = group, i < cells[g].count, case .label? = ColumnAlias.word(cells[g][i]) {
                name = cells[g][i]
                source = "header '\(name)' in the group row (merged over the header)"
            }
            let split = ColumnAlias.splitUnit(name)
            var unit = split.unit
            if let u = unitRow, i < cells[u].count, !cells[u][i].isEmpty { unit = cells[u][i] }
            if split.unit != nil { source += " (unit \(split.unit!) set aside)" }
            let word = ColumnAlias.word(split.name)
            words.append(word)
            columns.append(Layout.Column(meaning: .ignored, header: records[h][i], group: nil, unit: unit, source: source))
            if split.name.isEmpty {
                columns[i].meaning = hasData(i) ? .ignored : .empty
                if hasData(i) { columns[i].source = "no header" }
            }
        }

        // Two consecutive survey years as headers (令和2年度, 令和3年度): last year's count and
        // this year's, side by side.
        let yearHeaders = (0..<width).compactMap { i -> (Int, SurveyYear)? in
            guard words[i] == nil, !cells[h][i].isEmpty, let year = SurveyYear.parse(ColumnAlias.splitUnit(cells[h][i]).name) else { return nil }
            return (i, year)
        }
        if yearHeaders.count == 2 {
            let (earlier, later) = yearHeaders[0].1 < yearHeaders[1].1 ? (yearHeaders[0], yearHeaders[1]) : (yearHeaders[1], yearHeaders[0])
            if later.1.gregorian == earlier.1.gregorian + 1 {
                words[earlier.0] = .measure(.previous, nil)
                words[later.0] = .measure(.count, nil)
                columns[earlier.0].source += " (the earlier of two year columns: last year's count)"
                columns[later.0].source += " (the later of two year columns: this year's count)"
                columns[earlier.0].remark = .yearColumn(earlier.1, later: false)
                columns[later.0].remark = .yearColumn(later.1, later: true)
            }
        }

        // Group labels: spread over the block of measures they sit in.
        var programmeOf = [Programme?](repeating: nil, count: width)
        var groupSource = [String?](repeating: nil, count: width)
        // Where a label's span came from, when the workbook's merged ranges drew it.
        var spanNote = [String](repeating: "", count: width)
        var mergedSpans = false
        // The column of the label each column's group came from.
        var labelOf = [Int?](repeating: nil, count: width)
        if let g = group {
            var labels: [(column: Int, programme: Programme, text: String)] = []
            for i in 0..<min(width, cells[g].count) {
                if case .programme(let p)? = ColumnAlias.word(cells[g][i]) { labels.append((i, p, cells[g][i])) }
            }
            // A lone label covers the whole table, unless other columns name another programme:
            // then it covers its own block, like any label.
            let othersNamed = words.contains { word in
                if case .measure(_, let p?)? = word, p != labels.first?.programme { return true }
                return false
            }
            if labels.count == 1, !othersNamed {
                for i in 0..<width { programmeOf[i] = labels[0].programme; groupSource[i] = labels[0].text; labelOf[i] = labels[0].column }
            } else {
                // Blocks: runs of measure columns, a new one wherever a measure repeats or a
                // second label begins; each label covers the block it sits in.
                var block: [Int] = []
                var blocks: [[Int]] = []
                var kinds = Set<String>()
                var blockHasLabel = false
                for i in 0..<width {
                    let kind = Self.measureKind(words[i])
                    let hasLabel = labels.contains { $0.column == i }
                    guard let kind else {
                        if !block.isEmpty { blocks.append(block) }
                        block = []; kinds = []; blockHasLabel = false
                        if hasLabel { blocks.append([i]) }
                        continue
                    }
                    if kinds.contains(kind) || (hasLabel && blockHasLabel) {
                        blocks.append(block)
                        block = []; kinds = []; blockHasLabel = false
                    }
                    block.append(i)
                    kinds.insert(kind)
                    if hasLabel { blockHasLabel = true }
                }
                if !block.isEmpty { blocks.append(block) }
                for block in blocks {
                    guard let label = labels.first(where: { block.contains($0.column) }) else { continue }
                    for i in block { programmeOf[i] = label.programme; groupSource[i] = label.text; labelOf[i] = label.column }
                }
            }
            // A workbook's merged ranges are facts: a label merged over columns covers exactly
            // those, whatever was inferred above; a label not merged keeps its inferred block.
            let spans = (mergedColumns[g] ?? []).filter { $0.count > 1 && $0.lowerBound < width }.map { $0.clamped(to: 0...(width - 1)) }
            for label in labels {
                guard let span = spans.first(where: { $0.lowerBound == label.column }) else { continue }
                mergedSpans = true
                for i in 0..<width where labelOf[i] == label.column && !span.contains(i) {
                    programmeOf[i] = nil; groupSource[i] = nil; labelOf[i] = nil
                }
                for i in span {
                    programmeOf[i] = label.programme; groupSource[i] = label.text; labelOf[i] = label.column
                    spanNote[i] = " (merged over columns \(CellReference.columnName(span.lowerBound + 1))–\(CellReference.columnName(span.upperBound + 1)))"
                }
            }
        }

        // Meanings.
        for i in 0..<width where columns[i].meaning != .empty {
            let fromGroup = programmeOf[i]
            if fromGroup != nil, Self.measureKind(words[i]) != nil { columns[i].group = groupSource[i] }
            switch words[i] {
            case .label(let kind)?:
                switch kind {
                case .schoolType: columns[i].meaning = .survey(.schoolType)
                case .prefecture, .prefectureCode: columns[i].meaning = .survey(.prefecture)
                case .year: columns[i].meaning = .survey(.year)
                case .generic: columns[i].meaning = .ignored; columns[i].source += " (row labels; the cells decide)"
                }
            case .fixed(let column)?:
                columns[i].meaning = .survey(column)
            case .measure(let kind, let programme)?:
                if let programme {
                    columns[i].meaning = .survey(kind.column(programme))
                    if let fromGroup, fromGroup != programme { columns[i].remark = .contradictsGroup }
                } else if let fromGroup {
                    columns[i].meaning = .survey(kind.column(fromGroup))
                    columns[i].source += " under group '\(groupSource[i]!)'\(spanNote[i])"
                } else {
                    columns[i].meaning = .ignored
                    columns[i].remark = .underNoProgramme(kind)
                    columns[i].group = nil
                }
            case .programme(let p)?:
                // CS(校), CS(%): a programme's name with its unit.
                columns[i].meaning = .survey(Self.isPercent(columns[i].unit) ? .rate(p) : .count(p))
            case .school?:
                columns[i].meaning = .ignored
                columns[i].source += " is a school-level column, not a column of a published table"
            case nil:
                if !cells[h][i].isEmpty { columns[i].source += " is not a survey column" }
            }
        }
        // A label keeps its text over the column it was typed on, whatever that column is, so a
        // flat header (CSV) never loses it.
        if let g = group {
            for i in 0..<min(width, cells[g].count) where !cells[g][i].isEmpty && columns[i].group == nil {
                if case .label? = ColumnAlias.word(cells[g][i]) { continue }
                columns[i].group = cells[g][i]
            }
        }

        // 学校数 under a group is that programme's count, unless the count is named elsewhere:
        // then it is 母数.
        for i in 0..<width {
            guard case .measure(.count, nil)? = words[i], case .survey(.count(let p)) = columns[i].meaning,
                  ColumnAlias.standalone[ColumnAlias.fold(ColumnAlias.splitUnit(columns[i].header).name)] == .denominator
            else { continue }
            if columns.indices.contains(where: { $0 != i && columns[$0].meaning == .survey(.count(p)) }) {
                columns[i].meaning = .survey(.denominator)
                columns[i].group = nil
                columns[i].source = "header '\(columns[i].header)' (母数: \(p.rawValue)'s count is named in another column)"
            }
        }
        // So is 学校数 under no group at all: in a table with no group row or no programme in it,
        // or outside every merged range of a workbook's group row.
        if group == nil || !programmeOf.contains(where: { $0 != nil }) || mergedSpans {
            for i in 0..<width where programmeOf[i] == nil {
                if case .measure(.count, nil)? = words[i], columns[i].meaning == .ignored,
                   ColumnAlias.standalone[ColumnAlias.fold(ColumnAlias.splitUnit(cells[h][i]).name)] == .denominator {
                    columns[i].meaning = .survey(.denominator)
                    columns[i].source = "header '\(columns[i].header)' (母数\(mergedSpans ? ": under no merged group label" : ""))"
                    columns[i].remark = nil
                }
            }
        }

        // Without a group row, an increase or a previous-year count that follows a programme's
        // columns is that programme's (the ministry's order: 導入校数, 導入率, 増加校数, 整備校数, …).
        if group == nil {
            for i in 0..<width {
                guard case .underNoProgramme(let kind)? = columns[i].remark, kind == .increase || kind == .previous else { continue }
                var j = i - 1
                while j >= 0, Self.measureKind(words[j]) != nil, columns[j].surveyColumn.flatMap(Self.programme) == nil { j -= 1 }
                guard j >= 0, let column = columns[j].surveyColumn, let p = Self.programme(of: column), p == .cs || p == .hq,
                      !columns.contains(where: { $0.meaning == .survey(kind.column(p)) }) else { continue }
                columns[i].meaning = .survey(kind.column(p))
                columns[i].remark = nil
                columns[i].source += ", of the \(p.rawValue) columns before it (column \(j + 1) '\(columns[j].header)')"
            }
        }

        // Measures under no programme take the table's only programme (CS or HQ), from its
        // other columns, else from its titles.
        let unassigned = columns.indices.filter { i in
            if case .underNoProgramme? = columns[i].remark { return true }
            return false
        }
        if !unassigned.isEmpty {
            var named = Set<Programme>()
            for column in columns {
                switch column.surveyColumn {
                case .count(let p)?, .rate(let p)?, .increase(let p)?, .previous(let p)?:
                    if p == .cs || p == .hq { named.insert(p) }
                default: break
                }
            }
            var only: (Programme, String)?
            if named.count == 1 {
                only = (named.first!, "the table's only programme (\(named.first!.rawValue), from its other columns)")
            } else if named.isEmpty {
                let titles = (0..<h).filter { roles[$0] == .data || roles[$0] == .title }.map { cells[$0].joined(separator: " ") }
                let found = Set(titles.compactMap(ColumnAlias.onlyProgramme(in:)))
                if found.count == 1 { only = (found.first!, "the programme the title names (\(found.first!.rawValue))") }
            }
            if let (programme, why) = only {
                for i in unassigned {
                    guard case .underNoProgramme(let kind)? = columns[i].remark else { continue }
                    let column = kind.column(programme)
                    if columns.contains(where: { $0.meaning == .survey(column) }) { continue }
                    columns[i].meaning = .survey(column)
                    columns[i].remark = nil
                    columns[i].source += ", of \(why)"
                }
            }
        }
        return columns
    }

    /// The kind of measure a header word names, for splitting a group row into blocks.
    static func measureKind(_ word: ColumnAlias.HeaderWord?) -> String? {
        switch word {
        case .measure(let kind, _)?: kind.rawValue
        case .fixed(.denominator)?: "count"
        case .fixed(.count)?: "count"
        case .programme?: "count"
        default: nil
        }
    }

    /// The column that labels the rows: school types, prefectures, or (alone) years; a generic
    /// or unnamed first column is decided by its cells.
    func labelColumn(_ columns: [Layout.Column], header h: Int, dataStart: Int) -> Int? {
        if let i = columns.firstIndex(where: { $0.meaning == .survey(.schoolType) || $0.meaning == .survey(.prefecture) }) {
            // With both a prefecture and a school type column, the first one labels the row.
            return i
        }
        // A generic (区分) or unnamed column: the cells decide.
        let candidates = columns.indices.filter { i in
            if case .label(.generic)? = ColumnAlias.word(cells[h][i]) { return true }
            return cells[h][i].isEmpty && columns[i].meaning != .empty
        }
        for i in candidates.prefix(2) {
            let labels = labelCounts(column: i, dataStart: dataStart)
            if labels.types + labels.prefectures > 0 { return i }
        }
        if let i = columns.firstIndex(where: { $0.meaning == .survey(.year) }) { return i }
        return nil
    }

    func kind(columns: [Layout.Column], label: Int, second: Int?, dataStart: Int) -> Layout.Kind {
        if second != nil { return .prefectureSchoolType }
        switch columns[label].meaning {
        case .survey(.schoolType): return .schoolType
        case .survey(.prefecture): return .prefecture
        case .survey(.year): return .year
        default:
            let labels = labelCounts(column: label, dataStart: dataStart)
            return labels.prefectures > labels.types ? .prefecture : .schoolType
        }
    }

    /// How many data cells of a column are school types and how many prefectures.
    func labelCounts(column i: Int, dataStart: Int) -> (types: Int, prefectures: Int) {
        var types = 0, prefectures = 0
        for r in dataStart..<records.count where roles[r] == .data && i < cells[r].count {
            switch Layout.rowLabel(cells[r][i]) {
            case .schoolType?: types += 1
            case .prefecture?: prefectures += 1
            default: break
            }
        }
        return (types, prefectures)
    }

    /// Why the columns cannot be read with confidence: a measure under no programme, or two
    /// columns that mean the same.
    /// The programme a figure column is of.
    static func programme(of column: SurveyColumn) -> Programme? {
        switch column {
        case .count(let p), .rate(let p), .increase(let p), .previous(let p): p
        default: nil
        }
    }

    /// Whether a unit is percent.
    static func isPercent(_ unit: String?) -> Bool {
        guard let unit else { return false }
        return unit.contains("%") || unit.contains("％") || unit.contains("ポイント")
    }

    func refusal(_ columns: [Layout.Column], header h: Int) -> ReadError? {
        for (i, column) in columns.enumerated() {
            if column.remark == .contradictsGroup {
                return .header(position(h, column: i), message:
                    "column \(i + 1) ('\(column.header)') names \(column.surveyColumn?.identifier ?? "a measure"), but the group row over it names '\(column.group ?? "another programme")': correct the group row or the header")
            }
            // A unit that contradicts the name: 前年度比(%) is a rate, not an increase in schools.
            guard let meaning = column.surveyColumn, let unit = column.unit else { continue }
            if meaning.holdsCount, Self.isPercent(unit) {
                return .header(position(h, column: i), message:
                    "column \(i + 1) ('\(column.header)') is in percent (unit \(unit)) but its name means \(meaning.identifier), a number of schools: rename the column or remove the unit")
            }
            if case .rate = meaning, ["校", "（校）", "(校)"].contains(unit.trimmingPublishedSpaces()) || unit.hasSuffix("校）") {
                return .header(position(h, column: i), message:
                    "column \(i + 1) ('\(column.header)') is a number of schools (unit \(unit)) but its name means \(meaning.identifier), a rate: rename the column or remove the unit")
            }
        }
        for (i, column) in columns.enumerated() {
            guard case .underNoProgramme(let kind)? = column.remark else { continue }
            return .header(position(h, column: i), message:
                "column \(i + 1) ('\(column.header)') names a \(kind.rawValue) under no programme: write its programme in the name (導入校数, 整備率, cs_increase), or add a group row (コミュニティ・スクール, 地域学校協働本部) over it")
        }
        var seen: [SurveyColumn: Int] = [:]
        for (i, column) in columns.enumerated() {
            guard let meaning = column.surveyColumn else { continue }
            if let previous = seen[meaning] {
                let hint = meaning == .denominator
                    ? ": CS and HQ share one 母数 per row, so keep one column"
                    : ": rename one, or add a group row (コミュニティ・スクール, 地域学校協働本部) over each programme's columns"
                return .header(position(h, column: i), message:
                    "columns \(previous + 1) ('\(columns[previous].header)') and \(i + 1) ('\(column.header)') both mean \(meaning.identifier)\(hint)")
            }
            seen[meaning] = i
        }
        return nil
    }

    // MARK: Year and date

    /// The table's year from its titles, else its file name; never from its notes.
    func setYear(_ layout: inout Layout, columns: [Layout.Column]) {
        let titleLines = layout.roles.indices.filter { layout.roles[$0] == .title || layout.roles[$0] == .group }
        var titleYears: [(year: SurveyYear, line: Int)] = []
        var dated: (date: String, fiscal: SurveyYear, line: Int)?
        for r in titleLines {
            let text = cells[r].filter { !$0.isEmpty }.joined(separator: " ")
            for year in Layout.years(in: text) where !titleYears.contains(where: { $0.year == year }) {
                titleYears.append((year, lines[r]))
            }
            if dated == nil, let date = Layout.referenceDate(in: text) { dated = (date.iso, date.fiscalYear, lines[r]) }
        }
        // A note may state the reference date (令和3年5月1日現在, 調査基準日：…), never the year.
        if dated == nil {
            for r in layout.records(.note) {
                let text = cells[r].filter { !$0.isEmpty }.joined(separator: " ")
                if let date = Layout.referenceDate(in: text) { dated = (date.iso, date.fiscalYear, lines[r]); break }
            }
        }
        layout.referenceDate = dated?.date
        if let latest = titleYears.max(by: { $0.year < $1.year }) {
            layout.year = latest.year
            layout.yearSource = "title line \(latest.line)"
            if titleYears.count > 1 {
                let named = titleYears.map(\.year.japaneseLabel).joined(separator: ", ")
                layout.warnings.append(Layout.Warning(position: position(lines.firstIndex(of: latest.line) ?? 0), message:
                    "the titles name \(named); the table's year is taken as the latest, \(latest.year.japaneseLabel): add a year column if that is wrong"))
            }
        } else if let dated, titleLines.contains(where: { lines[$0] == dated.line }) {
            // A title that gives only the reference date (令和3年5月1日現在) gives its fiscal year.
            layout.year = dated.fiscal
            layout.yearSource = "the reference date in title line \(dated.line)"
        }
        if let dated, let year = layout.year, dated.fiscal != year {
            layout.warnings.append(Layout.Warning(position: SourcePosition(file: file, line: dated.line), message:
                "the reference date \(dated.date) is in \(dated.fiscal.japaneseLabel), not in the table's year \(year.japaneseLabel)"))
        }
        let laterYear = columns.indices.lazy.compactMap { i -> (Int, SurveyYear)? in
            if case .yearColumn(let year, later: true)? = columns[i].remark { return (i, year) }
            return nil
        }.first
        if let (later, year) = laterYear, let h = layout.headerIndex {
            if let titled = layout.year, titled != year, layout.refusal == nil {
                layout.refusal = .header(position(h, column: later), message:
                    "the title says \(titled.japaneseLabel) but the later year column is \(year.japaneseLabel): which year is the table's cannot be known")
            }
            if layout.year == nil {
                layout.year = year
                layout.yearSource = "the later year column's header"
            }
        }
        if let file, let named = Layout.year(inFileName: file) {
            if layout.year == nil {
                layout.year = named
                layout.yearSource = "the file name"
            } else if let year = layout.year, year != named {
                layout.warnings.append(Layout.Warning(position: SourcePosition(file: file, line: 1), message:
                    "the file name names \(named.japaneseLabel) but the table's year is \(year.japaneseLabel) (from \(layout.yearSource ?? "the file"))"))
            }
        }
    }
}

extension Layout {
    /// Every survey year written as a fiscal year in a text (令和3年度, 平成30年度, 2021年度, R3年度),
    /// in order; a date (平成29年4月1日) is not a fiscal year.
    nonisolated(unsafe) private static let fiscalYearPattern = /(令和|平成)\s*([0-9]{1,2}|元)\s*年度|([0-9]{4})\s*年度|[RrHh]\s*([0-9]{1,2})\s*年度/

    static func years(in text: String) -> [SurveyYear] {
        let folded = LabelText.fold(text)
        return folded.matches(of: fiscalYearPattern).compactMap { SurveyYear.parse(String($0.output.0).filter { $0 != " " }) }
    }

    /// The first survey year written as a fiscal year in a text.
    static func year(in text: String) -> SurveyYear? { years(in: text).first }

    /// A survey year in a file name: `cs_r3_2021.csv`, `令和3年度.csv`, `2021_cs.csv`.
    static func year(inFileName path: String) -> SurveyYear? {
        let name = String(path.split(separator: "/").last ?? Substring(path))
        if let year = year(in: name) { return year }
        var found: [SurveyYear] = []
        // Words of letters and digits: `cs_r3_2021` → cs, r3, 2021.
        let words = name.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        var initials: [SurveyYear] = []
        for word in words {
            if word.wholeMatch(of: /(20[0-9]{2}|19[89][0-9])/) != nil, let year = SurveyYear.parse(String(word)) {
                found.append(year)
            } else if word.wholeMatch(of: /[RrHh][0-9]{1,2}/) != nil, let year = SurveyYear.parse(String(word)) {
                initials.append(year)
            }
        }
        // An era initial (r3, h30) is too like other names (h04_draft) to stand alone: it
        // only confirms a four-digit year.
        guard let first = found.first, found.allSatisfy({ $0 == first }), initials.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    /// A reference date: a date in a text that says it is one (`2021年5月1日現在`, `令和3年5月1日時点`,
    /// `調査基準日：…`), never a date of something else (`2017年4月1日施行`).
    struct ReferenceDate {
        /// `2021-05-01`.
        var iso: String
        /// The fiscal year the date falls in (January to March belong to the year before).
        var fiscalYear: SurveyYear
    }

    /// The reference date a text states, if it states one (and the date exists).
    static func referenceDate(in text: String) -> ReferenceDate? {
        let folded = LabelText.fold(text)
        guard folded.contains("現在") || folded.contains("時点") || folded.contains("基準日") || folded.contains("調査日") else { return nil }
        var found: (year: Int, month: Int, day: Int)?
        if let match = folded.firstMatch(of: /([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日/),
           let y = Int(match.output.1), let m = Int(match.output.2), let d = Int(match.output.3) {
            found = (y, m, d)
        } else if let match = folded.firstMatch(of: /(令和|平成)\s*([0-9]{1,2}|元)\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日/),
                  let era = SurveyYear.parse("\(match.output.1)\(match.output.2)"), let m = Int(match.output.3), let d = Int(match.output.4) {
            // 令和3年5月1日 is a calendar date: its year is the era year's calendar year.
            found = (era.gregorian, m, d)
        }
        // A date whose fiscal year is before 1926 (昭和元年度) is no survey's; a typo such as 1011年
        // is no reference date and must not stop the reading (found by fuzzing).
        guard let (y, m, d) = found, y <= 9999, (1...12).contains(m), (m >= 4 ? y : y - 1) >= 1926,
              d >= 1, d <= daysIn(month: m, year: y) else { return nil }
        let iso = "\(y)-\(String(m).leftPadded(to: 2, with: "0"))-\(String(d).leftPadded(to: 2, with: "0"))"
        return ReferenceDate(iso: iso, fiscalYear: SurveyYear(gregorian: m >= 4 ? y : y - 1))
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
