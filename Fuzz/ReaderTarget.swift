// Fuzz target: any bytes through decoding, the CSV reader, recognition and the survey-table
// reader. Compiled into the library's module by Scripts/fuzz.sh (internal API is reachable).
// Invariants: nothing traps; an error is a ReadError with a message; what the reader reads,
// written back as CSV and read again, gives the same records.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let input = try? DecodedInput(bytes: bytes, encoding: nil, file: "fuzz.csv") else { return 0 }
    for delimiter in [UInt8(ascii: ","), UInt8(ascii: "\t")] {
        let reader = CSVReader(utf8: input.utf8, delimiter: delimiter, file: "fuzz.csv")
        let record = CSVRecord()
        var records: [[String]] = []
        do {
            while try reader.read(into: record) { records.append(record.fields) }
        } catch {
            precondition(!error.message.isEmpty)
            continue
        }
        // Written back and read again: the same records.
        guard let first = records.first else { continue }
        let width = records.map(\.count).max() ?? 0
        var table = TextTable(columns: (0..<width).map { $0 < first.count ? TextTable.Column(title: first[$0]) : TextTable.Column(title: "") },
                              rows: Array(records.dropFirst()))
        table.recordLengths = records.map(\.count)
        let text = table.renderDelimited(delimiter: delimiter)
        let again = CSVReader(utf8: Array(text.utf8), delimiter: delimiter, file: nil)
        var back: [[String]] = []
        while (try? again.read(into: record)) == true { back.append(record.fields) }
        precondition(back == records, "round trip changed the records")
    }
    if let table = try? DelimitedTable(input: input, file: "fuzz.csv") {
        _ = try? SurveyTable.read(table)
        _ = table.explanationJSON().serialized()
    }
    _ = Layout.recognize(sample: bytes, file: "fuzz.csv", delimiter: nil)
    return 0
}
