import CSStats

/// Renders help, usage lines and usage errors from a `CommandSpec`.
///
/// The layout follows swift-argument-parser: sections titled in capitals, a label column
/// two spaces in, and help text starting at column 26, wrapped at 80 columns with a hanging
/// indent. A label too long for its column puts its help on the next line.
enum HelpGenerator {
    /// The column where help text starts.
    static let labelColumnWidth = 26
    /// The column help is wrapped before.
    static let screenWidth = 80
    private static let indent = "  "

    /// The full `--help` text for `command`, ending in a newline.
    ///
    /// - Parameters:
    ///   - command: a subcommand or the root.
    ///   - rootName: the program's name, used in the usage line.
    static func help(for command: CommandSpec, rootName: String = "cs-stats") -> String {
        var sections: [String] = ["OVERVIEW: " + command.abstract]
        if let discussion = command.discussion {
            sections.append(wrap(discussion, width: screenWidth, indent: 0))
        }
        sections.append("USAGE: " + usageLine(for: command, rootName: rootName))
        if !command.arguments.isEmpty {
            sections.append(section("ARGUMENTS", command.arguments.map { ($0.name, $0.help) }))
        }
        sections.append(section("OPTIONS", command.allOptions.map { (label(for: $0), help(for: $0)) }))
        if !command.subcommands.isEmpty {
            sections.append(section("SUBCOMMANDS", command.subcommands.map { ($0.name, $0.abstract) }))
        }
        if !command.examples.isEmpty {
            let examples = command.examples.map { example in
                indent + example.command + "\n"
                    + wrap(example.explanation, width: screenWidth, indent: 6)
            }
            sections.append("EXAMPLES:\n" + examples.joined(separator: "\n\n"))
        }
        if !command.subcommands.isEmpty {
            sections.append(indent + "See '\(rootName) help <subcommand>' for detailed help.")
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// The usage line without its `USAGE: ` label, such as `cs-stats view [<options>] [FILE]`.
    ///
    /// `[<options>]` appears only if the command declares options besides `--help`.
    static func usageLine(for command: CommandSpec, rootName: String = "cs-stats") -> String {
        var parts = [commandPath(for: command, rootName: rootName)]
        if !command.options.isEmpty { parts.append("[<options>]") }
        parts += command.arguments.map(\.usage)
        if !command.subcommands.isEmpty { parts.append("<subcommand>") }
        return parts.joined(separator: " ")
    }

    /// What to print on standard error for a usage error: the message, the usage line, and
    /// where to find help, ending in a newline.
    ///
    /// - Parameters:
    ///   - error: what went wrong.
    ///   - command: the command whose arguments were being parsed.
    ///   - rootName: the program's name.
    static func errorText(
        for error: UsageError, command: CommandSpec, rootName: String = "cs-stats"
    ) -> String {
        """
        Error: \(error.description)
        Usage: \(usageLine(for: command, rootName: rootName))
          See '\(commandPath(for: command, rootName: rootName)) --help' for more information.

        """
    }

    /// `cs-stats` for the root, `cs-stats view` for a subcommand.
    private static func commandPath(for command: CommandSpec, rootName: String) -> String {
        command.name == rootName ? rootName : rootName + " " + command.name
    }

    /// `-f, --format <format>`, with ` ...` if the option repeats.
    private static func label(for option: OptionSpec) -> String {
        var label = option.names.joined(separator: ", ")
        if let valueName = option.valueName { label += " <\(valueName)>" }
        if option.isRepeatable { label += " ..." }
        return label
    }

    /// The option's help followed by its allowed values and default, if any.
    private static func help(for option: OptionSpec) -> String {
        var notes: [String] = []
        if let allowed = option.allowedValues {
            notes.append("values: " + allowed.joined(separator: ", "))
        }
        if let value = option.defaultValue { notes.append("default: " + value) }
        let suffix = notes.isEmpty ? "" : "(" + notes.joined(separator: "; ") + ")"
        return [option.help, suffix].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A titled section of label and help rows.
    private static func section(_ title: String, _ rows: [(label: String, help: String)]) -> String {
        "\(title):\n" + rows.map { row(label: $0.label, help: $0.help) }.joined(separator: "\n")
    }

    /// One row: the label in its column, then the help wrapped with a hanging indent.
    private static func row(label: String, help: String) -> String {
        let labelText = indent + label
        let wrapped = wrap(help, width: screenWidth, indent: labelColumnWidth)
        // At least two spaces must separate label and help, else the help starts a new line.
        if labelText.count + 2 <= labelColumnWidth {
            return labelText + wrapped.dropFirst(labelText.count)
        }
        return labelText + "\n" + wrapped
    }

    /// Word-wraps `text` so no line passes `width` columns, every line indented by `indent`.
    ///
    /// Explicit line breaks are kept, so blank lines still separate paragraphs; a word longer
    /// than the room gets a line of its own. Columns are counted in characters, which fits
    /// the ASCII help text this program has.
    ///
    /// - Complexity: O(*n*) for *n* characters.
    static func wrap(_ text: String, width: Int, indent: Int) -> String {
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                // Terminal columns, not characters: a kanji takes two.
                if !line.isEmpty, indent + DisplayWidth.of(line) + 1 + DisplayWidth.of(word) > width {
                    lines.append(margin + line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            lines.append(line.isEmpty ? "" : margin + line)
        }
        return lines.joined(separator: "\n")
    }
}
