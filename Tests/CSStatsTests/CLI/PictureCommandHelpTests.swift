import Testing
@testable import cs_stats

/// The help of the commands that draw, verbatim: generated from their specs like every command's.
@Suite struct PictureCommandHelpTests {
    @Test func chartHelp() {
        let result = runCLI(["chart", "--help"])
        #expect(result.code == 0)
        #expect(result.out == """
        OVERVIEW: Draw rates or counts as bars in the terminal, or as an SVG chart.

        Draws one bar per school type, prefecture or survey year: a measure's rates (a
        full bar is 100%) or, with --counts, its counts (a full bar is the largest
        count), in block elements at an eighth of a cell, with labels aligned by display
        width (a kanji is two columns) and the figure at each bar's end, fitted to
        COLUMNS (else 80 columns), without colour. Several files, or a file of several
        years (Data/cs_series.csv), draw a bar per year from each year's 合計; a year
        with no table keeps its row, and HQ and both totals before 令和3年度
        (小学校・中学校・義務教育学校 only) are marked *. A figure that is not known has
        no bar and prints as …, never as 0. No FILE: the built-in 令和3年度 table.
        With --format svg (or -o FILE.svg): bars of CS and HQ side by side (or of the
        --measure given), or for years a line chart of counts and rates, with years that
        have no figures left open, never drawn through, and the change of scope of HQ
        totals at 令和3年度 marked.

        USAGE: cs-stats chart [<options>] [FILE ...]

        ARGUMENTS:
          FILE                    Survey tables (CSV/TSV); none for the built-in R3
                                  table.

        OPTIONS:
          --by <rows>             One bar per school type, prefecture or survey year;
                                  default: years for several tables or a file of years,
                                  else the table's rows. (values: school-type,
                                  prefecture, year)
          --measure <measure>     The measure drawn; default: CS in the terminal, CS and
                                  HQ side by side in SVG bars, every measure in a
                                  series' lines. (values: cs, hq, both, similar)
          --counts                Draw counts of schools instead of rates.
          -f, --format <format>   Bars of text for a terminal, or an SVG picture.
                                  (values: text, svg; default: text)
          -o, --output <FILE>     Write to FILE instead of standard output (written
                                  whole to a temporary file, then renamed); without
                                  --format, FILE.svg means SVG.
          --lang <lang>           Language of headers and labels. (values: ja, en;
                                  default: ja)
          --title <text>          For SVG: the picture's title, in place of the
                                  measure's name (say here what the figures are, such as
                                  synthetic data).
          --source <text>         For SVG: the source line under the picture, in place
                                  of the file's name (the built-in data names the
                                  survey).
          --encoding <encoding>   Input encoding; auto detects UTF-8 (with or without
                                  BOM) or Shift_JIS (CP932). (values: auto, utf-8,
                                  shift_jis; default: auto)
          -d, --delimiter <delimiter>
                                  Field delimiter: comma, tab, semicolon, pipe or
                                  another single punctuation character; else tab for
                                  .tsv and .tab files, else sniffed from the first
                                  lines.
          --sheet <sheet>         For an .xlsx workbook: the sheet to read, by name or
                                  number from 1 (default: the first that holds a survey
                                  table or school records).
          --year <year>           Use this survey year (2021, 令和3年度, R3) of a
                                  school-level file or a file of several years.
          --skip-invalid          For a school-level file: skip invalid records and
                                  report how many, instead of stopping.
          --blank-is-no           For a school-level file that marks only the yes (○)
                                  and leaves the no blank: read an empty flag as no
                                  (without it, an empty flag is an invalid record).
          --max-skipped <percent>
                                  With --skip-invalid: the largest share of records that
                                  may be skipped, in percent, before the run fails
                                  rather than count part of the file. (default: 1)
          -h, --help              Show help information.

        EXAMPLES:
          cs-stats chart
              The built-in R3 CS rates by school type, as bars.

          cs-stats chart Data/cs_r3_2021.csv --measure hq --counts
              HQ counts by school type.

          cs-stats chart Data/cs_series.csv --counts
              CS schools year by year, 2005–2024.

          cs-stats chart -o r3.svg
              CS and HQ rates by school type as an SVG bar chart.

          cs-stats chart Data/cs_series.csv -o series.svg
              The series as an SVG line chart.

        """)
    }

    @Test func reportHelp() {
        let result = runCLI(["report", "--help"])
        #expect(result.code == 0)
        #expect(result.out == """
        OVERVIEW: Write the ministry's reference page, regenerated from data, as one HTML file.

        Regenerates コミュニティ・スクールに関する参考資料 from tables: the headline
        figures (R3: 46都道府県内 11,856校, 33.3%; 1,041自治体, 57.4%: 32道府県,
        998市区町村, 11学校組合; 19,471校, 54.7%), the table by school type of both
        programmes, charts by school type, overlap and similar mechanisms, the series as
        a chart and a table, the maps by prefecture when a table by prefecture is given,
        notes and sources. The page's table is the latest table by school type given,
        else the built-in 令和3年度 table; the series is a file of years, else tables of
        several years, else Data/cs_series.csv (built in). Figures no table holds
        (establishers, the number of prefectures) come from Data/ and are shown only
        beside the national table of their year; a figure not known shows as …, never as
        0. One self-contained file: lang="ja" (or en), no script, nothing fetched, real
        tables, print styles.

        USAGE: cs-stats report [<options>] [FILE ...]

        ARGUMENTS:
          FILE                    Survey tables (CSV/TSV): by school type, by
                                  prefecture, or years; none for the built-in data.

        OPTIONS:
          -o, --output <FILE>     Write the page to FILE (written whole to a temporary
                                  file, then renamed) instead of standard output.
          --lang <lang>           Language of headers and labels. (values: ja, en;
                                  default: ja)
          --encoding <encoding>   Input encoding; auto detects UTF-8 (with or without
                                  BOM) or Shift_JIS (CP932). (values: auto, utf-8,
                                  shift_jis; default: auto)
          -d, --delimiter <delimiter>
                                  Field delimiter: comma, tab, semicolon, pipe or
                                  another single punctuation character; else tab for
                                  .tsv and .tab files, else sniffed from the first
                                  lines.
          --sheet <sheet>         For an .xlsx workbook: the sheet to read, by name or
                                  number from 1 (default: the first that holds a survey
                                  table or school records).
          --year <year>           Use this survey year (2021, 令和3年度, R3) of a
                                  school-level file or a file of several years.
          --skip-invalid          For a school-level file: skip invalid records and
                                  report how many, instead of stopping.
          --blank-is-no           For a school-level file that marks only the yes (○)
                                  and leaves the no blank: read an empty flag as no
                                  (without it, an empty flag is an invalid record).
          --max-skipped <percent>
                                  With --skip-invalid: the largest share of records that
                                  may be skipped, in percent, before the run fails
                                  rather than count part of the file. (default: 1)
          -h, --help              Show help information.

        EXAMPLES:
          cs-stats report -o r3.html
              The R3 reference page from the built-in data and series.

          cs-stats report prefectures.csv -o r3.html
              The same with maps of a table by prefecture.

          cs-stats report Data/cs_r5_2023.csv Data/cs_series.csv --lang en -o r5.html
              R5's page in English.

        """)
    }

    @Test func theRootListsThem() {
        let out = runCLI(["--help"]).out
        #expect(out.contains("  chart                   Draw rates or counts as bars in the terminal, or as an\n                          SVG chart.\n"))
        #expect(out.contains("  report                  Write the ministry's reference page, regenerated from\n                          data, as one HTML file.\n"))
    }
}
