import Testing
@testable import CSStats
@testable import cs_stats

/// `check` on input with several mistakes, or unusual arguments: every finding, no crash.
private func check(_ csv: String, _ extra: [String] = []) -> (code: Int32, err: String) {
    let console = Console.captured(input: Array(csv.utf8))
    let code = CLI.run(arguments: ["check", "-"] + extra, console: console)
    return (code, console.standardError)
}

@Test func twoBadRowsAreTwoFindingsAndTheOtherRowsAreStillChecked() {
    // Line 2: 保育所 is no school type; line 4: a count in words; line 6: 805 HQ schools with
    // 805 at 22.9% and 435 at 12.4% (435 → 805): 2,000,000·805/459 < D ≤ 1,610,000/457, i.e.
    // 3,508…3,522 for CS and 6,467…6,518 for HQ — no common 母数. Sums are not checked: rows
    // are missing.
    var text = mutatedR3(line: 2, "2021,2021-05-01,保育所,,276,9.8,39,553,19.5,53,155,431")
    text = text.replacingOccurrences(of: ",3339,36.5,", with: ",三千,36.5,")
    text = text.replacingOccurrences(of: ",805,22.9,137,435,12.4,", with: ",805,22.9,137,805,12.4,")
    let r = check(text)
    #expect(r.code == 1)
    let lines = r.err.split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(lines[0].hasPrefix("<stdin>:2:"))
    #expect(lines[0].contains("保育所"))
    #expect(lines[1].hasPrefix("<stdin>:4:"))
    #expect(lines[1].contains("三千"))
    #expect(lines[2].hasPrefix("<stdin>:6:"))
    #expect(lines[2].contains("bound no common 母数"))
    #expect(lines[3] == "3 errors")
}

@Test func aSecondTotalRowIsReported() {
    let text = mutatedR3(line: 9, "2021,2021-05-01,合計,,11856,33.3,2068,19471,54.7,1341,8528,6859", insert: true)
    let r = check(text)
    #expect(r.code == 1)
    #expect(r.err == "<stdin>:10: error: 合計 appears twice, on lines 9 and 10\n1 error\n")
}

@Test func anAbsurdCountIsRejectedNotOverflowed() {
    // 9,223,372,036,854,775,807 fits an Int but no count of schools; sums over it would overflow.
    let text = mutatedR3(line: 2, "2021,2021-05-01,幼稚園,,9223372036854775807,9.8,39,553,19.5,53,155,431")
    let r = check(text)
    #expect(r.code == 1)
    #expect(r.err == "<stdin>:2:22: error: cs_schools '9223372036854775807' is not a whole number of schools, at most 1,000,000,000,000\n1 error\n")
}

@Test func yearChoosesThisYearNotLastYears() {
    let console = Console.captured()
    let code = CLI.run(arguments: ["check", "\(dataDirectory)/cs_r3_2021.csv", "--previous", "\(dataDirectory)/cs_r2_2020.csv", "--year", "2021"], console: console)
    #expect(code == 0)
    #expect(console.standardError == "no findings\n")
}

@Test func growthWithYearAndTwoFiles() {
    // R3 幼稚園 276 against R2's 237: 39, as printed; 39/237 = 16.46% → 16.5; 9.8 − 7.8 = +2.0 points.
    let console = Console.captured()
    let code = CLI.run(arguments: ["growth", "\(dataDirectory)/cs_r3_2021.csv", "\(dataDirectory)/cs_r2_2020.csv", "--year", "R3", "--format", "csv"], console: console)
    #expect(code == 0)
    #expect(console.standardOutput.contains("幼稚園,237,276,39,16.5,+2.0\n"))
}

@Test func anUnreadableSchoolLevelFileIsNotChecked() {
    // A broken quote past the part of the file the layout is read from (line 80,002: the
    // header, 80,000 schools, then this one): the school-level reader stops as a table reader
    // does, so check says the file was not checked (exit 65), not that it found an error (1).
    var text = "学校コード,学校種,CS\n"
    for i in 0..<80_000 { text += "S\(i),小学校,\(i % 2)\n" }
    text += "S9,小\"学校,1\n"
    let r = runCLI(["check", temporaryFile(text, name: "schools.csv")])
    #expect(r.code == 65)
    #expect(r.err.hasSuffix("schools.csv:80002:5: error: record 80002, field 2: quote inside an unquoted field (quote the whole field and double the quote)\n1 file not checked\n"))
}
