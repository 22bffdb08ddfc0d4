import Testing
@testable import CSStats

private func decimal(_ units: Int, _ scale: Int) -> FixedDecimal { FixedDecimal(units: units, scale: scale) }

@Test(arguments: [
    ("0", 0),
    ("276", 276),
    ("7,051", 7051),
    ("11,856", 11856),
    ("1,234,567", 1234567),
    ("１２，５７０", 12570),
    ("２７６", 276),
    ("-3", -3),
    ("▲3", -3),
    ("△3", -3),
    ("−3", -3),  // U+2212 minus sign
    ("－３", -3),  // U+FF0D, which CP932's minus 81 7C decodes to
    ("－1,167", -1167),
    ("▲1,167", -1167),
    ("+5", 5),
    ("＋５", 5),
    (" 276 ", 276),
    ("\u{3000}7,051\u{3000}", 7051),
    ("\t39", 39),
    ("00", 0),
] as [(String, Int)])
func integers(_ raw: String, _ value: Int) {
    #expect(CellValue.parse(raw) == .integer(value))
    #expect(CellValue.parse(raw).integer == value)
}

@Test(arguments: [
    ("9.8%", 98, 1),
    ("９．８％", 98, 1),
    ("33.3%", 333, 1),
    ("100%", 100, 0),
    ("0.0%", 0, 1),
    ("-0.5%", -5, 1),
    ("▲2.1%", -21, 1),
    ("1,234.5%", 12345, 1),
    (" 54.7% ", 547, 1),
] as [(String, Int, Int)])
func percents(_ raw: String, _ units: Int, _ scale: Int) {
    let value = CellValue.parse(raw)
    #expect(value == .percent(decimal(units, scale)))
    guard case .percent(let d) = value else { return }
    // The printed form is kept: "9.8%" is 98 tenths, not 980 hundredths.
    #expect(d.units == units)
    #expect(d.scale == scale)
    #expect(value.integer == nil)
}

@Test(arguments: [
    ("12.0", 120, 1),
    ("9.8", 98, 1),
    ("0.05", 5, 2),
    ("-3.25", -325, 2),
    ("1,234.5", 12345, 1),
    ("１．５", 15, 1),
] as [(String, Int, Int)])
func decimals(_ raw: String, _ units: Int, _ scale: Int) {
    let value = CellValue.parse(raw)
    #expect(value == .decimal(decimal(units, scale)))
    guard case .decimal(let d) = value else { return }
    #expect(d.units == units)
    #expect(d.scale == scale)
}

@Test(arguments: [
    ("－", Placeholder.none), ("-", .none), ("―", .none), (" - ", .none), ("\u{3000}－\u{3000}", .none),
    ("…", .notAvailable), ("・・・", .notAvailable), ("...", .notAvailable),
    ("x", .confidential), ("X", .confidential), ("χ", .confidential), ("ｘ", .confidential),
    ("", .empty), ("   ", .empty), ("\u{3000}", .empty),
] as [(String, Placeholder)])
func placeholders(_ raw: String, _ placeholder: Placeholder) {
    let value = CellValue.parse(raw)
    #expect(value == .missing(placeholder))
    #expect(value.number == nil)
}

@Test func zeroIsANumberNotMissing() {
    #expect(CellValue.parse("0") == .integer(0))
    #expect(CellValue.parse("0") != .missing(.none))
    #expect(CellValue.parse("0").number == FixedDecimal(units: 0, scale: 0))
}

@Test(arguments: [
    ("70,51", "70,51"),  // separators must group by three
    ("1,2345", "1,2345"),
    ("1234,567", "1234,567"),
    (",123", ",123"),
    ("1,", "1,"),
    ("1,23.4", "1,23.4"),
    ("12.", "12."),
    (".5", ".5"),
    ("1.2.3", "1.2.3"),
    ("%", "%"),
    ("9.8%%", "9.8%%"),
    ("1e3", "1e3"),
    ("--3", "--3"),
    ("幼稚園", "幼稚園"),
    ("合計", "合計"),
    (" 小学校\u{3000}", "小学校"),  // spaces and U+3000 trimmed
    ("\u{3000}増加校数 (前年度比) ", "増加校数 (前年度比)"),
    ("99999999999999999999", "99999999999999999999"),  // too large for Int
] as [(String, String)])
func texts(_ raw: String, _ text: String) {
    #expect(CellValue.parse(raw) == .text(text))
}

@Test func numberOfEachKind() {
    #expect(CellValue.parse("7,051").number == FixedDecimal(units: 7051, scale: 0))
    #expect(CellValue.parse("9.8%").number == FixedDecimal(units: 98, scale: 1))
    #expect(CellValue.parse("12.0").number == FixedDecimal(units: 12, scale: 0))
    #expect(CellValue.parse("幼稚園").number == nil)
}

@Test(arguments: Placeholder.allCases)
func placeholderMeanings(_ placeholder: Placeholder) {
    let meanings: [Placeholder: String] = [
        .empty: "empty", .none: "none (－)", .notAvailable: "not available (…)", .confidential: "confidential (x)",
    ]
    #expect(placeholder.meaning == meanings[placeholder])
}
