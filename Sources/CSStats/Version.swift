/// The version of cs-stats, and the vintage of the data built into it, as `cs-stats --version`
/// prints them.
public enum CSStatsVersion {
    /// The semantic version string.
    public static let string = "0.1.0"

    /// One line per built-in data set: its file in Data/, its survey years and reference
    /// dates, read from the built-in tables themselves (so the line cannot disagree with them).
    public static var builtInData: [String] {
        let r3 = SurveyTable.builtInR3()
        var lines = ["\(BuiltInData.r3Name): \(r3.year?.japaneseLabel ?? "…") (\(r3.year.map { String($0.gregorian) } ?? "…")), reference date \(r3.referenceDate ?? "…"); the table when no file is given"]
        let series = SurveyTable.builtInSeries()
        let years = series.compactMap(\.year)
        if let first = years.min(), let last = years.max() {
            let dates = series.compactMap(\.referenceDate).sorted()
            lines.append("\(BuiltInData.seriesName): \(first.japaneseLabel)–\(last.japaneseLabel) (\(first.gregorian)–\(last.gregorian)), \(years.count) survey years, reference dates \(dates.first ?? "…") to \(dates.last ?? "…"); the national series for chart and report")
        }
        return lines
    }
}
