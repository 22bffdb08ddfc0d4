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
        func didYouMean(_ suggestion: String?) -> String { suggestion.map { "。'\($0)' のことですか？" } ?? "" }
        switch error {
        case .unknownOption(let option, let suggestion, _):
            return "不明なオプション '\(option)' です" + didYouMean(suggestion)
        case .missingValue(let option, _):
            return "オプション '\(option)' の値が指定されていません"
        case .invalidValue(let value, let option, let allowed, let suggestion, _):
            return "オプション '\(option)' の値 '\(value)' は使えません。\(allowed.joined(separator: ", ")) のいずれかを指定してください" + didYouMean(suggestion)
        case .unexpectedValue(let value, let flag, _):
            return "オプション '\(flag)' は値をとりませんが、'\(value)' が指定されました"
        case .missingArgument(let name):
            return "引数 \(name) が指定されていません"
        case .unexpectedArgument(let argument, _):
            return "余分な引数 '\(argument)' があります"
        case .unknownSubcommand(let name, let suggestion, _):
            return "不明なサブコマンド '\(name)' です" + didYouMean(suggestion)
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
            return "\(encoding.displayName) として不正なバイト列 \(hex) があります（バイトオフセット \(offset)）。文字コードが違う場合は --encoding で指定してください"
        case .unterminatedQuote(_, let line, let field):
            return "引用符で始まるフィールドが閉じられていません（\(line) 行目の \(field) 番目のフィールドで開始）"
        case .quoteInUnquotedField(_, let record, let field):
            return "\(record) 件目のレコード、\(field) 番目のフィールド: 引用符で囲まれていないフィールドの中に引用符があります（フィールド全体を引用符で囲み、中の引用符は二重にしてください）"
        case .textAfterClosingQuote(_, let record, let field, let found):
            return "\(record) 件目のレコード、\(field) 番目のフィールド: 閉じ引用符の後に '\(found)' があります。区切り文字か改行が必要です"
        case .fieldCount(_, let record, let found, let expected):
            return "\(record) 件目のレコード: フィールドが \(found) 個あります。見出し行と同じ \(expected) 個が必要です"
        case .invalidValue(_, let column, let row, let found, let expected):
            if row == found { return "\(column) が '\(found)' です。\(expected) が必要です" }
            return "'\(row)' の \(column) が '\(found)' です。\(expected) が必要です"
        case .noHeader:
            return "見出し行がありません: 入力が空か、表が含まれていません"
        case .header(_, let message), .invalidRecord(_, let message):
            return translatedPrefix(message)
        case .implausible(_, let message):
            return "\(message)。このままでは表を出力できません（すべての指摘は 'cs-stats check' で確認できます）"
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
             "調査の表ではありません: 調査の列（学校種または都道府県、および導入校数・導入率など）を示す見出しがありません"),
            ("not a survey table: no column holds counts or rates (導入校数, 導入率, cs_schools, …)",
             "調査の表ではありません: 校数や率の列（導入校数、導入率、cs_schools など）がありません"),
            ("not a survey table: no column names school types, prefectures or years (学校種, 都道府県, 年度)",
             "調査の表ではありません: 学校種、都道府県、年度のいずれを示す列もありません"),
            ("not a survey table: it is a school-level file (one row per school)",
             "調査の表ではありません: 学校別ファイル（1校1行）です"),
            ("not a survey table: ", "調査の表ではありません: "),
            ("a NUL byte at byte offset ", "NUL バイトがあります（バイトオフセット "),
        ]
        for (english, japanese) in prefixes where message.hasPrefix(english) {
            if english.hasPrefix("a NUL") {
                let offset = message.dropFirst(english.count).prefix { $0.isNumber }
                return japanese + offset + "）。テキストファイルではありません（ブックやアーカイブなどのバイナリファイル、またはバイト順マークのない UTF-16）。表を CSV か TSV で保存してください"
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
        "sentence.seeHelp": "各サブコマンドの詳しい説明は 'cs-stats help <サブコマンド>' で表示できる。",
    ]

    /// Each command's help, by key.
    private static let commands: [String: String] = [
        // cs-stats
        "cs-stats.abstract": "コミュニティ・スクールと地域学校協働本部に関する日本の調査の統計。",
        "cs-stats.discussion": "文部科学省が公表する表（CSV または TSV、UTF-8 または Shift_JIS。桁区切りのコンマ、パーセント記号、合計の行を含む、公表どおりの形）を読み込み、正確に表示・検証・導出する。率は厳密な比として扱い、表示するときに一度だけ四捨五入する。",
        "option.version": "バージョンと内蔵データの年次を表示する。",
        "option.man": "マニュアルページを出力する（roff 形式。'cs-stats --man | man -l -' で読める）。",
        "option.help": "ヘルプを表示する。",

        // view
        "view.abstract": "CSV/TSV ファイルを桁をそろえて表示する、変換する、または読み取り方を示す。",
        "view.discussion": "どんな CSV・TSV（UTF-8 または Shift_JIS。自動判別）も、他のすべてのコマンドと同じ認識処理で読み込む。公表された表の表題行、グループ行と単位行、見出し行、データ行、区切りの空行、注記を見分ける。列は表示幅でそろえ（漢字1字は2桁）、数値は右寄せにする。調査の表では、--format json で型付きの値を出力する。\"7,051\" は 7051 に、率は単位付きに、数値の代わりの記号はその種類になる。\n\n情報は失われない。調査の表を CSV・TSV で出力すると見出し行とすべてのデータ行が入り、省いた表題・注記・空行の数を標準エラー出力に注記する。それ以外のファイルはレコードを一つ残らず書き出す。--raw はどのファイルでも、すべてのレコードをそのまま書き出す。--explain はファイルをどう認識したか（ファイルの種類、各行の役割、各列の意味とその根拠、無視したものとその理由）を示す。ブックなら、読んだシートとセルの範囲も示す。--sheets はブックのシートの一覧を示す。",
        "view.argument.FILE": "読み込むファイル。'-' または省略で標準入力。",
        "option.explain": "ファイルを表示せず、どう認識したか（種類、年度、各行の役割、各列の意味）を示す。",
        "option.raw": "認識処理をせず、ファイルの全レコードをそのまま表示する（先頭のレコードを見出しとする）。",
        "option.sheets": ".xlsx のブックのシートを一覧にする（番号、名前、非表示か、セルの範囲、行数、何があるか）。既定で読むシートとその理由も示す。",
        "option.format": "出力形式: 端末用の桁をそろえた表、CSV、TSV、JSON、Markdown の表のいずれか。",
        "option.output": "標準出力の代わりに FILE に書き出す（いったん一時ファイルに全体を書いてから名前を変える）。--format を指定しなければ、FILE の拡張子（.csv、.tsv、.json、.md）で形式が決まる。",
        "option.no-color": "端末への出力でも色を付けない（空でない NO_COLOR、または TERM=dumb でも同じ）。",
        "option.safe-csv": "CSV と TSV で、=、+、-、@、タブ、CR で始まる文字列の前にアポストロフィを付けて書き出す。表計算ソフトが数式として実行せず、文字列として表示するようにするため（-3 などの数値は数値のまま）。",
        "option.encoding": "入力の文字コード。auto は UTF-8（BOM の有無を問わない）か Shift_JIS（CP932）かを自動判別する。",
        "option.delimiter": "フィールドの区切り文字: comma、tab、semicolon、pipe、またはその他の記号1文字。指定しなければ、.tsv と .tab のファイルはタブ、それ以外は先頭の数行から推定する。",
        "option.sheet": ".xlsx のブックで読むシート（名前か 1 からの番号）。既定は、調査の表か学校ごとのデータがある最初のシート。",
        "view.example.1": "R3 の表を桁をそろえて表示する。",
        "view.example.2": "ファイルをどう読み取ったか（各行の役割と各列の意味）を示す。",
        "view.example.3": "表を型付きの数値の JSON で出力する。",
        "view.example.4": "ブックのシートの一覧と、既定で読むシートを示す。",
        "view.example.5": "Shift_JIS のファイルを UTF-8 の CSV に変換する。",

        // summary
        "summary.abstract": "調査の学校種別の表と集計、または年度ごとの推移を表示する。",
        "summary.discussion": "ファイルを指定しなければ、内蔵の R3（令和3年度）の表を要約する。ファイルが一つなら、その表を公表どおりに（校数、率、増加校数と、それらから求めた前年度の校数）表示し、続けて合計、CS と本部の重なり、類似の仕組み、R3 では CS を導入している設置者を表示する（CSV と TSV では各表を空行1行で区切って続けて出力する）。複数年度のファイルなら、増加校数、伸び率、ポイント差を付けた推移と、指標の対象範囲が変わった箇所の注記を表示する。",
        "summary.argument.FILE": "調査の表（CSV/TSV）。省略すると内蔵の R3 のデータ。",
        "option.lang": "見出しとラベルの言語。",
        "option.year": "学校別ファイルまたは複数年度のファイルから、この調査年度（2021、令和3年度、R3）の分を使う。",
        "option.skip-invalid": "学校別ファイルで、不正なレコードがあっても止まらずに読み飛ばし、その件数を報告する。",
        "option.blank-is-no": "該当（○）だけを記入し、非該当を空欄にした学校別ファイル向け。空欄のフラグを非該当として読む（指定しなければ、空欄のフラグは不正なレコードになる）。",
        "option.max-skipped": "--skip-invalid と併用し、読み飛ばしてよいレコードの割合の上限をパーセント単位で指定する。超えた場合は、ファイルの一部だけを集計するのではなく、実行を失敗させる。",
        "summary.example.1": "内蔵の R3 の表を要約する。",
        "summary.example.2": "R2、R3、R5 の推移。",
        "summary.example.3": "R3 の要約を、英語の見出しとラベルの Markdown の表で出力する。",

        // aggregate
        "aggregate.abstract": "学校別のレコード（1校1行）を集計して調査の表にする。",
        "aggregate.discussion": "1校1行のデータ（年度、都道府県、市区町村、学校種、学校 ID と、CS・本部・類似の仕組みの有無を表すフラグ。見出しは日本語か英語、文字コードは UTF-8 か Shift_JIS、形式は CSV か TSV）を読み込み、グループごとに学校数と、CS、本部、いずれも整備、類似の仕組みの校数を数え、厳密な率を求める。フラグには 0/1、true/false、yes/no、○/×、有/無、設置/未設置 を使える。ファイルは全コアでストリーム処理し、使うメモリはファイルの大きさに応じて増えない。1コアあたり 4 MB を超えると、学校 ID を TMPDIR（なければ /tmp）の名前のない一時ファイルに置き（1 ID あたり8バイト。実行が終わると消える）、一時ファイルを作れなければメモリに置く。\n\n同じ年度の中での学校 ID の重複（ID は符号として比べ、大文字と小文字、前後の空白、全角と半角の違いは問わない）、不明な都道府県や学校種、フラグとして読めない値があると、その行を示して実行を止める（重複では最初に現れた行も示す）。--skip-invalid を指定すると処理を続け、種類ごとに読み飛ばした行数を最初の数行とともに報告する。引用符の崩れ、テキストでないバイト、見出し行の繰り返し（2つのファイルをつないだもの）があると、--skip-invalid の有無にかかわらず、他の表と同じく実行を止める。",
        "aggregate.argument.FILE": "学校別ファイル。'-' で標準入力。",
        "option.by": "year、prefecture、municipality、school-type から選んでコンマ区切りで指定し、その単位で集計する（municipality を指定すると都道府県も加わる。同じ名前の市区町村が複数の都道府県にあるため）。",
        "option.jobs": "ワーカースレッドの数（既定値: コア数と同じ）。",
        "aggregate.example.1": "年度・都道府県・学校種ごとの校数。",
        "aggregate.example.2": "学校別のレコードから作る R3 の都道府県別の表。",

        // table
        "table.abstract": "一つの指標について、公表された学校種別または都道府県別の表を表示する。",
        "table.discussion": "各行に、校数、率（表に率があればその値、なければ母数から厳密に求めて小数第1位に四捨五入した値）、前年度からの増加校数、前年度の校数（校数 − 増加校数）を表示する。行は公表順で、合計は最後。都道府県別の表には、率による順位（同率は同順位）と、文部科学省の地図の区分（80%以上、50%以上、20%以上、20%未満、設置なし）が加わる。未公表の数値は 0 ではなく … と表示する。FILE を省略すると内蔵の令和3年度の表を使う。\n--format svg（または -o FILE.svg）では、都道府県別の表は日本のタイル地図（同じ大きさの47枚のタイルを地図の区分で塗り分け、略称と率を記入）として、学校種別の表は率の棒グラフとして描く。",
        "table.argument.FILE": "読み込む調査の表。省略すると内蔵の R3 の表。",
        "table.option.by": "表の行の種類。ファイルの行が別の種類ならエラーになる。",
        "option.measure": "CS、本部、いずれも整備している学校、または類似の仕組み。",
        "option.sort": "公表順、または率の高い順か校数の多い順。合計は常に最後。",
        "table.option.format": "出力形式: 端末用の桁をそろえた表、CSV、TSV、JSON、Markdown の表、または SVG の図（都道府県別の表は日本のタイル地図、学校種別の表は棒グラフ）。",
        "table.option.output": "標準出力の代わりに FILE に書き出す（いったん一時ファイルに全体を書いてから名前を変える）。--format を指定しなければ、FILE の拡張子（.csv、.tsv、.json、.md、.svg）で形式が決まる。",
        "option.title": "SVG 用: 指標名の代わりに使う図の表題（合成データであることなど、数値が何かをここに書く）。",
        "option.source": "SVG 用: 図の下に置く出典の行。ファイル名の代わりに使う（内蔵データでは調査名を示す）。",
        "table.example.1": "内蔵の R3 の、学校種別の CS の表。",
        "table.example.2": "ファイルの本部の表。",
        "table.example.3": "都道府県別に率の高い順で、順位と地図の区分を付ける。",
        "table.example.4": "R3 の表を JSON で。",
        "table.example.5": "CS の導入率で塗り分けた日本のタイル地図。",

        // growth
        "growth.abstract": "行ごとに前年度からの変化（増加校数、伸び率、ポイント差）を表示する。",
        "growth.discussion": "ファイルが一つなら、前年度の校数は「校数 − 表の増加校数」とする。二つなら、校数の差をとり、率をポイント差（ポイント増）で比べ、表の増加校数がその差と食い違えば標準エラー出力に報告する。本部といずれも整備の合計は、令和3年度より前は小学校・中学校・義務教育学校だけが対象だったため、令和3年度をまたぐときはその合計の行の差をとらず、比較できないと示す。",
        "growth.argument.CURRENT": "当年度の調査の表。",
        "growth.argument.PREVIOUS": "差をとる相手となる、前の年度の調査の表。",
        "growth.example.1": "表の増加校数から求める R3 の伸び。",
        "growth.example.2": "R2 → R3 を差から求め、表の増加校数を検証する。",
        "growth.example.3": "R3 → R5 を CSV で。",

        // overlap
        "overlap.abstract": "行ごとの CS・本部の整備状況（CS、本部、いずれも整備と割合）を表示する。",
        "overlap.discussion": "各行に、CS を導入している学校、本部を整備している学校、いずれも整備している学校の数、CS 導入校のうち本部も整備している学校の割合（いずれも整備 / CS）、本部整備校のうち CS でもある学校の割合（いずれも整備 / 本部）、類似の仕組みのある学校の数（CS には数えない）を表示する。割合は厳密な比を小数第1位に四捨五入したもの。FILE を省略すると内蔵の令和3年度の表を使う。",
        "overlap.argument.FILE": "読み込む調査の表。省略すると内蔵の R3 の表。",
        "overlap.example.1": "内蔵の R3 の、学校種別の重なり。",
        "overlap.example.2": "英語の Markdown の表で。",

        // check
        "check.abstract": "公表された表の合計・四捨五入・差が正しいかを検証する。",
        "check.discussion": "最初の一つだけでなく、すべての指摘を報告する。対象は、負の校数や母数を超える校数（いずれも整備では min(CS, 本部) を超える校数）、各行の和と一致しない合計の行、校数 / 母数 を四捨五入した値と一致しない表の率（母数が記載されていなければ、率から求めた母数の範囲が行の中で重ならないものや、足し合わせても合計の行の範囲と整合しないもの）、今年度 − 前年度 と一致しない増加校数（--previous 指定時）や前年度の校数が負になる増加校数、重複・不明・欠落した学校種や都道府県、他の行には数値がある列で校数の代わりに置かれた記号（－、…、x）や、校数が記載されている率に置かれた記号である。一部の行で列が空欄のため合計を検証できない箇所は、警告で示す。\n\n.xlsx のブックでは数式も検証し、指摘はそのセル（book.xlsx:R3!B10）に付ける。対象は、行を抜かす・見出し行を含む・別の列を足す合計行の SUM、別の行のセルで割る率、周りのセルが数式なのに数値が直接入力された合計行や率の列のセルである。検証できない数式（別のシートを参照するもの、ほかの関数）は警告で示す。\n\n指摘は標準エラー出力にコンパイラ形式（file:line:column: error: …）で出力する。--format json では標準出力に一つの JSON オブジェクト {\"files\", \"findings\": [{\"severity\", \"file\", \"line\", \"column\", \"cell\", \"row\", \"field\", \"expected\", \"found\", \"message\"}], \"errors\", \"warnings\", \"summary\"} として、--format github では標準出力に GitHub Actions の注釈（::error file=…,line=…,col=…::message）として出力する。出力の最後に1行の要約（3 errors, 1 warning、または no findings）が付く。\n\n終了コード:\n0: エラーの指摘なし（--strict でなければ警告はあってよい）\n1: エラーの指摘が一つ以上ある、または --strict で警告がある\n64: コマンドラインが正しくない\n65: ファイルは読めたが調査の表ではない（CSV の形式が不正、使える見出し行がない）\n66: ファイルを開けない",
        "check.argument.FILE": "検証する表。'-' で標準入力。",
        "option.previous": "前年度の表。各行の増加校数は「今年度の校数 − 前年度の校数」と一致しなければならない。",
        "check.option.format": "指摘の出力形式: 標準エラー出力へのコンパイラ形式のテキスト、または標準出力への JSON か GitHub Actions の注釈。",
        "option.strict": "警告でも終了コード 1 で終了する。",
        "check.example.1": "Data/ のすべての表を検証する。一つでも不整合があれば終了コード 1。",
        "check.example.2": "R3 の増加校数を R2 の校数と照合する。",
        "check.example.3": "GitHub Actions のジョブからプルリクエストに注釈を付ける。",

        // denominators
        "denominators.abstract": "表の校数と四捨五入された率から、各行の母数の範囲を求める。",
        "denominators.discussion": "小数第1位までの率からは、その母数がある範囲に絞られる。276校で 9.8% なら母数は 2,803…2,830校である。各行について、CS の校数と率から求めた範囲、本部の校数と率から求めた範囲、その共通部分（CS と本部の母数は同じ）を表示し、続けて各行の共通部分を足し合わせたものを合計の行の範囲と比べる。両者が重なれば整合している。FILE を省略すると内蔵の R3 の表を使う。",
        "denominators.argument.FILE": "読み込む表。省略すると内蔵の R3 の表。",
        "denominators.example.1": "R3 の学校種別の母数の範囲を求める。",
        "denominators.example.2": "R2 について同じことを JSON で。",

        // chart
        "chart.abstract": "率または校数を、端末に棒グラフで、または SVG のグラフで描く。",
        "chart.discussion": "学校種、都道府県、または調査年度ごとに1本の棒を描く。棒は指標の率（棒いっぱいが 100%）か、--counts を指定すれば校数（棒いっぱいが最大の校数）を表し、ブロック要素で1文字の8分の1の細かさまで描く。ラベルは表示幅でそろえ（漢字1字は2桁）、各棒の端に数値を添え、COLUMNS（なければ80桁）の幅に収め、色は付けない。複数のファイル、または複数年度のファイル（Data/cs_series.csv）では、各年度の合計から年度ごとに1本の棒を描く。表のない年度も行は残し、令和3年度より前の本部といずれも整備の合計（小学校・中学校・義務教育学校のみ）には * を付ける。不明な数値は棒を描かず、0 ではなく … と表示する。FILE を省略すると内蔵の令和3年度の表を使う。\n--format svg（または -o FILE.svg）では、CS と本部（または --measure で指定した指標）の棒を並べて描く。年度ごとなら校数と率の折れ線グラフを描き、数値のない年度は線でつながずに空けておき、令和3年度での本部の合計の対象範囲の変更を示す。",
        "chart.argument.FILE": "調査の表（CSV/TSV）。省略すると内蔵の R3 の表。",
        "chart.option.by": "学校種、都道府県、調査年度のいずれかごとに1本の棒を描く。既定値: 複数の表または複数年度のファイルでは年度、それ以外は表の行。",
        "chart.option.measure": "描く指標。既定値: 端末では CS、SVG の棒グラフでは CS と本部を並べて、推移の折れ線ではすべての指標。",
        "option.counts": "率の代わりに学校数を描く。",
        "chart.option.format": "端末向けの文字の棒グラフ、または SVG の図。",
        "chart.option.output": "標準出力の代わりに FILE に書き出す（いったん一時ファイルに全体を書いてから名前を変える）。--format を指定しなければ、FILE.svg は SVG になる。",
        "chart.example.1": "内蔵の R3 の、学校種別の CS 導入率を棒グラフで。",
        "chart.example.2": "学校種別の本部の整備校数。",
        "chart.example.3": "年度ごとの CS 導入校数（2005–2024）。",
        "chart.example.4": "学校種別の CS 導入率と本部整備率を SVG の棒グラフで。",
        "chart.example.5": "推移を SVG の折れ線グラフで。",

        // report
        "report.abstract": "文部科学省の参考資料をデータから作り直し、一つの HTML ファイルに書き出す。",
        "report.discussion": "「コミュニティ・スクールに関する参考資料」を表から作り直す。主な数値（R3: 46都道府県内 11,856校・33.3%、1,041自治体・57.4%（32道府県、998市区町村、11学校組合）、19,471校・54.7%）、CS と本部の学校種別の表、学校種別・重なり・類似の仕組みのグラフ、推移のグラフと表、都道府県別の表を与えたときは都道府県別の地図、注記と出典を載せる。ページの表には、与えた学校種別の表のうち最新のもの、なければ内蔵の令和3年度の表を使う。推移には複数年度のファイル、なければ複数年度の表、なければ Data/cs_series.csv（内蔵）を使う。どの表にもない数値（設置者、都道府県の数）は Data/ から取り、その年度の全国の表の横にだけ示す。不明な数値は 0 ではなく … と示す。出力はそれだけで完結する一つのファイルで、lang=\"ja\"（または en）、スクリプトなし、外部からの読み込みなし、表は本物の表組み、印刷用のスタイル付き。",
        "report.argument.FILE": "調査の表（CSV/TSV）。学校種別、都道府県別、または年度別。省略すると内蔵データ。",
        "report.option.output": "標準出力の代わりに、ページを FILE に書き出す（いったん一時ファイルに全体を書いてから名前を変える）。",
        "report.example.1": "内蔵データと推移から作る R3 の参考資料のページ。",
        "report.example.2": "同じものに、都道府県別の表の地図を加える。",
        "report.example.3": "R5 のページを英語で。",

        // completions
        "completions.abstract": "bash、zsh、fish 用の補完スクリプトを出力する。",
        "completions.discussion": "スクリプトは、サブコマンド、オプション、オプションがとる値（--format <TAB>）と、ファイルをとるコマンドではファイル名を補完する。コマンドラインを解析するのと同じ宣言から生成するので、cs-stats が受け付けるものを過不足なく候補に出す。",
        "completions.argument.SHELL": "bash、zsh、fish のいずれか。",
        "completions.example.1": "この bash セッションで cs-stats を補完する（残すにはこの行を ~/.bashrc に加える）。",
        "completions.example.2": "zsh の場合: $fpath にあるフォルダに置く（ここでは ~/.zfunc。~/.zshrc の compinit より前に 'fpath+=~/.zfunc' を書く）。",
        "completions.example.3": "fish の場合。",
    ]
}
