/// Which schools a published figure covers, year by year: the one place for the survey's
/// changes of scope.
///
/// Before 令和3年度 (2021) the published HQ and both totals covered 小学校・中学校・義務教育学校
/// only; from R3 on they cover every school type. 義務教育学校 exist only from 平成28年度 (2016),
/// so an older table has no row for them because there were none. Tables counted from
/// school-level records cover exactly their rows, every year.
public enum SurveyScope {
    /// The first survey year whose published HQ and both totals cover every school type.
    public static let everyTypeFrom = 2021

    /// Whether a programme's published total of a year covers 小学校・中学校・義務教育学校 only.
    ///
    /// - Returns: `false` for CS and similar, for an unknown year, and from 令和3年度 on.
    public static func totalCoversSomeTypesOnly(_ programme: Programme, in year: SurveyYear?) -> Bool {
        guard programme == .hq || programme == .both, let year else { return false }
        return year.gregorian < everyTypeFrom
    }

    /// Whether the scope of a programme's totals changed between two years.
    ///
    /// - Returns: `false` when either year is unknown.
    public static func changed(_ programme: Programme, from: SurveyYear?, to: SurveyYear?) -> Bool {
        guard let from, let to else { return false }
        return totalCoversSomeTypesOnly(programme, in: from) != totalCoversSomeTypesOnly(programme, in: to)
    }

    /// Says where a programme's published totals changed scope, for notes under tables and
    /// charts: `地域学校協働本部の合計は令和3年度から全学校種が対象 (それ以前は小学校・中学校・義務教育学校のみ)`.
    ///
    /// - Parameters:
    ///   - programme: HQ or both (the programmes whose totals changed scope).
    ///   - language: the language of the note.
    public static func scopeNote(_ programme: Programme, language: Language) -> String {
        let year = SurveyYear(gregorian: everyTypeFrom)
        return language == .japanese
            ? "\(programme.label)の合計は\(year.japaneseLabel)から全学校種が対象 (それ以前は小学校・中学校・義務教育学校のみ)"
            : "\(programme.englishName) totals cover every school type from \(year.shortLabel) on (before: elementary, lower secondary and compulsory only)"
    }

    /// Whether count / 母数 of a row is a rate: not for a published HQ or both 合計 before
    /// 令和3年度, which counts 小学校・中学校・義務教育学校 only, over a 母数 of every school type
    /// (R2: 6,524 / 36,015 would read as 18.1% of all schools). Such a total keeps only the rate
    /// its source printed.
    ///
    /// - Parameters:
    ///   - programme: the programme of the count.
    ///   - row: the row.
    ///   - table: the table the row is in (its year, and whether it was counted from records).
    public static func canComputeRate(_ programme: Programme, of row: SurveyRow, in table: SurveyTable) -> Bool {
        !(row.isTotal && !table.fromRecords && totalCoversSomeTypesOnly(programme, in: table.year))
    }

    /// Whether a school type existed in a survey year (an unknown year: yes).
    public static func exists(_ type: SchoolType, in year: SurveyYear?) -> Bool {
        guard let year else { return true }
        switch type {
        case .compulsory: return year.gregorian >= 2016
        case .secondary: return year.gregorian >= 1999
        default: return true
        }
    }
}
