import Foundation
import Testing
@testable import cs_stats

// The key lists below are the ones documented in docs/JSON.md, written out: a change to a
// command's JSON shape must change both.

/// Runs a command in-process and parses its standard output as JSON.
private func jsonOutput(_ arguments: [String], expectedCode: Int32 = 0) throws -> Any {
    let console = Console.captured()
    let code = CLI.run(arguments: arguments, console: console)
    #expect(code == expectedCode, "\(arguments): exit \(code), stderr: \(console.standardError)")
    return try JSONSerialization.jsonObject(with: Data(console.standardOutput.utf8))
}

/// The keys of a JSON object, or `nil` when the value is not an object.
private func keys(_ value: Any?) -> Set<String>? {
    (value as? [String: Any]).map { Set($0.keys) }
}

/// The first element of an array member of an object.
private func first(_ object: Any, _ member: String) -> Any? {
    ((object as? [String: Any])?[member] as? [Any])?.first
}

private let measureRowKeys: Set<String> = ["key", "label_ja", "label_en", "label", "count", "rate_pct", "increase", "previous"]

/// `file` and `built_in`, at the top of every command but `view` (`file` only) and `check` (`files`).
private let fileKeys: Set<String> = ["file", "built_in"]

private let schoolCSV = """
    year,prefecture,municipality,school_type,school_id,cs,hq,similar
    2021,東京都,千代田区,小学校,S001,1,1,0
    2021,東京都,千代田区,小学校,S002,0,1,0
    2021,東京都,千代田区,中学校,S003,1,0,0
    2021,大阪府,大阪市,小学校,S004,1,1,0
    2021,大阪府,大阪市,中学校,S005,0,0,1
    2020,東京都,千代田区,小学校,S001,1,0,0
    2020,東京都,千代田区,小学校,S002,0,1,0
    2020,東京都,千代田区,中学校,S003,0,0,0
    2020,大阪府,大阪市,小学校,S004,1,1,0
    2020,大阪府,大阪市,中学校,S005,0,0,1

    """

@Test func jsonShapeView() throws {
    let json = try jsonOutput(["view", dataPath("cs_r3_2021.csv"), "--format", "json"])
    #expect(keys(json) == ["file", "encoding", "titles", "columns", "survey_table", "rows", "footnotes"])
    // A row's keys are the file's own columns.
    let columns = (json as? [String: Any])?["columns"] as? [String]
    #expect(keys(first(json, "rows")) == Set(columns ?? []))
    #expect(columns?.first == "year")
}

@Test func jsonShapeSummarySingleYear() throws {
    let json = try jsonOutput(["summary", "--format", "json"])
    #expect(keys(json) == fileKeys.union(["year", "year_label", "reference_date", "rows", "aggregates"]))
    let row = first(json, "rows") as? [String: Any]
    #expect(keys(row) == ["key", "label_ja", "label_en", "label", "total_schools", "cs", "hq", "both", "similar"])
    #expect(keys(row?["cs"]) == ["schools", "rate_pct", "increase", "previous"])
    #expect(keys(row?["hq"]) == ["schools", "rate_pct", "increase", "previous"])
    #expect(keys(row?["both"]) == ["schools"])
    #expect(keys(row?["similar"]) == ["schools"])
    let aggregates = (json as? [String: Any])?["aggregates"] as? [String: Any]
    #expect(keys(aggregates) == ["total_schools", "cs", "hq", "both", "similar", "overlap", "establishers"])
    for programme in ["cs", "hq", "both", "similar"] {
        #expect(keys(aggregates?[programme]) == ["schools", "rate_pct", "increase", "previous", "growth_pct"])
    }
    #expect(keys(aggregates?["overlap"]) == ["share_of_cs_pct", "share_of_hq_pct"])
    #expect(keys(aggregates?["establishers"]) == ["with_cs", "prefectures", "municipalities", "school_unions", "rate_pct"])
}

@Test func jsonShapeSummaryPlaceholderIsNeverZero() throws {
    let path = temporaryFile("""
        year,prefecture,total_schools,cs_schools,cs_increase
        2021,北海道,100,80,10
        2021,山形県,50,－,－
        2021,合計,150,80,10

        """, name: "pref.csv")
    let json = try jsonOutput(["summary", path, "--format", "json"])
    let rows = (json as? [String: Any])?["rows"] as? [[String: Any]]
    let cs = rows?[1]["cs"] as? [String: Any]
    #expect(cs?["schools"] as? [String: String] == ["missing": "none"])
    // Not beside the national R3 table: no establishers, but the key is there.
    let aggregates = (json as? [String: Any])?["aggregates"] as? [String: Any]
    #expect(aggregates?["establishers"] is NSNull)
}

@Test func jsonShapePlaceholdersAreKeptEverywhere() throws {
    let path = temporaryFile("""
        year,prefecture,total_schools,cs_schools,cs_increase,hq_schools,both_schools,similar_schools
        2021,北海道,100,80,10,50,40,1
        2021,山形県,50,－,－,x,…,
        2021,合計,150,80,10,50,40,1

        """, name: "pref.csv")
    let none = ["missing": "none"]
    let table = try jsonOutput(["table", path, "--format", "json"])
    let tableRow = ((table as? [String: Any])?["rows"] as? [[String: Any]])?[1]
    #expect(tableRow?["count"] as? [String: String] == none)
    #expect(tableRow?["increase"] as? [String: String] == none)
    #expect(tableRow?["label"] as? String == "山形県")

    let overlap = try jsonOutput(["overlap", path, "--format", "json"])
    let overlapRow = ((overlap as? [String: Any])?["rows"] as? [[String: Any]])?[1]
    #expect(overlapRow?["cs"] as? [String: String] == none)
    #expect(overlapRow?["hq"] as? [String: String] == ["missing": "confidential"])
    #expect(overlapRow?["both"] as? [String: String] == ["missing": "not-available"])
    #expect(overlapRow?["similar"] is NSNull)
}

@Test func jsonShapeSummarySeries() throws {
    let json = try jsonOutput(["summary", dataPath("cs_r2_2020.csv"), dataPath("cs_r3_2021.csv"), dataPath("cs_r5_2023.csv"), "--format", "json"])
    #expect(keys(json) == ["series", "notes"])
    let series = (json as? [String: Any])?["series"] as? [[String: Any]]
    let entryKeys = fileKeys.union(["year", "year_label", "cs", "hq", "both"])
    let programmeKeys: Set<String> = ["schools", "rate_pct", "increase", "growth_pct",
                                      "change_from_previous_entry", "point_change", "multiple_of_first"]
    for entry in series ?? [] {
        #expect(keys(entry) == entryKeys)
        for programme in ["cs", "hq", "both"] { #expect(keys(entry[programme]) == programmeKeys) }
    }
    #expect(series?.count == 3)
    // The first entry has nothing to compare with: null, not left out.
    #expect((series?.first?["cs"] as? [String: Any])?["change_from_previous_entry"] is NSNull)
}

@Test func jsonShapeTable() throws {
    let json = try jsonOutput(["table", "--format", "json"])
    #expect(keys(json) == fileKeys.union(["year", "year_label", "reference_date", "dimension", "measure", "measure_ja", "measure_en", "rows"]))
    #expect((json as? [String: Any])?["file"] is NSNull)
    #expect((json as? [String: Any])?["built_in"] as? Bool == true)
    #expect(keys(first(json, "rows")) == measureRowKeys)
}

@Test func jsonShapeTableByPrefecture() throws {
    let path = temporaryFile("""
        year,prefecture,total_schools,cs_schools,cs_increase
        2021,北海道,100,80,10
        2021,青森県,200,160,20
        2021,合計,300,240,30

        """, name: "pref.csv")
    let json = try jsonOutput(["table", path, "--by", "prefecture", "--format", "json"])
    #expect(keys(json) == fileKeys.union(["year", "year_label", "reference_date", "dimension", "measure", "measure_ja", "measure_en", "rows"]))
    #expect((json as? [String: Any])?["file"] as? String == path)
    let row = first(json, "rows")
    #expect(keys(row) == measureRowKeys.union(["rank", "map_class", "map_class_ja", "map_class_en"]))
    #expect((row as? [String: Any])?["key"] as? String == "01")
}

@Test func jsonShapeGrowth() throws {
    let rowKeys: Set<String> = ["key", "label_ja", "label_en", "label", "previous", "current", "increase", "growth_pct", "point_change", "comparable"]
    let topKeys: Set<String> = fileKeys.union(["measure", "measure_ja", "measure_en", "source", "previous_year", "previous_year_label",
                                               "current_year", "current_year_label", "increases_compared", "scope_changed", "rows", "disagreements", "only_in_previous"])
    let one = try jsonOutput(["growth", dataPath("cs_r3_2021.csv"), "--format", "json"])
    #expect(keys(one) == topKeys)
    #expect(keys(first(one, "rows")) == rowKeys)

    // A printed increase that disagrees with the difference.
    let r3 = try String(contentsOfFile: dataPath("cs_r3_2021.csv"), encoding: .utf8)
        .replacingOccurrences(of: "幼稚園,,276,9.8,39,", with: "幼稚園,,276,9.8,40,")
    let path = temporaryFile(r3, name: "r3.csv")
    let two = try jsonOutput(["growth", path, dataPath("cs_r2_2020.csv"), "--format", "json"])
    #expect(keys(two) == topKeys)
    #expect(keys(first(two, "rows")) == rowKeys)
    #expect(keys(first(two, "disagreements")) == ["key", "label_ja", "label_en", "label", "printed_increase", "difference"])
}

@Test func jsonShapeOverlap() throws {
    let json = try jsonOutput(["overlap", "--format", "json"])
    #expect(keys(json) == fileKeys.union(["year", "year_label", "reference_date", "rows"]))
    #expect(keys(first(json, "rows")) == ["key", "label_ja", "label_en", "label", "cs", "hq", "both",
                                          "both_share_of_cs_pct", "both_share_of_hq_pct", "similar"])
}

@Test func jsonShapeDenominators() throws {
    let json = try jsonOutput(["denominators", "--format", "json"])
    #expect(keys(json) == fileKeys.union(["tables"]))
    let table = try #require(first(json, "tables"))
    #expect(keys(table) == ["year", "year_label", "reference_date", "rows", "total", "rows_added_up", "consistent"])
    let lineKeys: Set<String> = ["key", "label_ja", "label_en", "label", "denominator", "cs", "hq", "common"]
    #expect(keys(first(table, "rows")) == lineKeys)
    #expect(keys((table as? [String: Any])?["total"]) == lineKeys)
    let row = first(table, "rows") as? [String: Any]
    #expect(row?["key"] as? String == "kindergarten")
    #expect(keys(row?["common"]) == ["lower", "upper"])
}

@Test func jsonShapeAggregate() throws {
    let path = temporaryFile(schoolCSV, name: "schools.csv")
    let json = try jsonOutput(["aggregate", path, "--format", "json"])
    #expect(keys(json) == fileKeys.union(["keys", "records", "skipped", "groups"]))
    let counts: Set<String> = ["total_schools", "cs_schools", "hq_schools", "both_schools", "similar_schools",
                               "cs_rate_pct", "hq_rate_pct", "both_rate_pct"]
    #expect(keys(first(json, "groups")) == counts.union(["year", "school_type", "school_type_label"]))

    let all = try jsonOutput(["aggregate", path, "--by", "year,prefecture,municipality,school-type", "--format", "json"])
    #expect(keys(first(all, "groups")) == counts.union(["year", "prefecture_code", "prefecture", "municipality",
                                                         "school_type", "school_type_label"]))
}

@Test func jsonShapeAggregateSkipped() throws {
    let path = temporaryFile(schoolCSV + "2021,大坂府,大阪市,小学校,S009,1,0,0\n", name: "schools.csv")
    let json = try jsonOutput(["aggregate", path, "--skip-invalid", "--max-skipped", "100", "--format", "json"])
    let skipped = (json as? [String: Any])?["skipped"] as? [String: Any]
    #expect(keys(skipped) == ["unknown_prefecture"])
    #expect(keys(skipped?["unknown_prefecture"]) == ["count", "first_lines"])
}

@Test func jsonShapeCheck() throws {
    let clean = try jsonOutput(["check", dataPath("cs_r3_2021.csv"), "--format", "json"])
    #expect(keys(clean) == ["files", "findings", "errors", "warnings", "summary"])

    let r3 = try String(contentsOfFile: dataPath("cs_r3_2021.csv"), encoding: .utf8)
        .replacingOccurrences(of: "幼稚園,,276,9.8,39,", with: "幼稚園,,276,9.8,40,")
    let path = temporaryFile(r3, name: "r3.csv")
    let json = try jsonOutput(["check", path, "--previous", dataPath("cs_r2_2020.csv"), "--format", "json"], expectedCode: 1)
    #expect(keys(json) == ["files", "findings", "errors", "warnings", "summary"])
    #expect(keys(first(json, "findings")) == ["severity", "file", "line", "column", "cell", "row", "field", "expected", "found", "message"])
}
