extension Layout {
    /// What a file holds, from a sample of its first bytes: the decision every command makes
    /// before reading a file (a published table is read whole; school-level records are
    /// counted by ``SchoolAggregator`` without holding the file).
    ///
    /// The sample is cut to whole lines, decoded as the whole file is (UTF-8, else Shift_JIS),
    /// and its records are recognised as a whole file would be; records past a quoting error
    /// are left out.
    ///
    /// - Parameters:
    ///   - sample: the file's first bytes (64 KB is plenty for any header).
    ///   - file: the file name, for the delimiter its extension implies.
    ///   - delimiter: the delimiter, or `nil` to use the extension, else to sniff it.
    /// - Returns: the sample's layout; `nil` when it holds no readable record.
    /// - Complexity: O(*n*) in the sample's size.
    public static func recognize(sample: [UInt8], file: String?, delimiter: UInt8?) -> Layout? {
        var bytes = sample
        // Only whole lines, so a character cut at the sample's end does not spoil detection; a
        // sample of one line cut short loses the UTF-8 character its end cuts, if it cuts one.
        if let last = bytes.lastIndex(of: UInt8(ascii: "\n")) {
            bytes.removeSubrange((last + 1)...)
        } else {
            let check = bytes.withUnsafeBufferPointer(UTF8Validation.validate)
            if check.invalidAt == nil { bytes.removeLast(check.incompleteTail) }
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // Detected as the whole file is: a bad UTF-8 byte just before the last line end is not
        // a cut character (a Shift_JIS file whose first non-ASCII character ends the sample).
        guard let input = try? DecodedInput(bytes: bytes, encoding: nil, file: file) else { return nil }
        let delimiter = delimiter ?? file.flatMap(Delimiter.forPath) ?? Delimiter.sniff(input.utf8)
        let reader = CSVReader(utf8: input.utf8, delimiter: delimiter, file: file)
        let record = CSVRecord()
        var records: [[String]] = []
        var lines: [Int] = []
        while (try? reader.read(into: record)) == true {
            records.append(record.fields)
            lines.append(record.line)
        }
        guard !records.isEmpty else { return nil }
        return recognize(records: records, lines: lines, file: file)
    }
}
