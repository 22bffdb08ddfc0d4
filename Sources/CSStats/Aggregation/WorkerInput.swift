#if canImport(Glibc)
import Glibc
#endif

/// The bytes a ``SchoolRecordWorker`` reads: a file or bytes in memory.
///
/// Bytes in memory (standard input, read whole) are looked at where they lie, a window at a
/// time; a file is copied into the worker's buffer with `pread`. (Mapping windows of the file
/// instead was measured on the 10M-row benchmark: no faster, the copy keeps the bytes in the
/// cache the parser reads them from, and a mapped file truncated by another program while it
/// is read would end the process.)
final class WorkerInput: @unchecked Sendable {
    private enum Storage {
        case memory(UnsafePointer<UInt8>)
        case file(Int32)
    }

    private let storage: Storage
    /// The input's size in bytes.
    let size: Int
    /// Whether bytes in memory may be looked at in place (tests turn it off to exercise copying).
    let allowsWindows: Bool

    /// Bytes in memory, which must outlive every use of the input.
    init(memory: UnsafePointer<UInt8>, count: Int, allowsWindows: Bool = true) {
        storage = .memory(memory)
        size = count
        self.allowsWindows = allowsWindows
    }

    /// A regular file, open for reading, of `size` bytes (the caller closes it after use).
    init(file: Int32, size: Int) {
        storage = .file(file)
        self.size = size
        allowsWindows = false
    }

    /// Copies up to `count` bytes at `offset` into `pointer`; how many, 0 at the end (or on an
    /// error reading).
    func read(into pointer: UnsafeMutablePointer<UInt8>, count: Int, at offset: Int) -> Int {
        switch storage {
        case .memory(let bytes):
            let n = max(0, min(count, size - offset))
            if n > 0 { pointer.update(from: bytes + offset, count: n) }
            return n
        case .file(let fd):
            let n = pread(fd, pointer, count, off_t(offset))
            return n < 0 ? 0 : n
        }
    }

    /// A view of the bytes from `offset`: up to `length` of them, fewer at the input's end.
    struct Window {
        /// The byte at `offset`.
        let bytes: UnsafePointer<UInt8>
        /// How many bytes from `bytes` may be read.
        let count: Int
    }

    /// A window of up to `length` bytes from `offset`, or `nil` when the bytes must be copied.
    func window(at offset: Int, length: Int) -> Window? {
        let count = min(length, size - offset)
        guard allowsWindows, offset >= 0, count > 0, case .memory(let bytes) = storage else { return nil }
        return Window(bytes: bytes + offset, count: count)
    }
}
