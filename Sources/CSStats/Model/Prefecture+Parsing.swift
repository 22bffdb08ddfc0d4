extension Prefecture {
    /// A code typed before a name (compiled once: a regex literal in a function is compiled at every call).
    nonisolated(unsafe) private static let codeAndName = /([0-9]{1,2})\s*([^0-9\s].*)/

    /// Reads a prefecture from a table cell or a command-line argument.
    ///
    /// Accepts the code with or without a leading zero (`13`, `01`, `1`), the full name (`東京都`),
    /// the short name (`東京`, `京都` for 京都府) and the English name in any case (`Tokyo`,
    /// `TOKYO`; macrons allowed, `Kōchi`), in full or half width, with surrounding ASCII or
    /// ideographic spaces. Suffixed romanizations such as `Tokyo-to` are not accepted.
    ///
    /// Every accepted spelling is precomputed into one dictionary, because this is called once
    /// per row of large files.
    ///
    /// - Parameter text: the text as found.
    /// - Returns: the prefecture, or `nil` when the text names none.
    /// - Complexity: O(*n*) for *n* characters of `text`.
    public static func parse(_ text: String) -> Prefecture? {
        let folded = LabelText.fold(text)
        if let prefecture = spellings[folded] { return prefecture }
        // Tables pad short names to line them up (`北　海　道`): Japanese names lose inner spaces.
        if folded.contains(" "), folded.unicodeScalars.contains(where: { !$0.isASCII }),
           let prefecture = spellings[folded.filter { $0 != " " }] {
            return prefecture
        }
        if let prefecture = spellings[englishKey(folded)] { return prefecture }
        // A code typed before the name (`01北海道`, `13 東京都`): both must agree.
        if let match = folded.wholeMatch(of: codeAndName),
           let byCode = spellings[String(match.output.1)], let byName = parse(String(match.output.2)), byCode == byName {
            return byName
        }
        return nil
    }

    /// The prefecture whose name is closest to `text`, for a "did you mean" hint.
    ///
    /// Compares with the full, short and English names, so `大坂府` suggests 大阪府 and `Tokio`
    /// suggests 東京都.
    ///
    /// - Parameter text: an unrecognized prefecture as found.
    /// - Returns: the parsed prefecture when `text` parses, else the one with the nearest name
    ///   within ``EditDistance/nearest(to:in:maximumDistance:)``'s default distance (the lower
    ///   code on ties).
    /// - Complexity: O(*n*) for *n* characters of `text`, over 141 candidate names.
    public static func nearest(to text: String) -> Prefecture? {
        if let prefecture = parse(text) { return prefecture }
        let word = englishKey(LabelText.fold(text))
        guard let match = EditDistance.nearest(to: word, in: nameCandidates.map(\.spelling))
        else { return nil }
        return nameCandidates.first { $0.spelling == match }?.prefecture
    }

    /// Lowercases and drops macrons, the only differences between accepted English spellings.
    private static func englishKey(_ text: String) -> String {
        String(text.lowercased().map { character -> Character in
            switch character {
            case "ō", "ô": "o"
            case "ū", "û": "u"
            default: character
            }
        })
    }

    /// Names to suggest from, in code order so that ties go to the lower code.
    private static let nameCandidates: [(spelling: String, prefecture: Prefecture)] =
        all.flatMap { prefecture in
            [prefecture.name, prefecture.shortName, englishKey(prefecture.englishName)]
                .map { (spelling: $0, prefecture: prefecture) }
        }

    /// Every accepted spelling: names, lowercase English names and codes with and without a
    /// leading zero.
    private static let spellings: [String: Prefecture] = {
        var table: [String: Prefecture] = [:]
        for prefecture in all {
            for spelling in [
                prefecture.name, prefecture.shortName, englishKey(prefecture.englishName),
                prefecture.codeString, String(prefecture.code),
            ] {
                table[spelling] = prefecture
            }
        }
        return table
    }()
}
