import Foundation

/// An Excel workbook (.xlsx) read without a package: its sheets as the text Excel shows.
///
/// The workbook is a ZIP archive (``ZipArchive``) of XML parts (``XMLScanner``): the workbook
/// part names the sheets, the shared-strings part holds their text (phonetic guides, `<rPh>`,
/// left out: they are furigana, not the cell's text), the styles part gives each cell's number
/// format. A cell reads as "save as CSV" would write it: a number in its format's decimals
/// (`0.0%` shows 0.098 as 9.8%, rounded half up once; `#,##0` shows 7051 as 7,051), a formula
/// by its cached value, a date in its format (yyyy/m/d, 2021年5月1日, 令和3年5月1日; the 1904 date
/// system when the workbook says so; a `t="d"` cell's ISO 8601 date too). A format it cannot
/// show as Excel would reads as the general number, with a note. What CSV would lose is said in ``Sheet/notes``:
/// merged ranges, hidden rows and columns, formulas, error values (read as `…`, never as 0)
/// and formulas without a cached value.
public struct Workbook: Sendable {
    /// A sheet as the workbook names it.
    public struct SheetInfo: Sendable, Equatable {
        public var name: String
        public var path: String
        public var hidden: Bool
    }

    /// A sheet read: its rows of displayed text, with what the text does not show.
    public struct Sheet: Sendable {
        public var name: String
        /// The sheet's part in the archive (`xl/worksheets/sheet1.xml`).
        public var part: String
        /// The rows, from the sheet's first row with a cell to its last, as displayed; short
        /// rows are padded to the widest. A sheet read whole into ``csv`` keeps only its first
        /// ``SheetDataReader/headRows`` rows here (what recognition reads); ``rowNumbers`` has all.
        public var rows: [[String]]
        /// The Excel row number of each row.
        public var rowNumbers: [Int]
        /// Merged ranges, as written (`A1:C1`).
        public var mergedRanges: [String]
        /// Cells holding formulas, by reference (`B10`), with the formula as written without
        /// its `=` (a shared formula as it reads in that cell; empty when it cannot be read).
        public var formulas: [String: String]
        /// What reading the sheet noticed: hidden rows, error values, missing cached values.
        public var notes: [String]
        /// The CSV of every row, when the sheet was read straight into it (`nil`: made from ``rows``).
        public var csv: [UInt8]? = nil

        /// The cells read, from column A of the first row to the last column of the last row
        /// (`A1:E11`): what the CSV made of the sheet holds; `nil` for a sheet with no cell.
        public var cells: String? {
            guard let first = rowNumbers.first, let last = rowNumbers.last, let width = rows.first?.count, width > 0 else { return nil }
            return "A\(first):\(CellReference.columnName(width))\(last)"
        }

        /// The merged ranges that span columns, by record (0 for the sheet's first row read):
        /// the columns (0 for A) each covers. A range over several rows is given in each.
        public var mergedColumns: [Int: [ClosedRange<Int>]] {
            guard let first = rowNumbers.first, let last = rowNumbers.last else { return [:] }
            var spans: [Int: [ClosedRange<Int>]] = [:]
            for range in mergedRanges {
                let corners = range.split(separator: ":").compactMap { CellReference(String($0)) }
                guard corners.count == 2, corners[0].column < corners[1].column, corners[0].row <= corners[1].row else { continue }
                // Only the rows read: a range may run far past them (A1:B1048576).
                guard corners[1].row >= first, corners[0].row <= last else { continue }
                for row in max(corners[0].row, first)...min(corners[1].row, last) {
                    spans[row - first, default: []].append(corners[0].column...corners[1].column)
                }
            }
            return spans
        }
    }

    /// The sheets, in the workbook's order.
    public let sheets: [SheetInfo]
    private let archive: ZipArchive
    private let sharedStrings: [String]
    /// Each style's number format: the format code.
    private let styleFormats: [String]
    /// Whether dates count from 1904-01-01 (`<workbookPr date1904="1"/>`), not 1900-01-00.
    public let date1904: Bool
    /// The shared strings and styles as ``SheetDataReader`` reads cells by them.
    let cellContext: SheetDataReader.Context

    /// Reads a workbook's sheet list, shared strings and styles.
    ///
    /// - Throws: ``ZipArchive/Failure`` or ``XMLScanner/Failure`` with the part's name.
    public init(bytes: [UInt8]) throws {
        let archive = try ZipArchive(bytes: bytes)
        self.archive = archive
        guard let workbookEntry = archive.entry(named: "xl/workbook.xml") else {
            throw ZipArchive.Failure(message: "a ZIP archive without xl/workbook.xml: not an Excel workbook (.xlsx)")
        }
        let relations = try Workbook.relations(archive, "xl/_rels/workbook.xml.rels")
        var sheets: [SheetInfo] = []
        var date1904 = false
        var scanner = XMLScanner(try archive.contents(of: workbookEntry))
        while let event = try Workbook.next(&scanner, part: "xl/workbook.xml") {
            guard case .start(let name, let attributes, _) = event else { continue }
            if XMLScanner.localName(name) == "workbookPr" {
                // The 1904 date system (Excel for Mac's old default): serial 0 is 1904-01-01.
                let flag = attributes.first { XMLScanner.localName($0.key) == "date1904" }?.value
                date1904 = flag == "1" || flag == "true"
            }
            guard XMLScanner.localName(name) == "sheet" else { continue }
            let id = attributes.first { XMLScanner.localName($0.key) == "id" }?.value ?? ""
            guard let target = relations[id] else { continue }
            let path = Workbook.partPath(target, from: "xl/")
            sheets.append(SheetInfo(name: attributes["name"] ?? path, path: path, hidden: attributes["state"].map { $0 != "visible" } ?? false))
        }
        self.sheets = sheets
        self.date1904 = date1904
        sharedStrings = try archive.entry(named: "xl/sharedStrings.xml").map { try Workbook.sharedStrings(archive.contents(of: $0)) } ?? []
        styleFormats = try archive.entry(named: "xl/styles.xml").map { try Workbook.styleFormats(archive.contents(of: $0)) } ?? []
        cellContext = SheetDataReader.Context(sharedStrings: sharedStrings, styleFormats: styleFormats, date1904: date1904)
    }

    private static func next(_ scanner: inout XMLScanner, part: String) throws -> XMLScanner.Event? {
        do { return try scanner.next() } catch { throw ZipArchive.Failure(message: "\(part): \(error)") }
    }

    /// A cell or range of a sheet as Excel writes it in a formula: `R3!B10`, the sheet's name
    /// quoted when it is not a plain word (`'R3 学校種別'!B10`, `'O''Brien'!B10`).
    public static func qualified(_ sheet: String, _ reference: String) -> String {
        let plain = !sheet.isEmpty && sheet.unicodeScalars.allSatisfy { scalar in
            scalar == "_" || scalar == "." || CharacterSet.alphanumerics.contains(scalar)
        } && !(sheet.first?.isNumber ?? false)
        return (plain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'") + "!" + reference
    }

    /// A relationship's target as a part's path: absolute (`/xl/worksheets/sheet1.xml`) or
    /// relative to `folder`, with `.` and `..` resolved (`../xl/worksheets/sheet1.xml`).
    static func partPath(_ target: String, from folder: String) -> String {
        var segments: [Substring] = []
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    private static func relations(_ archive: ZipArchive, _ path: String) throws -> [String: String] {
        guard let entry = archive.entry(named: path) else { return [:] }
        var scanner = XMLScanner(try archive.contents(of: entry))
        var map: [String: String] = [:]
        while let event = try next(&scanner, part: path) {
            if case .start(let name, let attributes, _) = event, XMLScanner.localName(name) == "Relationship",
               let id = attributes["Id"], let target = attributes["Target"] {
                map[id] = target
            }
        }
        return map
    }

    private static func sharedStrings(_ bytes: [UInt8]) throws -> [String] {
        var scanner = XMLScanner(bytes)
        var strings: [String] = []
        var current = "", inText = false, phonetic = 0
        while let event = try next(&scanner, part: "xl/sharedStrings.xml") {
            switch event {
            case .start(let name, _, let selfClosing):
                switch XMLScanner.localName(name) {
                case "si": current = ""; if selfClosing { strings.append("") }
                case "t": inText = !selfClosing
                case "rPh": if !selfClosing { phonetic += 1 }
                default: break
                }
            case .end(let name):
                switch XMLScanner.localName(name) {
                case "si": strings.append(current)
                case "t": inText = false
                case "rPh": phonetic -= 1
                default: break
                }
            case .text(let text):
                if inText, phonetic == 0 { current += text }
            }
        }
        return strings
    }

    /// Each cell style's (`cellXfs`) number format code.
    private static func styleFormats(_ bytes: [UInt8]) throws -> [String] {
        var scanner = XMLScanner(bytes)
        var custom: [Int: String] = [:]
        var formats: [String] = []
        var inCellXfs = false
        while let event = try next(&scanner, part: "xl/styles.xml") {
            switch event {
            case .start(let name, let attributes, let selfClosing):
                switch XMLScanner.localName(name) {
                case "numFmt":
                    if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { custom[id] = code }
                case "cellXfs": inCellXfs = !selfClosing
                case "xf" where inCellXfs:
                    let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
                    formats.append(custom[id] ?? NumberFormat.builtIn[id] ?? NumberFormat.unknown(id))
                default: break
                }
            case .end(let name):
                if XMLScanner.localName(name) == "cellXfs" { inCellXfs = false }
            case .text: break
            }
        }
        return formats
    }

    /// A sheet's cells as displayed.
    public func sheet(_ info: SheetInfo) throws -> Sheet { try sheet(info, fast: true) }

    /// A sheet's cells as displayed; `fast: false` reads it with the general reader only (the
    /// tests compare the two).
    func sheet(_ info: SheetInfo, fast: Bool) throws -> Sheet {
        guard let entry = archive.entry(named: info.path) else {
            throw ZipArchive.Failure(message: "sheet '\(info.name)': its part \(info.path) is missing")
        }
        let bytes = try archive.contents(of: entry)
        do { try XMLScanner.checkText(bytes) } catch {
            throw ZipArchive.Failure(message: "sheet '\(info.name)' (\(info.path)): \(error)")
        }
        if fast, let sheet = fastSheet(info, bytes) { return sheet }
        var scanner = XMLScanner(bytes, textChecked: true)
        var cells: [Int: [Int: String]] = [:]
        var merged: [String] = [], formulas: [String: String] = [:], notes: [String] = []
        var hiddenRows: [Int] = [], hiddenColumns: [String] = []
        var row = 0, nextColumn = 0
        var reference = "", type = "", style = 0
        var value: String?, formula: String?, inline = ""
        // Shared formulas (Excel writes a filled row or column so): the text is in the first
        // cell, the others name it by index and read it moved by their distance from that cell.
        var sharedIndex: String?
        var sharedFormulas: [String: (text: String, cell: CellReference)] = [:]
        var unshown = NumberFormat.Unshown()
        var element = ""
        var inCell = false
        var lastReference: String?
        // Rows, and the row's columns, seen: one written twice is a damaged workbook, not a guess.
        var rowsSeen = Set<Int>(), columnsSeen = Set<Int>()
        while true {
            let read: XMLScanner.Event?
            do { read = try scanner.next() } catch {
                // Where in the sheet: the cell being read, else the row (and the cell before).
                let place = if inCell {
                    "cell " + (reference.isEmpty ? CellReference.columnName(nextColumn + 1) + String(row) : reference)
                } else if row > 0 {
                    "row \(row)" + (lastReference.map { ", after cell \($0)" } ?? "")
                } else {
                    "before the first row"
                }
                throw ZipArchive.Failure(message: "sheet '\(info.name)' (\(info.path)), \(place): \(error)")
            }
            guard let event = read else { break }
            switch event {
            case .start(let name, let attributes, let selfClosing):
                let local = XMLScanner.localName(name)
                element = String(local)
                switch local {
                case "row":
                    if let r = attributes["r"] {
                        guard let number = Int(r), number >= 1, number <= CellReference.lastRow else {
                            throw ZipArchive.Failure(message: "sheet '\(info.name)' (\(info.path)): a row numbered '\(r)', not a row of a sheet (1 to 1,048,576)")
                        }
                        row = number
                    } else {
                        row += 1
                    }
                    guard rowsSeen.insert(row).inserted else {
                        throw ZipArchive.Failure(message: "sheet '\(info.name)' (\(info.path)): row \(row) is written twice (a damaged workbook: Excel would repair it)")
                    }
                    columnsSeen.removeAll(keepingCapacity: true)
                    nextColumn = 0
                    lastReference = nil
                    if attributes["hidden"] == "1" || attributes["hidden"] == "true" { hiddenRows.append(row) }
                case "col":
                    if let columns = Workbook.hiddenColumns(attributes) { hiddenColumns.append(columns) }
                case "c":
                    reference = attributes["r"] ?? ""
                    if !reference.isEmpty, CellReference(reference) == nil {
                        throw ZipArchive.Failure(message: "sheet '\(info.name)' (\(info.path)), row \(row): a cell referenced '\(reference)', not a cell of a sheet (A1 to XFD1048576)")
                    }
                    type = attributes["t"] ?? "n"
                    style = attributes["s"].flatMap(Int.init) ?? 0
                    value = nil; formula = nil; inline = ""; sharedIndex = nil
                    inCell = !selfClosing
                    if selfClosing {
                        nextColumn = (CellReference(reference)?.column ?? nextColumn) + 1
                        lastReference = reference.isEmpty ? nil : reference
                    }
                case "f" where inCell:
                    if attributes["t"] == "shared" { sharedIndex = attributes["si"] }
                case "mergeCell":
                    if let ref = attributes["ref"] { merged.append(ref) }
                default: break
                }
            case .text(let text):
                guard inCell else { continue }
                switch element {
                case "v": value = (value ?? "") + text
                case "f": formula = (formula ?? "") + text
                case "t": inline += text
                default: break
                }
            case .end(let name):
                let local = XMLScanner.localName(name)
                if local == "v" || local == "f" || local == "t" { element = "c" }
                guard local == "c", inCell else { continue }
                inCell = false
                let column = CellReference(reference)?.column ?? nextColumn
                nextColumn = column + 1
                let ref = reference.isEmpty ? CellReference.columnName(column + 1) + String(row) : reference
                guard columnsSeen.insert(column).inserted else {
                    throw ZipArchive.Failure(message: "sheet '\(info.name)' (\(info.path)): cell \(ref) is written twice (a damaged workbook: Excel would repair it)")
                }
                lastReference = ref
                if let index = sharedIndex, let cell = CellReference(ref) {
                    if let text = formula, !text.isEmpty {
                        sharedFormulas[index] = (text, cell)
                    } else if let shared = sharedFormulas[index] {
                        formula = Formula.shifted(shared.text, rows: cell.row - shared.cell.row, columns: cell.column - shared.cell.column) ?? ""
                    }
                }
                if let formula { formulas[ref] = formula }
                let text: String
                switch type {
                case "s":
                    guard let index = value.flatMap(Int.init), index >= 0, index < sharedStrings.count else {
                        throw ZipArchive.Failure(message: "\(Workbook.qualified(info.name, ref)): a shared string \(value ?? "") that the workbook does not have")
                    }
                    text = sharedStrings[index]
                case "inlineStr": text = inline
                case "str": text = value ?? ""
                case "b": text = value == "1" ? "TRUE" : "FALSE"
                case "d":
                    // An ISO 8601 date (`2021-05-01`, `2021-05-01T10:30:00`): shown in the cell's
                    // date format, else as yyyy/m/d (with h:mm:ss when it has a time of day).
                    let code = style < cellContext.codes.count ? cellContext.codes[style] : NumberFormat.Code("General")
                    if let value, let (serial, hasTime) = NumberFormat.serial(iso: value, date1904: date1904) {
                        let shown = code.isDate ? code.rendered(serial, date1904: date1904) : nil
                        text = shown ?? NumberFormat.Code(hasTime ? "yyyy/m/d h:mm:ss" : "yyyy/m/d").rendered(serial, date1904: date1904) ?? value
                        if shown == nil, code.isDate { unshown.note(code.format, ref) }
                    } else {
                        text = value ?? ""
                        if !text.isEmpty { notes.append("\(info.name)!\(ref) holds the date \(text), which is not an ISO 8601 date from \(date1904 ? "1904" : "1900") on: read as written") }
                    }
                case "e":
                    text = "…"
                    notes.append("\(Workbook.qualified(info.name, ref)) holds the error \(value ?? "?"): read as … (not available), never as 0")
                default:
                    if let value {
                        let code = style < cellContext.codes.count ? cellContext.codes[style] : NumberFormat.Code("General")
                        if let number = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")) {
                            if let shown = code.rendered(number, date1904: date1904) {
                                text = shown
                            } else {
                                text = NumberFormat.general(number)
                                unshown.note(code.format, ref)
                            }
                        } else {
                            text = value
                        }
                    } else if formula != nil {
                        text = "…"
                        notes.append("\(Workbook.qualified(info.name, ref)): a formula with no cached value (the workbook was not recalculated and saved by Excel): read as …")
                    } else {
                        text = ""
                    }
                }
                if !text.isEmpty { cells[row, default: [:]][column] = text }
            }
        }
        let rowNumbers = cells.keys.sorted()
        let width = (cells.values.flatMap(\.keys).max() ?? -1) + 1
        var rows: [[String]] = []
        if let first = rowNumbers.first, let last = rowNumbers.last {
            // Every row from the first to the last, empty ones too: a blank line is a blank line.
            for r in first...last {
                let line = cells[r] ?? [:]
                rows.append((0..<width).map { line[$0] ?? "" })
            }
        }
        notes += unshown.notes(info.name)
        // The largest run of rows without text between two with text.
        var gap: (after: Int, before: Int)?
        for (a, b) in zip(rowNumbers, rowNumbers.dropFirst()) where b - a > (gap.map { $0.before - $0.after } ?? 1) { gap = (a, b) }
        notes += Workbook.notes(info, merged: merged, hiddenRows: hiddenRows, hiddenColumns: hiddenColumns, gap: gap)
        return Sheet(name: info.name, part: info.path, rows: rows, rowNumbers: rowNumbers.first.map { Array($0...(rowNumbers.last!)) } ?? [],
                     mergedRanges: merged, formulas: formulas, notes: notes)
    }
}

extension Workbook {
    /// What CSV does not show of a sheet's layout: merged ranges, hidden rows and columns.
    /// Rows without text between two rows with text from which a sheet is noted: a stray cell
    /// far below a table makes the CSV as long as the gap.
    static let noticedGap = 10_000

    static func notes(_ info: SheetInfo, merged: [String], hiddenRows: [Int], hiddenColumns: [String],
                      gap: (after: Int, before: Int)? = nil) -> [String] {
        var notes: [String] = []
        if let gap, gap.before - gap.after - 1 >= noticedGap {
            notes.append("\(info.name): rows \((gap.after + 1).groupedDecimal)–\((gap.before - 1).groupedDecimal) hold no text, then row \(gap.before.groupedDecimal) does: a cell far below the table (a stray one? Ctrl+End in Excel shows the sheet's last cell) makes the CSV \((gap.before - gap.after - 1).groupedDecimal) empty lines longer")
        }
        if !merged.isEmpty { notes.append("\(info.name): merged cells \(merged.joined(separator: ", ")) (a merged range's text is in its first cell)") }
        if !hiddenRows.isEmpty { notes.append("\(info.name): hidden rows \(hiddenRows.map(String.init).joined(separator: ", ")) are read like the others") }
        if !hiddenColumns.isEmpty { notes.append("\(info.name): hidden columns \(hiddenColumns.joined(separator: ", ")) are read like the others") }
        return notes
    }

    /// The hidden columns of a `<col>` as the notes name them (`3:5`), `nil` when not hidden.
    static func hiddenColumns(_ attributes: [String: String]) -> String? {
        guard attributes["hidden"] == "1" || attributes["hidden"] == "true" else { return nil }
        return [attributes["min"], attributes["max"]].compactMap { $0.flatMap(Int.init).map(CellReference.columnName) }.joined(separator: ":")
    }

    /// A sheet read by ``SheetDataReader`` (its `<sheetData>`) and the scanner (the rest), or
    /// `nil` when that reader leaves it to the general one. The bytes are checked as text
    /// (``XMLScanner/checkText(_:)``) by the caller, once for both readers.
    func fastSheet(_ info: SheetInfo, _ bytes: [UInt8]) -> Sheet? {
        var scanner = XMLScanner(bytes, textChecked: true)
        var merged: [String] = [], hiddenColumns: [String] = []
        var read: SheetDataReader.Result?
        do {
            while let event = try scanner.next() {
                guard case .start(let name, let attributes, let selfClosing) = event else { continue }
                switch XMLScanner.localName(name) {
                case "sheetData":
                    guard name == "sheetData", !selfClosing, read == nil else { return nil }
                    let start = scanner.offset
                    guard let result = bytes.withUnsafeBufferPointer({ SheetDataReader.read($0, from: start, context: cellContext) }) else { return nil }
                    read = result
                    scanner.move(to: result.end)
                case "col":
                    if let columns = Workbook.hiddenColumns(attributes) { hiddenColumns.append(columns) }
                case "mergeCell":
                    if let ref = attributes["ref"] { merged.append(ref) }
                case "row", "c", "v", "f", "t", "is":
                    return nil
                default: break
                }
            }
        } catch { return nil }
        guard let read else { return nil }
        let rowNumbers = read.firstRow.map { Array($0...read.lastRow!) } ?? []
        return Sheet(name: info.name, part: info.path, rows: read.head, rowNumbers: rowNumbers, mergedRanges: merged, formulas: [:],
                     notes: Workbook.notes(info, merged: merged, hiddenRows: read.hiddenRows, hiddenColumns: hiddenColumns, gap: read.gap), csv: read.csv)
    }
}

/// A cell reference such as `B10`, or `$B$10` in a formula: its column (0-based) and row, and
/// which of them the formula fixes with `$` (what a copied formula does not move).
struct CellReference: Hashable {
    /// Excel's last column (XFD) and last row.
    static let lastColumn = 16_384, lastRow = 1_048_576
    var column: Int
    var row: Int
    var columnIsAbsolute = false
    var rowIsAbsolute = false

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Reads `B10`, `$B$10`, `B$10`; a reference of letters alone (`B`) has row 0.
    init?(_ text: String) { self.init(utf8: text.utf8) }

    /// The same on UTF-8 bytes (a cell's `r` as it lies in a sheet's part).
    @inline(__always)
    init?<Bytes: Sequence>(utf8 bytes: Bytes) where Bytes.Element == UInt8 {
        var column = 0, row = 0, letters = 0, digits = 0
        for c in bytes {
            // Excel's largest is XFD1048576: a fourth letter, or a digit past the row's, is no
            // reference (and would overflow).
            if c == UInt8(ascii: "$"), digits == 0 {
                // Before the letters, or between the letters and the digits; once each.
                if letters == 0, !columnIsAbsolute { columnIsAbsolute = true } else if letters > 0, !rowIsAbsolute { rowIsAbsolute = true } else { return nil }
            } else if c >= UInt8(ascii: "A"), c <= UInt8(ascii: "Z"), digits == 0, !rowIsAbsolute, letters < 3 {
                column = column * 26 + Int(c - UInt8(ascii: "A") + 1)
                letters += 1
            } else if c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9"), letters > 0, row < 1_048_576 {
                row = row * 10 + Int(c - UInt8(ascii: "0"))
                digits += 1
            } else {
                return nil
            }
        }
        guard letters > 0, digits <= 7, !(rowIsAbsolute && digits == 0) else { return nil }
        // A sheet ends at XFD (column 16,384) and row 1,048,576.
        guard column <= CellReference.lastColumn, row <= CellReference.lastRow else { return nil }
        self.column = column - 1
        self.row = row
    }

    /// `B10`, without `$`.
    var name: String { CellReference.columnName(column + 1) + String(row) }

    /// `A` for 1, `Z` for 26, `AA` for 27.
    static func columnName(_ number: Int) -> String {
        var n = number, name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }
}

/// Excel number formats, as Japanese Excel shows them: numbers (`0.0%`, `#,##0`, quoted and
/// escaped literals, `positive;negative;zero` sections, `0.00E+00`), dates and times
/// (`yyyy/m/d`, `yyyy"年"m"月"d"日"`, `h:mm:ss`, Japanese eras with `g`/`e`) in the 1900 or
/// 1904 date system. A format it cannot show as Excel would (a condition `[>100]`, a fraction
/// `# ?/?`, elapsed time `[h]`, `[DBNum1]` numerals, a system-locale date) renders as `nil`: the
/// reader then shows the general number and says so in the sheet's notes.
enum NumberFormat {
    /// The built-in formats by id, as Japanese Excel (ja-JP) shows them (ECMA-376 18.8.30): 14
    /// is yyyy/m/d (m/d/yyyy in en-US Excel), 27–36 and 50–58 the Japanese-era and 年月日 ones.
    /// An id not here (the accounting formats 41–44 depend on the locale) has no format: it is
    /// read as General with a note.
    static let builtIn: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
        5: ##""¥"#,##0;"¥"\-#,##0"##, 6: ##""¥"#,##0;[Red]"¥"\-#,##0"##,
        7: ##""¥"#,##0.00;"¥"\-#,##0.00"##, 8: ##""¥"#,##0.00;[Red]"¥"\-#,##0.00"##,
        9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
        14: "yyyy/m/d", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
        20: "h:mm", 21: "h:mm:ss", 22: "yyyy/m/d h:mm",
        27: "[$-411]ge.m.d", 28: #"[$-411]ggge"年"m"月"d"日""#, 29: #"[$-411]ggge"年"m"月"d"日""#, 30: "m/d/yy",
        31: #"yyyy"年"m"月"d"日""#, 32: #"h"時"mm"分""#, 33: #"h"時"mm"分"ss"秒""#, 34: #"yyyy"年"m"月""#,
        35: #"m"月"d"日""#, 36: "[$-411]ge.m.d",
        37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
        45: "mm:ss", 46: "[h]:mm:ss", 47: "mm:ss.0", 48: "##0.0E+0", 49: "@",
        50: "[$-411]ge.m.d", 51: #"[$-411]ggge"年"m"月"d"日""#, 52: #"yyyy"年"m"月""#, 53: #"m"月"d"日""#,
        54: #"[$-411]ggge"年"m"月"d"日""#, 55: #"yyyy"年"m"月""#, 56: #"m"月"d"日""#,
        57: "[$-411]ge.m.d", 58: #"[$-411]ggge"年"m"月"d"日""#,
    ]

    /// The cells whose format could not be shown, by format, in the order met: one note each.
    struct Unshown {
        var formats: [String] = []
        var cells: [String: (first: String, count: Int)] = [:]

        mutating func note(_ format: String, _ ref: String) {
            if let seen = cells[format] { cells[format] = (seen.first, seen.count + 1) } else { formats.append(format); cells[format] = (ref, 1) }
        }

        func notes(_ sheet: String) -> [String] {
            formats.map { format in
                let (first, count) = cells[format]!
                let why = Code(format).unsupported.map { " (\($0))" } ?? ""
                return "\(sheet)!\(first)\(count > 1 ? " and \(count - 1) other cell\(count > 2 ? "s" : "")" : ""): the number format \(format)\(why) is not one cs-stats shows as Excel would: read as the general number"
            }
        }
    }

    /// The format of a style whose `numFmtId` is neither built in nor defined by the workbook.
    static func unknown(_ id: Int) -> String { "[numFmtId \(id)]" }

    /// A stored number (its text in the sheet: `0.098`, `9.8000000000000004E-2`) as the format
    /// shows it, or as General when the format is one this cannot show.
    static func display(_ stored: String, format: String, date1904: Bool = false) -> String {
        guard let value = Decimal(string: stored, locale: Locale(identifier: "en_US_POSIX")) else { return stored }
        return Code(format).rendered(value, date1904: date1904) ?? general(value)
    }

    /// Whether a format shows a number as General does (an integer as it is stored).
    static func isGeneral(_ format: String) -> Bool { Code(format).isGeneral }

    /// General: up to ten decimals, no trailing zeros.
    static func general(_ value: Decimal) -> String {
        var v = value, rounded = Decimal()
        NSDecimalRound(&rounded, &v, 10, .plain)
        return NSDecimalNumber(decimal: rounded).description(withLocale: Locale(identifier: "en_US_POSIX"))
    }

    /// A date serial (1900 system, 1900-02-29 included as Excel counts it) as yyyy/m/d.
    static func date(_ value: Decimal, date1904: Bool = false) -> String? {
        Code("yyyy/m/d").rendered(value, date1904: date1904)
    }

    /// An ISO 8601 date as a `t="d"` cell holds it (`2021-05-01`, `2021-05-01T10:30:00`,
    /// `2021-05-01T10:30:00.5Z`) as the serial of the workbook's date system, with whether it
    /// has a time of day; `nil` for anything else, or a date before the system's first day.
    static func serial(iso text: String, date1904: Bool) -> (serial: Decimal, hasTime: Bool)? {
        var t = Substring(text.trimmingCharacters(in: .whitespaces))
        if t.hasSuffix("Z") { t = t.dropLast() }
        let halves = t.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let date = halves[0].split(separator: "-", omittingEmptySubsequences: false)
        guard date.count == 3, date[0].count == 4, date[1].count == 2, date[2].count == 2,
              let y = Int(date[0]), let m = Int(date[1]), let d = Int(date[2]), (1...12).contains(m),
              d >= 1, d <= monthLength(y, m) else { return nil }
        var seconds = Decimal(0)
        if halves.count == 2 {
            let time = halves[1].split(separator: ":", omittingEmptySubsequences: false)
            guard time.count == 2 || time.count == 3, let h = Int(time[0]), let mi = Int(time[1]), (0...23).contains(h), (0...59).contains(mi),
                  time[0].count == 2, time[1].count == 2 else { return nil }
            var s = Decimal(0)
            if time.count == 3 {
                guard time[2].count >= 2, time[2].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                      let v = Decimal(string: String(time[2]), locale: Locale(identifier: "en_US_POSIX")), v >= 0, v < 60 else { return nil }
                s = v
            }
            seconds = Decimal(h * 3600 + mi * 60) + s
        }
        let day: Int
        if date1904 {
            day = days(y, m, d) - days(1904, 1, 1)
        } else {
            let z = days(y, m, d) - days(1899, 12, 30)
            day = z < 61 ? z - 1 : z  // before 1900-03-01, Excel's phantom 1900-02-29 is not yet counted
        }
        guard day >= (date1904 ? 0 : 1) else { return nil }
        return (Decimal(day) + seconds / 86400, halves.count == 2 && seconds != 0)
    }

    static func monthLength(_ y: Int, _ m: Int) -> Int {
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar.
    static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }

    /// The date `days` after 1970-01-01.
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, doy - (153 * mp + 2) / 5 + 1)
    }

    /// The Japanese eras, latest first: the first day, the name, its first character, its letter.
    static let eras: [(start: (Int, Int, Int), name: String, short: String, letter: String)] = [
        ((2019, 5, 1), "令和", "令", "R"), ((1989, 1, 8), "平成", "平", "H"), ((1926, 12, 25), "昭和", "昭", "S"),
        ((1912, 7, 30), "大正", "大", "T"), ((1868, 10, 23), "明治", "明", "M"),
    ]

    /// A format code read once (per style), to render many numbers.
    struct Code: Sendable {
        /// A piece of a section as written: literal text, or a character of the code.
        enum Raw: Sendable, Equatable { case text(String), code(Character) }

        enum Part: Sendable { case integer, fraction, exponent }

        enum Piece: Sendable, Equatable {
            case text(String), digit(Character, Part), point, exponent(plus: Bool), general
            case year(Int), month(Int), minute(Int), day(Int), weekday(Int), japaneseWeekday(Int)
            case hour(Int), second(Int), subsecond(Int), ampm(full: Bool), era(Int), eraYear(Int)
        }

        struct Section: Sendable {
            var pieces: [Piece] = []
            var isDate = false
            var gannen = false
            var grouping = false
            var percent = 0
            var thousands = 0
        }

        /// The format as written.
        let format: String
        let sections: [Section]
        /// Why it cannot be shown as Excel would (`nil`: it can).
        let unsupported: String?
        /// General, `@` or empty: a number shows as General shows it.
        let isGeneral: Bool

        init(_ format: String) {
            self.format = format
            let lower = format.lowercased()
            if lower == "general" || lower == "@" || format.isEmpty {
                isGeneral = true; sections = []; unsupported = nil
                return
            }
            isGeneral = false
            var sections: [Section] = []
            var why: String?
            let raw = Code.split(format)
            if let reason = raw.reason {
                why = reason
            } else if raw.sections.count > 4 {
                why = "more than four sections"
            } else {
                // The fourth section is for text: numbers use the first three.
                for (raws, gannen) in raw.sections.prefix(3) {
                    switch Code.section(raws) {
                    case .success(var section):
                        section.gannen = gannen
                        sections.append(section)
                    case .failure(let reason):
                        why = why ?? reason.text
                    }
                }
            }
            self.sections = sections
            unsupported = why
        }

        /// Whether the format shows a date or time.
        var isDate: Bool { sections.first?.isDate ?? false }

        struct Reason: Error { var text: String }

        /// The sections of a format as raw pieces, `[…]` read: a colour left out, a currency
        /// `[$¥-411]` as its symbol, a locale `[$-411]`, `[$-ja-JP-x-gannen]` as whether the
        /// first year of an era is 元年. A condition, elapsed time, `[DBNum…]` are not shown.
        static func split(_ format: String) -> (sections: [([Raw], Bool)], reason: String?) {
            var sections: [([Raw], Bool)] = []
            var raws: [Raw] = [], gannen = false
            var chars = Array(format)[...]
            while let c = chars.popFirst() {
                switch c {
                case "\"":
                    guard let end = chars.firstIndex(of: "\"") else { return ([], "an unterminated quote") }
                    raws.append(.text(String(chars[chars.startIndex..<end])))
                    chars = chars[(end + 1)...]
                case "\\":
                    guard let next = chars.popFirst() else { return ([], "a backslash at the end") }
                    raws.append(.text(String(next)))
                case "_":
                    guard chars.popFirst() != nil else { return ([], "an underscore at the end") }
                    raws.append(.text(" "))
                case "*":
                    // Fill to the column's width: a CSV has no width.
                    guard chars.popFirst() != nil else { return ([], "an asterisk at the end") }
                case "[":
                    guard let end = chars.firstIndex(of: "]") else { return ([], "an unterminated [") }
                    let body = String(chars[chars.startIndex..<end])
                    chars = chars[(end + 1)...]
                    let b = body.lowercased()
                    if b.hasPrefix("$") {
                        let parts = body.dropFirst().split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
                        if !parts[0].isEmpty { raws.append(.text(String(parts[0]))) }
                        let locale = parts.count > 1 ? parts[1].lowercased() : ""
                        if locale.contains("x-gannen") { gannen = true }
                        if locale.contains("sysdate") || locale.contains("systime") { return ([], "the system's date or time format [\(body)]") }
                        if !locale.isEmpty, locale.allSatisfy(\.isHexDigit) {
                            // An LCID with a calendar or numerals above its low 16 bits (F800: the
                            // system's long date) is not the Gregorian date in ASCII digits.
                            guard let id = Int(locale, radix: 16), id <= 0xFFFF, id != 0xF800, id != 0xF400 else {
                                return ([], "the locale [\(body)]")
                            }
                        }
                    } else if ["black", "blue", "cyan", "green", "magenta", "red", "white", "yellow"].contains(b)
                                || (b.hasPrefix("color") && Int(b.dropFirst(5)) != nil) {
                        continue
                    } else if let first = b.first, "<>=".contains(first) {
                        return ([], "a condition [\(body)]")
                    } else if b.hasPrefix("h") || b.hasPrefix("m") || b.hasPrefix("s") {
                        return ([], "elapsed time [\(body)]")
                    } else {
                        return ([], "[\(body)]")
                    }
                case ";":
                    sections.append((raws, gannen))
                    raws = []; gannen = false
                default:
                    raws.append(.code(c))
                }
            }
            sections.append((raws, gannen))
            return (sections, nil)
        }

        /// A section's pieces: a date or time when it has date letters, else a number.
        static func section(_ raws: [Raw]) -> Result<Section, Reason> {
            let codes = String(raws.compactMap { if case .code(let c) = $0 { c } else { nil } }).lowercased()
            if codes.contains("general") {
                return number(raws)
            }
            if codes.contains(where: { "ymdhsg".contains($0) }) || codes.contains("am/pm") || codes.contains("a/p") || codes.contains("aaa") {
                return date(raws)
            }
            return number(raws)
        }

        static func number(_ raws: [Raw]) -> Result<Section, Reason> {
            var s = Section()
            var part = Part.integer
            var i = 0
            func code(_ k: Int) -> Character? {
                guard k < raws.count, case .code(let c) = raws[k] else { return nil }
                return c
            }
            var hasDigits = false
            while i < raws.count {
                defer { i += 1 }
                guard let c = code(i) else {
                    if case .text(let t) = raws[i] { s.pieces.append(.text(t)) }
                    continue
                }
                switch c {
                case "0", "#", "?":
                    s.pieces.append(.digit(c, part)); hasDigits = true
                case ".":
                    if part == .integer { part = .fraction; s.pieces.append(.point) } else { s.pieces.append(.text(".")) }
                case ",":
                    if let next = code(i + 1), "0#?".contains(next), part == .integer, hasDigits {
                        s.grouping = true
                    } else if hasDigits, let previous = code(i - 1), "0#?,".contains(previous) {
                        s.thousands += 1
                    } else {
                        s.pieces.append(.text(","))
                    }
                case "%":
                    s.percent += 1; s.pieces.append(.text("%"))
                case "E", "e":
                    guard let sign = code(i + 1), sign == "+" || sign == "-", hasDigits, part != .exponent else {
                        return .failure(Reason(text: "the letter \(c)"))
                    }
                    s.pieces.append(.exponent(plus: sign == "+")); part = .exponent
                    i += 1
                case "G", "g":
                    let word = String(raws[i...].prefix(7).compactMap { if case .code(let c) = $0 { c } else { nil } }).lowercased()
                    guard word == "general" else { return .failure(Reason(text: "the letter \(c)")) }
                    s.pieces.append(.general); i += 6
                case "/":
                    if hasDigits { return .failure(Reason(text: "a fraction")) }
                    s.pieces.append(.text("/"))
                case "@":
                    return .failure(Reason(text: "@ in a number's section"))
                default:
                    if c.isASCII, c.isLetter { return .failure(Reason(text: "the letter \(c)")) }
                    s.pieces.append(.text(String(c)))
                }
            }
            if s.pieces.contains(.general), hasDigits { return .failure(Reason(text: "General with digits")) }
            if s.pieces.contains(where: { if case .exponent = $0 { true } else { false } }),
               !s.pieces.contains(where: { if case .digit(_, .exponent) = $0 { true } else { false } }) {
                return .failure(Reason(text: "an exponent without digits"))
            }
            return .success(s)
        }

        static func date(_ raws: [Raw]) -> Result<Section, Reason> {
            var s = Section()
            s.isDate = true
            var i = 0
            func code(_ k: Int) -> Character? {
                guard k < raws.count, case .code(let c) = raws[k] else { return nil }
                return c
            }
            func run(_ c: Character) -> Int {
                var n = 0
                while let d = code(i + n), d.lowercased() == c.lowercased() { n += 1 }
                return n
            }
            func word(_ w: String) -> Bool {
                let chars = Array(w)
                return chars.indices.allSatisfy { code(i + $0)?.lowercased() == chars[$0].lowercased() }
            }
            while i < raws.count {
                guard let c = code(i) else {
                    if case .text(let t) = raws[i] { s.pieces.append(.text(t)) }
                    i += 1
                    continue
                }
                let lower = Character(c.lowercased())
                var n = 1
                switch lower {
                case "y": n = run(c); s.pieces.append(.year(n <= 2 ? 2 : 4))
                case "m": n = run(c); s.pieces.append(.month(n))
                case "d": n = run(c); s.pieces.append(n <= 2 ? .day(n) : .weekday(n))
                case "h": n = run(c); s.pieces.append(.hour(min(n, 2)))
                case "s": n = run(c); s.pieces.append(.second(min(n, 2)))
                case "g": n = run(c); s.pieces.append(.era(min(n, 3)))
                case "e": n = run(c); s.pieces.append(.eraYear(min(n, 2)))
                case "a":
                    if word("am/pm") { n = 5; s.pieces.append(.ampm(full: true)) }
                    else if word("a/p") { n = 3; s.pieces.append(.ampm(full: false)) }
                    else if run(c) >= 3 { n = run(c); s.pieces.append(.japaneseWeekday(n)) }
                    else { return .failure(Reason(text: "the letter \(c)")) }
                case ".":
                    // Fractions of a second: `ss.00`.
                    var zeros = 0
                    while code(i + 1 + zeros) == "0" { zeros += 1 }
                    if zeros > 0, case .second = s.pieces.last(where: { if case .text = $0 { false } else { true } }) {
                        n = 1 + zeros; s.pieces.append(.subsecond(min(zeros, 3)))
                    } else {
                        s.pieces.append(.text("."))
                    }
                default:
                    if (c.isASCII && (c.isLetter || c.isNumber)) || "#?@%".contains(c) {
                        return .failure(Reason(text: "\(c) in a date"))
                    }
                    s.pieces.append(.text(String(c)))
                }
                i += n
            }
            // m and mm are minutes after an hour or before a second, else the month.
            let codes = s.pieces.indices.filter { if case .text = s.pieces[$0] { false } else { true } }
            for (k, index) in codes.enumerated() {
                guard case .month(let n) = s.pieces[index], n <= 2 else { continue }
                var minute = false
                if k > 0, case .hour = s.pieces[codes[k - 1]] { minute = true }
                if k + 1 < codes.count, case .second = s.pieces[codes[k + 1]] { minute = true }
                if minute { s.pieces[index] = .minute(n) }
            }
            return .success(s)
        }

        /// A stored number's text as the format shows it; `nil` when it is not a number or the
        /// format cannot show it.
        func rendered(_ stored: String, date1904: Bool) -> String? {
            Decimal(string: stored, locale: Locale(identifier: "en_US_POSIX")).flatMap { rendered($0, date1904: date1904) }
        }

        /// The number as the format shows it; `nil` when the format (or this number in it: a
        /// negative date) is not one this can show as Excel would.
        func rendered(_ value: Decimal, date1904: Bool) -> String? {
            if isGeneral { return general(value) }
            guard unsupported == nil, !sections.isEmpty else { return nil }
            let section: Section, magnitude: Decimal, sign: Bool
            if value < 0, sections.count >= 2 {
                section = sections[1]; magnitude = -value; sign = false
            } else if value == 0, sections.count >= 3 {
                section = sections[2]; magnitude = 0; sign = false
            } else {
                section = sections[0]; magnitude = value < 0 ? -value : value; sign = value < 0
            }
            if section.isDate {
                guard !sign else { return nil }
                return Code.date(magnitude, section, date1904: date1904)
            }
            return Code.number(magnitude, section, sign: sign)
        }

        static func power(_ base: Int, _ n: Int) -> Decimal {
            var p = Decimal(1)
            for _ in 0..<n { p *= Decimal(base) }
            return p
        }

        static func round(_ value: Decimal, _ decimals: Int) -> Decimal {
            var v = value, r = Decimal()
            NSDecimalRound(&r, &v, decimals, .plain)
            return r
        }

        static func plain(_ value: Decimal) -> String {
            NSDecimalNumber(decimal: value).description(withLocale: Locale(identifier: "en_US_POSIX"))
        }

        static func number(_ value: Decimal, _ s: Section, sign: Bool) -> String? {
            var x = value * power(100, s.percent)
            if s.thousands > 0 { x /= power(1000, s.thousands) }
            if s.pieces.contains(.general) {
                let shown = general(x)
                let text = s.pieces.map { if case .text(let t) = $0 { t } else { shown } }.joined()
                return (sign && x != 0 ? "-" : "") + text
            }
            var integerPlaces: [Character] = [], fractionPlaces: [Character] = [], exponentPlaces = 0
            for piece in s.pieces {
                guard case .digit(let c, let part) = piece else { continue }
                switch part {
                case .integer: integerPlaces.append(c)
                case .fraction: fractionPlaces.append(c)
                case .exponent: exponentPlaces += 1
                }
            }
            var exponent = 0
            let scientific = s.pieces.contains { if case .exponent = $0 { true } else { false } }
            if scientific {
                guard !integerPlaces.isEmpty else { return nil }
                if x != 0 {
                    let step = integerPlaces.count
                    // The power of ten of the first digit, then down to a multiple of the integer places.
                    let text = plain(x)
                    let e = x >= 1 ? text.prefix { $0 != "." }.count - 1 : -(text.dropFirst(2).prefix { $0 == "0" }.count + 1)
                    exponent = Int((Double(e) / Double(step)).rounded(.down)) * step
                    func mantissa(_ e: Int) -> Decimal { round(x * power(10, max(-e, 0)) / power(10, max(e, 0)), fractionPlaces.count) }
                    if mantissa(exponent) >= power(10, step) { exponent += step }
                    x = mantissa(exponent)
                }
            }
            let rounded = round(x, fractionPlaces.count)
            let digits = plain(rounded)
            var integer = String(digits.prefix { $0 != "." })
            if integer == "0" { integer = "" }
            let fraction = Array((digits.contains(".") ? String(digits.split(separator: ".")[1]) : "")
                                 .padding(toLength: fractionPlaces.count, withPad: "0", startingAt: 0))
            let lastNonzero = fraction.lastIndex { $0 != "0" } ?? -1
            let integerDigits = Array(integer)
            let excess = integerDigits.count - integerPlaces.count
            var out = "", placed = 0, fractionIndex = 0, exponentDone = false
            func emit(_ digit: Character, fromRight: Int) {
                out.append(digit)
                if s.grouping, fromRight > 0, fromRight % 3 == 0 { out.append(",") }
            }
            func emitExcess() {
                for (j, d) in integerDigits.prefix(max(excess, 0)).enumerated() {
                    emit(d, fromRight: integerDigits.count - 1 - j)
                }
            }
            for piece in s.pieces {
                switch piece {
                case .text(let t): out += t
                case .point:
                    if integerPlaces.isEmpty { emitExcess() }
                    out += "."
                case .digit(let c, .integer):
                    if placed == 0 { emitExcess() }
                    let index = integerDigits.count - integerPlaces.count + placed
                    let fromRight = integerPlaces.count - 1 - placed
                    if index >= 0 { emit(integerDigits[index], fromRight: fromRight) }
                    else if c == "0" { emit("0", fromRight: fromRight) }
                    else if c == "?" { out += " " }
                    placed += 1
                case .digit(let c, .fraction):
                    if fractionIndex <= lastNonzero || c == "0" { out.append(fraction[fractionIndex]) }
                    else if c == "?" { out += " " }
                    fractionIndex += 1
                case .digit(_, .exponent):
                    guard !exponentDone else { continue }
                    exponentDone = true
                    let e = String(abs(exponent))
                    out += String(repeating: "0", count: max(0, exponentPlaces - e.count)) + e
                case .exponent(let plus):
                    out += "E" + (exponent < 0 ? "-" : plus ? "+" : "")
                default: return nil
                }
            }
            if integerPlaces.isEmpty, !s.pieces.contains(.point) { out = integer + out }
            return (sign && rounded != 0 ? "-" : "") + out
        }

        static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        static let japaneseWeekdays = ["日", "月", "火", "水", "木", "金", "土"]

        static func date(_ value: Decimal, _ s: Section, date1904: Bool) -> String? {
            // Rounded half up, once, to the shown fraction of a second; then cut to what is shown.
            let places = s.pieces.reduce(0) { if case .subsecond(let n) = $1 { max($0, n) } else { $0 } }
            let unit = Int(truncating: power(10, places) as NSDecimalNumber)
            let ticks = round(value * 86400 * Decimal(unit), 0)
            guard ticks < 2_958_466 * 86400 * Decimal(unit) else { return nil }
            let total = Int(truncating: ticks as NSDecimalNumber)
            let day = total / (86400 * unit)
            let secondOfDay = total % (86400 * unit) / unit, sub = total % unit
            let date: (year: Int, month: Int, day: Int), weekday: Int
            if date1904 {
                let z = NumberFormat.days(1904, 1, 1) + day
                date = NumberFormat.civil(z)
                weekday = ((z + 4) % 7 + 7) % 7
            } else {
                if day == 0 { date = (1900, 1, 0) }
                else if day == 60 { date = (1900, 2, 29) }
                else { date = NumberFormat.civil(NumberFormat.days(1899, 12, day < 60 ? 31 : 30) + day) }
                weekday = ((day - 1) % 7 + 7) % 7  // serial 1 a Sunday, as Excel counts
            }
            guard date.year <= 9999 else { return nil }
            let twelve = s.pieces.contains { if case .ampm = $0 { true } else { false } }
            let hour = secondOfDay / 3600, minute = secondOfDay % 3600 / 60, second = secondOfDay % 60
            func pad(_ n: Int, _ width: Int) -> String {
                let t = String(n)
                return String(repeating: "0", count: max(0, width - t.count)) + t
            }
            var era: (name: String, short: String, letter: String, year: Int)?
            if s.pieces.contains(where: { if case .era = $0 { true } else if case .eraYear = $0 { true } else { false } }) {
                guard let e = NumberFormat.eras.first(where: { ($0.start.0, $0.start.1, $0.start.2) <= (date.year, date.month, date.day) }) else { return nil }
                era = (e.name, e.short, e.letter, date.year - e.start.0 + 1)
            }
            var out = ""
            for piece in s.pieces {
                switch piece {
                case .text(let t): out += t
                case .year(let n): out += n == 2 ? pad(date.year % 100, 2) : String(date.year)
                case .month(let n):
                    switch n {
                    case 1, 2: out += pad(date.month, n)
                    case 3: out += String(months[date.month - 1].prefix(3))
                    case 5: out += String(months[date.month - 1].prefix(1))
                    default: out += months[date.month - 1]
                    }
                case .minute(let n): out += pad(minute, n)
                case .day(let n): out += pad(date.day, n)
                case .weekday(let n): out += n == 3 ? String(weekdays[weekday].prefix(3)) : weekdays[weekday]
                case .japaneseWeekday(let n): out += japaneseWeekdays[weekday] + (n >= 4 ? "曜日" : "")
                case .hour(let n): out += pad(twelve ? (hour + 11) % 12 + 1 : hour, n)
                case .second(let n): out += pad(second, n)
                case .subsecond(let n): out += pad(sub, places).prefix(n)
                case .ampm(let full): out += (hour < 12 ? "A" : "P") + (full ? "M" : "")
                case .era(let n):
                    guard let era else { return nil }
                    out += n == 1 ? era.letter : n == 2 ? era.short : era.name
                case .eraYear(let n):
                    guard let era else { return nil }
                    out += era.year == 1 && s.gannen ? "元" : pad(era.year, n)
                default: return nil
                }
            }
            return out
        }
    }
}
