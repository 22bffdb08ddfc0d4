extension Workbook {
    /// Whether bytes are a ZIP archive (an .xlsx workbook) or an OLE2 file (an old .xls, or
    /// an encrypted workbook): what a workbook's first bytes are.
    public static func isWorkbook(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    /// The sheet a command reads: the one named (`--sheet NAME`, or its number from 1), else
    /// the first whose cells make a survey table or school-level records, else the first.
    ///
    /// - Throws: ``ZipArchive/Failure`` for a sheet the workbook does not have.
    public func chosenSheet(_ selector: String?) throws -> Sheet {
        if let selector {
            if let info = sheets.first(where: { $0.name == selector }) { return try sheet(info) }
            if let number = Int(selector), number >= 1, number <= sheets.count { return try sheet(sheets[number - 1]) }
            throw ZipArchive.Failure(message: "no sheet '\(selector)'; the workbook's sheets: \(sheets.map(\.name).joined(separator: ", "))")
        }
        var first: Sheet?
        for info in sheets where !info.hidden {
            let read = try sheet(info)
            if first == nil { first = read }
            if Workbook.holdsTable(Workbook.layout(of: read)) { return read }
        }
        guard let first else { throw ZipArchive.Failure(message: "a workbook with no visible sheet") }
        return first
    }

    /// A sheet's layout, as a command reading it would recognise it (its merged ranges too).
    public static func layout(of sheet: Sheet) -> Layout {
        Layout.recognize(records: sheet.rows, lines: Array(sheet.rowNumbers.prefix(sheet.rows.count)), file: nil, mergedColumns: sheet.mergedColumns)
    }

    /// Whether a sheet is one a command reads by default: a survey table or school-level
    /// records, not refused as it stands.
    static func holdsTable(_ layout: Layout) -> Bool {
        layout.kind != .other && layout.refusal == nil
    }

    /// One sheet as `view --sheets` lists it.
    public struct SheetSummary: Sendable {
        /// The sheet's number, from 1, in the workbook's order (what `--sheet N` takes).
        public var number: Int
        /// The sheet as the workbook names it.
        public var info: SheetInfo
        /// The cells read (`A1:E11`), `nil` for an empty sheet.
        public var cells: String?
        /// How many rows are read, from the first with a cell to the last.
        public var rows: Int
        /// What recognition makes of the sheet.
        public var layout: Layout
    }

    /// Every sheet with what it holds, and the one a command reads without `--sheet`, with why.
    ///
    /// - Returns: the sheets in order; the default's number (`nil` when every sheet is hidden)
    ///   and the reason it is the default, in words.
    /// - Throws: ``ZipArchive/Failure`` for a sheet that cannot be read.
    /// - Complexity: reads every sheet.
    public func summaries() throws -> (sheets: [SheetSummary], chosen: Int?, reason: String) {
        var summaries: [SheetSummary] = []
        for (i, info) in sheets.enumerated() {
            let read = try sheet(info)
            summaries.append(SheetSummary(number: i + 1, info: info, cells: read.cells, rows: read.rowNumbers.count, layout: Workbook.layout(of: read)))
        }
        let visible = summaries.filter { !$0.info.hidden }
        if let table = visible.first(where: { Workbook.holdsTable($0.layout) }) {
            let passed = visible.prefix { $0.number != table.number }
            let before = passed.isEmpty ? "" : " (" + passed.map { "sheet \($0.number) '\($0.info.name)' holds none" }.joined(separator: ", ") + ")"
            return (summaries, table.number, "the first visible sheet that holds a survey table or school records: \(table.layout.kind.explanation)\(before)")
        }
        guard let first = visible.first else { return (summaries, nil, "every sheet is hidden: give --sheet NAME or N") }
        return (summaries, first.number, "no visible sheet holds a survey table or school records, so the first visible sheet")
    }

    /// A sheet's cells as CSV text (UTF-8), as Excel's "save as CSV" writes them: what every
    /// command reads, so a workbook reads exactly as the CSV saved from it.
    public static func csv(_ sheet: Sheet) -> [UInt8] {
        if let csv = sheet.csv { return csv }
        var bytes: [UInt8] = []
        for row in sheet.rows {
            for (i, cell) in row.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                var cell = cell
                cell.withUTF8 { TextTable.appendDelimitedField($0, delimiter: UInt8(ascii: ","), to: &bytes) }
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }
}

extension Workbook {
    /// Where a table read from a workbook came from: what `view --explain` says, and the
    /// merged ranges recognition takes as facts.
    public struct Origin: Sendable {
        /// The sheet's name.
        public var sheet: String
        /// The sheet's part in the archive.
        public var part: String
        /// The cells read (`A1:E11`), `nil` for an empty sheet.
        public var cells: String?
        /// The Excel row of the table's first line (line *n* is row *n* + `firstRow` − 1).
        public var firstRow: Int
        /// The merged ranges across columns, by record (see ``Sheet/mergedColumns``).
        public var mergedColumns: [Int: [ClosedRange<Int>]]

        /// The origin of a sheet read.
        public init(_ sheet: Sheet) {
            self.sheet = sheet.name
            part = sheet.part
            cells = sheet.cells
            firstRow = sheet.rowNumbers.first ?? 1
            mergedColumns = sheet.mergedColumns
        }

        /// `sheet 'R3' (xl/worksheets/sheet2.xml) cells A1:E11`.
        public var description: String {
            "sheet '\(sheet)' (\(part)) " + (cells.map { "cells \($0)" } ?? "no cells")
        }
    }
}

extension Workbook.Sheet {
    /// The cell a place in the sheet's CSV (``Workbook/csv(_:)``) is in: line 10, character
    /// column 4 is `R3!B10` when B10's text ends at or after it; a line without a column, or a
    /// column past its last cell, is the whole row, `R3!10:10`. `nil` for a line the sheet has not.
    public func cell(line: Int, column: Int?) -> String? {
        guard line >= 1, line <= rows.count else { return nil }
        let row = rowNumbers[line - 1]
        guard let column else { return Workbook.qualified(name, "\(row):\(row)") }
        // Each cell's text as CSV writes it (quoted where it must be), then its delimiter.
        var start = 1
        for (k, text) in rows[line - 1].enumerated() {
            var field: [UInt8] = []
            var text = text
            text.withUTF8 { TextTable.appendDelimitedField($0, delimiter: UInt8(ascii: ","), to: &field) }
            let length = String(decoding: field, as: UTF8.self).unicodeScalars.count
            if column <= start + length { return Workbook.qualified(name, "\(CellReference.columnName(k + 1))\(row)") }
            start += length + 1
        }
        return Workbook.qualified(name, "\(row):\(row)")
    }
}
