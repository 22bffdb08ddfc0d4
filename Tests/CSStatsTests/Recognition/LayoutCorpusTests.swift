import Foundation
import Testing
@testable import CSStats

// The layout corpus (Tests/Layouts): files shaped the way ministry, prefecture and board staff
// make them, each beside NAME.expected.json written by hand (see Tests/Layouts/README.md). Every
// file is read through the one recognition step and compared with its expectation.

private let corpusDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Layouts")

private let corpusFiles: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)) ?? []
    return names.filter { $0.hasSuffix(".expected.json") }.map { String($0.dropLast(".expected.json".count)) }.sorted()
}()

private func dataFile(for stem: String) -> String? {
    for ext in ["csv", "tsv", "txt"] {
        let path = corpusDirectory.appendingPathComponent("\(stem).\(ext)").path
        if FileManager.default.fileExists(atPath: path) { return path }
    }
    return nil
}

/// Reads a file as every command does: the table, its survey tables, and the check that its
/// figures can be printed.
private func readAsCommandsDo(_ path: String) throws(ReadError) -> (DelimitedTable, [SurveyTable]) {
    let table = try DelimitedTable(path: path)
    guard table.layout.isSurveyTable else { return (table, []) }
    let surveys = try SurveyTable.read(table)
    for survey in surveys { try survey.requirePrintable() }
    return (table, surveys)
}

@Test func theCorpusHoldsAtLeastFortyFiles() {
    #expect(corpusFiles.count >= 40)
}

@Test(arguments: corpusFiles)
func corpusFileIsReadAsExpected(_ stem: String) throws {
    let expectedData = try Data(contentsOf: corpusDirectory.appendingPathComponent("\(stem).expected.json"))
    let expected = try #require(try JSONSerialization.jsonObject(with: expectedData) as? [String: Any])
    let path = try #require(dataFile(for: stem))
    let kind = try #require(expected["kind"] as? String)

    if kind == "refused" {
        do {
            let (table, _) = try readAsCommandsDo(path)
            Issue.record("\(stem): expected a refusal, but it was read as \(table.layout.kind.rawValue)")
        } catch {
            for mention in expected["error_mentions"] as? [String] ?? [] {
                #expect(error.description.contains(mention), "\(stem): the refusal '\(error.description)' does not mention '\(mention)'")
            }
        }
        return
    }

    let table: DelimitedTable
    let surveys: [SurveyTable]
    do {
        (table, surveys) = try readAsCommandsDo(path)
    } catch {
        Issue.record("\(stem): refused: \(error.description)")
        return
    }
    let layout = table.layout
    #expect(layout.kind.rawValue == kind, "\(stem): kind")
    if let columns = expected["columns"] as? [String] {
        #expect(layout.columns.map(\.identifier) == columns, "\(stem): columns")
    }
    if let titles = expected["titles"] as? Int {
        #expect(layout.records(.title).count == titles, "\(stem): titles")
    }
    if let notes = expected["notes"] as? Int {
        #expect(layout.records(.note).count == notes, "\(stem): notes")
    }
    guard kind != "school-records" else { return }

    let year = expected["year"] as? Int
    if kind != "year" {
        #expect(surveys.first?.year?.gregorian == year, "\(stem): year")
    }
    if let rows = expected["rows"] as? [String], let label = layout.labelColumn {
        #expect(table.rows.map { $0.fields[label].trimmingPublishedSpaces() } == rows, "\(stem): row labels")
    }
    for check in expected["values"] as? [[String: Any]] ?? [] {
        let rowLabel = try #require(check["row"] as? String)
        let columnName = try #require(check["column"] as? String)
        let column = try #require(SurveyColumn.allIdentified.first { $0.identifier == columnName }, "\(stem): column \(columnName)")
        let rows = surveys.flatMap { $0.rows + ($0.total.map { [$0] } ?? []) }
        guard let row = yearRow(rowLabel, surveys: surveys, kind: kind) ?? rows.first(where: { $0.label.trimmingPublishedSpaces() == rowLabel }) else {
            Issue.record("\(stem): no row '\(rowLabel)'")
            continue
        }
        switch check["value"] {
        case let n as Int where column.holdsCount:
            #expect(row[column].integer == n, "\(stem): \(rowLabel) \(columnName)")
        case let text as String:
            #expect(row[column].value.map { "\($0)" } == text, "\(stem): \(rowLabel) \(columnName)")
        case is NSNull, nil:
            #expect(row[column].value == nil, "\(stem): \(rowLabel) \(columnName) should be empty")
        default:
            Issue.record("\(stem): unexpected value \(String(describing: check["value"]))")
        }
    }
}

/// In a series, a row is found by its year, however it is written.
private func yearRow(_ label: String, surveys: [SurveyTable], kind: String) -> SurveyRow? {
    guard kind == "year", let year = SurveyYear.parse(label) else { return nil }
    return surveys.first { $0.year == year }?.total
}

extension SurveyColumn {
    /// Every column with a fixed identifier, for looking one up by name.
    static var allIdentified: [SurveyColumn] {
        [.year, .referenceDate, .schoolType, .prefecture, .denominator]
            + Programme.allCases.flatMap { [.count($0), .rate($0), .increase($0), .previous($0)] }
    }
}
