/// Why a school-level record was rejected.
public enum InvalidRecordKind: String, Sendable, CaseIterable, Hashable, Comparable {
    case duplicateID = "duplicate school id"
    case unknownPrefecture = "unknown prefecture"
    case unknownSchoolType = "unknown school type"
    case invalidFlag = "invalid flag"
    case invalidYear = "invalid year"
    case fieldCount = "wrong number of fields"
    case blankID = "blank school id"
    case invalidID = "invalid school id"
    case notASchool = "subtotal row"
    case outsideSurvey = "school outside the survey"
    case codeMismatch = "school code contradicting its row"

    /// The kind as a snake_case identifier for JSON keys: `duplicate_school_id`,
    /// `unknown_prefecture`, …; the raw value stays the text of messages.
    public var identifier: String {
        switch self {
        case .duplicateID: "duplicate_school_id"
        case .unknownPrefecture: "unknown_prefecture"
        case .unknownSchoolType: "unknown_school_type"
        case .invalidFlag: "invalid_flag"
        case .invalidYear: "invalid_year"
        case .fieldCount: "wrong_number_of_fields"
        case .blankID: "blank_school_id"
        case .invalidID: "invalid_school_id"
        case .notASchool: "subtotal_row"
        case .outsideSurvey: "outside_survey"
        case .codeMismatch: "school_code_mismatch"
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The records `--skip-invalid` left out, by kind, with the first few lines of each.
public struct SkippedRecords: Sendable, Equatable {
    /// How many lines are kept per kind.
    public static let linesKept = 5
    /// Per kind: how many, and the first lines (ascending).
    public var byKind: [InvalidRecordKind: (count: Int, lines: [Int])] = [:]
    /// How many records' messages are kept, so that `check` can report each.
    public static let messagesKept = 50
    /// The first records' lines (counted from the worker's start until merged) and messages.
    public var messages: [(line: Int, message: String)] { kept.map { ($0.line, $0.message) } }
    /// The messages kept, in the order of their lines.
    private var kept: [Kept] = []

    /// One record's message. A record with the wrong number of fields names its record number,
    /// which a worker past the first counts from its own start: it is kept as numbers, placed in
    /// the file when workers are merged, and said then.
    private struct Kept: Sendable {
        var line: Int
        var text: String
        var fieldCount: (record: Int, found: Int, expected: Int)?

        var message: String {
            guard let fieldCount else { return text }
            return ReadError.fieldCount(SourcePosition(file: nil, line: line), record: fieldCount.record,
                                        found: fieldCount.found, expected: fieldCount.expected).message
        }
    }

    public init() {}

    /// The total number of records skipped.
    public var total: Int { byKind.values.reduce(0) { $0 + $1.count } }

    mutating func add(_ kind: InvalidRecordKind, line: Int, message: () -> String) {
        if kept.count < SkippedRecords.messagesKept { kept.append(Kept(line: line, text: message())) }
        add(kind, line: line)
    }

    /// Adds a record with `found` fields where the header has `expected`; `record` is its number
    /// counted from the reader's start (see ``merge(_:lineOffset:recordOffset:)``).
    mutating func addFieldCount(line: Int, record: Int, found: Int, expected: Int) {
        if kept.count < SkippedRecords.messagesKept {
            kept.append(Kept(line: line, text: "", fieldCount: (record, found, expected)))
        }
        add(.fieldCount, line: line)
    }

    mutating func add(_ kind: InvalidRecordKind, line: Int) {
        var entry = byKind[kind] ?? (0, [])
        entry.count += 1
        if entry.lines.count < SkippedRecords.linesKept { entry.lines.append(line) }
        byKind[kind] = entry
    }

    /// Adds the records another reader skipped, its lines moved down by `lineOffset` and its
    /// record numbers by `recordOffset` (the records read before its start).
    mutating func merge(_ other: SkippedRecords, lineOffset: Int, recordOffset: Int) {
        for (kind, entry) in other.byKind {
            var mine = byKind[kind] ?? (0, [])
            mine.count += entry.count
            mine.lines = Array((mine.lines + entry.lines.map { $0 + lineOffset }).sorted().prefix(SkippedRecords.linesKept))
            byKind[kind] = mine
        }
        let placed = other.kept.map { kept in
            var kept = kept
            kept.line += lineOffset
            kept.fieldCount?.record += recordOffset
            return kept
        }
        self.kept = Array((self.kept + placed).sorted { $0.line < $1.line }.prefix(SkippedRecords.messagesKept))
    }

    public static func == (a: SkippedRecords, b: SkippedRecords) -> Bool {
        a.byKind.count == b.byKind.count && a.byKind.allSatisfy { k, v in
            b.byKind[k].map { $0.count == v.count && $0.lines == v.lines } ?? false
        }
    }
}
