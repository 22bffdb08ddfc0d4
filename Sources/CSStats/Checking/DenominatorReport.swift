/// What a table's printed rates say about the 母数 it does not print, row by row.
///
/// Each (count, rate) pair bounds the denominator (``DenominatorBounds``); CS and HQ share one
/// 母数 per row, so their bounds intersect; and the rows' intersections add up to bounds that
/// must overlap the 合計 row's. R3 prints no 母数, and this is how much of it can be recovered:
/// 幼稚園 has 2,829 or 2,830 schools.
public struct DenominatorReport: Sendable {
    /// What is known of one denominator.
    public enum Estimate: Sendable, Hashable, CustomStringConvertible {
        /// Nothing: the row prints no pair and no 母数.
        case unknown
        /// The pairs contradict each other (or one pair fits no 母数).
        case contradictory
        /// The denominators the pairs allow.
        case range(DenominatorBounds)

        /// The range, if there is one.
        public var bounds: DenominatorBounds? {
            if case .range(let bounds) = self { return bounds }
            return nil
        }

        /// `2,829…2,830`, `none` when contradictory, empty when unknown.
        public var description: String {
            switch self {
            case .unknown: ""
            case .contradictory: "none"
            case .range(let bounds): bounds.description
            }
        }

        /// The intersection of two estimates of one denominator.
        func intersection(_ other: Estimate) -> Estimate {
            switch (self, other) {
            case (.unknown, let e), (let e, .unknown): e
            case (.contradictory, _), (_, .contradictory): .contradictory
            case let (.range(a), .range(b)): a.intersection(b).map(Estimate.range) ?? .contradictory
            }
        }
    }

    /// One row's estimates.
    public struct Line: Sendable {
        /// The row label as published.
        public var label: String
        /// The 母数 as printed, if it is.
        public var printed: Int?
        /// From the CS count and rate.
        public var cs: Estimate
        /// From the HQ count and rate.
        public var hq: Estimate
        /// From every pair and the printed 母数 together.
        public var common: Estimate

        /// Estimates a row's denominator.
        public init(_ row: SurveyRow) {
            label = row.label
            printed = row.denominator
            let pairs = row.denominatorPairs
            func pair(_ programme: Programme) -> Estimate {
                guard let entry = pairs.first(where: { $0.programme == programme }) else { return .unknown }
                return entry.bounds.map(Estimate.range) ?? .contradictory
            }
            cs = pair(.cs)
            hq = pair(.hq)
            var common: Estimate = row.denominator.map { .range(DenominatorBounds(lower: max($0, 0), upper: max($0, 0))) } ?? .unknown
            for programme in Programme.allCases { common = common.intersection(pair(programme)) }
            self.common = common
        }
    }

    /// The rows other than 合計, in file order.
    public var rows: [Line]
    /// The 合計 row, if the table has one.
    public var total: Line?
    /// The rows' common ranges added up; unknown when any row's is not a range.
    public var rowsSum: Estimate
    /// Whether the rows' sum overlaps 合計's range; `nil` when either is not a range.
    public var isConsistent: Bool? {
        guard let sum = rowsSum.bounds, let total = total?.common.bounds else { return nil }
        return sum.intersection(total) != nil
    }

    /// Estimates every row's denominator and adds them up.
    ///
    /// - Complexity: O(*r*) for *r* rows.
    public init(_ table: SurveyTable) {
        rows = table.rows.map(Line.init)
        total = table.total.map(Line.init)
        var sum: DenominatorBounds?
        var known = !rows.isEmpty
        for line in rows {
            guard let bounds = line.common.bounds else { known = false; break }
            sum = sum.map { $0 + bounds } ?? bounds
        }
        rowsSum = known ? sum.map(Estimate.range) ?? .unknown : .unknown
    }
}
