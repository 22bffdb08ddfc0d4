@testable import CSStats

/// A source that hands out at most `step` bytes per read, so that every record of even a tiny
/// input spans chunk boundaries (the reader's own chunk size is never below 16 bytes).
final class TrickleByteSource: ByteSource {
    private let bytes: [UInt8]
    private let step: Int
    private var offset = 0

    init(_ bytes: [UInt8], step: Int) {
        self.bytes = bytes
        self.step = step
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let n = min(step, buffer.count, bytes.count - offset)
        guard n > 0 else { return 0 }
        for k in 0..<n { buffer[k] = bytes[offset + k] }
        offset += n
        return n
    }
}

/// The ways a test feeds bytes to `CSVReader`: each must give the same records and errors.
enum Chunking: String, CaseIterable, Sendable, CustomStringConvertible {
    /// `CSVReader(utf8:delimiter:file:)`, the whole input in one chunk.
    case whole
    /// `chunkSize: 3` over a `MemoryByteSource` (the reader raises it to its minimum, 16).
    case chunkSize3
    /// One byte per read: every byte boundary is a chunk boundary.
    case oneByte
    /// Two bytes per read: multi-byte characters and CRLF split at odd offsets.
    case twoBytes

    var description: String { rawValue }

    func reader(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","), file: String? = "data.csv") -> CSVReader {
        switch self {
        case .whole:
            CSVReader(utf8: bytes, delimiter: delimiter, file: file)
        case .chunkSize3:
            CSVReader(source: MemoryByteSource(bytes), delimiter: delimiter, file: file, chunkSize: 3)
        case .oneByte:
            CSVReader(source: TrickleByteSource(bytes, step: 1), delimiter: delimiter, file: file, chunkSize: 16)
        case .twoBytes:
            CSVReader(source: TrickleByteSource(bytes, step: 2), delimiter: delimiter, file: file, chunkSize: 16)
        }
    }
}
