/// One record of a CSV/TSV file: its fields' bytes, unescaped, in one reused buffer.
///
/// Following csv-core, a record is one byte buffer plus the end offset of each field, so reading
/// a row allocates nothing once the buffers have grown to the widest row. A field becomes a
/// `String` only when a caller asks for one.
///
/// Its state is read and written on every field by `CSVReader` only; the properties opt out of
/// run-time exclusivity checks, which cost a tenth of the reading time.
public final class CSVRecord {
    @exclusivity(unchecked) var bytes: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) var byteCapacity: Int
    @exclusivity(unchecked) var byteCount = 0
    @exclusivity(unchecked) var ends: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) var starts: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) var fieldCapacity: Int
    /// The number of fields.
    @exclusivity(unchecked) public internal(set) var count = 0
    /// The 1-based line on which the record starts.
    @exclusivity(unchecked) public internal(set) var line = 0
    /// The 1-based index of the record in the file (blank lines are not records).
    @exclusivity(unchecked) public internal(set) var index = 0

    /// An empty record.
    public init() {
        byteCapacity = 256
        bytes = .allocate(capacity: byteCapacity)
        fieldCapacity = 16
        ends = .allocate(capacity: fieldCapacity)
        starts = .allocate(capacity: fieldCapacity)
    }

    deinit {
        bytes.deallocate()
        ends.deallocate()
        starts.deallocate()
    }

    /// The unescaped bytes of field `i` (0-based), valid until the next record is read.
    public func withField<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        precondition(i >= 0 && i < count, "field index out of range")
        let start = i == 0 ? 0 : ends[i - 1]
        return try body(UnsafeBufferPointer(start: bytes + start, count: ends[i] - start))
    }

    /// Field `i` (0-based) as a string.
    public subscript(i: Int) -> String {
        withField(i) { String(decoding: $0, as: UTF8.self) }
    }

    /// All fields as strings.
    public var fields: [String] { (0..<count).map { self[$0] } }

    /// Whether every field is empty (a line of delimiters only).
    public var isBlank: Bool { byteCount == 0 }

    /// The byte offset, in the decoded input, at which field `i` starts (at its opening quote if quoted).
    public func offset(ofField i: Int) -> Int { starts[i] }

    // MARK: Building, for the reader

    @inline(__always)
    func reset() {
        byteCount = 0
        count = 0
    }

    @inline(__always)
    func reserveBytes(_ extra: Int) {
        if byteCount + extra > byteCapacity { growBytes(byteCount + extra) }
    }

    func growBytes(_ needed: Int) {
        var capacity = byteCapacity * 2
        while capacity < needed { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = grown
        byteCapacity = capacity
    }

    @inline(__always)
    func endField(startedAt offset: Int) {
        if count == fieldCapacity { growFields() }
        ends[count] = byteCount
        starts[count] = offset
        count += 1
    }

    func growFields() {
        let capacity = fieldCapacity * 2
        let newEnds = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        let newStarts = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        newEnds.update(from: ends, count: count)
        newStarts.update(from: starts, count: count)
        ends.deallocate()
        starts.deallocate()
        ends = newEnds
        starts = newStarts
        fieldCapacity = capacity
    }
}
