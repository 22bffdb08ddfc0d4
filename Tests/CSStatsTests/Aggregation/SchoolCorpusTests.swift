import Foundation
import Testing
@testable import CSStats

// The school-level corpus (Tests/Layouts/schools): files exported the way boards of education
// make them, each beside NAME.expected.json with its counts worked out by hand (see the folder's
// README). Each is aggregated through the command line, as a user would, and compared.

private let schoolsDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Layouts").appendingPathComponent("schools")

private let schoolFiles: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: schoolsDirectory.path)) ?? []
    return names.filter { $0.hasSuffix(".expected.json") }.map { String($0.dropLast(".expected.json".count)) }.sorted()
}()

@Test func theSchoolCorpusHoldsAtLeastTwentyFiles() {
    #expect(schoolFiles.count >= 20)
}

@Test(arguments: schoolFiles)
func schoolFileCountsAsExpected(_ stem: String) throws {
    let expected = try #require(try JSONSerialization.jsonObject(
        with: Data(contentsOf: schoolsDirectory.appendingPathComponent("\(stem).expected.json"))) as? [String: Any])
    let path = try #require(["csv", "tsv", "txt"].map { schoolsDirectory.appendingPathComponent("\(stem).\($0)").path }
        .first { FileManager.default.fileExists(atPath: $0) })
    let options = expected["options"] as? [String] ?? []
    let by = expected["by"] as? String ?? "year,school-type"
    let r = runCLI(["aggregate", path, "--by", by, "--format", "json"] + options)

    if expected["outcome"] as? String == "refused" {
        #expect(r.code == 65, "\(stem): exit \(r.code), stderr \(r.err)")
        for mention in expected["error_mentions"] as? [String] ?? [] {
            #expect(r.err.contains(mention), "\(stem): the refusal '\(r.err)' does not mention '\(mention)'")
        }
        return
    }
    #expect(r.code == 0, "\(stem): exit \(r.code), stderr \(r.err)")
    guard r.code == 0 else { return }
    let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    let groups = try #require(json["groups"] as? [[String: Any]])
    let got = groups.map { g -> String in
        let year = (g["year"] as? Int).map(String.init) ?? "-"
        let counts = ["total_schools", "cs_schools", "hq_schools", "both_schools", "similar_schools"].map { key in
            (g[key] as? Int).map(String.init) ?? "null"
        }
        return "\(year) \(g["school_type_label"] as? String ?? "?") \(counts.joined(separator: " "))"
    }
    let want = (expected["groups"] as? [[String: Any]] ?? []).map { g -> String in
        let year = (g["year"] as? Int).map(String.init) ?? "-"
        let counts = ["schools", "cs", "hq", "both", "similar"].map { key in (g[key] as? Int).map(String.init) ?? "null" }
        return "\(year) \(g["school_type"] as? String ?? "?") \(counts.joined(separator: " "))"
    }
    #expect(got == want, "\(stem)")
    let skipped = (json["skipped"] as? [String: Any])?.values.compactMap { ($0 as? [String: Any])?["count"] as? Int }.reduce(0, +) ?? 0
    #expect(skipped == expected["skipped"] as? Int ?? 0, "\(stem): skipped")
}
