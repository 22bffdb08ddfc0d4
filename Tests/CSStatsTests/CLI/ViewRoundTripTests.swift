import CSStats
import Foundation
import Testing
@testable import cs_stats

// A round trip of `cs-stats view FILE --format csv`: 300 random tables of strings, from a fixed
// seed, written as CSV the way Python's csv.writer writes it (QUOTE_MINIMAL), in UTF-8, UTF-8
// with a BOM or CP932, with CRLF or LF line ends, read by the CLI in-process (from a file, or
// from standard input), and its output read back by a small reference parser written here.
//
// - `--raw --format csv` must give back exactly the records written, whatever the file.
// - `--format csv` must give back exactly the records written when the library says the file
//   is not a survey table (`DelimitedTable(path:).layout.kind == .other`); for any other kind,
//   the records after the header must be exactly the records the layout gives role `.data`
//   (or, for a survey table the layout refuses, the output may be every record, exactly).
// - A file the library refuses must be refused with exit 65, a message, and nothing on
//   standard output; an empty file (no records) must be refused as having no header row.
//
// No record of zero fields is generated: such a record is an empty line, which readers skip
// (Python writes `[]` as one). A record of one empty field is written `""`.
// `Scripts/roundtrip-view.py` runs the same comparison against Python's csv module itself.

// MARK: Vocabulary (as in Scripts/roundtrip-view.py)

private let emptyWords = [""]
private let spaceWords = [" ", "  ", "   ", "\u{3000}", " \u{3000} "]
private let asciiWords = ["alpha", "beta", "school", "total", "N/A", "x", "foo bar", "id", "note", "Tokyo",
                          "a-b", "O'Brien", "n", "rate", "yes", "no"]
private let numberWords = ["0", "1", "7", "39", "276", "7,051", "11,856", "12,570", "1,167", "35,564", "9.8%",
                           "37.5%", "100.0%", "0.0%", "66.9", "-3", "△12", "▲5", "1.5", "1,000,000", "３７．５％"]
private let japaneseWords = ["学校種", "小学校", "中学校", "幼稚園", "義務教育学校", "高等学校", "中等教育学校",
                             "特別支援学校", "導入校数", "導入率", "整備校数", "整備率", "増加校数", "合計", "計",
                             "※注", "※ 幼稚園には幼稚園型認定こども園を含む。", "注1) 公立学校のみ",
                             "資料：文部科学省", "コミュニティ・スクール", "地域学校協働本部", "学校運営協議会",
                             "東京都", "北海道", "大阪府", "令和3年度", "区分", "－", "…", "～", "（校）", "（％）",
                             "ｺﾐｭﾆﾃｨ･ｽｸｰﾙ", "ﾅｼ", "①", "髙等学校"]
/// Half-width katakana, as a legacy system exports it (ﾅｼ and ﾏｽ are also valid UTF-8 bytes in CP932).
private let halfWidthWords = ["ﾅｼ", "ｱﾘ", "ﾏｽ", "ｺﾐｭﾆﾃｨ･ｽｸｰﾙ", "ｼｮｳｶﾞｯｺｳ", "ﾃｽﾄ", "ｺﾞｳｹｲ"]
/// Not in CP932: UTF-8 files only.
private let utf8OnlyWords = ["café", "𠮷野家", "naïve", "½", "€100", "😀"]
private let commaWords = ["a,b", "7,051,000", "学校,数", ",", ",,", "x, y", "導入校数,合計"]
private let quoteWords = ["say \"hi\"", "\"", "\"\"", "\"quoted\"", "a\"b", "\"7,051\"", "小学校\""]
private let breakWords = ["line1\nline2", "a\rb", "x\r\ny", "\n", "\r\n", "\r", "導入率\n（％）", "end\n",
                          "\nstart", "a\n\nb", "a\r\rb", "q\"\n\"q", "a,\nb"]
private let paddedWords = [" lead", "trail ", "  both  ", " 小学校 ", "\u{3000}合計", "7,051 ", " 9.8%", "\t tab"]

private let schoolTypes = ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校"]
private let prefectures = ["北海道", "青森県", "東京都", "大阪府", "沖縄県"]
private let titleWords = ["コミュニティ・スクールの導入状況（令和3年度）", "学校種別の導入状況", "令和5年5月1日現在",
                          "表1 地域学校協働本部の整備状況", "Community schools by type"]
private let noteWords = ["※ 幼稚園には幼稚園型認定こども園を含む。", "注1) 公立学校のみ", "資料：文部科学省",
                         "※注", "備考：速報値", "* provisional"]
private let labelHeaders = ["学校種", "区分", "都道府県", "", "school_type", "校種"]
private let measureHeaders = ["導入校数", "導入率", "増加校数", "整備校数", "整備率", "導入率（％）", "学校数",
                              "いずれも整備", "類似の仕組み", "cs_schools", "hq_rate_pct", "total"]
private let groupedMeasureHeaders = ["導入校数", "導入率", "増加校数", "学校数", "率", "前年度比"]
private let groupWords = ["コミュニティ・スクール", "地域学校協働本部"]
private let unitWords = ["（校）", "（％）", "(校)", "単位：校"]

// MARK: Generation

private enum Encoding: String { case utf8 = "UTF-8", utf8BOM = "UTF-8 with BOM", cp932 = "CP932" }

/// Which words a file's random fields come from.
private enum Flavour { case utf8, cp932, halfWidth }

/// One generated file.
private struct RoundTripCase {
    var index: Int
    var records: [[String]]
    var encoding: Encoding
    var terminator: String
    var viaStandardInput: Bool
    var shape: String

    var text: String { csvText(records, terminator: terminator) }

    /// The file's bytes; `nil` when the text cannot be written in the encoding and read back.
    var bytes: [UInt8]? {
        switch encoding {
        case .utf8: return Array(text.utf8)
        case .utf8BOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .cp932:
            guard let data = text.data(using: .shiftJIS), String(data: data, encoding: .shiftJIS) == text else { return nil }
            return Array(data)
        }
    }

    /// Everything needed to reproduce a failure: the case, how it was written, the input.
    var description: String {
        let input = bytes ?? []
        var text = "case \(index) of seed 0x\(String(roundTripSeed, radix: 16)) (\(shape); \(records.count) records; "
            + "\(encoding.rawValue); \(terminator == "\r\n" ? "CRLF" : "LF"); \(viaStandardInput ? "standard input" : "file"))\n"
            + "  records: \(records)\n  input:   \(swiftLiteral(self.text))"
        if encoding != .utf8 { text += "\n  bytes:   \(input.map { String(format: "%02X", $0) }.joined(separator: " "))" }
        return text
    }
}

private func weighted<T>(_ rng: inout SplitMix64, _ choices: [(T, Int)]) -> T {
    var r = rng.below(choices.reduce(0) { $0 + $1.1 })
    for (item, weight) in choices {
        if r < weight { return item }
        r -= weight
    }
    return choices[choices.count - 1].0
}

private func field(_ rng: inout SplitMix64, _ flavour: Flavour) -> String {
    var kinds: [([String], Int)] = [
        (emptyWords, 14), (spaceWords, 6), (asciiWords, 14), (numberWords, 16), (japaneseWords, 18), (commaWords, 7),
        (quoteWords, 6), (breakWords, 7), (paddedWords, 7),
    ]
    switch flavour {
    case .utf8: kinds.append((utf8OnlyWords, 3))
    case .cp932: break
    case .halfWidth:
        // ASCII and half-width katakana only.
        kinds = kinds.map { words, weight in
            (words == japaneseWords ? halfWidthWords : words.filter { $0.allSatisfy(\.isASCII) }, weight)
        }.filter { !$0.0.isEmpty }
    }
    return rng.pick(weighted(&rng, kinds))
}

/// A non-empty word or number.
private func value(_ rng: inout SplitMix64, _ flavour: Flavour) -> String {
    if flavour == .halfWidth { return rng.pick(asciiWords + halfWidthWords + numberWords.filter { $0.allSatisfy(\.isASCII) }) }
    return rng.pick(asciiWords + japaneseWords + numberWords)
}

private func randomRow(_ rng: inout SplitMix64, width: Int, _ flavour: Flavour) -> [String] {
    let shape = weighted(&rng, [("random", 60), ("empty", 8), ("first", 7), ("last", 7), ("one", 5), ("header", 5), ("ragged", 8)])
    switch shape {
    case "empty": return Array(repeating: "", count: width)
    case "first": return [value(&rng, flavour)] + Array(repeating: "", count: width - 1)
    case "last": return Array(repeating: "", count: width - 1) + [value(&rng, flavour)]
    case "one": return [field(&rng, flavour)]
    case "header": return [rng.pick(labelHeaders)] + (1..<max(width, 1)).map { _ in rng.pick(measureHeaders) }
    case "ragged": return (0..<rng.int(1...8)).map { _ in field(&rng, flavour) }
    default: return (0..<width).map { _ in field(&rng, flavour) }
    }
}

private func randomRecords(_ rng: inout SplitMix64, width: Int, count: Int, _ flavour: Flavour) -> [[String]] {
    var records = (0..<count).map { _ in randomRow(&rng, width: width, flavour) }
    if !records.isEmpty, rng.chance(30) {
        // Trailing one-value rows, as a note under a table.
        for _ in 0..<rng.int(1...3) where records.count < 30 {
            records.append([rng.pick((flavour == .halfWidth ? [] : noteWords) + asciiWords + [""])])
        }
    }
    return records
}

/// A table shaped like a published one (titles, group row, header, units, data, notes), mutated.
private func surveyRecords(_ rng: inout SplitMix64, width: Int, count: Int, _ flavour: Flavour) -> [[String]] {
    let width = max(width, 2)
    var records: [[String]] = []
    func pad(_ cells: [String], _ rng: inout SplitMix64) -> [String] {
        rng.chance(60) ? cells + Array(repeating: "", count: width - cells.count) : cells
    }
    for _ in 0..<rng.pick([0, 0, 1, 1, 2]) { records.append(pad([rng.pick(titleWords)], &rng)) }
    if !records.isEmpty, rng.chance(40) { records.append(pad([""], &rng)) }
    let grouped = rng.chance(30)
    let measures = grouped ? groupedMeasureHeaders : measureHeaders
    if grouped {
        records.append([""] + (1..<width).map { i in i == 1 || rng.chance(30) ? rng.pick(groupWords) : "" })
    }
    let label = rng.pick(labelHeaders)
    var names = measures
    var header = [label]
    while header.count < width {
        if names.isEmpty { header.append(rng.pick(measures)); continue }
        header.append(names.remove(at: rng.below(names.count)))
    }
    if rng.chance(15) { header = header.map { !$0.isEmpty && rng.chance(30) ? rng.pick(Array(paddedWords.prefix(3))) + $0 : $0 } }
    records.append(header)
    if rng.chance(20) { records.append([""] + (1..<width).map { _ in rng.pick(unitWords) }) }
    let labels = label == "都道府県" ? prefectures : schoolTypes
    for _ in 0..<rng.int(0...max(0, count - records.count - 2)) {
        if rng.chance(8) {
            records.append(rng.chance(70) ? Array(repeating: "", count: width) : [""])
            continue
        }
        var row = [rng.chance(90) ? rng.pick(labels + ["合計"]) : rng.pick([""] + labels)]
        row += (1..<width).map { _ in rng.pick(numberWords + ["", "－", "…"]) }
        if rng.chance(15) { row[rng.below(width)] = field(&rng, flavour) }  // a stray value of any kind
        if rng.chance(1) {  // a ragged data row
            row = rng.chance(50) ? Array(row.prefix(rng.int(1...width))) : row + [field(&rng, flavour)]
        }
        records.append(row)
    }
    for _ in 0..<rng.pick([0, 0, 1, 2]) { records.append(pad([rng.pick(noteWords)], &rng)) }
    if rng.chance(10) { records.append(randomRow(&rng, width: width, flavour)) }
    return Array(records.prefix(30))
}

private let roundTripSeed: UInt64 = 0x5EED_0F_7A_B1E5_2024
private let roundTripCount = 300

private func roundTripCase(_ index: Int) -> RoundTripCase {
    var rng = SplitMix64(state: roundTripSeed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
    var encoding = weighted(&rng, [(Encoding.utf8, 55), (.utf8BOM, 20), (.cp932, 25)])
    let flavour: Flavour = encoding != .cp932 ? .utf8 : rng.chance(20) ? .halfWidth : .cp932
    let terminator = rng.chance(50) ? "\r\n" : "\n"
    let width = rng.int(1...8)
    let count = rng.int(0...30)
    let survey = width >= 2 && rng.chance(40)
    let records = survey
        ? surveyRecords(&rng, width: width, count: count, flavour)
        : randomRecords(&rng, width: width, count: count, flavour)
    let viaStandardInput = rng.chance(25)
    var c = RoundTripCase(index: index, records: records, encoding: encoding, terminator: terminator,
                          viaStandardInput: viaStandardInput,
                          shape: (survey ? "survey" : "random") + (flavour == .halfWidth ? ", half-width kana" : ""))
    if c.bytes == nil { encoding = .utf8; c.encoding = encoding }  // a word CP932 cannot hold
    return c
}

// MARK: Writing and reading CSV, independently of the library

/// Records as Python's csv.writer writes them (QUOTE_MINIMAL): a field holding a comma, a quote,
/// CR or LF is quoted, with quotes doubled; a record of exactly one empty field is `""`.
private func csvText(_ records: [[String]], terminator: String) -> String {
    var out = ""
    for record in records {
        precondition(!record.isEmpty, "a record of no fields is an empty line")
        if record == [""] {
            out += "\"\"" + terminator
            continue
        }
        out += record.map { field in
            // Scalars, not Characters: "\r\n" is one Character, and contains neither "\r" nor "\n".
            guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return field }
            var quoted = String.UnicodeScalarView()
            quoted.append("\"")
            for scalar in field.unicodeScalars {
                if scalar == "\"" { quoted.append("\"") }
                quoted.append(scalar)
            }
            quoted.append("\"")
            return String(quoted)
        }.joined(separator: ",") + terminator
    }
    return out
}

/// The records of CSV text, as RFC 4180 says: fields quoted or not, `""` in a quoted field,
/// LF, CRLF or CR line ends. An empty line is a record of no fields (the CLI never writes one);
/// `nil` for malformed quoting.
private func parseCSV(_ text: String) -> [[String]]? {
    let bytes = Array(text.utf8)
    let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
    let n = bytes.count
    var records: [[String]] = []
    var i = 0
    func skipLineEnd(_ i: inout Int) { i += (bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf) ? 2 : 1 }
    while i < n {
        if bytes[i] == cr || bytes[i] == lf {
            records.append([])
            skipLineEnd(&i)
            continue
        }
        var fields: [String] = []
        while true {
            var field: [UInt8] = []
            if i < n, bytes[i] == quote {
                i += 1
                while true {
                    guard i < n else { return nil }
                    if bytes[i] == quote {
                        if i + 1 < n, bytes[i + 1] == quote {
                            field.append(quote)
                            i += 2
                        } else {
                            i += 1
                            break
                        }
                    } else {
                        field.append(bytes[i])
                        i += 1
                    }
                }
                guard i == n || bytes[i] == comma || bytes[i] == cr || bytes[i] == lf else { return nil }
            } else {
                while i < n, bytes[i] != comma, bytes[i] != cr, bytes[i] != lf {
                    if bytes[i] == quote { return nil }
                    field.append(bytes[i])
                    i += 1
                }
            }
            fields.append(String(decoding: field, as: UTF8.self))
            if i < n, bytes[i] == comma {
                i += 1
                continue
            }
            if i < n { skipLineEnd(&i) }
            break
        }
        records.append(fields)
    }
    return records
}

/// Records compared scalar by scalar (String's == would call canonically equivalent text equal).
private func scalars(_ records: [[String]]) -> [[[Unicode.Scalar]]] {
    records.map { $0.map { Array($0.unicodeScalars) } }
}

/// Whether the records read back are the records written, scalar for scalar.
private func same(_ got: [[String]]?, _ expected: [[String]]) -> Bool {
    got.map(scalars) == scalars(expected)
}

/// What was read back, for a message.
private func shown(_ got: [[String]]?, output: String) -> String {
    got.map { "\($0)" } ?? "malformed CSV \(swiftLiteral(output))"
}

/// Text as a Swift string literal.
private func swiftLiteral(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\u{3000}": out += "\\u{3000}"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

/// Writes bytes to a new temporary `.csv` file and returns its path.
private func temporaryCSV(_ bytes: [UInt8], index: Int) -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("cs-stats-roundtrip-\(UUID().uuidString)-\(index).csv")
    try! Data(bytes).write(to: url)
    return url.path
}

// MARK: Tests

@Suite struct ViewRoundTripTests {
    @Test(arguments: 0..<roundTripCount)
    func viewCSVGivesBackTheRecords(index: Int) throws {
        let c = roundTripCase(index)
        let bytes = try #require(c.bytes, "\(c.description)")
        let path = temporaryCSV(bytes, index: index)
        defer { try? FileManager.default.removeItem(atPath: path) }

        func view(_ options: [String]) -> (code: Int32, out: String, err: String) {
            if c.viaStandardInput {
                let console = Console.captured(input: bytes)
                let code = CLI.run(arguments: ["view", "-"] + options, console: console)
                return (code, console.standardOutput, console.standardError)
            }
            return runCLI(["view", path] + options)
        }

        // An empty file has no header row: every form refuses it, saying so.
        if c.records.isEmpty {
            for options in [["--raw", "--format", "csv"], ["--format", "csv"]] {
                let result = view(options)
                #expect(result.code == 65 && result.out.isEmpty && result.err.contains("no header row"),
                        "\(options.joined(separator: " ")): exit \(result.code), stderr \(result.err)\n\(c.description)")
            }
            return
        }

        // Bytes that are valid UTF-8 and valid Shift_JIS, with no Japanese as UTF-8 (half-width
        // kana ﾏｽ is CF BD, Ͻ in UTF-8), cannot be told apart: the reading must say it guessed.
        if let input = try? DecodedInput(bytes: bytes, encoding: nil, file: nil), input.couldBeShiftJIS {
            let raw = view(["--raw", "--format", "csv"])
            #expect(raw.code == 0 && raw.err.contains("give --encoding shift_jis if the file is Shift_JIS"),
                    "an ambiguous encoding was not said: stderr \(raw.err)\n\(c.description)")
            return
        }

        // --raw: every record, exactly, whatever the file.
        let raw = view(["--raw", "--format", "csv"])
        #expect(raw.code == 0, "--raw refused a well-formed file: exit \(raw.code), stderr \(raw.err)\n\(c.description)")
        if raw.code == 0 {
            let got = parseCSV(raw.out)
            #expect(same(got, c.records), "--raw changed the records: got \(shown(got, output: raw.out))\n\(c.description)")
        }

        // Plain CSV: record for record unless the library recognises a survey table.
        let plain = view(["--format", "csv"])
        let table: DelimitedTable
        do {
            table = try DelimitedTable(path: path)
        } catch {
            // The library refuses the file: so must the command, with the reason and no output.
            #expect(plain.code == 65 && plain.out.isEmpty && plain.err.contains("error:"),
                    "the library refuses the file (\(error)) but --format csv gave exit \(plain.code), stderr \(plain.err)\n\(c.description)")
            return
        }
        #expect(plain.code == 0, "--format csv: exit \(plain.code), stderr \(plain.err)\n\(c.description)")
        guard plain.code == 0 else { return }
        let got = parseCSV(plain.out)
        if table.layout.kind == .other {
            #expect(same(got, c.records),
                    "--format csv changed the records of a file that is not a survey table: got \(shown(got, output: plain.out))\n\(c.description)")
        } else if table.layout.refusal != nil, same(got, c.records) {
            // A survey table refused as it stands, written record for record: nothing is lost.
        } else {
            // A survey table: the header, then exactly the records the layout calls data, in order.
            try #require(table.layout.roles.count == c.records.count,
                         "the library read \(table.layout.roles.count) records\n\(c.description)")
            let data = zip(c.records, table.layout.roles).filter { $0.1 == .data }.map(\.0)
            let refusal = table.layout.refusal.map { " (refused as a survey table: \($0.description))" } ?? ""
            #expect(same(got.map { Array($0.dropFirst()) }, data),
                    "--format csv of a \(table.layout.kind.rawValue) table\(refusal): the records after the header are not the data records \(data): got \(shown(got, output: plain.out))\n\(c.description)")
        }
    }

    /// The writer and parser above, on records whose CSV is known by hand.
    @Test func writerAndParserAgreeWithPythonsCSV() {
        // Each as Python's csv.writer(lineterminator="\r\n").writerows(records) gives it.
        let known: [([[String]], String)] = [
            ([["a", "b"], ["c"]], "a,b\r\nc\r\n"),
            ([[""]], "\"\"\r\n"),
            ([["", ""]], ",\r\n"),
            ([[" "]], " \r\n"),
            ([["a,b", "say \"hi\"", "x\r\ny", "a\rb", "\n"]], "\"a,b\",\"say \"\"hi\"\"\",\"x\r\ny\",\"a\rb\",\"\n\"\r\n"),
            ([["学校種", "7,051", "9.8%"]], "学校種,\"7,051\",9.8%\r\n"),
        ]
        for (records, text) in known {
            #expect(csvText(records, terminator: "\r\n") == text)
            #expect(same(parseCSV(text), records))
            #expect(parseCSV(text.replacingOccurrences(of: "\r\n", with: "\n")) != nil)
        }
        #expect(parseCSV("a\n\nb\n") == [["a"], [], ["b"]])
        #expect(parseCSV("\"a") == nil)
        #expect(parseCSV("a\"b") == nil)
        #expect(parseCSV("\"a\"b") == nil)
        // Every generated case has records of at least one field and writes in its encoding; the
        // cases cover both branches of the comparison, every encoding and both ways of reading.
        var kinds: [Layout.Kind: Int] = [:]
        var encodings: [String: Int] = [:]
        var standardInput = 0
        for index in 0..<roundTripCount {
            let c = roundTripCase(index)
            #expect(c.records.allSatisfy { !$0.isEmpty } && c.bytes != nil, "\(c.description)")
            guard let bytes = c.bytes else { continue }
            encodings[c.encoding.rawValue, default: 0] += 1
            if c.viaStandardInput { standardInput += 1 }
            if let input = try? DecodedInput(bytes: bytes, encoding: nil, file: "case.csv"),
               let table = try? DelimitedTable(input: input, file: "case.csv") {
                kinds[table.layout.kind, default: 0] += 1
            }
        }
        let surveys = kinds.filter { $0.key != .other }.values.reduce(0, +)
        #expect(kinds[.other, default: 0] >= 50 && surveys >= 50, "kinds read: \(kinds)")
        #expect(encodings.count == 3 && encodings.values.allSatisfy { $0 >= 30 }, "encodings: \(encodings)")
        #expect(standardInput >= 30 && standardInput <= roundTripCount - 30)
    }
}
