extension SurveyRow {
    /// The position of a cell of this row in `file`, or of the row when the cell has no column.
    func position(_ column: SurveyColumn?, file: String?) -> SourcePosition {
        SourcePosition(file: file, line: line, column: column.flatMap { columns[$0] })
    }
}
