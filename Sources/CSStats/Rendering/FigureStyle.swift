/// How figures are written in one output format: grouped counts and percent signs for people,
/// plain numbers for machines.
public struct FigureStyle: Sendable {
    /// Whether counts carry thousands separators (`11,856`).
    public var groupsThousands: Bool
    /// Whether rates carry a percent sign (`33.3%`).
    public var percentSign: Bool
    /// The language of labels.
    public var language: Language

    /// The style for an output format: `table` and `markdown` are for people, the rest for machines.
    public init(format: String, language: Language) {
        let forPeople = format == "table" || format == "markdown"
        groupsThousands = forPeople
        percentSign = forPeople
        self.language = language
    }

    /// A count: `11,856` or `11856`.
    public func count(_ n: Int?) -> String {
        guard let n else { return "" }
        return groupsThousands ? n.groupedDecimal : String(n)
    }

    /// A signed change: `+2,068`, `-3`, `0`.
    public func change(_ n: Int?) -> String {
        guard let n else { return "" }
        return (n > 0 && groupsThousands ? "+" : "") + count(n)
    }

    /// A rate already rounded for printing: `33.3%` or `33.3`.
    public func rate(_ d: FixedDecimal?) -> String {
        guard let d else { return "" }
        return percentSign ? "\(d)%" : d.description
    }

    /// An exact ratio as a percentage, rounded half up to one decimal only here.
    public func percent(_ r: Ratio?) -> String {
        rate(r?.percent(scale: 1))
    }

    /// A percentage-point change: `+6.1pt` or `6.1`.
    public func points(_ d: FixedDecimal?) -> String {
        guard let d else { return "" }
        guard percentSign else { return d.description }
        return (d.units > 0 ? "+" : "") + "\(d)" + (language == .japanese ? "ポイント" : "pt")
    }

    /// A figure as published: a number, or its placeholder mark, or blank when unpublished.
    public func figure(_ f: Figure, isRate: Bool = false) -> String {
        switch f {
        case .value(let d): isRate ? rate(d) : (d.scale == 0 ? count(d.units) : d.description)
        case .missing(let p): p.mark
        case .unpublished: ""
        }
    }

    /// The row label in the chosen language.
    public func label(_ row: SurveyRow) -> String {
        switch (row.key, language) {
        case (_, .japanese): row.label
        case (.schoolType(let t), .english): t.englishName
        case (.prefecture(let p), .english): p.englishName
        case (.prefectureSchoolType(let p, let t), .english): "\(p.englishName) \(t.englishName)"
        case (.total, .english): "Total"
        }
    }
}
