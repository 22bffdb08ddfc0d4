/// A survey's reference date (調査基準日), such as `2021-05-01`, and the ways pages write it.
///
/// The ministry writes the same date as 令和3年5月1日 in headlines and as 2021年5月1日 in source
/// notes. The era of a calendar date changes on the day an era begins (令和 on 2019-05-01),
/// unlike a fiscal year's, which is named for the era of most of it (``SurveyYear``).
public struct ReferenceDate: Sendable, Hashable {
    /// The Gregorian year.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month, 1–31.
    public var day: Int

    /// Reads an ISO date, `2021-05-01`.
    ///
    /// - Returns: `nil` for any other text, or a month or day out of range.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              y >= SurveyYear.Era.showa.firstYear, (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        year = y
        month = m
        day = d
    }

    /// The first day of each era, as (year, month, day).
    private static let eraStarts: [(era: SurveyYear.Era, start: (Int, Int, Int))] = [
        (.reiwa, (2019, 5, 1)), (.heisei, (1989, 1, 8)), (.showa, (1926, 12, 25)),
    ]

    /// The era the date falls in.
    public var era: SurveyYear.Era {
        Self.eraStarts.first { (year, month, day) >= $0.start }?.era ?? .showa
    }

    /// The date in the era: `令和3年5月1日`, `令和元年5月1日`.
    public var japaneseLabel: String {
        let eraYear = year - era.firstYear + 1
        return "\(era.label)\(eraYear == 1 ? "元" : String(eraYear))年\(month)月\(day)日"
    }

    /// The Gregorian date in Japanese: `2021年5月1日`.
    public var gregorianJapaneseLabel: String { "\(year)年\(month)月\(day)日" }

    /// The date in English: `1 May 2021`.
    public var englishLabel: String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(day) \(months[month - 1]) \(year)"
    }
}
