import Testing
@testable import CSStats

@Test(arguments: [
    ("9.8", 98, 1), ("-3", -3, 0), ("0.05", 5, 2), ("+1.5", 15, 1), ("12.0", 120, 1),
    ("-0.1", -1, 1), ("0", 0, 0), ("007", 7, 0), ("-9223372036854775808", Int.min, 0),
    ("0.00000000000000001", 1, 17),
])
func parsesPlainDecimals(text: String, units: Int, scale: Int) throws {
    let value = try #require(FixedDecimal(text))
    #expect(value.units == units)
    #expect(value.scale == scale)
}

@Test(arguments: [
    "", ".", "1.2.3", "1e3", "-", "+", "1.", ".5", " 1", "1 ", "1,000", "9.8%", "--1", "+-1",
    "１２", "9223372036854775808", "0.000000000000000001",
])
func rejectsAnythingElse(text: String) {
    #expect(FixedDecimal(text) == nil)
}

@Test(arguments: [
    ("9.8", "9.8"), ("12.0", "12.0"), ("-0.1", "-0.1"), ("0.05", "0.05"), ("+1.5", "1.5"),
    ("-3", "-3"), ("-0", "0"), ("-0.00", "0.00"), ("11856", "11856"),
])
func printsWithItsScale(text: String, expected: String) throws {
    #expect(try #require(FixedDecimal(text)).description == expected)
}

@Test func descriptionPadsSmallUnits() {
    #expect(FixedDecimal(units: 5, scale: 3).description == "0.005")
    #expect(FixedDecimal(units: -5, scale: 3).description == "-0.005")
    #expect(FixedDecimal(units: 0, scale: 1).description == "0.0")
    #expect(FixedDecimal(units: 100, scale: 1).description == "10.0")
    #expect(FixedDecimal(units: 1, scale: 17).description == "0.00000000000000001")
    #expect(FixedDecimal(units: Int.min, scale: 17).description == "-92.23372036854775808")
    #expect(FixedDecimal(units: Int.max, scale: 0).description == "9223372036854775807")
}

@Test func equalityAndHashingGoByValue() {
    let a = FixedDecimal(units: 98, scale: 1), b = FixedDecimal(units: 980, scale: 2)
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    #expect(Set([a, b, FixedDecimal(units: 9_800, scale: 3)]).count == 1)
    #expect(FixedDecimal(units: 12, scale: 0) == FixedDecimal(units: 120, scale: 1))
    #expect(FixedDecimal(units: 98, scale: 1) != FixedDecimal(units: 99, scale: 1))
}

@Test(arguments: [
    ("9.75", "9.8"), ("-0.1", "0"), ("-3", "-2.99"), ("9.8", "10"), ("0.05", "0.1"),
])
func ordersByValue(smaller: String, larger: String) throws {
    let a = try #require(FixedDecimal(smaller)), b = try #require(FixedDecimal(larger))
    #expect(a < b)
    #expect(!(b < a))
}

@Test func rescalesOnlyExactly() {
    let rate = FixedDecimal(units: 98, scale: 1)
    #expect(rate.rescaled(to: 2).map { [$0.units, $0.scale] } == [980, 2])
    #expect(rate.rescaled(to: 1).map { [$0.units, $0.scale] } == [98, 1])
    #expect(rate.rescaled(to: 0) == nil)
    #expect(rate.rescaled(to: -1) == nil)
    #expect(rate.rescaled(to: 18) == nil)
    #expect(FixedDecimal(units: 120, scale: 1).rescaled(to: 0).map { [$0.units, $0.scale] } == [12, 0])
    #expect(FixedDecimal(units: Int.max, scale: 0).rescaled(to: 1) == nil)
}

@Test func exactRatioKeepsThePrintedTerms() {
    let ratio = FixedDecimal(units: 98, scale: 1).exactRatio
    #expect(ratio.numerator == 98)
    #expect(ratio.denominator == 10)
    #expect(FixedDecimal(units: -3, scale: 0).exactRatio.description == "-3/1")
}
