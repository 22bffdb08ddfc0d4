import Testing
@testable import CSStats

private let csColumns: [TextTable.Column] = [
    .init(title: "学校種"),
    .init(title: "導入校数", alignment: .right, group: "コミュニティ・スクール"),
    .init(title: "導入率", alignment: .right, group: "コミュニティ・スクール"),
]

@Test func terminalLinesUpKanjiAndDigits() {
    let table = TextTable(
        title: "令和3年度 コミュニティ・スクールの導入状況",
        columns: csColumns,
        rows: [
            ["幼稚園", "276", "9.8%"],
            ["義務教育学校", "95", "66.0%"],
            ["合計", "11,856", "33.3%"],
        ],
        footnotes: ["※幼稚園には幼稚園型認定こども園を含む。"])
    // The group label (22 columns) is wider than 導入校数 + 導入率 (8 + 2 + 6), so 導入率 widens to 12.
    #expect(table.renderTerminal() == """
        令和3年度 コミュニティ・スクールの導入状況

                      コミュニティ・スクール
        学校種        導入校数        導入率
        ────────────  ────────  ────────────
        幼稚園             276          9.8%
        義務教育学校        95         66.0%
        合計            11,856         33.3%
        ※幼稚園には幼稚園型認定こども園を含む。

        """)
}

@Test func terminalColorBoldsOnlyHeaderLinesAndKeepsWidths() {
    let table = TextTable(
        columns: csColumns + [
            .init(title: "整備校数", alignment: .right, group: "地域学校協働本部"),
            .init(title: "整備率", alignment: .right, group: "地域学校協働本部"),
        ],
        rows: [
            ["幼稚園", "276", "9.8%", "553", "19.5%"],
            ["合計", "11,856", "33.3%", "19,471", "54.7%"],
        ])
    // 地域学校協働本部 is exactly as wide as its two columns (8 + 2 + 6), so nothing widens.
    #expect(table.renderTerminal(color: true) == """
        \u{1B}[1m        コミュニティ・スクール  地域学校協働本部\u{1B}[0m
        \u{1B}[1m学校種  導入校数        導入率  整備校数  整備率\u{1B}[0m
        ──────  ────────  ────────────  ────────  ──────
        幼稚園       276          9.8%       553   19.5%
        合計      11,856         33.3%    19,471   54.7%

        """)
}

@Test func terminalEscapesControlCharactersInCells() {
    let table = TextTable(
        columns: [.init(title: "key"), .init(title: "value", alignment: .right)],
        rows: [["a\nb", "1"], ["tab\there", "\u{1B}[31m"]])
    #expect(table.renderTerminal() == #"""
        key             value
        ─────────  ──────────
        a\nb                1
        tab\there  \u{1B}[31m

        """#)
}

@Test func terminalFillsShortRowsAndTrimsTrailingSpaces() {
    let table = TextTable(
        columns: [.init(title: "A"), .init(title: "B")],
        rows: [["long text", "x"], ["y"], []])
    #expect(table.renderTerminal() == """
        A          B
        ─────────  ─
        long text  x
        y


        """)
}

@Test func terminalWithoutColumnsPrintsOnlyTitleAndFootnotes() {
    let table = TextTable(title: "表", columns: [], rows: [], footnotes: ["※注"])
    #expect(table.renderTerminal() == "表\n\n※注\n")
}

private let quotingTable = TextTable(
    title: "not in CSV",
    columns: [
        .init(title: "学校種"),
        .init(title: "導入校数", alignment: .right, group: "コミュニティ・スクール"),
        .init(title: "備考"),
    ],
    rows: [
        ["幼稚園", "276", "a,b"],
        ["合計", "11,856", "say \"hi\""],
        ["小学校", "7,051", "line1\nline2"],
        ["中学校", "3,425", "tab\there"],
    ],
    footnotes: ["※ not in CSV either"])

@Test func csvQuotesOnlyFieldsThatNeedIt() {
    #expect(quotingTable.renderDelimited(delimiter: UInt8(ascii: ",")) == #"""
        学校種,導入校数,備考
        幼稚園,276,"a,b"
        合計,"11,856","say ""hi"""
        小学校,"7,051","line1
        line2"
        中学校,"3,425",tab\#there

        """#)
}

@Test func tsvQuotesTabsButNotCommas() {
    #expect(quotingTable.renderDelimited(delimiter: UInt8(ascii: "\t")) == #"""
        学校種\#t導入校数\#t備考
        幼稚園\#t276\#ta,b
        合計\#t11,856\#t"say ""hi"""
        小学校\#t7,051\#t"line1
        line2"
        中学校\#t3,425\#t"tab\#there"

        """#)
}

@Test(arguments: [
    // A lone empty field is quoted, else it would be a blank line that readers skip.
    ("plain", "plain"), ("", "\"\""), ("a,b", "\"a,b\""), ("\"", "\"\"\"\""),
    ("a\rb", "\"a\rb\""), ("a\r\nb", "\"a\r\nb\""), (" padded ", " padded "),
    ("他に\"類似\"あり", "\"他に\"\"類似\"\"あり\""),
])
func csvField(field: String, expected: String) {
    let table = TextTable(columns: [.init(title: "f")], rows: [[field]])
    #expect(table.renderDelimited(delimiter: UInt8(ascii: ",")) == "f\n" + expected + "\n")
}

@Test func delimitedFillsShortRows() {
    let table = TextTable(columns: [.init(title: "a"), .init(title: "b")], rows: [["1"]])
    #expect(table.renderDelimited(delimiter: UInt8(ascii: ",")) == "a,b\n1,\n")
}

@Test func markdownFoldsGroupsIntoHeadersAndEscapesPipes() {
    let table = TextTable(
        title: "令和3年度",
        columns: csColumns,
        rows: [["幼稚園", "276", "9.8%"], ["a|b", "x\ny", ""]],
        footnotes: ["※1 注記", "※2 注記"])
    #expect(table.renderMarkdown() == #"""
        令和3年度

        | 学校種 | コミュニティ・スクール / 導入校数 | コミュニティ・スクール / 導入率 |
        | --- | ---: | ---: |
        | 幼稚園 | 276 | 9.8% |
        | a\|b | x<br>y |  |

        ※1 注記

        ※2 注記

        """#)
}

@Test func markdownWithoutTitleOrFootnotesIsJustTheTable() {
    let table = TextTable(
        columns: [.init(title: "計", alignment: .right)], rows: [["1\r\n2"]])
    #expect(table.renderMarkdown() == """
        | 計 |
        | ---: |
        | 1<br>2 |

        """)
}
