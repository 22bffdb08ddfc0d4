// Read throughput of the CSStats reader: decode (UTF-8 validation or CP932) and parse every record.
// Usage: cs-stats-bench read FILE  → prints `records=N bytes=M seconds=S`.
import CSStats
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3, arguments[1] == "read" else {
    FileHandle.standardError.write(Data("usage: cs-stats-bench read FILE\n".utf8))
    exit(64)
}
do {
    let start = DispatchTime.now()
    let bytes = try FileByteSource(path: arguments[2]).readAll()
    let afterRead = DispatchTime.now()
    let input = try DecodedInput(bytes: bytes, encoding: nil, file: arguments[2])
    let afterDecode = DispatchTime.now()
    let reader = CSVReader(source: MemoryByteSource(input.utf8), delimiter: Delimiter.sniff(Array(input.utf8.prefix(65536))), file: arguments[2])
    let record = CSVRecord()
    var records = 0
    var fields = 0
    while try reader.read(into: record) {
        records += 1
        fields += record.count
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    func since(_ a: DispatchTime, _ b: DispatchTime) -> String {
        String(format: "%.3f", Double(b.uptimeNanoseconds - a.uptimeNanoseconds) / 1e9)
    }
    print("records=\(records) bytes=\(bytes.count) seconds=\(seconds) fields=\(fields) "
        + "read=\(since(start, afterRead)) decode=\(since(afterRead, afterDecode)) parse=\(since(afterDecode, DispatchTime.now()))")
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(65)
}
