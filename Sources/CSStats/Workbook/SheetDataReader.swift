/// A worksheet's `<sheetData>` read byte by byte straight into the CSV Excel would save.
///
/// Why a second reader: the general one (``XMLScanner`` events into a dictionary of cells, then
/// rows of strings, then CSV) makes a `String` per tag name, a dictionary per tag's attributes
/// and a `Decimal` per number: a minute for a million-row sheet. This one reads the shape every
/// spreadsheet writer gives a sheet of records (unprefixed `<row>`s in ascending order, `<c>`s in
/// ascending columns, each with at most one plain `<v>` or inline string) and writes each cell's displayed text
/// as a CSV field as it goes; it keeps strings only for the first ``headRows`` rows, for
/// recognition. Anything else (a formula, rich text, an error value, a comment, a row or
/// a column out of order, an entity in an attribute, malformed markup) makes it give up
/// (`nil`), and the general reader reads the sheet instead, with its notes and its errors: the
/// two agree on every sheet this one reads (WorkbookFastPathTests).
struct SheetDataReader {
    /// The rows kept as strings (recognition reads a big CSV's first 10,000 records too).
    static let headRows = 10_000

    struct Result {
        var csv: [UInt8]
        var head: [[String]]
        var firstRow: Int?
        var lastRow: Int?
        var hiddenRows: [Int]
        /// The largest run of rows without text between two rows with text (the rows around it).
        var gap: (after: Int, before: Int)?
        /// The offset just past `</sheetData>`.
        var end: Int
    }

    /// A cell's text, as the sheet's shared strings and styles give it.
    struct Context {
        var sharedStrings: [String]
        /// Each shared string as a CSV field (quoted where it needs to be), one after another.
        var sharedFields: [UInt8]
        var sharedFieldStarts: [Int]
        /// Each style's format code, and whether it is General (a plain integer shows as stored).
        var styleFormats: [String]
        var generalStyles: [Bool]
        /// Each style's format read once; whether dates count from 1904.
        var codes: [NumberFormat.Code]
        var date1904: Bool

        init(sharedStrings: [String], styleFormats: [String], date1904: Bool = false) {
            self.sharedStrings = sharedStrings
            self.styleFormats = styleFormats
            self.date1904 = date1904
            codes = styleFormats.map(NumberFormat.Code.init)
            generalStyles = codes.map(\.isGeneral)
            var fields: [UInt8] = [], starts: [Int] = [0]
            for var text in sharedStrings {
                text.withUTF8 { TextTable.appendDelimitedField($0, delimiter: UInt8(ascii: ","), to: &fields) }
                starts.append(fields.count)
            }
            sharedFields = fields
            sharedFieldStarts = starts
        }
    }

    private enum CellType { case number, shared, string, boolean, inline }

    /// Reads from just past `<sheetData>` to just past `</sheetData>`; `nil` to leave the sheet
    /// to the general reader.
    static func read(_ b: UnsafeBufferPointer<UInt8>, from start: Int, context: Context) -> Result? {
        let n = b.count
        var p = start
        var csv: [UInt8] = []
        csv.reserveCapacity(max(0, (n - start) / 2))
        var head: [[String]] = []
        var lineEnds: [Int] = [], lineFields: [Int] = []
        var hiddenRows: [Int] = []
        var gap: (after: Int, before: Int)?
        var row = 0, firstRow: Int?, lastRow: Int?
        var width = 0
        var cellBytes: [UInt8] = []

        @inline(__always) func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
        @inline(__always) func skipSpaces() { while p < n, isSpace(b[p]) { p += 1 } }
        /// Whether the bytes at p are `text` (ASCII).
        @inline(__always) func at(_ text: StaticString) -> Bool {
            let m = text.utf8CodeUnitCount
            guard p + m <= n else { return false }
            let t = text.utf8Start
            for k in 0..<m where b[p + k] != t[k] { return false }
            return true
        }
        /// The byte after a tag name: the name ends there.
        @inline(__always) func endsName(_ i: Int) -> Bool { i < n && (isSpace(b[i]) || b[i] == UInt8(ascii: ">") || b[i] == UInt8(ascii: "/")) }
        /// A start tag's attributes, up to and past `>` or `/>`: each name and value range given
        /// to `attribute`; `nil` for malformed markup, else whether the tag closes itself.
        func attributes(_ attribute: (Range<Int>, Range<Int>) -> Bool) -> Bool? {
            while true {
                skipSpaces()
                guard p < n else { return nil }
                if b[p] == UInt8(ascii: ">") { p += 1; return false }
                if b[p] == UInt8(ascii: "/") {
                    guard p + 1 < n, b[p + 1] == UInt8(ascii: ">") else { return nil }
                    p += 2
                    return true
                }
                let nameStart = p
                while p < n, !isSpace(b[p]), b[p] != UInt8(ascii: "="), b[p] != UInt8(ascii: ">"), b[p] != UInt8(ascii: "/") { p += 1 }
                let name = nameStart..<p
                skipSpaces()
                guard !name.isEmpty, p < n, b[p] == UInt8(ascii: "=") else { return nil }
                p += 1
                skipSpaces()
                guard p < n, b[p] == UInt8(ascii: "\"") || b[p] == UInt8(ascii: "'") else { return nil }
                let quote = b[p]
                p += 1
                let valueStart = p
                while p < n, b[p] != quote { p += 1 }
                guard p < n else { return nil }
                let value = valueStart..<p
                p += 1
                guard attribute(name, value) else { return nil }
            }
        }
        func equals(_ r: Range<Int>, _ text: StaticString) -> Bool {
            guard r.count == text.utf8CodeUnitCount else { return false }
            let t = text.utf8Start
            for k in 0..<r.count where b[r.lowerBound + k] != t[k] { return false }
            return true
        }
        /// Digits only (no sign, no space, at most 15): their value.
        func digits(_ r: Range<Int>) -> Int? {
            guard !r.isEmpty, r.count <= 15 else { return nil }
            var v = 0
            for i in r {
                let d = b[i] &- UInt8(ascii: "0")
                guard d < 10 else { return nil }
                v = v * 10 + Int(d)
            }
            return v
        }
        /// A cell reference's column, `nil` where ``CellReference`` reads none.
        func column(_ r: Range<Int>) -> Int? { CellReference(utf8: UnsafeBufferPointer(rebasing: b[r]))?.column }
        func hasAmpersand(_ r: Range<Int>) -> Bool { r.contains { b[$0] == UInt8(ascii: "&") } }

        while true {
            skipSpaces()
            guard p < n, b[p] == UInt8(ascii: "<") else { return nil }
            if at("</sheetData") {
                p += 11
                skipSpaces()
                guard p < n, b[p] == UInt8(ascii: ">") else { return nil }
                p += 1
                break
            }
            guard at("<row"), endsName(p + 4) else { return nil }
            p += 4
            var rowNumber: Int?, hidden = false, bad = false
            guard let rowClosed = attributes({ name, value in
                if equals(name, "r") {
                    rowNumber = digits(value)
                    if rowNumber == nil { bad = true }
                } else if equals(name, "hidden") {
                    if hasAmpersand(value) { bad = true }
                    hidden = equals(value, "1") || equals(value, "true")
                }
                return !bad
            }) else { return nil }
            let number = rowNumber ?? row + 1
            // A row past a sheet's last is the general reader's to refuse.
            guard number >= 1, number <= CellReference.lastRow else { return nil }
            // Rows in ascending order only: the general reader merges a repeated row.
            if lastRow != nil || row > 0 { guard number > row else { return nil } }
            row = number
            if hidden { hiddenRows.append(row) }
            if rowClosed { continue }

            // The row's cells: `field` is the CSV field open (0 before the first text).
            var field = 0, hasText = false, nextColumn = 0
            var strings: [String] = []
            let keep = firstRow == nil || row - firstRow! < headRows
            while true {
                skipSpaces()
                guard p < n, b[p] == UInt8(ascii: "<") else { return nil }
                if at("</row") {
                    p += 5
                    skipSpaces()
                    guard p < n, b[p] == UInt8(ascii: ">") else { return nil }
                    p += 1
                    break
                }
                guard at("<c"), endsName(p + 2) else { return nil }
                p += 2
                var reference: Range<Int>?, style = 0, type = CellType.number
                bad = false
                guard let cellClosed = attributes({ name, value in
                    if equals(name, "r") {
                        reference = value
                    } else if equals(name, "s") {
                        if let s = digits(value) { style = s } else { bad = true }
                    } else if equals(name, "t") {
                        if equals(value, "n") { type = .number } else if equals(value, "s") { type = .shared }
                        else if equals(value, "str") { type = .string } else if equals(value, "b") { type = .boolean }
                        else if equals(value, "inlineStr") { type = .inline }
                        else { bad = true }  // e (with its note), anything else
                    }
                    return !bad
                }) else { return nil }
                if let reference, hasAmpersand(reference) { return nil }
                // A reference that is no cell of a sheet is the general reader's to refuse.
                if let reference, column(reference) == nil { return nil }
                let col = reference.flatMap(column) ?? nextColumn
                nextColumn = col + 1
                if cellClosed { continue }
                // The content: whitespace, at most one plain <v>…</v> (or for an inline string
                // one <is><t>…</t></is>), then </c>.
                var value: Range<Int>?, inline: Range<Int>?
                while true {
                    skipSpaces()
                    guard p < n, b[p] == UInt8(ascii: "<") else { return nil }
                    if at("</c"), endsName(p + 3) {
                        p += 3
                        skipSpaces()
                        guard p < n, b[p] == UInt8(ascii: ">") else { return nil }
                        p += 1
                        break
                    }
                    if type == .inline, inline == nil, at("<is>") {
                        p += 4
                        skipSpaces()
                        guard at("<t"), endsName(p + 2) else { return nil }
                        p += 2
                        guard attributes({ _, _ in true }) == false else { return nil }
                        let s = p
                        while p < n, b[p] != UInt8(ascii: "<") { p += 1 }
                        inline = s..<p
                        guard at("</t>") else { return nil }
                        p += 4
                        skipSpaces()
                        guard at("</is>") else { return nil }
                        p += 5
                        continue
                    }
                    guard value == nil, at("<v>") else { return nil }
                    p += 3
                    let s = p
                    while p < n, b[p] != UInt8(ascii: "<") { p += 1 }
                    value = s..<p
                    guard at("</v>") else { return nil }
                    p += 4
                }
                if value?.isEmpty == true { value = nil }  // <v></v>: no text, as the general reader sees it
                // The cell's displayed text, as bytes (a shared string's CSV field directly).
                var sharedIndex: Int?
                cellBytes.removeAll(keepingCapacity: true)
                switch type {
                case .shared:
                    guard let value, let index = digits(value), index < context.sharedStrings.count else { return nil }
                    sharedIndex = index
                case .number:
                    guard let value else { break }
                    let general = style < context.generalStyles.count ? context.generalStyles[style] : true
                    if general, Self.isPlainInteger(b, value) {
                        cellBytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[value]))
                    } else {
                        // A format it cannot show: the general reader shows the number, with a note.
                        guard let stored = Self.text(b, value),
                              let shown = (style < context.codes.count ? context.codes[style] : NumberFormat.Code("General")).rendered(stored, date1904: context.date1904)
                        else { return nil }
                        cellBytes.append(contentsOf: shown.utf8)
                    }
                case .string:
                    guard let value else { break }
                    guard let stored = Self.text(b, value) else { return nil }
                    cellBytes.append(contentsOf: stored.utf8)
                case .inline:
                    guard let inline, !inline.isEmpty else { break }
                    guard let stored = Self.text(b, inline) else { return nil }
                    cellBytes.append(contentsOf: stored.utf8)
                case .boolean:
                    cellBytes.append(contentsOf: (value.map { equals($0, "1") } ?? false) ? Array("TRUE".utf8) : Array("FALSE".utf8))
                }
                guard sharedIndex != nil || !cellBytes.isEmpty else { continue }
                if let index = sharedIndex, context.sharedStrings[index].isEmpty { continue }
                // Columns with text in ascending order only: the general reader keeps the last.
                if hasText { guard col > field else { return nil } }
                if !hasText {
                    // The row's first text: blank rows since the last row with text first.
                    if let last = lastRow {
                        if row - last > (gap.map { $0.before - $0.after } ?? 1) { gap = (last, row) }
                        for _ in 0..<(row - last - 1) {
                            csv.append(UInt8(ascii: "\n"))
                            lineEnds.append(csv.count)
                            lineFields.append(1)
                            if head.count < headRows { head.append([]) }
                        }
                    } else {
                        firstRow = row
                    }
                    hasText = true
                }
                for _ in field..<col { csv.append(UInt8(ascii: ",")) }
                field = col
                if let index = sharedIndex {
                    let range = context.sharedFieldStarts[index]..<context.sharedFieldStarts[index + 1]
                    context.sharedFields.withUnsafeBufferPointer { csv.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
                    if keep { strings += repeatElement("", count: col - strings.count); strings.append(context.sharedStrings[index]) }
                } else {
                    cellBytes.withUnsafeBufferPointer { TextTable.appendDelimitedField($0, delimiter: UInt8(ascii: ","), to: &csv) }
                    if keep { strings += repeatElement("", count: col - strings.count); strings.append(String(decoding: cellBytes, as: UTF8.self)) }
                }
            }
            guard hasText else { continue }
            csv.append(UInt8(ascii: "\n"))
            lineEnds.append(csv.count)
            lineFields.append(field + 1)
            width = max(width, field + 1)
            lastRow = row
            if head.count < headRows { head.append(strings) }
        }

        // Every line as wide as the widest: short lines get their missing empty fields.
        if lineFields.contains(where: { $0 < width }) {
            var padded: [UInt8] = []
            padded.reserveCapacity(csv.count + lineFields.count)
            var from = 0
            for (end, fields) in zip(lineEnds, lineFields) {
                padded.append(contentsOf: csv[from..<(end - 1)])
                padded += repeatElement(UInt8(ascii: ","), count: width - fields)
                padded.append(UInt8(ascii: "\n"))
                from = end
            }
            csv = padded
        }
        for i in head.indices where head[i].count < width { head[i] += repeatElement("", count: width - head[i].count) }
        return Result(csv: csv, head: head, firstRow: firstRow, lastRow: lastRow, hiddenRows: hiddenRows, gap: gap, end: p)
    }

    /// `0`, or an optional minus and 1–15 digits not starting with 0: what General shows as stored.
    static func isPlainInteger(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        if i < r.upperBound, b[i] == UInt8(ascii: "-") { i += 1 }
        let count = r.upperBound - i
        guard count >= 1, count <= 15 else { return false }
        if b[i] == UInt8(ascii: "0") { return count == 1 && i == r.lowerBound }
        for k in i..<r.upperBound where b[k] &- UInt8(ascii: "0") >= 10 { return false }
        return true
    }

    /// A value's text with entities decoded (`nil` for a bad entity: the general reader says so).
    static func text(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String? {
        let raw = UnsafeBufferPointer(rebasing: b[r])
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        return try? XMLScanner.decode(ArraySlice(raw), at: r.lowerBound)
    }
}
