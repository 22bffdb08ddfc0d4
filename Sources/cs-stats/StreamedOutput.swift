import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Output written as it is made, for results too big to hold: to standard output, or to a
/// temporary file beside the output file that replaces it only when everything is written.
///
/// A failure (or ``abandon()``) removes the temporary file: an existing output file is never
/// left half-written or replaced by a partial one.
final class StreamedOutput {
    private let console: Console
    private let path: String?
    private var descriptor: Int32 = -1
    private var temporary: String?
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 20

    init(_ target: OutputTarget, console: Console) throws {
        self.console = console
        guard let path = target.path, path != "-" else {
            self.path = nil
            return
        }
        self.path = path
        try OutputTarget.requireFolder(of: path)
        // Beside the output file, so the rename at the end stays on one file system.
        let folder = (path as NSString).deletingLastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/.cs-stats-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw CommandError(message: "cannot write '\(path)': \(String(cString: strerror(errno)))", exitCode: ExitCode.cannotCreate)
        }
        descriptor = fd
        temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        buffer.reserveCapacity(Self.flushSize + (1 << 16))
    }

    deinit { abandon() }

    /// Appends text.
    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushSize { try? flush() }
    }

    /// Appends bytes; `body` adds them to the buffer, so a row needs no array of its own.
    func write(_ body: (inout [UInt8]) -> Void) {
        body(&buffer)
        if buffer.count >= Self.flushSize { try? flush() }
    }

    private var failure: String?

    private func flush() throws {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard descriptor >= 0 else {
            if path == nil { console.out(bytes: buffer) }
            return
        }
        guard failure == nil else { return }
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, buffer.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                return
            }
            offset += n
        }
    }

    /// Writes what is left and, for a file, puts it in place of the output file.
    func finish() throws {
        try flush()
        guard descriptor >= 0, let path, let temporary else { return }
        if let failure {
            abandon()
            throw CommandError(message: "cannot write '\(path)': \(failure)", exitCode: ExitCode.cannotCreate)
        }
        // mkstemp makes the file 0600; an output file is as readable as any other.
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        close(descriptor)
        descriptor = -1
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            self.temporary = nil
            throw CommandError(message: "cannot write '\(path)': \(reason)", exitCode: ExitCode.cannotCreate)
        }
        self.temporary = nil
    }

    /// Removes the temporary file, if any: the output file stays as it was.
    func abandon() {
        if descriptor >= 0 { close(descriptor); descriptor = -1 }
        if let temporary { unlink(temporary); self.temporary = nil }
    }
}
