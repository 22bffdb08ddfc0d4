extension SurveyYear {
    /// Two spellings of one year, one in brackets (compiled once, not at every call).
    nonisolated(unsafe) private static let twoSpellings = /([^()]+)\(([^()]+)\)\s*(年度)?/

    /// Reads a survey year from a title, a cell or a command-line argument.
    ///
    /// Accepts a four-digit Gregorian year (`2021`, `FY2021`), an era year with the era in kanji
    /// (`令和3`, `令和元`), in romaji (`Reiwa 3`) or as its initial in either case (`R3`, `r3`,
    /// `R03`, `H30`, `R.3`), each
    /// optionally followed by `年度` or `年`, in full or half width, with surrounding ASCII or
    /// ideographic spaces.
    ///
    /// Era years beyond their era are rejected (`平成32`, `令和0`, `昭和64`), except `平成31`: it
    /// was written for fiscal 2019 before the name 令和 was announced, and means 令和元年度.
    ///
    /// - Parameter text: the text as found.
    /// - Returns: the survey year, or `nil` when the text is not one.
    /// - Complexity: O(*n*) for *n* characters of `text`.
    public static func parse(_ text: String) -> SurveyYear? {
        // Two spellings of one year, one in brackets: `2019(R1)`, `令和元年度（2019）`.
        let folded = LabelText.fold(text)
        if let match = folded.wholeMatch(of: twoSpellings) {
            guard let outside = parseOne(String(match.output.1)), let inside = parseOne(String(match.output.2)),
                  outside == inside else { return nil }
            return outside
        }
        return parseOne(text)
    }

    private static func parseOne(_ text: String) -> SurveyYear? {
        var rest = Substring(LabelText.fold(text).lowercased())
        for suffix in ["年度", "年"] where rest.hasSuffix(suffix) {
            rest = rest.dropLast(suffix.count)
            break
        }
        rest = trimmingSpaces(rest)

        if rest.hasPrefix("fy") {
            return gregorianYear(trimmingSpaces(rest.dropFirst(2)))
        }
        for era in Era.allCases {
            let prefixes = [era.label, era.rawValue, era.initial.lowercased()]
            for prefix in prefixes where rest.hasPrefix(prefix) {
                var number = trimmingSpaces(rest.dropFirst(prefix.count))
                if prefix.count == 1, number.first == "." { number = number.dropFirst() }
                return eraYear(trimmingSpaces(number), in: era)
            }
        }
        return gregorianYear(rest)
    }

    private static func gregorianYear(_ digits: Substring) -> SurveyYear? {
        guard digits.count == 4, digits.allSatisfy(\.isASCIIDigit), let year = Int(digits),
              year >= Era.showa.firstYear
        else { return nil }
        return SurveyYear(gregorian: year)
    }

    private static func eraYear(_ number: Substring, in era: Era) -> SurveyYear? {
        let year: Int
        if number == "元" {
            year = 1
        } else {
            guard (1...3).contains(number.count), number.allSatisfy(\.isASCIIDigit),
                  let parsed = Int(number)
            else { return nil }
            year = parsed
        }
        let gregorian = era.firstYear + year - 1
        // 平成31年度 was in use for fiscal 2019 until 令和 was announced in April 2019.
        let last = era == .heisei ? 2019 : era.lastYear ?? Int.max
        guard year >= 1, gregorian <= last else { return nil }
        return SurveyYear(gregorian: gregorian)
    }

    private static func trimmingSpaces(_ text: Substring) -> Substring {
        var text = text
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}
