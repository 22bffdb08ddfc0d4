import Testing
@testable import CSStats
@testable import cs_stats

@Test(arguments: ["cs_r2_2020.csv", "cs_r3_2021.csv", "cs_r5_2023.csv"])
func checkPassesPublishedTables(file: String) {
    let console = Console.captured()
    let code = CLI.run(arguments: ["check", "\(dataDirectory)/\(file)"], console: console)
    #expect(code == 0)
    #expect(console.standardError == "no findings\n")
    #expect(console.standardOutput == "")
}

@Test func checkTakesSeveralFilesAndPrevious() {
    let console = Console.captured()
    let code = CLI.run(arguments: ["check", "\(dataDirectory)/cs_r3_2021.csv", "--previous", "\(dataDirectory)/cs_r2_2020.csv"], console: console)
    #expect(code == 0)
    #expect(console.standardError == "no findings\n")
}

@Test(arguments: r3Mutations)
func checkCommandFindsMutation(_ mutation: Mutation) {
    let console = Console.captured(input: Array(mutation.csv.utf8))
    var arguments = ["check", "-"]
    if mutation.usesPrevious { arguments += ["--previous", "\(dataDirectory)/cs_r2_2020.csv"] }
    let code = CLI.run(arguments: arguments, console: console)
    #expect(code == 1)
    let lines = console.standardError.split(separator: "\n").map(String.init)
    let errors = mutation.expected.count == 1 ? "1 error" : "\(mutation.expected.count) errors"
    #expect(lines.count == mutation.expected.count + 1)
    #expect(lines.last == errors)
    for (line, expected) in zip(lines, mutation.expected) {
        #expect(line.hasPrefix("<stdin>:\(expected.line):"))
        #expect(line.hasSuffix(": error: \(expected.message)"))
    }
}

@Test func checkPrintsCompilerStyleFindings() {
    let console = Console.captured(input: Array(mutatedR3(line: 9, "2021,2021-05-01,合計,,11857,33.3,2068,19471,54.7,1341,8528,6859").utf8))
    let code = CLI.run(arguments: ["check", "-"], console: console)
    #expect(code == 1)
    #expect(console.standardError == """
        <stdin>:9:21: error: 合計 導入校数 is 11,857 but the rows add up to 11,856
        1 error

        """)
}

@Test func checkPrintsGitHubAnnotations() {
    let console = Console.captured(input: Array(mutatedR3(line: 9, "2021,2021-05-01,合計,,11857,33.3,2068,19471,54.7,1341,8528,6859").utf8))
    let code = CLI.run(arguments: ["check", "-", "--format", "github"], console: console)
    #expect(code == 1)
    #expect(console.standardOutput == """
        ::error file=<stdin>,line=9,col=21::合計 導入校数 is 11,857 but the rows add up to 11,856
        1 error

        """)
}

@Test func checkPrintsJSON() {
    let console = Console.captured(input: Array(mutatedR3(line: 9, "2021,2021-05-01,合計,,11857,33.3,2068,19471,54.7,1341,8528,6859").utf8))
    let code = CLI.run(arguments: ["check", "-", "--format", "json"], console: console)
    #expect(code == 1)
    #expect(console.standardOutput == """
        {
          "files": [
            "-"
          ],
          "findings": [
            {
              "severity": "error",
              "file": null,
              "line": 9,
              "column": 21,
              "cell": null,
              "row": "合計",
              "field": "cs_schools",
              "expected": "11,856",
              "found": "11,857",
              "message": "合計 導入校数 is 11,857 but the rows add up to 11,856"
            }
          ],
          "errors": 1,
          "warnings": 0,
          "summary": "1 error"
        }

        """)
}

@Test func warningsFailOnlyWhenStrict() {
    // R5 against R3 is two years apart: a warning, increases not compared.
    let arguments = ["check", "\(dataDirectory)/cs_r5_2023.csv", "--previous", "\(dataDirectory)/cs_r3_2021.csv"]
    let lenient = Console.captured()
    #expect(CLI.run(arguments: arguments, console: lenient) == 0)
    #expect(lenient.standardError.hasSuffix("\n1 warning\n"))
    let strict = Console.captured()
    #expect(CLI.run(arguments: arguments + ["--strict"], console: strict) == 1)
}

@Test func unreadableInputExitsWithItsOwnCode() {
    let missing = Console.captured()
    #expect(CLI.run(arguments: ["check", "\(dataDirectory)/no_such_file.csv", "\(dataDirectory)/cs_r3_2021.csv"], console: missing) == 66)
    #expect(missing.standardError.hasSuffix("no_such_file.csv: error: cannot read file: No such file or directory\n1 file not checked; no findings in the others\n"))
    let malformed = Console.captured(input: Array("a,b\n1,\"2\n".utf8))
    #expect(CLI.run(arguments: ["check", "-"], console: malformed) == 65)
}

@Test func checkHelpDocumentsExitCodes() {
    let console = Console.captured()
    #expect(CLI.run(arguments: ["check", "--help"], console: console) == 0)
    #expect(console.standardOutput.contains("\n1: at least one error finding, or a warning with --strict"))
    #expect(console.standardOutput.contains("\n66: a file cannot be opened"))
}

@Test func denominatorsPrintsR3Bounds() {
    let console = Console.captured()
    #expect(CLI.run(arguments: ["denominators", "--format", "csv"], console: console) == 0)
    // Bounds worked out by hand: 276 at 9.8% and 553 at 19.5% (幼稚園); the rows' common ranges
    // add up to 35,530…35,588, which overlaps 合計's 35,564…35,628.
    let lines = console.standardOutput.split(separator: "\n").map(String.init)
    // In CSV each range is two plain numbers, lower and upper.
    #expect(lines.first == "row,total_schools,cs_lower,cs_upper,hq_lower,hq_upper,common_lower,common_upper,check")
    #expect(lines.contains("幼稚園,,2803,2830,2829,2843,2829,2830,"))
    #expect(lines.last == "rows added up,,,,,,35530,35588,consistent")
}

@Test func denominatorsTableShowsKindergarten() {
    let console = Console.captured()
    #expect(CLI.run(arguments: ["denominators", "\(dataDirectory)/cs_r3_2021.csv"], console: console) == 0)
    let kindergarten = console.standardOutput.split(separator: "\n").first { $0.hasPrefix("幼稚園") }
    #expect(kindergarten?.hasSuffix("2,829…2,830") == true)
}
