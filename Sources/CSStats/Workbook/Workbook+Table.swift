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
            let layout = Layout.recognize(records: read.rows, lines: read.rowNumbers, file: nil)
            if layout.kind != .other, layout.refusal == nil { return read }
        }
        guard let first else { throw ZipArchive.Failure(message: "a workbook with no visible sheet") }
        return first
    }

    /// A sheet's cells as CSV text (UTF-8), as Excel's "save as CSV" writes them: what every
    /// command reads, so a workbook reads exactly as the CSV saved from it.
    public static func csv(_ sheet: Sheet) -> [UInt8] {
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
