// Fuzz target: the workbook reader (ZIP, DEFLATE, XML, number formats). Any bytes: an error
// or sheets, never a trap; a sheet's CSV is read by the CSV reader without an error.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? Inflate.inflate(bytes, limit: 1 << 22)
    var scanner = XMLScanner(bytes)
    while (try? scanner.next()) != nil {}
    guard let book = try? Workbook(bytes: bytes) else { return 0 }
    for info in book.sheets {
        guard let sheet = try? book.sheet(info) else { continue }
        let csv = Workbook.csv(sheet)
        let reader = CSVReader(utf8: csv, delimiter: UInt8(ascii: ","), file: nil)
        let record = CSVRecord()
        do { while try reader.read(into: record) {} } catch { preconditionFailure("a sheet's CSV does not read: \(error)") }
    }
    return 0
}
