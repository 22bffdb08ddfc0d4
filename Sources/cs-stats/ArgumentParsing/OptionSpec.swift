/// The declaration of one command-line option: its names, whether it takes a value, and its help.
///
/// Parsing and help both read these declarations, so what `--help` says is what the parser does.
struct OptionSpec: Sendable {
    /// Every spelling of the option, dashes included, for example `["-o", "--output"]`.
    var names: [String]
    /// The placeholder for the option's value, such as `FILE`; `nil` makes the option a flag.
    var valueName: String?
    /// The only values accepted, if the option is an enumeration; an `EnumeratedOption` sets
    /// them from its choices.
    var allowedValues: [String]?
    /// The value used when the option is not given; shown in help as `(default: …)`.
    var defaultValue: String?
    /// Whether every occurrence is kept, rather than the last one winning.
    var isRepeatable: Bool = false
    /// One sentence for the OPTIONS section.
    var help: String

    /// Declares an option.
    ///
    /// - Parameters:
    ///   - names: every spelling, dashes included; the last long name is the canonical one.
    ///   - valueName: the value's placeholder, or `nil` for a flag.
    ///   - allowedValues: the accepted values, or `nil` to accept any.
    ///   - defaultValue: the value when the option is absent.
    ///   - isRepeatable: whether all occurrences are collected.
    ///   - help: the help text.
    init(
        names: [String], valueName: String? = nil, allowedValues: [String]? = nil,
        defaultValue: String? = nil, isRepeatable: Bool = false, help: String
    ) {
        self.names = names
        self.valueName = valueName
        self.allowedValues = allowedValues
        self.defaultValue = defaultValue
        self.isRepeatable = isRepeatable
        self.help = help
    }

    /// The name parsed values are stored under: the last long name without its dashes
    /// (`output` for `["-o", "--output"]`).
    var key: String {
        let name = names.last { $0.hasPrefix("--") } ?? names.last ?? ""
        return String(name.drop { $0 == "-" })
    }

    /// Whether the option consumes a value rather than being a flag.
    var takesValue: Bool { valueName != nil }

    /// `-h, --help`, which every command accepts without declaring it.
    static let help = OptionSpec(names: ["-h", "--help"], help: "Show help information.")
}
