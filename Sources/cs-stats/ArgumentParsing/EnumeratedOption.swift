/// An option whose value is one of a fixed set of choices, read by commands as a typed value.
///
/// The choices are declared once, here, and everything else follows from them: the option's
/// `spec` accepts their names and no others (a typo is a usage error with the nearest name),
/// help lists them, and `ParsedArguments.value(_:)` gives a command the value a name stands
/// for. So help, parsing and the commands cannot disagree, and no command compares strings.
struct EnumeratedOption<Value: Equatable & Sendable>: Sendable {
    /// The declaration that parsing and help read; its allowed values are the choices' names.
    let spec: OptionSpec
    /// Each accepted name with the value it stands for, in the order help lists them.
    let choices: [(name: String, value: Value)]
    /// The value when the option is not given.
    let defaultValue: Value

    /// Declares an option with explicit choices.
    ///
    /// - Parameters:
    ///   - names: every spelling, dashes included.
    ///   - valueName: the value's placeholder in help.
    ///   - choices: each accepted name and the value it stands for.
    ///   - defaultValue: the value when the option is absent. Help shows its name when it has
    ///     one among the choices; an optional `Value` whose default is a `nil` no name stands
    ///     for shows none.
    ///   - help: the help text.
    init(
        names: [String], valueName: String, choices: [(name: String, value: Value)],
        default defaultValue: Value, help: String
    ) {
        self.choices = choices
        self.defaultValue = defaultValue
        spec = OptionSpec(
            names: names, valueName: valueName, allowedValues: choices.map(\.name),
            defaultValue: choices.first { $0.value == defaultValue }?.name, help: help)
    }

    /// The value `name` stands for, or `nil` if it is not one of the choices.
    func value(named name: String) -> Value? {
        choices.first { $0.name == name }?.value
    }
}

extension EnumeratedOption where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    /// Declares an option whose choices are every case of `Value`, named by their raw values.
    init(names: [String], valueName: String, default defaultValue: Value, help: String) {
        self.init(
            names: names, valueName: valueName, choices: Value.allCases.map { ($0.rawValue, $0) },
            default: defaultValue, help: help)
    }
}
