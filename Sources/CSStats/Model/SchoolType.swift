/// A school type (学校種) as the survey reports it, in published order.
///
/// The raw value is the position in that order, so sorting by it reproduces the published tables.
/// The 合計 (total) row is deliberately not a case: it is a sum over the types, not an eighth type,
/// and treating it as one is how a naive sum counts every school twice.
public enum SchoolType: Int, CaseIterable, Sendable, Comparable, Hashable, CustomStringConvertible {
    /// 幼稚園, kindergarten (including 幼稚園型認定こども園).
    case kindergarten
    /// 小学校, elementary school.
    case elementary
    /// 中学校, lower secondary school.
    case lowerSecondary
    /// 義務教育学校, compulsory education school (grades 1–9 in one school).
    case compulsory
    /// 高等学校, upper secondary school.
    case upperSecondary
    /// 中等教育学校, secondary education school (grades 7–12 in one school).
    case secondary
    /// 特別支援学校, special needs school.
    case specialNeeds

    /// The canonical published Japanese label, such as `小学校`.
    public var label: String {
        switch self {
        case .kindergarten: "幼稚園"
        case .elementary: "小学校"
        case .lowerSecondary: "中学校"
        case .compulsory: "義務教育学校"
        case .upperSecondary: "高等学校"
        case .secondary: "中等教育学校"
        case .specialNeeds: "特別支援学校"
        }
    }

    /// The ASCII identifier used in flags and JSON keys, such as `lower-secondary`.
    public var identifier: String {
        switch self {
        case .kindergarten: "kindergarten"
        case .elementary: "elementary"
        case .lowerSecondary: "lower-secondary"
        case .compulsory: "compulsory"
        case .upperSecondary: "upper-secondary"
        case .secondary: "secondary"
        case .specialNeeds: "special-needs"
        }
    }

    /// The English name, such as `Lower secondary school`.
    public var englishName: String {
        switch self {
        case .kindergarten: "Kindergarten"
        case .elementary: "Elementary school"
        case .lowerSecondary: "Lower secondary school"
        case .compulsory: "Compulsory education school"
        case .upperSecondary: "Upper secondary school"
        case .secondary: "Secondary education school"
        case .specialNeeds: "Special needs school"
        }
    }

    /// The published Japanese label.
    public var description: String { label }

    /// Orders school types as the published tables do.
    public static func < (lhs: SchoolType, rhs: SchoolType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
