#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a reader gets its bytes: a chunk at a time, so memory stays bounded by the chunk size.
public protocol ByteSource: AnyObject {
    /// Fills the start of `buffer` with the next bytes.
    ///
    /// - Returns: the number of bytes written; 0 at the end of the input.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ReadError) -> Int
}

/// Bytes already in memory.
public final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    /// Serves `bytes` in order.
    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let n = min(buffer.count, bytes.count - offset)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: n)
        }
        offset += n
        return n
    }
}

/// An open file descriptor, read with `read(2)`.
public final class FileByteSource: ByteSource {
    private let descriptor: Int32
    private let name: String
    private let ownsDescriptor: Bool

    /// Opens a file for reading.
    ///
    /// - Throws: `ReadError.cannotOpen` with the system's reason.
    public init(path: String) throws(ReadError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ReadError.cannotOpen(file: path, reason: String(cString: strerror(errno))) }
        self.descriptor = fd
        self.name = path
        self.ownsDescriptor = true
    }

    /// Reads from standard input.
    public init(standardInput: Void = ()) {
        self.descriptor = 0
        self.name = "<stdin>"
        self.ownsDescriptor = false
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(ReadError) -> Int {
        while true {
            let n = systemRead(descriptor, buffer.baseAddress, buffer.count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw ReadError.cannotOpen(file: name, reason: String(cString: strerror(errno)))
        }
    }

    /// Reads everything that is left.
    public func readAll() throws(ReadError) -> [UInt8] {
        var status = stat()
        // A regular file's size is known: read it straight into one buffer of that size.
        let expected = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : 0
        var result: [UInt8] = []
        if expected > 0 {
            var failure: ReadError?
            result = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
                while initialized < expected {
                    do {
                        let n = try read(into: UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[initialized...]))
                        if n == 0 { break }
                        initialized += n
                    } catch {
                        failure = error as? ReadError
                        return
                    }
                }
            }
            if let failure { throw failure }
        }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let n = try read(into: chunk)
            if n == 0 { return result }
            result.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<n]))
        }
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
