extension SurveyColumn {
    /// The column's name as the ministry's tables print it, for messages: `導入校数`, `整備率`,
    /// `いずれも整備`, `コミュニティ・スクール 増加校数`.
    ///
    /// A label is unique within one table, so a message names the column without ambiguity
    /// (`整備校数` alone is HQ; the both-programme count is `いずれも整備`).
    public var publishedLabel: String {
        switch self {
        case .year: "年度"
        case .referenceDate: "調査基準日"
        case .schoolType: "学校種"
        case .prefecture: "都道府県"
        case .denominator: "母数"
        case .count(let p): p == .cs || p == .hq ? p.countLabel : p.label
        case .rate(let p): p == .cs || p == .hq ? p.rateLabel : "\(p.label) \(p.rateLabel)"
        case .increase(let p): "\(p.label) 増加校数"
        case .previous(let p): "\(p.label) 前年度"
        }
    }
}
