import Foundation
import Testing
@testable import CSStats
@testable import cs_stats

/// Properties that must hold for any input a seeded generator makes (no package: SplitMix64).
@Suite struct PropertyTests {
    /// Cells of the shapes that break writers and readers: quotes, delimiters, line breaks of
    /// every kind, kanji and kana, half-width katakana, spaces, empty and blank cells.
    static let pieces = ["a", "7,051", "\"", "\"\"", ",", "\t", ";", "\n", "\r\n", "\r", " ", "　", "学校", "都道府県",
                         "ｱｲｳ", "コミュニティ・スクール", "x y", "-3", "=1+2", "△5", "…", "－", "0"]

    static func cell(_ rng: inout SplitMix64) -> String {
        if rng.chance(15) { return "" }
        return (0..<rng.int(1...4)).map { _ in rng.pick(pieces) }.joined()
    }

    static func table(_ rng: inout SplitMix64) -> [[String]] {
        let columns = rng.int(1...6)
        return (0..<rng.int(1...12)).map { _ in (0..<columns).map { _ in cell(&rng) } }
    }

    /// The records a reader gives for bytes (already UTF-8).
    static func read(_ utf8: [UInt8], delimiter: UInt8, chunking: Chunking) throws -> [[String]] {
        let reader = chunking.reader(utf8, delimiter: delimiter)
        let record = CSVRecord()
        var records: [[String]] = []
        while try reader.read(into: record) { records.append(record.fields) }
        return records
    }

    @Test(arguments: [UInt8(ascii: ","), UInt8(ascii: "\t")])
    func aTableSurvivesWriteThenReadInUTF8(delimiter: UInt8) throws {
        var rng = SplitMix64(state: 20261202 &+ UInt64(delimiter))
        for trial in 0..<400 {
            let rows = Self.table(&rng)
            let text = TextTable(columns: rows[0].map { TextTable.Column(title: $0) }, rows: Array(rows.dropFirst()))
                .renderDelimited(delimiter: delimiter)
            for chunking in Chunking.allCases {
                let back = try Self.read(Array(text.utf8), delimiter: delimiter, chunking: chunking)
                #expect(back == rows, "trial \(trial), \(chunking): \(text.debugDescription)")
            }
        }
    }

    @Test(arguments: [UInt8(ascii: ","), UInt8(ascii: "\t")])
    func aTableSurvivesWriteThenReadInCP932(delimiter: UInt8) throws {
        var rng = SplitMix64(state: 932 &+ UInt64(delimiter))
        for trial in 0..<300 {
            let rows = Self.table(&rng)
            let text = TextTable(columns: rows[0].map { TextTable.Column(title: $0) }, rows: Array(rows.dropFirst()))
                .renderDelimited(delimiter: delimiter)
            // Every piece exists in CP932 (the generator holds no character outside it).
            let bytes = try #require(text.data(using: .shiftJIS)).map { $0 }
            // Decoded whole, as a table is read …
            let whole = try DecodedInput(bytes: bytes, encoding: .shiftJIS, file: nil)
            #expect(try Self.read(whole.utf8, delimiter: delimiter, chunking: .whole) == rows, "trial \(trial)")
            // … and chunk by chunk, as `view` streams a large file: cut at every few bytes.
            for step in [1, 2, 3, 7] {
                let source = ShiftJISDecodingSource(TrickleByteSource(bytes, step: step), file: nil, chunkSize: 5)
                let reader = CSVReader(source: source, delimiter: delimiter, file: nil)
                let record = CSVRecord()
                var back: [[String]] = []
                while try reader.read(into: record) { back.append(record.fields) }
                #expect(back == rows, "trial \(trial), step \(step)")
            }
        }
    }

    @Test func theInferredDenominatorIntervalHoldsTheTrueOne() {
        var rng = SplitMix64(state: 19)
        var sum = DenominatorBounds(lower: 0, upper: 0)
        var trueSum = 0
        for _ in 0..<20_000 {
            let denominator = rng.chance(20) ? rng.int(1...60) : rng.int(1...40_000)
            let count = rng.int(0...denominator)
            let printed = Ratio(count, denominator)!.percent(scale: 1)
            guard let bounds = DenominatorBounds.consistent(count: count, printedPercent: printed) else {
                Issue.record("no interval for \(count) / \(denominator) printed \(printed)")
                continue
            }
            #expect(bounds.contains(denominator), "\(count) / \(denominator) printed \(printed): \(bounds)")
            if rng.chance(5) {
                sum = sum + bounds
                trueSum += denominator
            }
        }
        #expect(sum.contains(trueSum))
    }

    /// A school-type table whose figures are consistent by construction: rates as the exact
    /// ratios rounded half up, a 合計 row of the sums.
    static func publishedTable(_ rng: inout SplitMix64) -> (csv: String, rows: [[Int]]) {
        let types = ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校"]
        var lines = ["year,reference_date,school_type,total_schools,cs_schools,cs_rate_pct,hq_schools,hq_rate_pct,both_schools,similar_schools"]
        var sums = [0, 0, 0, 0, 0]
        var rows: [[Int]] = []
        func rate(_ n: Int, _ d: Int) -> String { Ratio(n, d)!.percent(scale: 1).description }
        for type in types {
            let total = rng.int(1...20_000)
            let cs = rng.int(0...total), hq = rng.int(0...total)
            let both = rng.int(max(0, cs + hq - total)...min(cs, hq))
            let similar = rng.int(0...(total - cs))
            rows.append([total, cs, hq, both, similar])
            for (k, v) in [total, cs, hq, both, similar].enumerated() { sums[k] += v }
            lines.append("2021,2021-05-01,\(type),\(total),\(cs),\(rate(cs, total)),\(hq),\(rate(hq, total)),\(both),\(similar)")
        }
        lines.append("2021,2021-05-01,合計,\(sums[0]),\(sums[1]),\(rate(sums[1], sums[0])),\(sums[2]),\(rate(sums[2], sums[0])),\(sums[3]),\(sums[4])")
        return (lines.joined(separator: "\n") + "\n", rows)
    }

    @Test func aConsistentTableChecksCleanAndAMisprintIsFound() throws {
        var rng = SplitMix64(state: 2021)
        for trial in 0..<60 {
            let (csv, _) = Self.publishedTable(&rng)
            let path = temporaryFile(csv, name: "table.csv")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let clean = runCLI(["check", path])
            #expect(clean.code == 0, "trial \(trial): \(clean.out)\(clean.err)\n\(csv)")
            // One count of one row off by one: the 合計 no longer sums (and maybe a rate fails).
            var lines = csv.split(separator: "\n").map(String.init)
            let row = rng.int(1...7)
            var fields = lines[row].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[4] = String(Int(fields[4])! + (Int(fields[4])! < Int(fields[3])! ? 1 : -1))
            lines[row] = fields.joined(separator: ",")
            let bad = temporaryFile(lines.joined(separator: "\n") + "\n", name: "misprint.csv")
            defer { try? FileManager.default.removeItem(atPath: bad) }
            let found = runCLI(["check", bad])
            #expect(found.code == 1, "trial \(trial)")
            #expect((found.out + found.err).contains("合計"), "trial \(trial): \(found.out)\(found.err)")
        }
    }
}
