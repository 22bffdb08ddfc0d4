// Read throughput of the CSStats reader on one core.
//
// Usage: cs-stats-bench read FILE
// Prints `records=N bytes=M seconds=S` for the streaming path (read 1 MB chunks, check UTF-8,
// parse every record: what a large-file consumer does), then the same for the whole-file path
// that `view` uses (read all, decode once, parse), split into its phases.
import CSStats
import Foundation

func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

func format(_ value: Double) -> String { String(format: "%.4f", value) }

let arguments = CommandLine.arguments
guard arguments.count == 3, arguments[1] == "read" else {
    FileHandle.standardError.write(Data("usage: cs-stats-bench read FILE\n".utf8))
    exit(64)
}
let path = arguments[2]
do {
    // Streaming: 1 MB chunks, validated as they pass, parsed into one reused record.
    let start = DispatchTime.now()
    let source = UTF8ValidatingSource(try FileByteSource(path: path), file: path)
    let reader = CSVReader(source: source, delimiter: Delimiter.forPath(path) ?? UInt8(ascii: ","), file: path)
    let record = CSVRecord()
    var records = 0, fields = 0, bytes = 0
    while try reader.read(into: record) {
        records += 1
        fields += record.count
    }
    let streaming = seconds(since: start)
    bytes = Int((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)

    // Whole file: read, decode (detect and validate), parse.
    let t0 = DispatchTime.now()
    let all = try FileByteSource(path: path).readAll()
    let read = seconds(since: t0)
    let t1 = DispatchTime.now()
    let input = try DecodedInput(bytes: all, encoding: nil, file: path)
    let decode = seconds(since: t1)
    let t2 = DispatchTime.now()
    let whole = CSVReader(utf8: input.utf8, delimiter: Delimiter.sniff(Array(input.utf8.prefix(65536))), file: path)
    var wholeRecords = 0
    while try whole.read(into: record) { wholeRecords += 1 }
    let parse = seconds(since: t2)
    precondition(wholeRecords == records, "the two paths disagree: \(wholeRecords) vs \(records) records")

    print("records=\(records) bytes=\(bytes) seconds=\(format(streaming)) fields=\(fields) "
        + "whole_read=\(format(read)) whole_decode=\(format(decode)) whole_parse=\(format(parse))")
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(65)
}
