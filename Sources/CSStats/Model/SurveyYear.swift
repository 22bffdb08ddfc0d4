/// A survey year: a Japanese fiscal year (年度), from April to the following March.
///
/// It is stored as the Gregorian year in which the fiscal year starts, so years compare and
/// subtract as integers; the era form (和暦) in which tables are titled is derived. A fiscal year
/// is named after the era in force for most of it, so 2019 is 令和元年度 although Reiwa began on
/// 1 May 2019, and 1989 is 平成元年度.
public struct SurveyYear: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// A Japanese era (元号) in which survey years may be written.
    public enum Era: String, Sendable, CaseIterable {
        /// 昭和, fiscal years 1926 (昭和元年度) to 1988 (昭和63年度).
        case showa
        /// 平成, fiscal years 1989 (平成元年度) to 2018 (平成30年度).
        case heisei
        /// 令和, fiscal years from 2019 (令和元年度).
        case reiwa

        /// The era name in kanji, such as `令和`.
        public var label: String {
            switch self {
            case .showa: "昭和"
            case .heisei: "平成"
            case .reiwa: "令和"
            }
        }

        /// The one-letter abbreviation, such as `R`.
        public var initial: String {
            switch self {
            case .showa: "S"
            case .heisei: "H"
            case .reiwa: "R"
            }
        }

        /// The Gregorian fiscal year that is year 1 (元年度) of the era.
        public var firstYear: Int {
            switch self {
            case .showa: 1926
            case .heisei: 1989
            case .reiwa: 2019
            }
        }

        /// The last fiscal year of the era, or `nil` for the current era.
        public var lastYear: Int? {
            switch self {
            case .showa: 1988
            case .heisei: 2018
            case .reiwa: nil
            }
        }
    }

    /// The Gregorian year in which the fiscal year starts (2021 for 令和3年度).
    public let gregorian: Int

    /// Creates the fiscal year that starts in April of `gregorian`.
    ///
    /// - Parameter gregorian: a year from 1926, the first year of 昭和, on.
    public init(gregorian: Int) {
        precondition(gregorian >= Era.showa.firstYear, "survey years start in 1926 (昭和元年度)")
        self.gregorian = gregorian
    }

    /// The era the fiscal year is named in.
    public var era: Era {
        Era.allCases.last { $0.firstYear <= gregorian } ?? .showa
    }

    /// The year within the era, 1 for 元年度.
    public var eraYear: Int { gregorian - era.firstYear + 1 }

    /// The title form, such as `令和3年度`, or `令和元年度` for the first year of an era.
    public var japaneseLabel: String {
        "\(era.label)\(eraYear == 1 ? "元" : String(eraYear))年度"
    }

    /// The abbreviated form, such as `R3`, `H30` or `S63`.
    public var shortLabel: String { "\(era.initial)\(eraYear)" }

    /// The title form, ``japaneseLabel``.
    public var description: String { japaneseLabel }

    /// Orders survey years chronologically.
    public static func < (lhs: SurveyYear, rhs: SurveyYear) -> Bool {
        lhs.gregorian < rhs.gregorian
    }
}
