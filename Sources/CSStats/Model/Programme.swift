/// What a count counts: a programme, both programmes, or the similar mechanism beside them.
public enum Programme: String, Sendable, CaseIterable, Hashable {
    /// コミュニティ・スクール: a school with a school management council under the Act.
    case cs
    /// 地域学校協働本部: a school covered by a regional school cooperation headquarters.
    case hq
    /// いずれも整備: a school with both.
    case both
    /// 類似の仕組み: a council under local rules, not the Act; never counted as CS.
    case similar

    /// The published Japanese label.
    public var label: String {
        switch self {
        case .cs: "コミュニティ・スクール"
        case .hq: "地域学校協働本部"
        case .both: "いずれも整備"
        case .similar: "類似の仕組み"
        }
    }

    /// The English name.
    public var englishName: String {
        switch self {
        case .cs: "Community schools"
        case .hq: "Regional school cooperation HQ"
        case .both: "Both"
        case .similar: "Similar mechanism"
        }
    }

    /// A short Japanese name for legends and tight labels: CS, 本部, 両方, 類似.
    public var shortLabel: String {
        switch self {
        case .cs: "CS"
        case .hq: "本部"
        case .both: "両方"
        case .similar: "類似"
        }
    }

    /// A short English name: CS, HQ, Both, Similar.
    public var englishShortName: String {
        switch self {
        case .cs: "CS"
        case .hq: "HQ"
        case .both: "Both"
        case .similar: "Similar"
        }
    }

    /// The published name of the count column: 導入校数 for CS, 整備校数 for the others.
    public var countLabel: String { self == .cs ? "導入校数" : self == .similar ? "設置校数" : "整備校数" }
    /// The published name of the rate column: 導入率 for CS, 整備率 for the others.
    public var rateLabel: String { self == .cs ? "導入率" : self == .similar ? "設置率" : "整備率" }
}
