extension TextTable {
    /// Renders the table as delimiter-separated values (CSV or TSV) in the style of RFC 4180.
    ///
    /// The first record holds the column titles; then one record per row. A field is quoted
    /// only when it contains the delimiter, a double quote, CR or LF, and quotes inside it are
    /// doubled. Records end with `"\n"`, not CRLF, so the output suits Unix pipes. The title,
    /// column groups and footnotes are left out: they are not data, and a second header row
    /// would be read as a record by the next tool.
    ///
    /// - Parameter delimiter: the field separator as an ASCII byte, such as `UInt8(ascii: ",")`
    ///   or `UInt8(ascii: "\t")`; it must not be a double quote, CR or LF.
    /// - Returns: the rendered text, ending with a newline; empty when there are no columns.
    /// - Complexity: O(*n*) in the total length of the cells.
    /// - Parameter safe: whether text a spreadsheet would run as a formula is written as text
    ///   (``appendDelimitedField(_:delimiter:safe:to:)``).
    public func renderDelimited(delimiter: UInt8, safe: Bool = false) -> String {
        var writer = RowWriter(self, format: .delimited(delimiter, safe: safe))
        return writer.start() + writer.end()
    }

    /// One record: fields quoted where they must be; a lone empty field is quoted, or it would
    /// be a blank line, which readers skip.
    static func delimitedRecord(_ record: [String], delimiter: UInt8, safe: Bool = false) -> String {
        var bytes: [UInt8] = []
        appendDelimitedRecord(record, delimiter: delimiter, safe: safe, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one record (``delimitedRecord(_:delimiter:safe:)``) and its line feed.
    static func appendDelimitedRecord(_ record: [String], delimiter: UInt8, safe: Bool, to output: inout [UInt8]) {
        if record.count == 1, record[0].isEmpty { return output.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "\""), 0x0A]) }
        for (index, field) in record.enumerated() {
            if index > 0 { output.append(delimiter) }
            var field = field
            field.withUTF8 { appendDelimitedField($0, delimiter: delimiter, safe: safe, to: &output) }
        }
        output.append(0x0A)
    }

    /// Whether a spreadsheet opening the CSV would take the text as a formula: it starts with
    /// `=`, `+`, `-`, `@`, a tab or a CR and is not a number (`-3`, `+1.5`, `-1,234`, `-9.8%`
    /// stay numbers; a lone `-` or `+` is no formula either).
    static func runsAsFormula(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = field.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D: return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return field.count > 1 && !isSignedNumber(field)
        default: return false
        }
    }

    /// A sign, then digits (with thousands commas, one decimal point), then at most a `%`.
    private static func isSignedNumber(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 1, digits = 0, points = 0
        var end = field.count
        if field[end - 1] == UInt8(ascii: "%") { end -= 1 }
        while i < end {
            let b = field[i]
            if b &- UInt8(ascii: "0") < 10 { digits += 1 } else if b == UInt8(ascii: ".") { points += 1 } else if b != UInt8(ascii: ",") || digits == 0 || points > 0 { return false }
            i += 1
        }
        return digits > 0 && points <= 1 && field[end - 1] != UInt8(ascii: ".")
    }

    /// Whether a field must be quoted: it holds the delimiter, a double quote, CR or LF.
    @inline(__always)
    static func needsQuotes(_ field: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> Bool {
        for b in field where b == delimiter || b == UInt8(ascii: "\"") || b == 0x0D || b == 0x0A { return true }
        return false
    }

    /// Appends a field's bytes as CSV/TSV writes them: as they are, or quoted with quotes doubled
    /// when ``needsQuotes(_:delimiter:)``. (The one quoting rule of every delimited output.)
    ///
    /// With `safe`, text a spreadsheet would run as a formula (``runsAsFormula(_:)``) gets an
    /// apostrophe in front, which spreadsheets take as "this is text" (`--safe-csv`).
    public static func appendDelimitedField(_ field: UnsafeBufferPointer<UInt8>, delimiter: UInt8, safe: Bool = false, to output: inout [UInt8]) {
        if safe, runsAsFormula(field) {
            let guarded = [UInt8(ascii: "'")] + Array(field)
            return guarded.withUnsafeBufferPointer { appendDelimitedField($0, delimiter: delimiter, to: &output) }
        }
        guard needsQuotes(field, delimiter: delimiter) else { return output.append(contentsOf: field) }
        output.append(UInt8(ascii: "\""))
        for b in field {
            if b == UInt8(ascii: "\"") { output.append(b) }
            output.append(b)
        }
        output.append(UInt8(ascii: "\""))
    }
}
