/// A command that cannot do what was asked, for a reason that is neither a usage nor a read error.
struct CommandError: Error, CustomStringConvertible {
    var message: String
    var exitCode: Int32 = ExitCode.dataError
    var description: String { "error: \(message)" }
}
