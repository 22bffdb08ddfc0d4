/// A command line that does not fit its command's declaration.
///
/// Cases that come from one argument carry its `position`, the index into the arguments
/// passed to `ArgumentParser.parse`, so a caller can point at it. The text (`description`)
/// names the argument as typed, which is what the user needs to find it.
enum UsageError: Error, Equatable, CustomStringConvertible {
    /// An option the command does not declare, with the nearest declared spelling if close.
    case unknownOption(String, suggestion: String?, position: Int)
    /// A value option at the end of the line, or followed by another option.
    case missingValue(option: String, position: Int)
    /// A value outside an option's allowed values, with the nearest allowed one if close.
    case invalidValue(String, option: String, allowed: [String], suggestion: String?, position: Int)
    /// A value attached with `=` to an option that is a flag.
    case unexpectedValue(String, flag: String, position: Int)
    /// A required positional argument, named by its placeholder, that was not given.
    case missingArgument(String)
    /// A positional argument beyond those the command takes.
    case unexpectedArgument(String, position: Int)
    /// A word in the subcommand's place that names none, with the nearest name if close.
    case unknownSubcommand(String, suggestion: String?, position: Int)

    /// The message, without the `Error: ` prefix.
    var description: String {
        switch self {
        case .unknownOption(let option, let suggestion, _):
            return "unknown option '\(option)'" + Self.didYouMean(suggestion)
        case .missingValue(let option, _):
            return "missing value for option '\(option)'"
        case .invalidValue(let value, let option, let allowed, let suggestion, _):
            return "option '\(option)' expects one of \(allowed.joined(separator: ", "));"
                + " found '\(value)'" + Self.didYouMean(suggestion)
        case .unexpectedValue(let value, let flag, _):
            return "option '\(flag)' takes no value; found '\(value)'"
        case .missingArgument(let name):
            return "missing argument \(name)"
        case .unexpectedArgument(let argument, _):
            return "unexpected argument '\(argument)'"
        case .unknownSubcommand(let name, let suggestion, _):
            return "unknown subcommand '\(name)'" + Self.didYouMean(suggestion)
        }
    }

    /// `. Did you mean '…'?`, or nothing without a suggestion.
    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { ". Did you mean '\($0)'?" } ?? ""
    }
}
