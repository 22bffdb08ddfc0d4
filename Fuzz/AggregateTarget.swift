// Fuzz target: the school-level worker. The same bytes aggregated by one worker and by three
// split workers with a 16-byte buffer, copied and in place, must give the same groups or the
// same error; nothing may trap.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAggregate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // A school-level header in front, so the fuzzer spends its time in the records.
    let header = Array("year,prefecture,municipality,school_type,school_id,cs,hq,similar\n".utf8)
    let bytes = header + Array(UnsafeBufferPointer(start: data, count: size))
    func run(workers: Int, buffer: Int, windows: Bool, skip: Bool) -> String {
        var aggregator = SchoolAggregator(keys: [.year, .prefecture, .schoolType], skipInvalid: skip, maximumWorkers: workers)
        aggregator.minimumBytesForSplit = 0
        aggregator.bufferSize = buffer
        aggregator.allowsWindows = windows
        do {
            let result = try aggregator.aggregate(bytes: bytes, file: "fuzz.csv")
            return result.groups.map { "\($0)" }.joined(separator: "\n") + "|\(result.skipped.total)"
        } catch {
            return "error: \(error)"
        }
    }
    for skip in [false, true] {
        let one = run(workers: 1, buffer: 1 << 18, windows: true, skip: skip)
        for (workers, buffer, windows) in [(3, 16, true), (3, 16, false), (2, 64, true)] {
            let other = run(workers: workers, buffer: buffer, windows: windows, skip: skip)
            precondition(one == other, "workers disagree:\n\(one)\n---\n\(other)")
        }
    }
    return 0
}
