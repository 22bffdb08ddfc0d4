import Testing
@testable import CSStats

@Test func schoolTypesAreInPublishedOrder() {
    #expect(SchoolType.allCases.map(\.label) == [
        "幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校",
    ])
    #expect(SchoolType.allCases.sorted(by: >).sorted() == SchoolType.allCases)
    #expect(SchoolType.kindergarten < .specialNeeds)
    #expect(SchoolType.upperSecondary.description == "高等学校")
}

@Test func schoolTypeNames() {
    #expect(SchoolType.allCases.map(\.identifier) == [
        "kindergarten", "elementary", "lower-secondary", "compulsory", "upper-secondary",
        "secondary", "special-needs",
    ])
    #expect(SchoolType.allCases.map(\.englishName) == [
        "Kindergarten", "Elementary school", "Lower secondary school",
        "Compulsory education school", "Upper secondary school", "Secondary education school",
        "Special needs school",
    ])
}

@Test(arguments: [
    ("幼稚園", SchoolType.kindergarten), ("幼", .kindergarten), ("幼稚園等", .kindergarten),
    ("幼稚園(幼稚園型認定こども園を含む)", .kindergarten),
    ("幼稚園（幼稚園型認定こども園を含む）", .kindergarten), ("Kindergarten", .kindergarten),
    ("小学校", .elementary), ("小", .elementary), ("小学", .elementary),
    ("　小学校　", .elementary), ("小　学　校", .elementary), ("ELEMENTARY", .elementary),
    ("elementary school", .elementary),
    ("中学校", .lowerSecondary), ("中", .lowerSecondary), ("中学", .lowerSecondary),
    ("lower-secondary", .lowerSecondary), ("lower_secondary", .lowerSecondary),
    ("Lower Secondary", .lowerSecondary), ("Lower secondary school", .lowerSecondary),
    ("ｌｏｗｅｒ－ｓｅｃｏｎｄａｒｙ", .lowerSecondary),
    ("義務教育学校", .compulsory), ("義務教育", .compulsory), ("義務", .compulsory),
    ("compulsory", .compulsory), ("compulsory education", .compulsory),
    ("Compulsory education school", .compulsory),
    ("高等学校", .upperSecondary), ("高校", .upperSecondary), ("高", .upperSecondary),
    ("高等", .upperSecondary), ("upper secondary school", .upperSecondary),
    ("中等教育学校", .secondary), ("中等", .secondary), ("中等教育", .secondary),
    ("secondary", .secondary), ("Secondary education", .secondary),
    ("特別支援学校", .specialNeeds), ("特別支援", .specialNeeds), ("特支", .specialNeeds),
    ("special_needs", .specialNeeds), ("Special needs school", .specialNeeds),
])
func schoolTypeParses(text: String, expected: SchoolType) {
    #expect(SchoolType.parse(text) == expected)
}

@Test(arguments: [
    "合計", "計", "", "　", "特別支援学校(小学部)", "盲・聾・養護学校", "大学", "ele mentary",
    "lowersecondary", "高等学校計",
])
func schoolTypeRejects(text: String) {
    #expect(SchoolType.parse(text) == nil)
}

@Test(arguments: [
    ("小学效", SchoolType.elementary), ("elementry", .elementary), ("lower-secondry", .lowerSecondary),
    ("special needz", .specialNeeds), ("幼稚圓", .kindergarten), ("中学", .lowerSecondary),
])
func schoolTypeSuggestions(text: String, expected: SchoolType) {
    #expect(SchoolType.nearest(to: text) == expected)
}

@Test func schoolTypeSuggestsNothingForFarText() {
    #expect(SchoolType.nearest(to: "university") == nil)
    #expect(SchoolType.nearest(to: "合計") == nil)
}
