import Foundation
import Testing
@testable import CSStats

/// A differential test of `SchoolAggregator`: a few hundred small school-level files generated
/// from a fixed seed, each aggregated under several settings (one worker; small buffers; forced
/// splits over 2, 3 and 5 workers), must give exactly the groups a naive reference counts with
/// `CSVReader` and dictionaries.
///
/// A file is regenerated from its index alone (`DifferentialFile.generate(index:)`), and a
/// mismatch prints the file's text as an escaped Swift literal, so it can be kept as a named case.
@Suite struct SchoolAggregatorDifferentialTests {
    static let fileCount = 240
    static let keys: [AggregationKey] = [.year, .prefecture, .schoolType]

    /// One way to run the aggregator.
    struct Setting: Sendable, CustomStringConvertible {
        var name: String
        var split = false
        var workers: Int? = nil
        var bufferSize: Int? = nil
        /// Bytes a range: small, so that a few workers take many ranges each, in turn.
        var rangeBytes: Int? = nil
        var path = false
        /// Bytes in memory copied into the worker's buffer, as a file's are, not looked at in place.
        var copied = false
        var description: String { name }

        func aggregator(skipInvalid: Bool) -> SchoolAggregator {
            var a = workers.map { SchoolAggregator(keys: SchoolAggregatorDifferentialTests.keys, skipInvalid: skipInvalid, maximumWorkers: $0) }
                ?? SchoolAggregator(keys: SchoolAggregatorDifferentialTests.keys, skipInvalid: skipInvalid)
            if split { a.minimumBytesForSplit = 0 }
            if let bufferSize { a.bufferSize = bufferSize }
            if let rangeBytes { a.rangeBytes = rangeBytes }
            if copied { a.allowsWindows = false }
            return a
        }

        func run(_ bytes: [UInt8], skipInvalid: Bool) throws(ReadError) -> SchoolAggregation {
            let a = aggregator(skipInvalid: skipInvalid)
            guard path else { return try a.aggregate(bytes: bytes, file: "schools.csv") }
            let file = temporaryFile(bytes: bytes, name: "schools.csv")
            defer { try? FileManager.default.removeItem(atPath: file) }
            do { return try a.aggregate(path: file) } catch {
                // Positions name the temporary file: compare as if it were schools.csv.
                throw Self.renamed(error, from: file)
            }
        }

        static func renamed(_ error: ReadError, from file: String) -> ReadError {
            guard case .invalidRecord(let p, let message) = error, p.file == file else { return error }
            var position = p
            position.file = "schools.csv"
            return .invalidRecord(position, message: message)
        }
    }

    /// The single-worker default first: the others are compared with it for errors.
    static let settings: [Setting] = [
        Setting(name: "default"),
        Setting(name: "bufferSize 16", bufferSize: 16),
        Setting(name: "bufferSize 64", bufferSize: 64),
        Setting(name: "split, 2 workers", split: true, workers: 2),
        Setting(name: "split, 3 workers", split: true, workers: 3),
        Setting(name: "split, 5 workers", split: true, workers: 5),
        Setting(name: "split, 3 workers, bufferSize 16", split: true, workers: 3, bufferSize: 16),
        Setting(name: "copied, bufferSize 16", bufferSize: 16, copied: true),
        Setting(name: "copied, split, 3 workers, bufferSize 64", split: true, workers: 3, bufferSize: 64, copied: true),
        Setting(name: "split, 2 workers, ranges of 100 bytes", split: true, workers: 2, rangeBytes: 100),
        Setting(name: "copied, split, 3 workers, ranges of 50 bytes, bufferSize 32", split: true, workers: 3, bufferSize: 32, rangeBytes: 50, copied: true),
    ]
    /// Every twentieth file is also read from disk (`aggregate(path:)`, `pread`), split over 3 workers taking ranges in turn.
    static let pathSetting = Setting(name: "path, split, 3 workers, ranges of 80 bytes, bufferSize 64", split: true, workers: 3, bufferSize: 64, rangeBytes: 80, path: true)

    /// The files are compared in chunks, which Swift Testing runs in parallel.
    static let chunks = 6

    @Test(arguments: 0..<chunks)
    func generatedFilesMatchTheReference(chunk: Int) {
        var failures = 0
        for index in stride(from: chunk, to: Self.fileCount, by: Self.chunks) {
            let file = DifferentialFile.generate(index: index)
            let problems = Self.compare(file.bytes, alsoFromDisk: index % 20 == 0)
            guard !problems.isEmpty else { continue }
            failures += 1
            // The first few in full: the text is a Swift literal to keep as a named case.
            if failures <= 3 {
                let report = "file \(index) (\(file.summary)):\n" + problems.joined(separator: "\n") + "\ntext: " + file.escapedText
                Issue.record(Comment(rawValue: report))
            }
        }
        #expect(failures == 0, "\(failures) files of chunk \(chunk) differ")
    }

    /// The generator makes what the comparison is meant to cover.
    @Test func generatedFilesCoverTheCases() {
        let files = (0..<Self.fileCount).map(DifferentialFile.generate(index:))
        func count(_ p: (DifferentialFile) -> Bool) -> Int { files.filter(p).count }
        #expect(count { $0.badKind != nil } >= Self.fileCount / 4)
        for kind in [InvalidRecordKind.duplicateID, .unknownPrefecture, .invalidFlag] {
            #expect(count { $0.badKind == kind } >= 10, "\(kind)")
        }
        #expect(count(\.bom) >= 30)
        #expect(count { $0.lineEnd == "\r\n" } >= 100)
        #expect(count { $0.lineEnd == "\n" } >= 100)
        #expect(count { !$0.text.hasSuffix($0.lineEnd) } >= 30)
        #expect(count { $0.text.contains("\"\"") } >= 100)
        #expect(count { $0.text.unicodeScalars.contains("\r") && $0.lineEnd == "\n" } >= 30)
        #expect(count { $0.rows > 100 } >= 10)
        #expect(files.map(\.rows).min()! >= 5 && files.map(\.rows).max()! <= 201)
    }

    /// Files kept by name: each once disagreed with the reference.
    static let namedCases: [(name: String, bytes: [UInt8])] = [
        // A four-digit year past 4095 (a typo, but a year `SurveyYear.parse` accepts) lost its
        // high bits in the packed group key: 9021 became 825 and trapped `SurveyYear`'s
        // precondition; 4096 became no year. (Found reading the key layout, outside the
        // generator's 2020–2023, and confirmed with `compare`.)
        ("year past 4095", Array("year,prefecture,municipality,school_type,school_id,cs,hq,similar\n2021,東京都,千代田区,小学校,S1,1,0,0\n9021,東京都,千代田区,小学校,S2,1,1,0\n4096,13,\"八王子市\n第二\",小,S3,0,1,1\n".utf8)),
    ]

    @Test(arguments: 0..<namedCases.count)
    func namedCase(_ i: Int) {
        let problems = Self.compare(Self.namedCases[i].bytes)
        #expect(problems.isEmpty, Comment(rawValue: Self.namedCases[i].name + ":\n" + problems.joined(separator: "\n")))
    }

    /// Compares every setting with the reference; returns what differs (empty when all agree).
    static func compare(_ bytes: [UInt8], alsoFromDisk: Bool = false) -> [String] {
        var problems: [String] = []
        let expected: DifferentialReference
        do { expected = try DifferentialReference(bytes) } catch {
            return ["the reference cannot read the file: \(error)"]
        }
        let settings = Self.settings + (alsoFromDisk ? [Self.pathSetting] : [])
        if let bad = expected.firstInvalid {
            // The first bad record stops every setting at the same line, with the same message.
            let first = errorText { _ = try settings[0].run(bytes, skipInvalid: false) }
            let prefix = "schools.csv:\(bad.line): error: "
            if !first.hasPrefix(prefix) {
                problems.append("default: \(first); the reference's first bad record is line \(bad.line) (\(bad.kind.rawValue))")
            }
            for s in settings.dropFirst() {
                let e = errorText { _ = try s.run(bytes, skipInvalid: false) }
                if e != first { problems.append("\(s): \(e); default: \(first)") }
            }
        }
        // A clean file as it is; a file with a bad record with that record skipped.
        let skipInvalid = expected.firstInvalid != nil
        for s in settings {
            let label = "\(s)\(skipInvalid ? ", skipInvalid" : "")"
            let a: SchoolAggregation
            do { a = try s.run(bytes, skipInvalid: skipInvalid) } catch {
                problems.append("\(label): \(error)")
                continue
            }
            let groups = describe(a)
            if groups != expected.groups {
                problems.append("\(label): groups\n  got      \(groups)\n  expected \(expected.groups)")
            }
            if a.records != expected.records {
                problems.append("\(label): \(a.records) records, expected \(expected.records)")
            }
            if a.skipped != expected.skipped {
                problems.append("\(label): skipped \(a.skipped.byKind), expected \(expected.skipped.byKind)")
            }
        }
        return problems
    }
}

// MARK: - The reference

/// The expected result of a file, counted naively: `CSVReader` records, the model's parsers and
/// dictionaries. Records are checked in the order the aggregator checks them (year, prefecture,
/// school type, cs, hq, similar, then the id within its year); an invalid record counts as a
/// record, is skipped, and leaves no id behind.
struct DifferentialReference {
    struct Key: Hashable, Comparable {
        var year: Int, prefecture: Int, type: Int
        static func < (a: Key, b: Key) -> Bool { (a.year, a.prefecture, a.type) < (b.year, b.prefecture, b.type) }
    }

    var groups: [String] = []
    var records = 0
    var skipped = SkippedRecords()
    var firstInvalid: (line: Int, kind: InvalidRecordKind)?

    /// This year, for the survey's span of years (2004 to next year).
    let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())

    init(_ bytes: [UInt8]) throws(ReadError) {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let rows = try CSVReader(utf8: body, delimiter: UInt8(ascii: ","), file: "schools.csv").readAll()
        let width = rows.first?.fields.count ?? 0
        var counts: [Key: [Int]] = [:]
        var ids: [Int: Set<String>] = [:]
        for (line, f) in rows.dropFirst() {
            records += 1
            func reject(_ kind: InvalidRecordKind) {
                skipped.add(kind, line: line)
                if firstInvalid == nil { firstInvalid = (line, kind) }
            }
            guard f.count == width else { reject(.fieldCount); continue }
            guard let year = SurveyYear.parse(f[0]), (SchoolRecordLabels.firstSurveyYear...thisYear + 1).contains(year.gregorian) else { reject(.invalidYear); continue }
            guard let prefecture = Prefecture.parse(f[1]) else {
                reject(SchoolRecordLabels.isSubtotal(f[1]) ? .notASchool : .unknownPrefecture); continue
            }
            let type: SchoolType
            switch SchoolRecordLabels.type(f[3]) {
            case .counted(let t, _)?: type = t
            case .outside?: reject(.outsideSurvey); continue
            case nil: reject(SchoolRecordLabels.isSubtotal(f[3]) ? .notASchool : .unknownSchoolType); continue
            }
            guard let cs = SchoolFlag.parse(f[5]), let hq = SchoolFlag.parse(f[6]), let similar = SchoolFlag.parse(f[7])
            else { reject(.invalidFlag); continue }
            // Ids compare as codes: `ab1` and `AB1` are one school.
            let id = SchoolRecordLabels.normalizedID(f[4])
            guard !id.isEmpty else { reject(.blankID); continue }
            guard !id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { reject(.invalidID); continue }
            guard !SchoolRecordLabels.isSubtotal(id) else { reject(.notASchool); continue }
            // A 学校コード (a letter, then twelve digits) names its type and prefecture.
            if id.wholeMatch(of: /[A-F][0-9]{12}/) != nil {
                let types: [String: SchoolType] = ["A1": .kindergarten, "B1": .elementary, "C1": .lowerSecondary, "C2": .compulsory,
                                                   "D1": .upperSecondary, "D2": .secondary, "E1": .specialNeeds]
                let codeType = types[String(id.prefix(2))]
                let codePrefecture = Int(id.dropFirst(2).prefix(2))!
                if let codeType, codeType != type { reject(.codeMismatch); continue }
                if (1...47).contains(codePrefecture), codePrefecture != prefecture.code { reject(.codeMismatch); continue }
            }
            guard ids[year.gregorian, default: []].insert(id).inserted else { reject(.duplicateID); continue }
            let key = Key(year: year.gregorian, prefecture: prefecture.code, type: type.rawValue)
            var c = counts[key] ?? [0, 0, 0, 0, 0]
            c[0] += 1
            if cs { c[1] += 1 }
            if hq { c[2] += 1 }
            if cs && hq { c[3] += 1 }
            if similar { c[4] += 1 }
            counts[key] = c
        }
        groups = counts.keys.sorted().map { k in
            let c = counts[k]!
            return describe(SchoolAggregation.Group(
                year: SurveyYear(gregorian: k.year), prefecture: Prefecture(code: k.prefecture),
                schoolType: SchoolType(rawValue: k.type), schools: c[0], cs: c[1], hq: c[2], both: c[3], similar: c[4]))
        }
    }
}

// MARK: - The generator

/// A generated school-level file and how it was made.
struct DifferentialFile {
    static let seed: UInt64 = 0x5C40_01A6_2025_0001
    static let header = ["year", "prefecture", "municipality", "school_type", "school_id", "cs", "hq", "similar"]

    var text: String
    var bom: Bool
    var lineEnd: String
    /// Data rows, the bad record included.
    var rows: Int
    var summary: String
    var badKind: InvalidRecordKind?

    var bytes: [UInt8] { (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8) }
    /// The bytes as a Swift literal: `[0xEF, 0xBB, 0xBF] + Array("…".utf8)`.
    var escapedText: String { (bom ? "[0xEF, 0xBB, 0xBF] + " : "") + "Array(\(text.debugDescription).utf8)" }

    static func yearSpelling(_ year: Int, _ r: inout SplitMix64) -> String {
        let era = year - 2018
        return r.pick(["\(year)", "\(year)", "\(year)", "令和\(era)年度", "R\(era)", "r\(era)", "R0\(era)", "令和\(era)年",
                       "FY\(year)", "Ｒ\(era)", "\(year)年度", " \(year)"])
    }

    static func prefectureSpelling(_ p: Prefecture, _ r: inout SplitMix64) -> String {
        r.pick([p.name, p.name, p.shortName, p.englishName, p.englishName.uppercased(), p.codeString, String(p.code),
                p.name + "　", "\(p.code)"])
    }

    static let typeSpellings: [SchoolType: [String]] = [
        .kindergarten: ["幼稚園", "幼", "幼稚園等", "幼稚園(幼稚園型認定こども園を含む)", "kindergarten"],
        .elementary: ["小学校", "小学校", "小", "小学", "elementary", "Elementary school", "ELEMENTARY", "小　学　校"],
        .lowerSecondary: ["中学校", "中学校", "中", "中学", "lower-secondary", "lower_secondary", "Lower secondary school"],
        .compulsory: ["義務教育学校", "義務", "compulsory"],
        .upperSecondary: ["高等学校", "高校", "高", "upper secondary", "Upper secondary school"],
        .secondary: ["中等教育学校", "中等", "secondary"],
        .specialNeeds: ["特別支援学校", "特支", "special-needs", "Special needs school"],
    ]

    static let yes = ["1", "1", "1", "yes", "Yes", "y", "true", "TRUE", "t", "○", "◯", "〇", "有", "あり", "設置", "導入", "１", " 1"]
    static let no = ["0", "0", "0", "no", "N", "false", "f", "×", "✕", "無", "なし", "未設置", "未整備", "０", "0 "]

    static let municipalities = ["千代田区", "八王子市", "大阪市北区", "札幌市", "那覇市", "いわき市", "堺市", "横浜市", "Sapporo"]

    static func municipality(_ r: inout SplitMix64, lineEnd: String) -> String {
        let base = r.pick(municipalities)
        switch r.below(10) {
        case 0: return base + ",中央区"
        case 1: return "\"" + base + "\"本庁"
        case 2: return base + r.pick(["\n", "\r\n", "\r", lineEnd]) + "第二"
        case 3: return "組合,\"" + base + "\"\n立"
        case 4: return ""
        default: return base
        }
    }

    /// A school id of one of several shapes: prefix and digits (with leading zeros, so `7`,
    /// `07` and `007` are three schools), long numbers, and ids that are not prefix + digits.
    static func schoolID(_ r: inout SplitMix64) -> String {
        func digits(_ count: Int) -> String { String((0..<count).map { _ in Character(String(r.below(10))) }) }
        switch r.below(10) {
        case 0: return String(repeating: "0", count: r.below(3)) + String(r.below(30))
        case 1: return "x-" + String(r.below(40))
        case 2: return digits(r.int(13...16))
        case 3: return r.pick(["12x", "校", "A-1-b", "ABCDEFGH"]) + digits(r.int(1...3))
        case 4: return r.pick(["S", "P", "ab"]) + digits(r.int(1...3))
        default: return r.pick(["S", "B1"]) + digits(r.int(8...12))
        }
    }

    static func field(_ f: String, _ r: inout SplitMix64) -> String {
        let special = f.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard special || r.chance(8) else { return f }
        return "\"" + f.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    static func generate(index: Int) -> DifferentialFile {
        var r = SplitMix64(state: seed ^ UInt64(index) &* 0xD1B5_4A32_D192_ED03)
        _ = r.next()
        let size = r.below(100)
        let rowCount = size < 80 ? r.int(5...25) : size < 95 ? r.int(26...100) : r.int(101...200)
        let lineEnd = r.chance(50) ? "\n" : "\r\n"
        let bom = r.chance(20)
        let finalLineEnd = !r.chance(25)
        let years = Array(2020...2023).filter { _ in r.chance(70) }
        let fileYears = years.isEmpty ? [2021] : years
        let prefectures = (0..<r.int(1...4)).map { _ in Prefecture(code: r.int(1...47))! }
        let types = (0..<r.int(1...4)).map { _ in SchoolType(rawValue: r.below(SchoolType.allCases.count))! }

        // Rows as (year, id, fields): ids unique within a year, often the same school in other years.
        var pool: [String] = [], inPool: Set<String> = []
        var used: Set<String> = []   // "year/id"
        var rows: [(year: Int, id: String, fields: [String])] = []
        func row(year: Int, id: String, _ r: inout SplitMix64) -> [String] {
            [yearSpelling(year, &r), prefectureSpelling(r.pick(prefectures), &r), municipality(&r, lineEnd: lineEnd),
             r.pick(typeSpellings[r.pick(types)]!), id,
             r.chance(45) ? r.pick(yes) : r.pick(no), r.chance(30) ? r.pick(yes) : r.pick(no), r.chance(10) ? r.pick(yes) : r.pick(no)]
        }
        while rows.count < rowCount {
            let year = r.pick(fileYears)
            var id = !pool.isEmpty && r.chance(60) ? r.pick(pool) : schoolID(&r)
            var attempts = 0
            while used.contains("\(year)/\(id)"), attempts < 20 { id = schoolID(&r); attempts += 1 }
            guard used.insert("\(year)/\(id)").inserted else { continue }
            if inPool.insert(id).inserted { pool.append(id) }
            rows.append((year, id, row(year: year, id: id, &r)))
        }

        // Some files get one bad record at a random place.
        var badKind: InvalidRecordKind?
        if r.chance(35) {
            let kind = r.pick([InvalidRecordKind.duplicateID, .unknownPrefecture, .invalidFlag, .invalidFlag,
                               .unknownPrefecture, .duplicateID, .unknownSchoolType, .invalidYear])
            badKind = kind
            let year = r.pick(fileYears)
            var id = schoolID(&r)
            while used.contains("\(year)/\(id)") { id = schoolID(&r) }
            var fields = row(year: year, id: id, &r)
            switch kind {
            case .duplicateID:
                // An id already used in that year, its year possibly spelled otherwise.
                let other = r.pick(rows)
                fields[0] = yearSpelling(other.year, &r)
                fields[4] = other.id
            case .unknownPrefecture: fields[1] = r.pick(["大坂府", "Tokio", "48", "0", "", "東京府", "Hokaido"])
            case .invalidFlag: fields[r.int(5...7)] = r.pick(["2", "△", "", "はい", "-", "yes!", "01"])
            case .unknownSchoolType: fields[3] = r.pick(["中学較", "大学", "", "合計", "小中"])
            case .invalidYear: fields[0] = r.pick(["20X2", "令和0年度", "", "1925", "R"])
            default: break
            }
            rows.insert((year, id, fields), at: r.below(rows.count + 1))
        }

        var lines = [header.joined(separator: ",")]
        for row in rows {
            if r.chance(2) { lines.append("") }   // a blank line, skipped by both readers
            lines.append(row.fields.map { field($0, &r) }.joined(separator: ","))
        }
        let text = lines.joined(separator: lineEnd) + (finalLineEnd ? lineEnd : "")
        let summary = "\(rows.count) rows, \(lineEnd == "\n" ? "LF" : "CRLF")\(bom ? ", BOM" : "")\(finalLineEnd ? "" : ", no final line end")"
            + (badKind.map { ", bad record: \($0.rawValue)" } ?? "")
        return DifferentialFile(text: text, bom: bom, lineEnd: lineEnd, rows: rows.count, summary: summary, badKind: badKind)
    }
}
