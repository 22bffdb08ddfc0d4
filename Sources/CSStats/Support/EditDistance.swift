/// Edit distance between short strings, for "Did you mean …?" suggestions.
///
/// Works on Unicode scalars, so a kanji counts as one edit, not three bytes.
public enum EditDistance {
    /// The Levenshtein distance between two strings: the fewest single-scalar insertions,
    /// deletions and substitutions that turn one into the other.
    ///
    /// - Complexity: O(*m* × *n*) time and O(*n*) space for strings of *m* and *n* scalars.
    public static func levenshtein(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate closest to `word`, if it is close enough to be a plausible typo.
    ///
    /// - Parameters:
    ///   - word: what the user wrote.
    ///   - candidates: the known spellings.
    ///   - maximumDistance: the largest distance still suggested; by default a third of the
    ///     word's length, at least 1 and at most 3.
    /// - Returns: the nearest candidate (the first one on ties), or `nil` when none is close.
    /// - Complexity: O(*k* × *m* × *n*) for *k* candidates.
    public static func nearest<S: Sequence>(
        to word: String, in candidates: S, maximumDistance: Int? = nil
    ) -> String? where S.Element == String {
        let limit = maximumDistance ?? min(3, max(1, word.unicodeScalars.count / 3))
        var best: (String, Int)?
        for candidate in candidates {
            let d = levenshtein(word, candidate)
            if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }
}
