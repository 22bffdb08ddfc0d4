import Testing
@testable import CSStats

/// Cell references are Excel's, never an overflow.
@Suite struct CellReferenceTests {
    @Test func aReferenceIsAtMostExcelsLargest() {
        let largest = CellReference("XFD1048576")
        #expect(largest?.column == 16383)
        #expect(largest?.row == 1_048_576)
        // Longer references are none, never an overflow.
        #expect(CellReference("AAAA1") == nil)
        #expect(CellReference("A99999999") == nil)
        #expect(CellReference(String(repeating: "Z", count: 40) + "1") == nil)
    }
}
