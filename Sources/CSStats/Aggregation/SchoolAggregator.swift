#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Aggregates a school-level file (one row per school) into counts per group, on every core.
///
/// The file is split at line breaks into ranges of about 4 MB, which the workers (one per core)
/// take in turn, each reading with `pread` into its own 256 KB buffer (``WorkerInput``) and
/// counting into its own tables, so memory does not grow with the file, and a core slowed by
/// another program takes fewer ranges rather than holding up the end. A split is speculative: a
/// quoted field may hold a line break, so after the pass, each range's stopping point is checked
/// against where the next range starts; on a mismatch (a split inside a quoted field) the file
/// is read again by one worker. School ids
/// are checked once every worker is done (``SchoolIDSet``): a key seen twice sends the file back
/// to one worker, which checks those keys against the ids' bytes and reports each real duplicate
/// with the line it was first seen on.
public struct SchoolAggregator: Sendable {
    /// What to group by.
    public var keys: [AggregationKey]
    /// Whether invalid records are skipped (and counted) rather than stopping the run.
    public var skipInvalid: Bool
    /// Whether an empty flag reads as "no" (files that mark only the yes, with ○).
    public var blankIsNo = false
    /// The delimiter, or `nil` for the extension or sniffing.
    public var delimiter: UInt8?
    /// The encoding, or `nil` to detect UTF-8 or Shift_JIS from the first megabyte.
    public var encoding: TextEncoding?
    /// How many workers to use at most; by default one per core.
    public var maximumWorkers: Int
    /// Below this many bytes of data, one worker reads everything (tests lower it to force splits).
    var minimumBytesForSplit = 8 << 20
    /// How many bytes a worker looks at at once: its read buffer, or its window of bytes in
    /// memory (tests lower it to force records across refills).
    var bufferSize = 1 << 18
    /// About how many bytes of data make one range, which a worker takes whole (tests lower it
    /// to make many ranges of a small file).
    var rangeBytes = 4 << 20
    /// At most this many ranges, whatever the file's size.
    static let maximumRanges = 1024
    /// Whether workers may look at bytes in memory in place (tests turn it off to exercise copying).
    var allowsWindows = true
    /// Keys taken as seen twice whatever the file holds (tests: two hashed ids whose 64-bit
    /// keys agree by chance are too rare to meet otherwise).
    var extraSuspects: Set<UInt64> = []

    /// Creates an aggregator.
    public init(keys: [AggregationKey], skipInvalid: Bool = false, delimiter: UInt8? = nil,
                encoding: TextEncoding? = nil, maximumWorkers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.keys = keys
        self.skipInvalid = skipInvalid
        self.delimiter = delimiter
        self.encoding = encoding
        self.maximumWorkers = max(1, maximumWorkers)
    }

    /// Aggregates a file.
    ///
    /// - Throws: `ReadError` for a file that cannot be read, a header that is not school-level,
    ///   or (without `skipInvalid`) the first invalid record, with its line.
    /// - Complexity: O(*n*) in the file's size; memory O(groups + distinct school ids).
    public func aggregate(path: String) throws(ReadError) -> SchoolAggregation {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ReadError.cannotOpen(file: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var status = stat()
        let size = fstat(fd, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : -1
        if size < 0 {
            // Not a regular file (a pipe): read it whole.
            let bytes = try FileByteSource(path: path).readAll()
            return try aggregate(bytes: bytes, file: path)
        }
        return try run(file: path, input: WorkerInput(file: fd, size: size))
    }

    /// Aggregates bytes in memory (standard input).
    public func aggregate(bytes: [UInt8], file: String?) throws(ReadError) -> SchoolAggregation {
        try bytes.withUnsafeBufferPointer { (buffer: UnsafeBufferPointer<UInt8>) throws(ReadError) -> SchoolAggregation in
            // (An empty array's buffer may have no address.)
            let address = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
            return try run(file: file, input: WorkerInput(memory: address, count: buffer.count, allowsWindows: allowsWindows))
        }
    }

    private func run(file: String?, input: WorkerInput) throws(ReadError) -> SchoolAggregation {
        let size = input.size
        // The header and the sample for detection: the first megabyte.
        let sampleSize = min(size, 1 << 20)
        var sample = [UInt8](repeating: 0, count: sampleSize)
        var got = 0
        sample.withUnsafeMutableBufferPointer { b in
            while got < sampleSize {
                let n = input.read(into: b.baseAddress! + got, count: sampleSize - got, at: got)
                if n <= 0 { break }
                got += n
            }
        }
        sample.removeLast(sampleSize - got)
        // Detect (or check) the encoding on the sample's whole lines, exactly as a table is read:
        // a cut character at the sample's end is not an error, anything else is, at its offset.
        var whole = sample
        if got < size, let lastLineEnd = whole.lastIndex(of: UInt8(ascii: "\n")) {
            whole.removeSubrange((lastLineEnd + 1)...)
        }
        let decodedSample = try DecodedInput(bytes: whole, encoding: self.encoding, file: file)
        let encoding = decodedSample.encoding
        guard decodedSample.utf8.contains(where: { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }) else {
            throw ReadError.noHeader(file: file)
        }
        // Records are counted from the file's bytes, in UTF-8 or Shift_JIS.
        guard encoding != .utf16 else {
            throw ReadError.header(SourcePosition(file: file, line: 1), message:
                "a UTF-16 school-level file (Excel's Unicode text) is not counted as it is: convert it first, e.g. cs-stats view FILE --raw --format csv -o schools.csv")
        }
        var start = 0
        if sample.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let body = Array(sample[start...])
        // The header: the first line that names a school-level file's columns, below any title
        // lines (within the first 20 lines); each line ends at a line break outside quotes.
        let delimiter = self.delimiter ?? file.flatMap(Delimiter.forPath) ?? Delimiter.sniff(Array(decodedSample.utf8.prefix(1 << 16)))
        var lineStart = 0
        var headerLine = 1
        // Records up to the header (a table reader's count: blank lines are none).
        var headerRecord = 0
        var found: (columns: SchoolRecordColumns, end: Int)?
        var firstHeader: [String] = []
        var headerFields: [String] = []
        var previousFields: [String]?
        while lineStart < body.count, headerLine <= 20 {
            var lineEnd = lineStart
            var inQuotes = false
            while lineEnd < body.count {
                let b = body[lineEnd]
                if b == UInt8(ascii: "\"") { inQuotes.toggle() }
                if !inQuotes, b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") { break }
                lineEnd += 1
            }
            if lineEnd > lineStart { headerRecord += 1 }
            let decoded = try DecodedInput(bytes: Array(body[lineStart..<lineEnd]), encoding: encoding, file: file)
            let fields = ((try? CSVReader(utf8: decoded.utf8, delimiter: delimiter, file: file).readAll().first?.fields) ?? nil ?? [])
                .map { $0.trimmingPublishedSpaces() }
            if headerLine == 1 { firstHeader = fields }
            if let columns = SchoolRecordColumns(header: fields) ?? (previousFields.map { SchoolRecordColumns(header: fields, group: $0) } ?? nil) {
                found = (columns, lineEnd)
                headerFields = fields
                break
            }
            previousFields = fields
            // A quoted line break inside the line is a line of the file too.
            var k = lineStart
            while k < lineEnd {
                if body[k] == UInt8(ascii: "\n") || (body[k] == UInt8(ascii: "\r") && (k + 1 >= lineEnd || body[k + 1] != UInt8(ascii: "\n"))) {
                    headerLine += 1
                }
                k += 1
            }
            // The next line starts after this one's end (CR, LF or CRLF).
            lineStart = lineEnd
            if lineStart < body.count {
                lineStart += body[lineStart] == UInt8(ascii: "\r") && lineStart + 1 < body.count && body[lineStart + 1] == UInt8(ascii: "\n") ? 2 : 1
            }
            headerLine += 1
        }
        guard let (columns, headerEnd) = found else {
            let missing = SchoolRecordColumns(resolving: firstHeader).missingRoles
            throw ReadError.header(SourcePosition(file: file, line: 1, column: 1), message:
                "the header lacks \(missing.joined(separator: ", ")): a school-level file (one row per school) needs a school id, a school type and a flag column")
        }
        // A file without a year column is of one unstated year: its groups have no year.
        for (key, column) in [(AggregationKey.prefecture, columns.prefecture),
                              (.municipality, columns.municipality)] where keys.contains(key) && column == nil {
            throw ReadError.header(SourcePosition(file: file, line: 1, column: 1), message:
                "cannot group by \(key.rawValue): the file has no \(key.rawValue) column")
        }
        // The data starts after the header's line end (CR, LF or CRLF).
        var dataStart = start + headerEnd
        if headerEnd < body.count {
            dataStart += body[headerEnd] == UInt8(ascii: "\r") && headerEnd + 1 < body.count && body[headerEnd + 1] == UInt8(ascii: "\n") ? 2 : 1
        }
        let keySet = Set(keys)

        func makeWorker(suspects: Set<UInt64>? = nil) -> SchoolRecordWorker {
            SchoolRecordWorker(columns: columns, delimiter: delimiter, encoding: encoding, keys: keySet,
                               skipInvalid: skipInvalid, blankIsNo: blankIsNo, bufferSize: bufferSize,
                               suspects: suspects, lineBase: headerLine, recordBase: headerRecord)
        }
        // Split points: the byte after a line feed near each k/n of the data, in ranges of
        // about `rangeBytes`, which the workers take in turn: a core slowed by another program
        // takes fewer, and every core is busy until the last range or so.
        let workerCount = size - dataStart > minimumBytesForSplit ? maximumWorkers : 1
        let count = workerCount == 1 ? 1 : min(max(workerCount, (size - dataStart) / rangeBytes), SchoolAggregator.maximumRanges)
        var splits = [dataStart]
        var probe = [UInt8](repeating: 0, count: 4096)
        for k in 1..<max(count, 1) {
            var offset = dataStart + (size - dataStart) * k / count
            // (A range already passed by the previous split's search is not split again.)
            guard offset >= splits.last! else { continue }
            var found = false
            while !found, offset < size {
                let n = probe.withUnsafeMutableBufferPointer { input.read(into: $0.baseAddress!, count: 4096, at: offset) }
                if n <= 0 { break }
                if let lf = probe[..<n].firstIndex(of: UInt8(ascii: "\n")) { offset += lf + 1; found = true } else { offset += n }
            }
            if offset > splits.last!, offset < size { splits.append(offset) }
        }
        splits.append(size)
        // Each worker takes range after range until none is left (or one fails), into its own
        // tables; each range's segment is kept in the file's order. The box is gone when this
        // returns, so a pass's workers (and their keys) are freed as soon as the caller lets them go.
        func runInParallel(_ workers: [SchoolRecordWorker]) -> [SchoolRecordWorker.Segment?] {
            let ranges = splits.count - 1
            let segments = UnsafeMutablePointer<SchoolRecordWorker.Segment?>.allocate(capacity: ranges)
            segments.initialize(repeating: nil, count: ranges)
            defer { segments.deinitialize(count: ranges); segments.deallocate() }
            let task = SendableBox((workers: workers, splits: splits, segments: segments, queue: RangeQueue(count: ranges)))
            DispatchQueue.concurrentPerform(iterations: workers.count) { k in
                let t = task.value
                while let r = t.queue.next() {
                    let segment = t.workers[k].segment(from: t.splits[r], limit: t.splits[r + 1], input: input)
                    if segment.failure != nil { t.queue.stop() }
                    t.segments[r] = segment
                }
            }
            return Array(UnsafeBufferPointer(start: segments, count: ranges))
        }
        var workers = (0..<min(workerCount, splits.count - 1)).map { _ in makeWorker() }
        var segments = runInParallel(workers)
        // A worker's range is read until a record starts at or past its end: speculation failed
        // (a split inside a quoted field) where that is not where the next range starts. That,
        // or a range that stopped at an error (and the ranges left unread after it: their ids
        // were never seen, so a duplicate among them would go unnoticed), sends the file to one
        // worker, from the start: the error it reports is the file's first.
        if segments.count > 1, segments.contains(where: { $0 == nil || $0!.failure != nil })
            || !zip(segments.dropLast(), splits.dropFirst().dropLast()).allSatisfy({ $0!.endOffset == $1 }) {
            workers = [makeWorker()]
            segments = [workers[0].segment(from: dataStart, limit: size, input: input)]
        }
        // School ids are checked after the pass, over every worker's keys at once. Keys seen
        // twice are a duplicate, or (rarely) two hashed ids whose keys happen to agree: the file
        // is read again, in parallel, checking those keys
        // against the ids' bytes. A real duplicate, or an error in a range past the first, sends
        // the file to one worker, so that the error reported is the file's first, its record
        // number counts from the file's start, and a duplicate says where it was first seen.
        for w in workers { w.ids.finish() }
        guard var suspects = SchoolIDSet.duplicates(in: workers.map(\.ids)) else {
            throw ReadError.cannotOpen(file: file ?? "<stdin>", reason: "the temporary file of school ids (in TMPDIR or /tmp) could not be read back")
        }
        suspects.formUnion(extraSuspects)
        // (Several segments here read the whole file without an error.)
        var exact = suspects.isEmpty
        if !exact, segments.count > 1 {
            workers = []
            let confirming = (0..<min(workerCount, splits.count - 1)).map { _ in makeWorker(suspects: suspects) }
            let confirmed = runInParallel(confirming)
            var seen = Set<SchoolRecordWorker.IDOccurrence>()
            exact = !confirmed.contains { $0 == nil || $0!.failure != nil } && confirming.allSatisfy { w in
                !w.state.foundDuplicate && w.state.firstLines.keys.allSatisfy { seen.insert($0).inserted }
            }
            if exact { workers = confirming; segments = confirmed }
        }
        if !exact {
            workers = []
            let single = makeWorker(suspects: suspects)
            segments = [single.segment(from: dataStart, limit: size, input: input)]
            workers = [single]
        }
        // Lines: the header is line `headerLine`; each range's lines follow the previous ranges'.
        var lineOffset = headerLine
        var skipped = SkippedRecords()
        var records = 0
        var noteCount = 0
        var noteLines: [Int] = []
        for case let segment? in segments {
            if let failure = segment.failure {
                if let error = failure.error { throw error.placed(file: file, lineOffset: lineOffset) }
                throw ReadError.invalidRecord(SourcePosition(file: file, line: failure.line + lineOffset), message: failure.message)
            }
            skipped.merge(segment.skipped, lineOffset: lineOffset, recordOffset: records)
            noteCount += segment.noteCount
            noteLines += segment.noteLines.map { $0 + lineOffset }
            records += segment.records
            lineOffset += segment.lines
        }
        var aggregation = SchoolAggregation(
            keys: keys, groups: merge(workers), records: records, skipped: skipped,
            encoding: encoding, workers: workers.count)
        for note in workers.flatMap(\.notes) {
            if note.isDoubt {
                if !aggregation.warnings.contains(note.text) { aggregation.warnings.append(note.text) }
            } else if !aggregation.notes.contains(note.text) {
                aggregation.notes.append(note.text)
            }
        }
        if noteCount > 0 {
            let shown = noteLines.prefix(SkippedRecords.linesKept).map(String.init).joined(separator: ", ")
            let one = noteCount == 1
            aggregation.notes.append("\(noteCount) line\(one ? "" : "s") marked ※ or 注 read as \(one ? "a note, not a school" : "notes, not schools") (line\(one ? "" : "s") \(shown)\(noteCount > SkippedRecords.linesKept ? ", …" : ""))")
        }
        aggregation.warnings += SchoolAggregator.unusedColumnNotes(columns.unused)
        // A flag column with no mark at all may be unrecorded rather than "no" everywhere.
        let seen = workers.reduce(UInt8(0)) { $0 | $1.flagsSeen }
        for (bit, column) in [(UInt8(1), columns.cs), (2, columns.hq), (4, columns.similar)] where blankIsNo && records > 0 {
            guard let column, seen & bit == 0 else { continue }
            aggregation.warnings.append("column \(column + 1) '\(headerFields[column])' is blank in every row: with --blank-is-no every school counts as without it; a column with no mark may not have been filled in")
        }
        aggregation.programmes = Set([
            columns.cs != nil ? Programme.cs : nil, columns.hq != nil ? .hq : nil,
            columns.cs != nil && columns.hq != nil ? .both : nil, columns.similar != nil ? .similar : nil,
        ].compactMap { $0 })
        return aggregation
    }

    /// One note per column not used, but at most `unusedColumnsNamed` for columns that are not
    /// school-level ones: a file of 300 extra columns says so in one note, naming the first few.
    static func unusedColumnNotes(_ unused: [(index: Int, header: String, reason: String)]) -> [String] {
        let plain = unused.filter { $0.reason == SchoolRecordColumns.notSchoolLevel }
        var notes: [String] = []
        for column in unused where column.reason != SchoolRecordColumns.notSchoolLevel || plain.count <= unusedColumnsNamed {
            notes.append("column \(column.index + 1) '\(LabelText.shown(column.header))': \(column.reason); not used")
        }
        if plain.count > unusedColumnsNamed {
            let named = plain.prefix(unusedColumnsNamed).map { "\($0.index + 1) '\(LabelText.shown($0.header))'" }.joined(separator: ", ")
            notes.append("\(plain.count) columns are not school-level columns; not used (columns \(named), …)")
        }
        return notes
    }

    /// How many columns that are not school-level ones are named one by one.
    static let unusedColumnsNamed = 5

    private func merge(_ workers: [SchoolRecordWorker]) -> [SchoolAggregation.Group] {
        // Municipality ids are per worker: map them to names.
        var groups: [MergedKey: SchoolAggregation.Group] = [:]
        let decode = SchoolRecordWorker.decoder(workers[0].encoding)
        for w in workers {
            var names: [Int32: String] = [:]
            if keys.contains(.municipality) {
                for i in 0..<w.municipalityInterner.count {
                    let bytes = w.municipalityInterner.key(i)
                    // Trimmed like every other label, so "府中市 " and "府中市" are one group.
                    names[w.municipalityInterner.value(at: i)] = (bytes.withUnsafeBufferPointer { decode($0) }
                        ?? String(decoding: bytes, as: UTF8.self)).trimmingPublishedSpaces()
                }
            }
            for (g, key) in w.groups.keys.enumerated() {
                let municipality = keys.contains(.municipality) ? names[Int32(bitPattern: key.municipality)] : nil
                let gk = MergedKey(year: key.year, prefecture: key.prefecture, type: key.schoolType.map { $0 + 1 } ?? 0, municipality: municipality)
                var group = groups[gk] ?? SchoolAggregation.Group(
                    year: keys.contains(.year) && key.year > 0 ? SurveyYear(gregorian: key.year) : nil,
                    prefecture: Prefecture(code: key.prefecture), municipality: municipality,
                    schoolType: key.schoolType.flatMap(SchoolType.init(rawValue:)),
                    schools: 0, cs: 0, hq: 0, both: 0, similar: 0)
                group.schools += w.groups[g, .schools]
                group.cs += w.groups[g, .cs]
                group.hq += w.groups[g, .hq]
                group.both += w.groups[g, .both]
                group.similar += w.groups[g, .similar]
                groups[gk] = group
            }
        }
        // Sorted by a tuple of numbers in the order of the keys (municipalities by the rank of
        // their names): comparing groups themselves copied them, a thousand instructions each.
        let names = Set(groups.keys.compactMap(\.municipality)).sorted()
        let rank = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let entries = groups.map { key, group in
            var order = [0, 0, 0, 0]
            for (k, aggregationKey) in keys.prefix(4).enumerated() {
                order[k] = switch aggregationKey {
                case .year: key.year
                case .prefecture: key.prefecture
                case .schoolType: key.type
                case .municipality: key.municipality.flatMap { rank[$0] } ?? -1
                }
            }
            return (order: (order[0], order[1], order[2], order[3]), group: group)
        }
        return entries.sorted { $0.order < $1.order }.map(\.group)
    }

    /// A group as merged: the municipality by name (workers number them each their own way).
    private struct MergedKey: Hashable {
        var year: Int, prefecture: Int, type: Int, municipality: String?
    }
}

/// The ranges of a pass, handed out one at a time to whichever worker asks first.
private final class RangeQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var nextRange = 0
    private let count: Int

    init(count: Int) { self.count = count }

    /// The next range to read, or `nil` when none is left or the pass was stopped.
    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextRange < count else { return nil }
        defer { nextRange += 1 }
        return nextRange
    }

    /// Hands out no more ranges: one failed, and the file will be read again by one worker.
    func stop() {
        lock.lock()
        nextRange = count
        lock.unlock()
    }
}
