import Testing
@testable import CSStats

/// Inputs the `recognition` fuzz target (Fuzz/recognition.swift) found; each is in Fuzz/corpus/recognition too.
@Suite struct LayoutFuzzRegressionTests {
    /// A header with a row label (school_type) and a reference date but no counts or rates is
    /// not a survey table; the layout kept the label column it had found (2) while its columns
    /// became those of the first wide record (2 of them), so `labelColumn` pointed past them.
    @Test func aFileThatIsNotASurveyTableHasNoLabelColumn() {
        let layout = Layout.recognize(records: [["a", "b"], ["c", "reference_date", "school_type"]], lines: [1, 2], file: "t.csv")
        #expect(layout.kind == .other)
        #expect(layout.notSurveyReason == "no column holds counts or rates (導入校数, 導入率, cs_schools, …)")
        #expect(layout.headerIndex == 0)
        #expect(layout.columns.map(\.header) == ["a", "b"])
        #expect(layout.labelColumn == nil)
    }
}
