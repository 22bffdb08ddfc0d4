import Testing
@testable import CSStats

@Test(arguments: [
    ("", "", 0), ("abc", "", 3), ("kitten", "sitting", 3), ("--format", "--fromat", 2),
    ("東京都", "東京", 1), ("大坂府", "大阪府", 1),
])
func levenshtein(a: String, b: String, expected: Int) {
    #expect(EditDistance.levenshtein(a, b) == expected)
}

@Test func nearestSuggestsCloseCandidatesOnly() {
    #expect(EditDistance.nearest(to: "--formt", in: ["--format", "--output"]) == "--format")
    #expect(EditDistance.nearest(to: "--zzz", in: ["--format", "--output"]) == nil)
}
