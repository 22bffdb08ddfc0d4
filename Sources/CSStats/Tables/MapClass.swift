/// The class a prefecture falls in on the ministry's maps of adoption: the shading of its area.
///
/// The maps shade by the rate as printed (one decimal), so a prefecture printed at 80.0% is in
/// 80%以上; a prefecture with no such school at all is set apart from one with a low rate.
public enum MapClass: String, Sendable, CaseIterable, Hashable {
    /// 80%以上: a rate of 80% or more.
    case atLeast80 = "80-plus"
    /// 50%以上: 50% up to 80%.
    case atLeast50 = "50-plus"
    /// 20%以上: 20% up to 50%.
    case atLeast20 = "20-plus"
    /// 20%未満: above none, under 20%.
    case under20 = "under-20"
    /// 設置なし: a count of 0.
    case noSchools = "none"

    /// The class of a count and its rate.
    ///
    /// - Parameters:
    ///   - count: the number of schools, if known.
    ///   - rate: the rate in percent as printed, if known.
    ///   - countIsNone: whether the count is published as － (none), which the maps show as 設置なし
    ///     like a 0, though it is not a number to compute with.
    /// - Returns: ``none`` for a count of 0 or －, else the band of the rate; `nil` when neither decides.
    public static func of(count: Int?, rate: FixedDecimal?, countIsNone: Bool = false) -> MapClass? {
        if count == 0 || countIsNone { return .noSchools }
        guard let rate else { return nil }
        if rate >= FixedDecimal(units: 80, scale: 0) { return .atLeast80 }
        if rate >= FixedDecimal(units: 50, scale: 0) { return .atLeast50 }
        if rate >= FixedDecimal(units: 20, scale: 0) { return .atLeast20 }
        return .under20
    }

    /// The label on the ministry's maps, such as `80%以上`.
    public var label: String {
        switch self {
        case .atLeast80: "80%以上"
        case .atLeast50: "50%以上"
        case .atLeast20: "20%以上"
        case .under20: "20%未満"
        case .noSchools: "設置なし"
        }
    }

    /// The English label, such as `80% or more`.
    public var englishName: String {
        switch self {
        case .atLeast80: "80% or more"
        case .atLeast50: "50% or more"
        case .atLeast20: "20% or more"
        case .under20: "under 20%"
        case .noSchools: "none"
        }
    }
}
