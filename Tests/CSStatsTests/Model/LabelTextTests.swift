import Testing
@testable import CSStats

@Test(arguments: [
    ("０１", "01"), ("Ｒ３", "R3"), ("（注）", "(注)"), ("　東京都　", "東京都"),
    (" \t小学校\t ", "小学校"), ("小　学　校", "小 学 校"), ("　", ""), ("", ""),
    ("合計", "合計"), ("ｶﾅ", "ｶﾅ"),
])
func labelTextFolding(text: String, expected: String) {
    #expect(LabelText.fold(text) == expected)
}
