import Foundation
import Testing
@testable import cs_stats

/// The Japanese catalogue covers every text of every command's help.
@Suite struct JapaneseCatalogueTests {
    static var allKeys: [(key: String, english: String)] {
        ([CLI.root] + CLI.root.subcommands).flatMap(HelpGenerator.catalogueKeys(for:))
    }

    @Test func everyHelpTextHasItsJapanese() {
        var missing: [String] = []
        var seen = Set<String>()
        for (key, english) in Self.allKeys where seen.insert(key).inserted && Japanese.help[key] == nil {
            missing.append("\(key)\t\(english.replacingOccurrences(of: "\n", with: " "))")
        }
        if !missing.isEmpty {
            try? missing.joined(separator: "\n").write(toFile: "/tmp/cs-stats-missing-japanese.tsv", atomically: true, encoding: .utf8)
        }
        #expect(missing.isEmpty, "\(missing.count) texts without Japanese (listed in /tmp/cs-stats-missing-japanese.tsv)")
    }

    @Test func noJapaneseIsLeftOverFromATextThatIsGone() {
        let keys = Set(Self.allKeys.map(\.key))
        let stale = Japanese.help.keys.filter { !$0.hasPrefix("word.") && !$0.hasPrefix("sentence.") && !keys.contains($0) }
        #expect(stale.isEmpty, "\(stale.sorted())")
    }
}

/// Japanese help wraps between characters but keeps punctuation with its neighbour.
@Suite struct JapaneseWrappingTests {
    @Test func anASCIIParenthesisBeforeAKanjiDoesNotEndALine() {
        // 77 columns, then " (値: a)": breaking after "(" would leave it at the line's end.
        let text = String(repeating: "あ", count: 38) + "x (値: a)"
        #expect(HelpGenerator.wrap(text, width: 80, indent: 0, japanese: true)
            == String(repeating: "あ", count: 38) + "x\n(値: a)")
    }

    @Test func anASCIIColonAfterAKanjiDoesNotStartALine() {
        // 78 columns, then "値: a": breaking before ":" would start a line with it.
        let text = String(repeating: "あ", count: 39) + "値: a"
        #expect(HelpGenerator.wrap(text, width: 80, indent: 0, japanese: true)
            == String(repeating: "あ", count: 39) + "\n値: a")
    }

    @Test func closingPunctuationStaysWithTheCharacterBefore() {
        let text = String(repeating: "あ", count: 40) + "、い。"
        #expect(HelpGenerator.wrap(text, width: 80, indent: 0, japanese: true)
            == String(repeating: "あ", count: 39) + "\nあ、い。")
    }
}

/// Japanese help as it prints, and the locale variables that choose it.
@Suite struct JapaneseHelpTests {
    static func run(_ arguments: [String], _ environment: [String: String]) -> (code: Int32, out: String, err: String) {
        let console = Console.captured(environment: environment)
        let code = CLI.run(arguments: arguments, console: console)
        return (code, console.standardOutput, console.standardError)
    }

    static var english: String { run(["summary", "--help"], [:]).out }
    static var japanese: String { run(["summary", "--help"], ["LANG": "ja_JP.UTF-8"]).out }

    @Test func summaryHelpInJapanese() {
        let result = Self.run(["summary", "--help"], ["LANG": "ja_JP.UTF-8"])
        #expect(result.code == 0)
        #expect(result.err == "")
        #expect(result.out == """
            概要: 調査の学校種別の表と集計、または年度ごとの推移を表示する。

            ファイルを指定しなければ、内蔵の R3（令和3年度）の表を要約する。ファイルが一つな
            ら、その表を公表どおりに（校数、率、増加校数と、それらから求めた前年度の校数）表
            示し、続けて合計、CS と本部の重なり、類似の仕組み、R3 では CS を導入している設置
            者を表示する（CSV と TSV では各表を空行1行で区切って続けて出力する）。複数年度の
            ファイルなら、増加校数、伸び率、ポイント差を付けた推移と、指標の対象範囲が変わっ
            た箇所の注記を表示する。

            使い方: cs-stats summary [<options>] [FILE ...]

            引数:
              FILE                    調査の表（CSV/TSV）。省略すると内蔵の R3 のデータ。

            オプション:
              -f, --format <format>   出力形式: 端末用の桁をそろえた表、CSV、TSV、JSON、
                                      Markdown の表のいずれか。 (値: table, csv, tsv, json,
                                      markdown; 既定値: table)
              -o, --output <FILE>     標準出力の代わりに FILE に書き出す（いったん一時ファイ
                                      ルに全体を書いてから名前を変える）。--format を指定し
                                      なければ、FILE の拡張子（.csv、.tsv、.json、.md）で形
                                      式が決まる。
              --lang <lang>           見出しとラベルの言語。 (値: ja, en; 既定値: ja)
              --no-color              端末への出力でも色を付けない（空でない NO_COLOR、また
                                      は TERM=dumb でも同じ）。
              --safe-csv              CSV と TSV で、=、+、-、@、タブ、CR で始まる文字列の前
                                      にアポストロフィを付けて書き出す。表計算ソフトが数式と
                                      して実行せず、文字列として表示するようにするため（-3
                                      などの数値は数値のまま）。
              --encoding <encoding>   入力の文字コード。auto は UTF-8（BOM の有無を問わな
                                      い）か Shift_JIS（CP932）かを自動判別する。 (値: auto,
                                      utf-8, shift_jis; 既定値: auto)
              -d, --delimiter <delimiter>
                                      フィールドの区切り文字: comma、tab、semicolon、pipe、
                                      またはその他の記号1文字。指定しなければ、.tsv と .tab
                                      のファイルはタブ、それ以外は先頭の数行から推定する。
              --sheet <sheet>         .xlsx のブックで読むシート（名前か 1 からの番号）。既
                                      定は、調査の表か学校ごとのデータがある最初のシート。
              --year <year>           学校別ファイルまたは複数年度のファイルから、この調査年
                                      度（2021、令和3年度、R3）の分を使う。
              --skip-invalid          学校別ファイルで、不正なレコードがあっても止まらずに読
                                      み飛ばし、その件数を報告する。
              --blank-is-no           該当（○）だけを記入し、非該当を空欄にした学校別ファイ
                                      ル向け。空欄のフラグを非該当として読む（指定しなけれ
                                      ば、空欄のフラグは不正なレコードになる）。
              --max-skipped <percent>
                                      --skip-invalid と併用し、読み飛ばしてよいレコードの割
                                      合の上限をパーセント単位で指定する。超えた場合は、ファ
                                      イルの一部だけを集計するのではなく、実行を失敗させる。
                                      (既定値: 1)
              -h, --help              ヘルプを表示する。

            例:
              cs-stats summary
                  内蔵の R3 の表を要約する。

              cs-stats summary Data/cs_r2_2020.csv Data/cs_r3_2021.csv Data/cs_r5_2023.csv
                  R2、R3、R5 の推移。

              cs-stats summary --lang en --format markdown
                  R3 の要約を、英語の見出しとラベルの Markdown の表で出力する。

            """)
    }

    @Test func lcAllOverridesLang() {
        #expect(Self.english.hasPrefix("OVERVIEW: Print the survey's school-type table"))
        #expect(Self.run(["summary", "--help"], ["LC_ALL": "C", "LANG": "ja_JP.UTF-8"]).out == Self.english)
        #expect(Self.run(["summary", "--help"], ["LC_ALL": "C", "LC_MESSAGES": "ja_JP.UTF-8", "LANG": "ja_JP.UTF-8"]).out == Self.english)
    }

    @Test func lcMessagesComesBeforeLang() {
        #expect(Self.japanese.hasPrefix("概要: 調査の学校種別の表と集計"))
        #expect(Self.run(["summary", "--help"], ["LC_MESSAGES": "ja_JP.UTF-8", "LANG": "C"]).out == Self.japanese)
        #expect(Self.run(["summary", "--help"], ["LC_MESSAGES": "C", "LANG": "ja_JP.UTF-8"]).out == Self.english)
    }

    @Test func anEmptyLCAllIsSkipped() {
        #expect(Self.run(["summary", "--help"], ["LC_ALL": "", "LANG": "ja_JP.UTF-8"]).out == Self.japanese)
        #expect(Self.run(["summary", "--help"], ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "ja_JP.UTF-8"]).out == Self.japanese)
        #expect(Self.run(["summary", "--help"], ["LC_ALL": "", "LC_MESSAGES": "C", "LANG": "ja_JP.UTF-8"]).out == Self.english)
    }
}

/// Each usage and read error in Japanese under LANG=ja_JP.UTF-8, and unchanged in English.
@Suite struct JapaneseMessageTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        /// The arguments; `IN` is replaced by the path of the input (written as `DIR/in.csv` in messages).
        var arguments: [String]
        /// The input's bytes; `nil` for no file at all.
        var bytes: [UInt8]? = nil
        /// The input is a folder.
        var folder = false
        var code: Int32
        var english: String
        var japanese: String
        var description: String { name }
    }

    static func usage(_ command: String) -> (english: String, japanese: String) {
        let path = command.isEmpty ? "cs-stats" : "cs-stats \(command)"
        let line = command.isEmpty ? "cs-stats [<options>] <subcommand>"
            : command == "summary" ? "cs-stats summary [<options>] [FILE ...]"
            : command == "aggregate" ? "cs-stats aggregate [<options>] FILE"
            : "cs-stats \(command) [<options>] [FILE]"
        return ("Usage: \(line)\n  See '\(path) --help' for more information.\n",
                "使い方: \(line)\n  詳しくは '\(path) --help' を見てください。\n")
    }

    static let cases: [Case] = [
        Case(name: "an unknown option with a suggestion", arguments: ["summary", "--formt", "csv"], code: 64,
             english: "Error: unknown option '--formt'. Did you mean '--format'?\n" + usage("summary").english,
             japanese: "エラー: 不明なオプション '--formt' です。'--format' のことですか？\n" + usage("summary").japanese),
        Case(name: "an option without its value", arguments: ["summary", "--format"], code: 64,
             english: "Error: missing value for option '--format'\n" + usage("summary").english,
             japanese: "エラー: オプション '--format' の値が指定されていません\n" + usage("summary").japanese),
        Case(name: "a value an enumerated option does not allow", arguments: ["summary", "--format", "jsn"], code: 64,
             english: "Error: option '--format' expects one of table, csv, tsv, json, markdown; found 'jsn'. Did you mean 'json'?\n"
                + usage("summary").english,
             japanese: "エラー: オプション '--format' の値 'jsn' は使えません。table, csv, tsv, json, markdown のいずれかを指定してください。'json' のことですか？\n"
                + usage("summary").japanese),
        Case(name: "a flag given a value", arguments: ["summary", "--safe-csv=yes"], code: 64,
             english: "Error: option '--safe-csv' takes no value; found 'yes'\n" + usage("summary").english,
             japanese: "エラー: オプション '--safe-csv' は値をとりませんが、'yes' が指定されました\n" + usage("summary").japanese),
        Case(name: "a missing argument", arguments: ["aggregate"], code: 64,
             english: "Error: missing argument FILE\n" + usage("aggregate").english,
             japanese: "エラー: 引数 FILE が指定されていません\n" + usage("aggregate").japanese),
        Case(name: "an extra argument", arguments: ["table", "a.csv", "b.csv"], code: 64,
             english: "Error: unexpected argument 'b.csv'\n" + usage("table").english,
             japanese: "エラー: 余分な引数 'b.csv' があります\n" + usage("table").japanese),
        Case(name: "an unknown subcommand", arguments: ["sumary"], code: 64,
             english: "Error: unknown subcommand 'sumary'. Did you mean 'summary'?\n" + usage("").english,
             japanese: "エラー: 不明なサブコマンド 'sumary' です。'summary' のことですか？\n" + usage("").japanese),
        Case(name: "a missing file", arguments: ["view", "IN"], code: 66,
             english: "DIR/in.csv: error: cannot read file: No such file or directory\n",
             japanese: "DIR/in.csv: エラー: ファイルを読めません: ファイルまたはフォルダがありません\n"),
        Case(name: "a folder given as a file", arguments: ["view", "IN"], folder: true, code: 66,
             english: "DIR/in.csv: error: cannot read file: Is a directory\n",
             japanese: "DIR/in.csv: エラー: ファイルを読めません: ファイルではなくフォルダです\n"),
        Case(name: "invalid UTF-8", arguments: ["view", "IN"], bytes: Array("a,b\n1,2\n3,".utf8) + [0xFF] + Array("\n5,6\n".utf8), code: 65,
             english: "DIR/in.csv:3: error: invalid UTF-8 byte sequence FF 0A at byte offset 10\n",
             japanese: "DIR/in.csv:3: エラー: UTF-8 として不正なバイト列 FF 0A があります（バイトオフセット 10）。文字コードが違う場合は --encoding で指定してください\n"),
        Case(name: "an unterminated quote", arguments: ["view", "IN"], bytes: Array("a,b\n1,\"2\n".utf8), code: 65,
             english: "DIR/in.csv:2:3: error: unterminated quoted field (opened at line 2, field 2)\n",
             japanese: "DIR/in.csv:2:3: エラー: 引用符で始まるフィールドが閉じられていません（2 行目の 2 番目のフィールドで開始）\n"),
        Case(name: "a quote inside an unquoted field", arguments: ["view", "IN"], bytes: Array("a,b\n1,2\"3\n".utf8), code: 65,
             english: "DIR/in.csv:2:4: error: record 2, field 2: quote inside an unquoted field (quote the whole field and double the quote)\n",
             japanese: "DIR/in.csv:2:4: エラー: 2 件目のレコード、2 番目のフィールド: 引用符で囲まれていないフィールドの中に引用符があります（フィールド全体を引用符で囲み、中の引用符は二重にしてください）\n"),
        Case(name: "text after a closing quote", arguments: ["view", "IN"], bytes: Array("a,b\n1,\"2\"x\n".utf8), code: 65,
             english: "DIR/in.csv:2:6: error: record 2, field 2: found 'x' after a closing quote, expected a delimiter or a line end\n",
             japanese: "DIR/in.csv:2:6: エラー: 2 件目のレコード、2 番目のフィールド: 閉じ引用符の後に 'x' があります。区切り文字か改行が必要です\n"),
        Case(name: "a wrong field count in a survey table", arguments: ["summary", "IN"],
             bytes: Array("学校種,導入校数\n小学校,10\n中学校,5,3\n".utf8), code: 65,
             english: "DIR/in.csv:3:1: error: record 3: found 3 fields, expected 2 (as in the header)\n",
             japanese: "DIR/in.csv:3:1: エラー: 3 件目のレコード: フィールドが 3 個あります。見出し行と同じ 2 個が必要です\n"),
        Case(name: "an empty file", arguments: ["view", "IN"], bytes: [], code: 65,
             english: "DIR/in.csv: error: no header row: the input is empty or holds no table\n",
             japanese: "DIR/in.csv: エラー: 見出し行がありません: 入力が空か、表が含まれていません\n"),
        Case(name: "not a survey table", arguments: ["summary", "IN"], bytes: Array("a,b\n1,2\n".utf8), code: 65,
             english: "DIR/in.csv:1:1: error: not a survey table: no header names survey columns (学校種 or 都道府県, and 導入校数, 導入率, …)\n",
             japanese: "DIR/in.csv:1:1: エラー: 調査の表ではありません: 調査の列（学校種または都道府県、および導入校数・導入率など）を示す見出しがありません\n"),
        Case(name: "a survey table without row labels", arguments: ["summary", "IN"], bytes: Array("導入校数,導入率\n10,5.0\n".utf8), code: 65,
             english: "DIR/in.csv:1:1: error: not a survey table: no column names school types, prefectures or years (学校種, 都道府県, 年度)\n",
             japanese: "DIR/in.csv:1:1: エラー: 調査の表ではありません: 学校種、都道府県、年度のいずれを示す列もありません\n"),
        Case(name: "a NUL byte", arguments: ["view", "IN"], bytes: Array("a,b\n1,2".utf8) + [0] + Array("3\n".utf8), code: 65,
             english: "DIR/in.csv:2: error: a NUL byte at byte offset 7: not a text file (a binary file such as a workbook or an archive, or UTF-16 without its byte-order mark); save the table as CSV or TSV\n",
             japanese: "DIR/in.csv:2: エラー: NUL バイトがあります（バイトオフセット 7）。テキストファイルではありません（ブックやアーカイブなどのバイナリファイル、またはバイト順マークのない UTF-16）。表を CSV か TSV で保存してください\n"),
    ]

    @Test(arguments: cases)
    func aMessageInJapaneseAndInEnglish(_ c: Case) throws {
        let folder = BadInputCatalogueTests.Folder()
        let path = folder.path("in.csv")
        if let bytes = c.bytes { _ = folder.file("in.csv", bytes) }
        if c.folder { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false) }
        let arguments = c.arguments.map { $0 == "IN" ? path : $0 }
        for (environment, expected) in [([String: String](), c.english), (["LANG": "ja_JP.UTF-8"], c.japanese)] {
            let result = JapaneseHelpTests.run(arguments, environment)
            #expect(result.code == c.code, "\(environment)")
            #expect(folder.shown(result.err) == expected)
        }
    }
}
