/// What the command line said, checked against a `CommandSpec`.
///
/// Values are looked up by an option's `key` (`output` for `-o, --output`), so code that
/// reads them does not care which spelling the user typed.
struct ParsedArguments: Sendable {
    /// Positional arguments in the order given.
    var positionals: [String] = []
    /// Whether `-h`, `--help` or `help` was given; when set, nothing else was validated.
    var wantsHelp = false
    /// For a command with subcommands: the one named, or `nil` if none was.
    ///
    /// With `help <subcommand>` this is the topic and `wantsHelp` is set.
    var subcommand: String?
    /// The arguments after the subcommand's name, left for the subcommand to parse.
    var subcommandArguments: [String] = []
    /// Values given, by option key, in order; a flag records an empty string per occurrence.
    var given: [String: [String]] = [:]
    /// Declared defaults, by option key.
    var defaults: [String: String] = [:]

    /// The option's last given value, else its declared default.
    func value(_ key: String) -> String? {
        given[key]?.last ?? defaults[key]
    }

    /// The value of an enumerated option: the choice last given, else its default.
    ///
    /// The parser has already refused any name that is not a choice, so a command gets the
    /// typed value and never sees the text.
    func value<Value>(_ option: EnumeratedOption<Value>) -> Value {
        givenValue(option) ?? option.defaultValue
    }

    /// The choice last given for an enumerated option, or `nil` when it was not given (its
    /// default is not counted).
    func givenValue<Value>(_ option: EnumeratedOption<Value>) -> Value? {
        given[option.spec.key]?.last.flatMap(option.value(named:))
    }

    /// Every value given for a repeatable option, else its default alone, else none.
    func values(_ key: String) -> [String] {
        given[key] ?? defaults[key].map { [$0] } ?? []
    }

    /// Whether the flag was given at least once.
    func flag(_ key: String) -> Bool {
        given[key] != nil
    }

    /// The same arguments without an option, as if it had not been given.
    func without(_ key: String) -> ParsedArguments {
        var copy = self
        copy.given[key] = nil
        copy.defaults[key] = nil
        return copy
    }
}
