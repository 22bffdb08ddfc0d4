/// What a column of a survey table holds, whatever its header says.
///
/// Headers come as the ministry prints them (a programme row over a measure row), as the flat
/// snake_case of data files (`cs_schools`, `cs_rate_pct`), or in English. They all resolve, through
/// ``ColumnAlias``, to one of these.
public enum SurveyColumn: Sendable, Hashable, CustomStringConvertible {
    /// 年度: the survey year.
    case year
    /// 調査基準日: the survey's reference date, `2021-05-01`.
    case referenceDate
    /// 学校種: the school type.
    case schoolType
    /// 都道府県: the prefecture, by name or code.
    case prefecture
    /// 母数 / 学校数: the schools that answered, the denominator of every rate.
    case denominator
    /// A count of schools.
    case count(Programme)
    /// A printed rate, in percent.
    case rate(Programme)
    /// 増加校数 (前年度比): the change of the count from the previous survey year.
    case increase(Programme)
    /// The previous year's count.
    case previous(Programme)

    /// The flat snake_case name used in CSV, TSV and JSON output: `cs_schools`, `cs_rate_pct`.
    public var identifier: String {
        switch self {
        case .year: "year"
        case .referenceDate: "reference_date"
        case .schoolType: "school_type"
        case .prefecture: "prefecture"
        case .denominator: "total_schools"
        case .count(let p): "\(p.rawValue)_schools"
        case .rate(let p): "\(p.rawValue)_rate_pct"
        case .increase(let p): "\(p.rawValue)_increase"
        case .previous(let p): "\(p.rawValue)_previous"
        }
    }

    public var description: String { identifier }

    /// Whether the column holds counts (integers) rather than rates or labels.
    public var holdsCount: Bool {
        switch self {
        case .denominator, .count, .increase, .previous: true
        default: false
        }
    }
}
