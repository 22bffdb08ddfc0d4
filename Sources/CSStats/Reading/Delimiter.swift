/// Choosing the field delimiter: given, from the file's extension, or sniffed from its first lines.
public enum Delimiter {
    /// The delimiters sniffing considers, in order of preference on ties.
    public static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: ";")]

    /// Parses a `--delimiter` value: a single character, or `tab`, `comma`, `semicolon`, `\t`.
    public static func parse(_ text: String) -> UInt8? {
        switch text.lowercased() {
        case "tab", "\\t", "\t": return UInt8(ascii: "\t")
        case "comma", ",": return UInt8(ascii: ",")
        case "semicolon", ";": return UInt8(ascii: ";")
        case "|", "pipe": return UInt8(ascii: "|")
        default: return nil
        }
    }

    /// The delimiter a file name implies: tab for `.tsv` and `.tab`, comma for `.csv`, else `nil`.
    public static func forPath(_ path: String) -> UInt8? {
        let lower = path.lowercased()
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") { return UInt8(ascii: "\t") }
        if lower.hasSuffix(".csv") { return UInt8(ascii: ",") }
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
