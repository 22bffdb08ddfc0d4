extension SurveyRow {
    /// The 母数 range that each (count, printed rate) pair of the row allows, by programme in
    /// `Programme` order; `nil` bounds for a pair that no denominator fits (1 at 40.0%).
    ///
    /// Programmes whose count or rate is not printed are left out.
    public var denominatorPairs: [(programme: Programme, bounds: DenominatorBounds?)] {
        Programme.allCases.compactMap { programme in
            guard let count = count(programme), let rate = printedRate(programme) else { return nil }
            return (programme, DenominatorBounds.consistent(count: count, printedPercent: rate))
        }
    }

    /// The position of a cell of this row in `file`, or of the row when the cell has no column.
    func position(_ column: SurveyColumn?, file: String?) -> SourcePosition {
        SourcePosition(file: file, line: line, column: column.flatMap { columns[$0] })
    }
}
