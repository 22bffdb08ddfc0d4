import CSStats

/// Checks a command line against a `CommandSpec` and collects what it says.
///
/// The work is in two steps, after swift-argument-parser: `ArgumentToken.split` classifies
/// the arguments by shape, then the tokens are matched to the declaration. The first problem
/// found is remembered rather than thrown at once, so that `-h` or `--help` anywhere still
/// wins over an earlier mistake.
struct ArgumentParser {
    /// Whether a word shaped like a short option is a negative number ("-1", "-0.5"), which
    /// an option that takes a value takes as its value.
    static func isNegativeNumber(_ word: String) -> Bool {
        let digits = word.utf8.dropFirst()
        guard let first = digits.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return digits.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".") }
    }

    /// Parses `arguments` (without the program name) for `command`.
    ///
    /// Accepted forms: `--name value`, `--name=value`, `-o value`, `-oVALUE`, flags, `--` to
    /// end options, and `-` as a positional (standard input). For a command with subcommands,
    /// the first positional word names the subcommand (or is `help`, optionally followed by
    /// one); the arguments after it are returned unparsed in `subcommandArguments`. Such a
    /// command takes no positionals of its own.
    ///
    /// - Parameters:
    ///   - arguments: the command-line arguments after the command's name.
    ///   - command: the declaration to check them against.
    /// - Returns: the positionals and option values; if help was asked for, `wantsHelp` is
    ///   set and nothing else was validated.
    /// - Throws: the first `UsageError` on the line.
    /// - Complexity: O(*n* × *k*) for *n* arguments and *k* declared options.
    static func parse(
        _ arguments: [String], for command: CommandSpec
    ) throws(UsageError) -> ParsedArguments {
        var state = State(command: command)
        let tokens = ArgumentToken.split(arguments)
        var next = tokens.startIndex
        while next < tokens.endIndex {
            let token = tokens[next]
            next += 1
            switch token.kind {
            case .terminator:
                break
            case .long(let name, let attached):
                state.takeOption(written: name, attached: attached, at: token.position, tokens, &next)
            case .short(let text):
                let name = String(text.prefix(2))
                let rest = text.dropFirst(2)
                if rest.isEmpty {
                    state.takeOption(written: name, attached: nil, at: token.position, tokens, &next)
                } else if let option = command.option(named: name), option.takesValue {
                    state.takeOption(
                        written: name, attached: String(rest), at: token.position, tokens, &next)
                } else {
                    // Combined short flags (`-vq`) are deliberately not supported.
                    state.record(.unknownOption(text, suggestion: nil, position: token.position))
                }
            case .plain(let word):
                if command.subcommands.isEmpty {
                    state.result.positionals.append(word)
                    state.positions.append(token.position)
                } else if try state.takeSubcommandWord(word, at: token.position) {
                    state.result.subcommandArguments = Array(arguments[(token.position + 1)...])
                    next = tokens.endIndex
                }
            }
        }
        if state.result.wantsHelp { return state.result }
        if let error = state.firstError { throw error }
        try state.checkPositionals()
        return state.result
    }

    /// The parse in progress: the result so far and the first error met.
    private struct State {
        let command: CommandSpec
        var result: ParsedArguments
        /// The position of each positional in `result.positionals`, for error reports.
        var positions: [Int] = []
        var firstError: UsageError?
        /// Whether the `help` pseudo-subcommand was seen and its topic is still to come.
        var awaitingHelpTopic = false

        init(command: CommandSpec) {
            self.command = command
            var defaults: [String: String] = [:]
            for option in command.options {
                if let value = option.defaultValue { defaults[option.key] = value }
            }
            result = ParsedArguments(defaults: defaults)
        }

        /// Keeps the first error; later ones are usually consequences of it.
        mutating func record(_ error: UsageError) {
            if firstError == nil { firstError = error }
        }

        /// Handles an option spelled `written`, taking its value from `attached` or from the
        /// next token, which `next` then skips.
        mutating func takeOption(
            written: String, attached: String?, at position: Int,
            _ tokens: [ArgumentToken], _ next: inout Int
        ) {
            guard let option = command.option(named: written) else {
                record(.unknownOption(written, suggestion: suggestion(for: written), position: position))
                return
            }
            if option.key == OptionSpec.help.key {
                result.wantsHelp = true
                return
            }
            guard option.takesValue else {
                if let attached {
                    record(.unexpectedValue(attached, flag: written, position: position))
                } else {
                    result.given[option.key, default: []].append("")
                }
                return
            }
            let value: String
            if let attached {
                value = attached
            } else if next < tokens.endIndex, case .plain(let word) = tokens[next].kind {
                value = word
                next += 1
            } else if next < tokens.endIndex, case .short(let word) = tokens[next].kind, ArgumentParser.isNegativeNumber(word) {
                // No short option is a digit: `--jobs -1` is a value the command can refuse
                // by name, not a missing one.
                value = word
                next += 1
            } else {
                record(.missingValue(option: written, position: position))
                return
            }
            if let allowed = option.allowedValues, !allowed.contains(value) {
                record(.invalidValue(
                    value, option: written, allowed: allowed,
                    suggestion: EditDistance.nearest(to: value, in: allowed), position: position))
                return
            }
            result.given[option.key, default: []].append(value)
        }

        /// The declared long name nearest to a mistyped one. Short names are one letter, so
        /// any other letter would be "close"; they get no suggestion.
        func suggestion(for written: String) -> String? {
            guard written.hasPrefix("--") else { return nil }
            let longNames = command.allOptions.flatMap(\.names).filter { $0.hasPrefix("--") }
            return EditDistance.nearest(to: written, in: longNames)
        }

        /// Handles a positional word of a command with subcommands.
        ///
        /// - Returns: whether parsing should stop, leaving the rest to the subcommand.
        /// - Throws: at once, for an unknown `help` topic or a word after the topic, since
        ///   `help` itself asks for help and would otherwise hide the mistake.
        mutating func takeSubcommandWord(_ word: String, at position: Int) throws(UsageError) -> Bool {
            if awaitingHelpTopic {
                guard command.subcommand(named: word) != nil else {
                    throw .unknownSubcommand(
                        word, suggestion: EditDistance.nearest(to: word, in: command.subcommands.map(\.name)),
                        position: position)
                }
                awaitingHelpTopic = false
                result.subcommand = word
                return false
            }
            if word == "help", result.subcommand == nil {
                result.wantsHelp = true
                awaitingHelpTopic = true
                return false
            }
            if result.subcommand != nil {
                // A second word after `help <subcommand>`: thrown at once, like a bad topic.
                throw .unexpectedArgument(word, position: position)
            }
            guard command.subcommand(named: word) != nil else {
                let names = command.subcommands.map(\.name) + ["help"]
                record(.unknownSubcommand(
                    word, suggestion: EditDistance.nearest(to: word, in: names), position: position))
                return true
            }
            result.subcommand = word
            return true
        }

        /// Checks the number of positionals against the declared arguments.
        func checkPositionals() throws(UsageError) {
            let declared = command.arguments
            let required = declared.filter { !$0.isOptional }.count
            let given = result.positionals.count
            if given < required {
                throw .missingArgument(declared[given].name)
            }
            let limit = declared.contains { $0.isVariadic } ? Int.max : declared.count
            if given > limit {
                throw .unexpectedArgument(result.positionals[limit], position: positions[limit])
            }
        }
    }
}
