import Foundation
import CSStats
import Testing
@testable import cs_stats

private func run(_ arguments: [String], environment: [String: String] = [:]) -> (code: Int32, out: String, err: String) {
    let console = Console.captured(environment: environment)
    let code = CLI.run(arguments: arguments, console: console)
    return (code, console.standardOutput, console.standardError)
}

@Suite struct ChartCommandTests {
    @Test func builtInR3IsTheDefault() {
        let result = run(["chart"])
        #expect(result.code == 0)
        #expect(result.err == "")
        // 60 cells at 80 columns: 37.5% of 480 eighths is 180 = 22 blocks and a half block.
        #expect(result.out.hasPrefix("コミュニティ・スクール 導入率 (令和3年度, 2021-05-01)\n\n幼稚園        █████▉ 9.8%\n"))
        #expect(result.out.contains("\n小学校        " + String(repeating: "█", count: 22) + "▌ 37.5%\n"))
    }

    @Test func columnsFitsTheBars() {
        // COLUMNS=40: 40 − 12 − 2 − 1 − 5 = 20 cells, 160 eighths; 37.5% → 60 = 7 blocks and ▌.
        let result = run(["chart"], environment: ["COLUMNS": "40"])
        #expect(result.out.contains("\n小学校        " + String(repeating: "█", count: 7) + "▌ 37.5%\n"))
        // The title and its period take two lines; no line above the notes is wider than 40 columns.
        #expect(result.out.hasPrefix("コミュニティ・スクール 導入率\n令和3年度, 2021-05-01\n\n"))
        #expect(result.out.split(separator: "\n").dropLast().allSatisfy { DisplayWidth.of($0) <= 40 })
        // A COLUMNS that is not a width is ignored: 80.
        #expect(run(["chart"], environment: ["COLUMNS": "wide"]).out == run(["chart"]).out)
    }

    @Test func aSeriesFileDrawsAYearABar() {
        let result = run(["chart", dataPath("cs_series.csv"), "--counts"])
        #expect(result.code == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        // 2005 to 2024, twenty rows; 2007 and 2008 have no figures and keep their rows.
        #expect(lines.filter { $0.hasPrefix("平成") || $0.hasPrefix("令和") }.count == 20)
        #expect(lines.contains("平成19年度  …"))
        #expect(lines.contains("バー全長 = 20,153校"))
        #expect(lines.last == "※ 平成19年度–平成20年度 (2007–2008): 数値なし")
    }

    @Test func svgToAFileIsWholeAndParses() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-\(UUID().uuidString)-r3.svg").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = run(["chart", "-o", path])
        #expect(result.code == 0 && result.out == "" && result.err == "")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        let svg = try #require(XMLNode.parse(text).root)
        #expect(svg.all("rect", class: "cs").count == 8 && svg.all("rect", class: "hq").count == 8)
    }

    @Test func theSeriesInSVGIsALineChart() throws {
        let result = run(["chart", dataPath("cs_series.csv"), "--format", "svg", "--measure", "cs", "--lang", "en"])
        #expect(result.code == 0)
        let svg = try #require(XMLNode.parse(result.out).root)
        #expect(svg.all("polyline").count == 3)   // counts 2005–06, 2009–24; rates 2019–24
        #expect(svg.descendants.filter { $0.attributes["class"] == "point cs count" }.first?.title == "FY2005 (2005) Community schools schools: 17")
    }

    @Test(arguments: [
        (["chart", "--by", "prefecture"], 65, "error: Data/cs_r3_2021.csv (built in) has rows by school-type; --by prefecture needs a table by prefecture\n"),
        (["chart", "--title", "x"], 64, "Error: --title applies to SVG output (--format svg, or -o FILE.svg)\n"),
        (["chart", "--format", "png"], 64, "Error: option '--format' expects one of text, svg; found 'png'\n"),
        (["chart", "no-such-file.csv"], 66, "no-such-file.csv: error: cannot read file: No such file or directory\n"),
    ])
    func badInputFailsClearly(arguments: [String], code: Int32, message: String) {
        let result = run(arguments)
        #expect(result.code == code)
        #expect(result.out == "")
        #expect(result.err.hasPrefix(message))
    }

    @Test func severalYearsByTypeIsAUsageError() {
        let result = run(["chart", dataPath("cs_r2_2020.csv"), dataPath("cs_r3_2021.csv"), "--by", "school-type"])
        #expect(result.code == 64)
        #expect(result.err.hasPrefix("Error: the input holds 2 survey years (令和2年度, 令和3年度); a chart by school-type draws one: choose it with --year, or draw the years with --by year\n"))
    }

    @Test func aFailedRunLeavesTheOutputFileAlone() throws {
        let path = temporaryFile("before\n", name: "keep.svg")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(run(["chart", "--by", "prefecture", "-o", path]).code == 65)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "before\n")
        // An output that cannot be written: exit 73, and nothing is left behind.
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-dir-\(UUID().uuidString)/x.svg").path
        #expect(run(["chart", "-o", missing]).code == 73)
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}

@Suite struct TableSVGTests {
    @Test func aPrefectureTableIsAMapOfJapan() throws {
        let input = temporaryFile(TableFixtures.prefectureCSV, name: "pref.csv")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-\(UUID().uuidString)-map.svg").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        // -o map.svg alone chooses SVG.
        let result = run(["table", input, "--by", "prefecture", "-o", output, "--title", "合成 & 試験", "--source", "手書きの表"])
        #expect(result.code == 0)
        let svg = try #require(XMLNode.parse(try String(contentsOfFile: output, encoding: .utf8)).root)
        #expect(svg.all("g", class: "tile").count == 47)
        #expect(svg.children.first?.text == "合成 & 試験 (令和3年度)")
        #expect(svg.allText.contains("資料: 手書きの表"))
    }

    @Test func aSchoolTypeTableIsBarsOfOneMeasure() throws {
        let result = run(["table", "--measure", "hq", "--format", "svg"])
        #expect(result.code == 0)
        let svg = try #require(XMLNode.parse(result.out).root)
        #expect(svg.all("rect", class: "hq").map(\.title).first == "幼稚園 地域学校協働本部 整備率: 19.5%")
        #expect(svg.all("rect", class: "cs").isEmpty)
    }

    @Test func otherCommandsOfferNoSVG() {
        let result = run(["summary", "--format", "svg"])
        #expect(result.code == 64)
        #expect(result.err.hasPrefix("Error: option '--format' expects one of table, csv, tsv, json, markdown; found 'svg'\n"))
    }
}

