import Testing
@testable import CSStats

/// The 47 prefectures in JIS X 0401 order, written out independently of the table under test.
private let jisOrder = [
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
    "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県",
    "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県",
    "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県",
    "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県",
    "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県",
    "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
]

@Test func allPrefecturesInJISOrder() {
    #expect(Prefecture.all.count == 47)
    #expect(Prefecture.all.map(\.name) == jisOrder)
    #expect(Prefecture.all.map(\.code) == Array(1...47))
    #expect(Prefecture.all.sorted(by: >).sorted() == Prefecture.all)
    for (index, name) in jisOrder.enumerated() {
        #expect(Prefecture(code: index + 1)?.name == name)
        #expect(Prefecture.parse(name)?.code == index + 1)
    }
}

@Test func shortNamesDropOnlyTheSuffix() {
    for prefecture in Prefecture.all where prefecture.code != 1 {
        #expect(prefecture.shortName + String(prefecture.name.last!) == prefecture.name)
        #expect(Prefecture.parse(prefecture.shortName) == prefecture)
        #expect(Prefecture.parse(prefecture.englishName) == prefecture)
        #expect(Prefecture.parse(prefecture.codeString) == prefecture)
    }
    #expect(Prefecture(code: 1)?.shortName == "北海道")
}

@Test(arguments: [
    (1, "北海道", "北海道", "Hokkaido", "01"), (2, "青森県", "青森", "Aomori", "02"),
    (13, "東京都", "東京", "Tokyo", "13"), (26, "京都府", "京都", "Kyoto", "26"),
    (27, "大阪府", "大阪", "Osaka", "27"), (28, "兵庫県", "兵庫", "Hyogo", "28"),
    (39, "高知県", "高知", "Kochi", "39"), (44, "大分県", "大分", "Oita", "44"),
    (47, "沖縄県", "沖縄", "Okinawa", "47"),
])
func prefectureNames(code: Int, name: String, shortName: String, english: String, codeString: String) {
    let prefecture = Prefecture(code: code)
    #expect(prefecture?.name == name)
    #expect(prefecture?.description == name)
    #expect(prefecture?.shortName == shortName)
    #expect(prefecture?.englishName == english)
    #expect(prefecture?.codeString == codeString)
}

@Test(arguments: [0, 48, -1, 100])
func prefectureCodesOutOfRange(code: Int) {
    #expect(Prefecture(code: code) == nil)
}

@Test(arguments: [
    ("13", 13), ("1", 1), ("01", 1), ("０１", 1), ("４７", 47), ("東京都", 13), ("東京", 13),
    ("京都", 26), ("京都府", 26), ("北海道", 1), ("Tokyo", 13), ("tokyo", 13), ("TOKYO", 13),
    ("Ｔｏｋｙｏ", 13), ("　大阪府　", 27), (" 9 ", 9), ("Kōchi", 39), ("hokkaidō", 1),
    // A code typed before the name, when the two agree.
    ("13東京都", 13), ("01 北海道", 1), ("０１北海道", 1),
])
func prefectureParses(text: String, code: Int) {
    #expect(Prefecture.parse(text)?.code == code)
}

@Test(arguments: [
    "", "0", "00", "48", "001", "Tokyo-to", "東", "京", "大坂府", "Tokio", "合計", "全国", "14東京都", "13 大阪府",
])
func prefectureRejects(text: String) {
    #expect(Prefecture.parse(text) == nil)
}

@Test(arguments: [
    ("大坂府", 27), ("Tokio", 13), ("東京府", 13), ("Hiroshma", 34), ("kagosima", 46),
    ("神奈川", 14), ("北海", 1),
])
func prefectureSuggestions(text: String, code: Int) {
    #expect(Prefecture.nearest(to: text)?.code == code)
}

@Test func prefectureSuggestsNothingForFarText() {
    #expect(Prefecture.nearest(to: "Washington") == nil)
    #expect(Prefecture.nearest(to: "合計") == nil)
}
