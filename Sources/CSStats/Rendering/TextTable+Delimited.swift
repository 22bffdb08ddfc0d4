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
    public func renderDelimited(delimiter: UInt8) -> String {
        precondition(
            delimiter < 0x80 && ![UInt8(ascii: "\""), 0x0D, 0x0A].contains(delimiter),
            "the delimiter must be an ASCII byte other than a double quote, CR or LF")
        guard !columns.isEmpty else { return "" }
        let separator = String(Unicode.Scalar(delimiter))
        var output = ""
        var records = [columns.map(\.title)] + normalizedRows
        if let lengths = recordLengths, lengths.count == records.count {
            records = zip(records, lengths).map { Array($0.prefix($1)) }
        }
        for record in records {
            // A lone empty field would be a blank line, which readers skip: quote it.
            if record.count == 1, record[0].isEmpty {
                output += "\"\"\n"
                continue
            }
            output += record.map { Self.delimitedField($0, delimiter: delimiter) }
                .joined(separator: separator)
            output += "\n"
        }
        return output
    }

    private static func delimitedField(_ field: String, delimiter: UInt8) -> String {
        let needsQuotes = field.utf8.contains { byte in
            byte == delimiter || byte == UInt8(ascii: "\"") || byte == 0x0D || byte == 0x0A
        }
        guard needsQuotes else { return field }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in field.unicodeScalars {
            if scalar == "\"" { quoted.append("\"") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }
}
