// Read throughput of the CSStats reader on one core.
//
//   cs-stats-bench read FILE        streaming: 1 MB chunks, UTF-8 checked as they pass, every
//                                   record parsed into one reused buffer (what a large-file
//                                   consumer does; memory stays at the chunk and the record)
//   cs-stats-bench read-whole FILE  what `view` does: read it all, decode once (detect and
//                                   validate), parse; prints the three phases
//
// Each prints `records=N bytes=M seconds=S`, records counting every CSV record (the header too).
import CSStats
import Foundation

func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

func format(_ value: Double) -> String { String(format: "%.4f", value) }

let arguments = CommandLine.arguments
guard arguments.count == 3, ["read", "read-whole"].contains(arguments[1]) else {
    FileHandle.standardError.write(Data("usage: cs-stats-bench read|read-whole FILE\n".utf8))
    exit(64)
}
let path = arguments[2]
let record = CSVRecord()
do {
    let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    var records = 0, fields = 0
    if arguments[1] == "read" {
        let start = DispatchTime.now()
        let source = UTF8ValidatingSource(try FileByteSource(path: path), file: path)
        let reader = CSVReader(source: source, delimiter: Delimiter.forPath(path) ?? UInt8(ascii: ","), file: path)
        while try reader.read(into: record) {
            records += 1
            fields += record.count
        }
        print("records=\(records) bytes=\(size) seconds=\(format(seconds(since: start))) fields=\(fields)")
    } else {
        let start = DispatchTime.now()
        let all = try FileByteSource(path: path).readAll()
        let read = seconds(since: start)
        let t1 = DispatchTime.now()
        let input = try DecodedInput(bytes: all, encoding: nil, file: path)
        let decode = seconds(since: t1)
        let t2 = DispatchTime.now()
        let reader = CSVReader(utf8: input.utf8, delimiter: Delimiter.sniff(Array(input.utf8.prefix(65536))), file: path)
        while try reader.read(into: record) {
            records += 1
            fields += record.count
        }
        let parse = seconds(since: t2)
        print("records=\(records) bytes=\(size) seconds=\(format(seconds(since: start))) fields=\(fields) "
            + "read=\(format(read)) decode=\(format(decode)) parse=\(format(parse))")
    }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(65)
}
