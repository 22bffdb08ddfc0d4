/// Choosing the field delimiter: given, from the file's extension, or sniffed from its first lines.
public enum Delimiter {
    /// The delimiters sniffing considers, in order of preference on ties.
    public static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: ";"), UInt8(ascii: "|")]

    /// Parses a `--delimiter` value: `tab`, `comma`, `semicolon`, `pipe`, `\t`, or any single
    /// ASCII character other than a quote, a line break, a letter or a digit.
    public static func parse(_ text: String) -> UInt8? {
        switch text.lowercased() {
        case "tab", "\\t", "\t": return UInt8(ascii: "\t")
        case "comma": return UInt8(ascii: ",")
        case "semicolon": return UInt8(ascii: ";")
        case "pipe": return UInt8(ascii: "|")
        default:
            guard text.utf8.count == 1, let b = text.utf8.first, b < 0x80,
                  b != UInt8(ascii: "\""), b != 0x0A, b != 0x0D,
                  !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b),
                  !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b & 0xDF) else { return nil }
            return b
        }
    }

    /// The delimiter a file name implies: tab for `.tsv` and `.tab`, else `nil`.
    ///
    /// A `.csv` name is not trusted: Excel in some locales saves `;`, and tables pasted from the
    /// ministry's documents are tab-separated whatever they are called, so those are sniffed.
    public static func forPath(_ path: String) -> UInt8? {
        let lower = path.lowercased()
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") { return UInt8(ascii: "\t") }
        return nil
    }

    /// Guesses the delimiter from the first lines of `text`.
    ///
    /// For each candidate it counts occurrences per line (outside quotes) over the first 20
    /// non-blank lines and picks the one whose most common nonzero count covers the most lines:
    /// a tab table whose numbers carry thousands separators (`7,051`) has a steady number of tabs
    /// and an unsteady number of commas. Falls back to comma.
    ///
    /// - Complexity: O(*k*) in the bytes of the lines looked at.
    public static func sniff(_ text: [UInt8]) -> UInt8 {
        var lines: [[Int]] = []  // per line, the count of each candidate
        var counts = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false
        var lineHasContent = false
        var i = 0
        while i < text.count, lines.count < 20 {
            let b = text[i]
            if b == UInt8(ascii: "\"") { inQuotes.toggle() }
            if !inQuotes, b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                if lineHasContent { lines.append(counts) }
                counts = [Int](repeating: 0, count: candidates.count)
                lineHasContent = false
            } else {
                lineHasContent = true
                if !inQuotes, let k = candidates.firstIndex(of: b) { counts[k] += 1 }
            }
            i += 1
        }
        if lineHasContent, lines.count < 20 { lines.append(counts) }
        var best: (delimiter: UInt8, lines: Int, count: Int)?
        for (k, candidate) in candidates.enumerated() {
            var frequency: [Int: Int] = [:]
            for line in lines where line[k] > 0 { frequency[line[k], default: 0] += 1 }
            guard let (count, covered) = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            if best == nil || covered > best!.lines || (covered == best!.lines && count > best!.count) {
                best = (candidate, covered, count)
            }
        }
        return best?.delimiter ?? UInt8(ascii: ",")
    }
}
