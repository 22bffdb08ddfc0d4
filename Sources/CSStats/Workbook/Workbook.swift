import Foundation

/// An Excel workbook (.xlsx) read without a package: its sheets as the text Excel shows.
///
/// The workbook is a ZIP archive (``ZipArchive``) of XML parts (``XMLScanner``): the workbook
/// part names the sheets, the shared-strings part holds their text (phonetic guides, `<rPh>`,
/// left out: they are furigana, not the cell's text), the styles part gives each cell's number
/// format. A cell reads as "save as CSV" would write it: a number in its format's decimals
/// (`0.0%` shows 0.098 as 9.8%, rounded half up once; `#,##0` shows 7051 as 7,051), a formula
/// by its cached value, a date as yyyy/m/d. What CSV would lose is said in ``Sheet/notes``:
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
        var scanner = XMLScanner(try archive.contents(of: workbookEntry))
        while let event = try Workbook.next(&scanner, part: "xl/workbook.xml") {
            guard case .start(let name, let attributes, _) = event, XMLScanner.localName(name) == "sheet" else { continue }
            let id = attributes.first { XMLScanner.localName($0.key) == "id" }?.value ?? ""
            guard let target = relations[id] else { continue }
            let path = Workbook.partPath(target, from: "xl/")
            sheets.append(SheetInfo(name: attributes["name"] ?? path, path: path, hidden: attributes["state"].map { $0 != "visible" } ?? false))
        }
        self.sheets = sheets
        sharedStrings = try archive.entry(named: "xl/sharedStrings.xml").map { try Workbook.sharedStrings(archive.contents(of: $0)) } ?? []
        styleFormats = try archive.entry(named: "xl/styles.xml").map { try Workbook.styleFormats(archive.contents(of: $0)) } ?? []
        cellContext = SheetDataReader.Context(sharedStrings: sharedStrings, styleFormats: styleFormats)
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
                    formats.append(custom[id] ?? NumberFormat.builtIn[id] ?? "General")
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
        var scanner = XMLScanner(bytes)
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
                case "e":
                    text = "…"
                    notes.append("\(Workbook.qualified(info.name, ref)) holds the error \(value ?? "?"): read as … (not available), never as 0")
                default:
                    if let value {
                        text = NumberFormat.display(value, format: style < styleFormats.count ? styleFormats[style] : "General")
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
        notes += Workbook.notes(info, merged: merged, hiddenRows: hiddenRows, hiddenColumns: hiddenColumns)
        return Sheet(name: info.name, part: info.path, rows: rows, rowNumbers: rowNumbers.first.map { Array($0...(rowNumbers.last!)) } ?? [],
                     mergedRanges: merged, formulas: formulas, notes: notes)
    }
}

extension Workbook {
    /// What CSV does not show of a sheet's layout: merged ranges, hidden rows and columns.
    static func notes(_ info: SheetInfo, merged: [String], hiddenRows: [Int], hiddenColumns: [String]) -> [String] {
        var notes: [String] = []
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
    /// `nil` when that reader leaves it to the general one.
    func fastSheet(_ info: SheetInfo, _ bytes: [UInt8]) -> Sheet? {
        var scanner = XMLScanner(bytes)
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
                     notes: Workbook.notes(info, merged: merged, hiddenRows: read.hiddenRows, hiddenColumns: hiddenColumns), csv: read.csv)
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
    init?(_ text: String) {
        var column = 0, row = 0, letters = 0, digits = 0
        for c in text.utf8 {
            // Excel's largest is XFD1048576: anything longer is no reference (and would overflow).
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
            // Past XFD and row 1,048,576 a name is not a cell (LOG10 is a function).
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, !(rowIsAbsolute && digits == 0) else { return nil }
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

/// Excel number formats, as far as tables of counts and rates use them.
enum NumberFormat {
    /// The built-in formats by id (those a survey table can meet).
    static let builtIn: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
        14: "yyyy/m/d", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 22: "yyyy/m/d h:mm", 49: "@",
    ]

    /// A stored number (its text in the sheet: `0.098`, `9.8000000000000004E-2`) as the format
    /// shows it: percent times 100, the format's decimals rounded half up, thousands separators.
    static func display(_ stored: String, format: String) -> String {
        guard let value = Decimal(string: stored, locale: Locale(identifier: "en_US_POSIX")) else { return stored }
        let code = code(format)
        if code == "General" || code.isEmpty || code == "@" { return general(value) }
        let lower = code.lowercased()
        if !code.contains("0"), !code.contains("#"), lower.contains("y") || lower.contains("d") || lower.contains("m") {
            return date(value) ?? general(value)
        }
        let percent = code.contains("%")
        let decimals = code.split(separator: ".", maxSplits: 1).dropFirst().first.map { $0.prefix { $0 == "0" || $0 == "#" }.count } ?? 0
        let grouping = code.contains(",")
        var number = percent ? value * 100 : value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &number, decimals, .plain)
        return text(rounded, decimals: decimals, grouping: grouping) + (percent ? "%" : "")
    }

    /// A format's first section (positive numbers), its quoted text and escapes removed.
    static func code(_ format: String) -> String {
        let section = String(format.split(separator: ";", omittingEmptySubsequences: false).first ?? "")
        return section.replacingOccurrences(of: #""[^"]*""#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"\[[^\]]*\]"#, with: "", options: .regularExpression)
    }

    /// Whether a format shows a number as General does (an integer as it is stored).
    static func isGeneral(_ format: String) -> Bool {
        let code = code(format)
        return code == "General" || code.isEmpty || code == "@"
    }

    /// General: up to ten decimals, no trailing zeros.
    static func general(_ value: Decimal) -> String {
        var v = value, rounded = Decimal()
        NSDecimalRound(&rounded, &v, 10, .plain)
        return NSDecimalNumber(decimal: rounded).description(withLocale: Locale(identifier: "en_US_POSIX"))
    }

    static func text(_ value: Decimal, decimals: Int, grouping: Bool) -> String {
        let negative = value < 0
        let digits = NSDecimalNumber(decimal: negative ? -value : value).description(withLocale: Locale(identifier: "en_US_POSIX"))
        var integer = String(digits.prefix { $0 != "." })
        var fraction = digits.contains(".") ? String(digits.split(separator: ".")[1]) : ""
        fraction = String((fraction + String(repeating: "0", count: decimals)).prefix(decimals))
        if grouping, integer.count > 3 {
            var grouped = ""
            for (i, c) in integer.reversed().enumerated() {
                if i > 0, i % 3 == 0 { grouped.append(",") }
                grouped.append(c)
            }
            integer = String(grouped.reversed())
        }
        return (negative ? "-" : "") + integer + (decimals > 0 ? "." + fraction : "")
    }

    /// A date serial (1900 system, 1900-02-29 included as Excel counts it) as yyyy/m/d.
    static func date(_ value: Decimal) -> String? {
        let serial = NSDecimalNumber(decimal: value).intValue
        guard serial >= 1, serial < 2_958_466 else { return nil }
        if serial == 60 { return "1900/2/29" }
        // Days from 1899-12-31 (serial 1 is 1900-01-01), one less past the phantom leap day.
        var days = serial < 60 ? serial : serial - 1
        var year = 1900
        func length(_ y: Int) -> Int { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 366 : 365 }
        while days > length(year) { days -= length(year); year += 1 }
        var month = 1
        let months = [31, length(year) == 366 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        while days > months[month - 1] { days -= months[month - 1]; month += 1 }
        return "\(year)/\(month)/\(days)"
    }
}
