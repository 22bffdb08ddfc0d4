import Foundation
@testable import CSStats

/// A small school-level file written by hand: 16 schools over two years (2021: 7, 2022: 9) in
/// three prefectures, named and coded in several spellings, with every flag spelling the survey
/// uses. Expected counts in the tests are worked out from these rows by hand, row by row.
enum SchoolFixture {
    static let header = ["年度", "都道府県", "市区町村", "学校種", "学校コード", "コミュニティ・スクール", "地域学校協働本部", "類似の仕組み"]

    /// Data rows; the comment is the file line (the header is line 1) and what the flags mean.
    static let rows: [[String]] = [
        ["2021", "東京都", "千代田区", "小学校", "S13000001", "1", "1", "0"],              // 2: cs hq
        ["2021", "13", "千代田区", "小", "S13000002", "○", "×", "0"],                     // 3: cs
        ["2021", "東京", "八王子市", "中学校", "S13000003", "有", "有", "無"],            // 4: cs hq
        ["令和3年度", "大阪府", "大阪市\"北区\"", "小学校", "S27000001", "yes", "no", "no"], // 5: cs
        ["2021", "27", "大阪市\"北区\"", "中", "S27000002", "true", "true", "false"],     // 6: cs hq
        ["2021", "27", "堺市", "小学校", "S27000003", "設置", "未設置", "設置"],           // 7: cs similar
        ["2021", "北海道", "札幌市,中央区", "小学校", "S01000001", "0", "1", "1"],        // 8: hq similar
        ["2022", "東京都", "千代田区", "小学校", "S13000001", "1", "1", "0"],              // 9: cs hq (same id, next year)
        ["2022", "13", "千代田区", "小学校", "S13000002", "1", "0", "0"],                  // 10: cs
        ["2022", "東京都", "八王子市", "中学校", "S13000003", "1", "1", "0"],              // 11: cs hq
        ["2022", "大阪", "大阪市\"北区\"", "小", "S27000001", "1", "1", "0"],              // 12: cs hq
        ["R4", "大阪府", "大阪市\"北区\"", "中学校", "S27000002", "○", "○", "×"],         // 13: cs hq
        ["2022", "27", "堺市", "小学校", "S27000003", "有", "無", "無"],                   // 14: cs
        ["2022", "01", "札幌市,中央区", "小学校", "S01000001", "1", "0", "0"],            // 15: cs
        ["2022", "1", "札幌市,中央区", "中学校", "S01000002", "0", "1", "0"],             // 16: hq
        ["2022", "東京都", "八王子市", "特支", "S13000004", "no", "no", "yes"],           // 17: similar
    ]

    /// Writes rows as delimited text, quoting fields that hold the delimiter, a quote or a line break.
    static func text(
        header: [String] = header, rows: [[String]] = rows, delimiter: String = ",",
        lineEnd: String = "\n", finalLineEnd: Bool = true
    ) -> String {
        func field(_ f: String) -> String {
            guard f.contains(delimiter) || f.contains("\"") || f.contains("\n") || f.contains("\r") else { return f }
            return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        let lines = ([header] + rows).map { $0.map(field).joined(separator: delimiter) }
        return lines.joined(separator: lineEnd) + (finalLineEnd ? lineEnd : "")
    }

    static func bytes(_ text: String = text()) -> [UInt8] { Array(text.utf8) }

    /// By year, prefecture and school type: the groups `SchoolAggregatorCountingTests` works out by hand.
    static let byYearPrefectureType = [
        "2021 北海道 小学校: 1 0 1 0 1",
        "2021 東京都 小学校: 2 2 1 1 0",
        "2021 東京都 中学校: 1 1 1 1 0",
        "2021 大阪府 小学校: 2 2 0 0 1",
        "2021 大阪府 中学校: 1 1 1 1 0",
        "2022 北海道 小学校: 1 1 0 0 0",
        "2022 北海道 中学校: 1 0 1 0 0",
        "2022 東京都 小学校: 2 2 1 1 0",
        "2022 東京都 中学校: 1 1 1 1 0",
        "2022 東京都 特別支援学校: 1 0 0 0 1",
        "2022 大阪府 小学校: 2 2 1 1 0",
        "2022 大阪府 中学校: 1 1 1 1 0",
    ]

    /// By municipality, as `SchoolAggregatorCountingTests.byMunicipality` works it out by hand.
    static let byMunicipality = [
        "八王子市: 3 2 2 2 1",
        "千代田区: 4 4 2 2 0",
        "堺市: 2 2 0 0 1",
        "大阪市\"北区\": 4 4 3 3 0",
        "札幌市,中央区: 3 1 2 0 1",
    ]
}

/// A group as one comparable line: its key values, then schools, CS, HQ, both, similar.
func describe(_ g: SchoolAggregation.Group) -> String {
    let keys = [g.year.map { String($0.gregorian) }, g.prefecture?.name, g.schoolType?.label, g.municipality].compactMap { $0 }
    return keys.joined(separator: " ") + ": \(g.schools) \(g.cs) \(g.hq) \(g.both) \(g.similar)"
}

func describe(_ a: SchoolAggregation) -> [String] { a.groups.map(describe) }

/// Aggregates bytes in memory with the test knobs set.
func aggregate(
    _ bytes: [UInt8], by keys: [AggregationKey], file: String? = "schools.csv", skipInvalid: Bool = false,
    delimiter: UInt8? = nil, encoding: TextEncoding? = nil, workers: Int = 1, split: Bool = false, bufferSize: Int? = nil
) throws(ReadError) -> SchoolAggregation {
    var aggregator = SchoolAggregator(keys: keys, skipInvalid: skipInvalid, delimiter: delimiter, encoding: encoding, maximumWorkers: workers)
    if split { aggregator.minimumBytesForSplit = 0 }
    if let bufferSize { aggregator.bufferSize = bufferSize }
    return try aggregator.aggregate(bytes: bytes, file: file)
}

/// The error's description, or "no error".
func errorText(_ body: () throws -> Void) -> String {
    do { try body(); return "no error" } catch { return (error as? ReadError)?.description ?? "\(error)" }
}

/// Writes bytes to a new temporary file and returns its path.
func temporaryFile(bytes: [UInt8], name: String) -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-\(UUID().uuidString)-\(name)")
    try! Data(bytes).write(to: url)
    return url.path
}
