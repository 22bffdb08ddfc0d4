import Foundation
import Testing
import CSStats

/// The README's library example, compiled and run here: the test fails if the two differ.
@Suite struct ReadmeExampleTests {
    /// The example's lines, exactly as between the README's markers.
    func example() throws -> String {
        // README example: begin
        let table = try DelimitedTable(path: "Data/cs_r3_2021.csv")
        let r3 = try SurveyTable.read(table)[0]
        let formatting = SurveyFormatting(forDisplay: true, language: .japanese)
        let elementary = r3.rows.first { $0.key == .schoolType(.elementary) }!
        let line = "\(elementary.label): \(formatting.count(elementary.count(.cs))) 校, \(formatting.rate(elementary, .cs))"
        print(line)  // 小学校: 7,051 校, 37.5%
        // README example: end
        return line
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// (The example's path is relative to the package root, where `swift test` runs.)
    @Test func theExamplePrintsTheR3ElementaryRate() throws {
        #expect(FileManager.default.currentDirectoryPath == Self.root.path)
        #expect(try example() == "小学校: 7,051 校, 37.5%")
    }

    @Test func theREADMEShowsExactlyThisCode() throws {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        let begin = lines.firstIndex { $0.contains("// README example: begin") }!
        let end = lines.firstIndex { $0.contains("// README example: end") }!
        let code = lines[(begin + 1)..<end].map { String($0.dropFirst(8)) }.joined(separator: "\n")
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("```swift\nimport CSStats\n\n" + code + "\n```"))
    }
}
