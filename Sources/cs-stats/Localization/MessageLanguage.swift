/// The language of help and of the messages people meet most: Japanese when the locale says
/// so, English otherwise.
///
/// The locale is read as POSIX reads it for messages: `LC_ALL`, else `LC_MESSAGES`, else
/// `LANG`, the first one set and not empty; a value starting with `ja` (`ja_JP.UTF-8`, `ja`)
/// means Japanese. Output formats are not affected: tables keep `--lang`.
enum MessageLanguage: Sendable {
    case english, japanese

    init(environment: [String: String]) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        self = locale.hasPrefix("ja") ? .japanese : .english
    }

    /// The Japanese text for a catalogue key when the language is Japanese and the catalogue
    /// has it, else the English.
    func text(_ key: String, _ english: String) -> String {
        self == .japanese ? Japanese.help[key] ?? english : english
    }
}
