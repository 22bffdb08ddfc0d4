/// Where figures come from, as a chart's or a page's source line says it.
public enum SurveySource {
    /// The survey's name: 文部科学省「コミュニティ・スクール及び地域学校協働活動実施状況調査」.
    public static func surveyName(_ language: Language) -> String {
        language == .japanese
            ? "文部科学省「コミュニティ・スクール及び地域学校協働活動実施状況調査」"
            : "MEXT, survey of community schools and regional school cooperation activities"
    }

    /// The source of tables: the survey and its reference date for the built-in R3 table,
    /// `Data/cs_series.csv` and where its sources are listed for the built-in series, else the
    /// files' names (`nil` when every table came from standard input).
    ///
    /// - Parameters:
    ///   - tables: the tables drawn.
    ///   - language: the language of the line.
    public static func line(for tables: [SurveyTable], _ language: Language) -> String? {
        var parts: [String] = []
        for table in tables {
            let part: String?
            switch table.file {
            case BuiltInData.r3Name?:
                let date = table.referenceDate.flatMap(ReferenceDate.init)
                let when = date.map { language == .japanese ? " (\($0.japaneseLabel)現在)" : " (as of \($0.englishLabel))" } ?? ""
                part = surveyName(language) + when
            case BuiltInData.seriesName?:
                part = language == .japanese
                    ? "Data/cs_series.csv (各年度の出典は Data/README.md)"
                    : "Data/cs_series.csv (each year's source in Data/README.md)"
            default:
                part = table.file
            }
            if let part, !parts.contains(part) { parts.append(part) }
        }
        return parts.isEmpty ? nil : parts.joined(separator: language == .japanese ? "、" : "; ")
    }
}
