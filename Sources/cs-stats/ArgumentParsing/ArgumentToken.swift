/// One command-line argument, classified by its shape and remembering where it stood.
///
/// Splitting happens before the command's declaration is consulted, so this layer only
/// knows syntax: whether `-oFILE` is `-o` with a value is for the parser to decide.
struct ArgumentToken: Equatable, Sendable {
    /// The syntactic shape of an argument.
    enum Kind: Equatable, Sendable {
        /// `--name` or `--name=value`.
        case long(name: String, value: String?)
        /// `-x` or `-xVALUE`, kept whole.
        case short(String)
        /// A word that is not an option: a positional, an option's value, or anything
        /// after `--`. A lone `-` (standard input) is one.
        case plain(String)
        /// `--`, after which nothing is an option.
        case terminator
    }

    /// What the argument looks like.
    var kind: Kind
    /// Its index in the arguments split.
    var position: Int

    /// Classifies each argument.
    ///
    /// - Complexity: O(*n*) for *n* arguments.
    static func split(_ arguments: [String]) -> [ArgumentToken] {
        var tokens: [ArgumentToken] = []
        tokens.reserveCapacity(arguments.count)
        var optionsEnded = false
        for (position, argument) in arguments.enumerated() {
            let kind: Kind
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                kind = .plain(argument)
            } else if argument == "--" {
                kind = .terminator
                optionsEnded = true
            } else if argument.hasPrefix("--") {
                if let equals = argument.firstIndex(of: "=") {
                    let value = argument[argument.index(after: equals)...]
                    kind = .long(name: String(argument[..<equals]), value: String(value))
                } else {
                    kind = .long(name: argument, value: nil)
                }
            } else {
                kind = .short(argument)
            }
            tokens.append(ArgumentToken(kind: kind, position: position))
        }
        return tokens
    }
}
