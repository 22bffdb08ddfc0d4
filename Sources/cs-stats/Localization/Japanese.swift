import CSStats

/// The Japanese message catalogue: help and the messages people meet most, in one file.
///
/// English is what the declarations say (each command's spec; `UsageError`, `ReadError`);
/// this file holds the Japanese for the same keys. Help keys are made by
/// ``HelpGenerator/catalogueKeys(for:)`` (`view.abstract`, `option.format`,
/// `summary.example.1`, …), and a test holds the catalogue to every key the commands have, so a
/// new option without its Japanese fails the tests. Terms follow the ministry's: 学校運営協議会,
/// コミュニティ・スクール, 地域学校協働本部, 導入率, 整備率, 母数.
enum Japanese {
    /// A usage error in Japanese.
    static func message(_ error: UsageError) -> String {
        func didYouMean(_ suggestion: String?) -> String { suggestion.map { "。'\($0)' のことですか?" } ?? "" }
        switch error {
        case .unknownOption(let option, let suggestion, _):
            return "不明なオプション '\(option)'" + didYouMean(suggestion)
        case .missingValue(let option, _):
            return "オプション '\(option)' に値がありません"
        case .invalidValue(let value, let option, let allowed, let suggestion, _):
            return "オプション '\(option)' の値は \(allowed.joined(separator: ", ")) のいずれかです。'\(value)' が指定されました" + didYouMean(suggestion)
        case .unexpectedValue(let value, let flag, _):
            return "オプション '\(flag)' は値をとりません。'\(value)' が指定されました"
        case .missingArgument(let name):
            return "引数 \(name) がありません"
        case .unexpectedArgument(let argument, _):
            return "余分な引数 '\(argument)'"
        case .unknownSubcommand(let name, let suggestion, _):
            return "不明なサブコマンド '\(name)'" + didYouMean(suggestion)
        }
    }

    /// A read error as printed: `place: error: message` in English, `place: エラー: …` in Japanese.
    static func described(_ error: ReadError, _ language: MessageLanguage) -> String {
        language == .japanese ? "\(error.place): エラー: \(message(error))" : error.description
    }

    /// A read error's message in Japanese (a message made elsewhere, a header's or a record's,
    /// is kept as it is, with the common ones translated).
    static func message(_ error: ReadError) -> String {
        switch error {
        case .cannotOpen(_, let reason):
            return "ファイルを読めません: \(systemReason[reason] ?? reason)"
        case .invalidEncoding(_, let encoding, let offset, let bytes):
            let hex = bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
            return "\(encoding.displayName) として読めないバイト列 \(hex)(\(offset) バイト目)。文字コードが違う場合は --encoding で指定してください"
        case .unterminatedQuote(_, let line, let field):
            return "引用符で始まるフィールドが閉じていません(\(line) 行目、\(field) 番目のフィールドで開始)"
        case .quoteInUnquotedField(_, let record, let field):
            return "\(record) 件目のレコード、\(field) 番目のフィールド: 引用符で囲まれていないフィールドの中に引用符があります(フィールド全体を引用符で囲み、中の引用符は二重にしてください)"
        case .textAfterClosingQuote(_, let record, let field, let found):
            return "\(record) 件目のレコード、\(field) 番目のフィールド: 閉じ引用符の後に '\(found)' があります。区切り文字か改行が必要です"
        case .fieldCount(_, let record, let found, let expected):
            return "\(record) 件目のレコード: フィールドが \(found) 個あります。見出し行と同じ \(expected) 個が必要です"
        case .invalidValue(_, let column, let row, let found, let expected):
            if row == found { return "\(column) が '\(found)' です。\(expected) が必要です" }
            return "'\(row)' の \(column) が '\(found)' です。\(expected) が必要です"
        case .noHeader:
            return "見出し行がありません: 入力が空か、表を含んでいません"
        case .header(_, let message), .invalidRecord(_, let message):
            return translatedPrefix(message)
        case .implausible(_, let message):
            return "\(message)。このままでは表を出力できません(すべての指摘は 'cs-stats check' で確認できます)"
        }
    }

    /// The system's reasons a file cannot be opened, in Japanese.
    private static let systemReason = [
        "No such file or directory": "ファイルまたはフォルダがありません",
        "Permission denied": "読み取りの権限がありません",
        "Is a directory": "ファイルではなくフォルダです",
    ]

    /// Messages made by recognition and counting that people meet most, by how they start.
    private static func translatedPrefix(_ message: String) -> String {
        let prefixes: [(String, String)] = [
            ("not a survey table: no header names survey columns (学校種 or 都道府県, and 導入校数, 導入率, …)",
             "調査の表ではありません: 調査の列(学校種または都道府県、および導入校数・導入率など)を示す見出しがありません"),
            ("not a survey table: ", "調査の表ではありません: "),
            ("a NUL byte at byte offset ", "NUL バイトがあります(位置 "),
        ]
        for (english, japanese) in prefixes where message.hasPrefix(english) {
            if english.hasPrefix("a NUL") {
                let offset = message.dropFirst(english.count).prefix { $0.isNumber }
                return japanese + offset + " バイト目): テキストファイルではありません(ブックやアーカイブなどのバイナリファイル、またはバイト順マークのない UTF-16)。表を CSV か TSV で保存してください"
            }
            return japanese + message.dropFirst(english.count)
        }
        return message
    }

    /// Help texts by catalogue key (``HelpGenerator/catalogueKeys(for:)``), and the words of the
    /// help's frame.
    static let help: [String: String] = frame.merging(commands) { a, _ in a }

    private static let frame: [String: String] = [
        "word.overview": "概要",
        "word.usage": "使い方",
        "word.arguments": "引数",
        "word.options": "オプション",
        "word.subcommands": "サブコマンド",
        "word.examples": "例",
        "word.values": "値",
        "word.default": "既定値",
        "sentence.seeHelp": "各サブコマンドの詳しい説明は 'cs-stats help <サブコマンド>' で表示されます。",
    ]

    /// Each command's help, by key.
    private static let commands: [String: String] = [:]
}
