extension SchoolType {
    /// Reads a school type from a table cell or a command-line argument.
    ///
    /// Accepts the published label and its common abbreviations (`小`, `小学`, `高校`, `特支`,
    /// `幼稚園等`, `幼稚園(幼稚園型認定こども園を含む)`, …), the identifier and the English name
    /// (any case; `_`, `-` and spaces interchangeable; "school" optional), in full or half width,
    /// with surrounding ASCII or ideographic spaces. Spaces inside a Japanese label are ignored,
    /// because tables pad short labels to line them up (`小　学　校`).
    ///
    /// The totals `合計` and `計` are not school types and give `nil`, as do other school
    /// categories the survey does not report (`盲・聾・養護学校`, `特別支援学校(小学部)`).
    ///
    /// - Parameter text: the text as found.
    /// - Returns: the school type, or `nil` when the text names none.
    /// - Complexity: O(*n*) for *n* characters of `text`.
    public static func parse(_ text: String) -> SchoolType? {
        let key = spellingKey(text)
        if let type = spellings[key] { return type }
        // Only Japanese text loses its inner spaces, so `ele mentary` stays unknown.
        guard key.unicodeScalars.contains(where: { !$0.isASCII }) else { return nil }
        return spellings[key.filter { $0 != " " }]
    }

    /// The school type whose label or identifier is closest to `text`, for a "did you mean" hint.
    ///
    /// - Parameter text: an unrecognized school type as found.
    /// - Returns: the parsed type when `text` parses, else the type with the nearest label or
    ///   identifier within ``EditDistance/nearest(to:in:maximumDistance:)``'s default distance.
    /// - Complexity: O(*n*) for *n* characters of `text`.
    public static func nearest(to text: String) -> SchoolType? {
        if let type = parse(text) { return type }
        let word = String(spellingKey(text).map { $0 == " " ? "-" : $0 })
        let candidates = allCases.flatMap { [($0.label, $0), ($0.identifier, $0)] }
        guard let match = EditDistance.nearest(to: word, in: candidates.map(\.0)) else { return nil }
        return candidates.first { $0.0 == match }?.1
    }

    /// Folds width and case, and makes `_`, `-` and runs of spaces one space.
    private static func spellingKey(_ text: String) -> String {
        var key = ""
        var pendingSpace = false
        for character in LabelText.foldedLowercase(text) {
            if character == " " || character == "_" || character == "-" || character == "\t" {
                pendingSpace = true
                continue
            }
            if pendingSpace, !key.isEmpty { key.append(" ") }
            pendingSpace = false
            key.append(character)
        }
        return key
    }

    /// Every accepted spelling, already in ``spellingKey(_:)`` form.
    private static let spellings: [String: SchoolType] = {
        var table: [String: SchoolType] = [:]
        func add(_ type: SchoolType, _ words: [String]) {
            for word in words { table[spellingKey(word)] = type }
        }
        for type in allCases {
            add(type, [type.label, type.identifier, type.englishName])
        }
        add(.kindergarten, ["幼", "幼稚園等", "幼稚園(幼稚園型認定こども園を含む)"])
        add(.elementary, ["小", "小学", "elementary"])
        add(.lowerSecondary, ["中", "中学", "lower secondary"])
        add(.compulsory, ["義務", "義務教育", "compulsory education"])
        add(.upperSecondary, ["高", "高校", "高等", "upper secondary"])
        add(.secondary, ["中等", "中等教育", "secondary education", "secondary school"])
        add(.specialNeeds, ["特支", "特別支援", "special needs"])
        return table
    }()
}
