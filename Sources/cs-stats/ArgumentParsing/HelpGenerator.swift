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
    static func help(for command: CommandSpec, rootName: String = "cs-stats", language: MessageLanguage = .english) -> String {
        let t = language
        let name = command.name
        var sections: [String] = [t.text("word.overview", "OVERVIEW") + ": " + t.text("\(name).abstract", command.abstract)]
        if let discussion = command.discussion {
            sections.append(wrap(t.text("\(name).discussion", discussion), width: screenWidth, indent: 0, japanese: language == .japanese))
        }
        sections.append(t.text("word.usage", "USAGE") + ": " + usageLine(for: command, rootName: rootName))
        if !command.arguments.isEmpty {
            sections.append(section(t.text("word.arguments", "ARGUMENTS"), command.arguments.map {
                ($0.name, t.text("\(name).argument.\($0.name)", $0.help))
            }, japanese: language == .japanese))
        }
        sections.append(section(t.text("word.options", "OPTIONS"), command.allOptions.map {
            (label(for: $0), help(for: $0, command: name, language: language))
        }, japanese: language == .japanese))
        if !command.subcommands.isEmpty {
            sections.append(section(t.text("word.subcommands", "SUBCOMMANDS"), command.subcommands.map {
                ($0.name, t.text("\($0.name).abstract", $0.abstract))
            }, japanese: language == .japanese))
        }
        if !command.examples.isEmpty {
            let examples = command.examples.enumerated().map { i, example in
                indent + example.command + "\n"
                    + wrap(t.text("\(name).example.\(i + 1)", example.explanation), width: screenWidth, indent: 6, japanese: language == .japanese)
            }
            sections.append(t.text("word.examples", "EXAMPLES") + ":\n" + examples.joined(separator: "\n\n"))
        }
        if !command.subcommands.isEmpty {
            sections.append(indent + t.text("sentence.seeHelp", "See '\(rootName) help <subcommand>' for detailed help."))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// The catalogue keys of every text a command's help shows, with the English text: what a
    /// translation must cover (the tests hold the Japanese catalogue to it).
    static func catalogueKeys(for command: CommandSpec) -> [(key: String, english: String)] {
        let name = command.name
        var keys = [("\(name).abstract", command.abstract)]
        if let discussion = command.discussion { keys.append(("\(name).discussion", discussion)) }
        keys += command.arguments.map { ("\(name).argument.\($0.name)", $0.help) }
        keys += command.allOptions.map { (optionKey($0, command: name), $0.help) }
        keys += command.examples.enumerated().map { ("\(name).example.\($0.offset + 1)", $0.element.explanation) }
        return keys
    }

    /// An option's help key: `option.KEY` for an option whose help reads the same in every
    /// command, `COMMAND.option.KEY` where a command words it its own way.
    static func optionKey(_ option: OptionSpec, command: String) -> String {
        Japanese.help["\(command).option.\(option.key)"] != nil || sharedOptionHelp[option.key].map({ $0 != option.help }) ?? false
            ? "\(command).option.\(option.key)" : "option.\(option.key)"
    }

    /// The help of each option as most commands declare it (the first command that has it).
    private static let sharedOptionHelp: [String: String] = {
        var shared: [String: String] = [:]
        for command in CLI.root.subcommands + [CLI.root] {
            for option in command.allOptions where shared[option.key] == nil { shared[option.key] = option.help }
        }
        return shared
    }()

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
        for error: UsageError, command: CommandSpec, rootName: String = "cs-stats", language: MessageLanguage = .english
    ) -> String {
        errorText(message: language == .japanese ? Japanese.message(error) : error.description,
                  command: command, rootName: rootName, language: language)
    }

    /// A usage error's lines for any message: the message, the usage line, where help is.
    static func errorText(message: String, command: CommandSpec, rootName: String = "cs-stats", language: MessageLanguage = .english) -> String {
        let path = commandPath(for: command, rootName: rootName)
        if language == .japanese {
            return """
                エラー: \(message)
                使い方: \(usageLine(for: command, rootName: rootName))
                  詳しくは '\(path) --help' を見てください。

                """
        }
        return """
            Error: \(message)
            Usage: \(usageLine(for: command, rootName: rootName))
              See '\(path) --help' for more information.

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
    private static func help(for option: OptionSpec, command: String, language: MessageLanguage) -> String {
        var notes: [String] = []
        if let allowed = option.allowedValues {
            notes.append(language.text("word.values", "values") + ": " + allowed.joined(separator: ", "))
        }
        if let value = option.defaultValue { notes.append(language.text("word.default", "default") + ": " + value) }
        let suffix = notes.isEmpty ? "" : "(" + notes.joined(separator: "; ") + ")"
        return [language.text(optionKey(option, command: command), option.help), suffix].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A titled section of label and help rows.
    private static func section(_ title: String, _ rows: [(label: String, help: String)], japanese: Bool = false) -> String {
        "\(title):\n" + rows.map { row(label: $0.label, help: $0.help, japanese: japanese) }.joined(separator: "\n")
    }

    /// One row: the label in its column, then the help wrapped with a hanging indent.
    private static func row(label: String, help: String, japanese: Bool) -> String {
        let labelText = indent + label
        let wrapped = wrap(help, width: screenWidth, indent: labelColumnWidth, japanese: japanese)
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
    static func wrap(_ text: String, width: Int, indent: Int, japanese: Bool = false) -> String {
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            let units = japanese ? breakableUnits(paragraph) : paragraph.split(separator: " ").map { (String($0), true) }
            for (word, spaced) in units {
                let separator = spaced ? " " : ""
                // Terminal columns, not characters: a kanji takes two.
                if !line.isEmpty, indent + DisplayWidth.of(line) + separator.count + DisplayWidth.of(word) > width {
                    lines.append(margin + line)
                    line = ""
                }
                line += line.isEmpty ? word : separator + word
            }
            lines.append(line.isEmpty ? "" : margin + line)
        }
        return lines.joined(separator: "\n")
    }

    /// The pieces a line may break between, each with whether a space stood before it: words
    /// between spaces; in Japanese, each wide character, except that closing punctuation
    /// (、。」）…, and ASCII `,:;)` after a wide character) stays with the character before it
    /// and opening brackets (（「, and ASCII `(`) with the one after.
    private static func breakableUnits(_ paragraph: Substring) -> [(String, Bool)] {
        var units: [(String, Bool)] = []
        var current = "", spaced = false, pendingSpace = false, opening = false
        func flush() {
            if !current.isEmpty { units.append((current, spaced)) }
            current = ""
        }
        for character in paragraph {
            if character == " " {
                flush()
                pendingSpace = true
                continue
            }
            let wide = DisplayWidth.of(String(character)) == 2
            let closing = "、。，．）」』】〕・ー：；！？％".contains(character)
            if current.isEmpty {
                spaced = pendingSpace && !units.isEmpty
                current.append(character)
            } else if wide && !closing && !opening {
                flush()
                spaced = false
                current.append(character)
            } else if !wide, !",:;!?)]}%".contains(character), let last = current.last,
                      DisplayWidth.of(String(last)) == 2, !"（「『【〔".contains(last) {
                // ASCII after a kanji (a number, an option): its own unit, no space between.
                flush()
                spaced = false
                current.append(character)
            } else {
                current.append(character)
            }
            opening = "（「『【〔([{".contains(character)
            pendingSpace = false
        }
        flush()
        return units
    }
}
