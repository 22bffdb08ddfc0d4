import Testing
@testable import CSStats

@Test(arguments: [
    ("a", 1), ("あ", 2), ("髙", 2),
    ("①", 1),  // East Asian Ambiguous counts as narrow
    ("７", 2), ("％", 2),  // fullwidth forms
    ("ｱ", 1),  // halfwidth katakana
    ("\u{3099}", 0),  // combining voiced sound mark, itself East Asian Wide
    ("─", 1), ("\u{200B}", 0), ("\u{0301}", 0), ("\t", 0), ("\u{7F}", 0), ("\u{1B}", 0),
    ("\u{00AD}", 1), ("😀", 2), ("\u{20000}", 2), ("\u{E000}", 1),
])
func scalarWidth(text: String, expected: Int) {
    let scalars = Array(text.unicodeScalars)
    #expect(scalars.count == 1)
    #expect(DisplayWidth.of(scalars[0]) == expected)
}

@Test(arguments: [
    ("", 0), ("9.8%", 4), ("コミュニティ・スクール", 22), ("地域学校協働本部", 16),
    ("11,856", 6), ("義務教育学校", 12), ("\u{30AB}\u{3099}", 2),  // カ and a combining voiced mark
    ("ｶﾞ", 2),  // halfwidth カ and halfwidth voiced mark, each one column
])
func stringWidth(text: String, expected: Int) {
    #expect(DisplayWidth.of(text) == expected)
}

@Test func substringsAreMeasuredLikeStrings() {
    let text = "合計 33.3%"
    #expect(DisplayWidth.of(text.dropFirst(3)) == 5)
}

@Test func tableIsSortedAndDisjoint() {
    let ranges = EastAsianWidthTable.ranges
    for (previous, next) in zip(ranges, ranges.dropFirst()) {
        #expect(previous.lower <= previous.upper)
        #expect(previous.upper < next.lower)
    }
}
