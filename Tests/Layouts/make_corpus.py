#!/usr/bin/env python3
"""Write the layout corpus: small tables shaped the way ministry, prefecture and
board-of-education staff make them, each beside NAME.expected.json.

Run from anywhere:  python3 Tests/Layouts/make_corpus.py
Deterministic, standard library only. It rewrites every NAME.* file it knows and then
re-reads each one with Python's csv module to check the hand-written expectations against
the bytes it wrote (labels, column counts, spot values, sums, title and note counts).
The checks only confirm; every expected value below is stated by hand.

Figures: R3 (令和3年度) by school type from Data/cs_r3_2021.csv (the seed document), R2 from
Data/cs_r2_2020.csv, R5 from Data/cs_r5_2023.csv, the national series from
shared/reference/series/national_totals.csv, H26 and R1 by type from
shared/reference/series/national_by_type_2014.csv / _2019.csv. Prefecture figures and every
母数 (denominator) by school type are INVENTED, chosen so that each printed rate is
count / 母数 rounded half up and every column adds up to the 合計 / 全国 row printed.
"""

import csv
import io
import json
import os
import sys
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------------------------
# Published figures (copied, not computed)
# ---------------------------------------------------------------------------------------------

# R3 (2021-05-01): label, CS schools, CS rate, CS increase, HQ schools, HQ rate, HQ increase
R3 = [
    ("幼稚園", 276, "9.8", 39, 553, "19.5", 53),
    ("小学校", 7051, "37.5", 1167, 12570, "66.9", 793),
    ("中学校", 3339, "36.5", 618, 5625, "61.5", 419),
    ("義務教育学校", 95, "66.0", 19, 101, "70.1", 18),
    ("高等学校", 805, "22.9", 137, 435, "12.4", 49),
    ("中等教育学校", 4, "11.8", 1, 2, "5.9", 0),
    ("特別支援学校", 286, "26.0", 87, 185, "16.8", 9),
    ("合計", 11856, "33.3", 2068, 19471, "54.7", 1341),
]
# R3 いずれも整備 (both) and 類似の仕組み (similar), same row order
R3_BOTH = [155, 5543, 2556, 70, 124, 0, 80, 8528]
R3_SIMILAR = [431, 3919, 1869, 16, 486, 7, 131, 6859]
# Invented R3 母数 per type (each inside the bounds both printed rates allow), total 35,579
R3_DEN = [2830, 18800, 9150, 144, 3520, 34, 1101, 35579]
# Excel's full floats for count / 母数 * 100 (15 significant digits, as Excel writes them)
R3_CS_FLOAT = ["9.75265017667845", "37.5053191489362", "36.4918032786885", "65.9722222222222",
               "22.8693181818182", "11.7647058823529", "25.9763851044505", "33.3230276286574"]
R3_HQ_FLOAT = ["19.5406360424028", "66.8617021276596", "61.4754098360656", "70.1388888888889",
               "12.3579545454545", "5.88235294117647", "16.802906448683", "54.7261024761798"]

# R2 (2020-07-01): label, CS schools, CS rate, CS increase; 母数 36,015 published for 合計 only
R2 = [
    ("幼稚園", 237, "7.8", 40),
    ("小学校", 5884, "31.0", 1266),
    ("中学校", 2721, "29.5", 622),
    ("義務教育学校", 76, "62.8", 26),
    ("高等学校", 668, "18.9", 161),
    ("中等教育学校", 3, "9.1", 0),
    ("特別支援学校", 199, "18.3", 72),
    ("合計", 9788, "27.2", 2187),
]

# R5 (2023-05-01): label, CS schools, CS rate, CS increase; 母数 34,687 published for 合計
R5 = [
    ("幼稚園", 341, "14.0", 16),
    ("小学校", 10812, "58.6", 1691),
    ("中学校", 5167, "57.3", 880),
    ("義務教育学校", 152, "75.2", 41),
    ("高等学校", 1144, "33.2", 169),
    ("中等教育学校", 8, "22.9", 1),
    ("特別支援学校", 511, "45.7", 116),
    ("合計", 18135, "52.3", 2914),
]
# Invented R5 母数 per type, adding up to the published 34,687
R5_DEN = [2430, 18439, 9018, 202, 3445, 35, 1118, 34687]

# Prefectures, JIS order. Every figure INVENTED (R3 all school types), except that the columns
# add up to the published national figures: 母数 35,579 (invented national, see R3_DEN), CS 11,856
# in 46 prefectures (福井県 none, as in R3), CS increase 2,068, HQ 19,471, 高等学校 CS 805 (+137).
# R2 count = CS − increase (沖縄県 102 is the published R2 figure).
# code, name, short name, 母数, CS, CS rate, CS increase, HQ, HQ rate, 高校 CS, 高校 increase, R2 CS
PREF = [
    ("01", "北海道", "北海道", 1917, 690, "36.0", 184, 987, "51.5", 41, 1, 506),
    ("02", "青森県", "青森", 484, 192, "39.7", 50, 192, "39.7", 18, 2, 142),
    ("03", "岩手県", "岩手", 565, 331, "58.6", 86, 156, "27.6", 2, 1, 245),
    ("04", "宮城県", "宮城", 646, 288, "44.6", 61, 189, "29.3", 8, 1, 227),
    ("05", "秋田県", "秋田", 333, 44, "13.2", -1, 268, "80.5", 13, 1, 45),
    ("06", "山形県", "山形", 424, 202, "47.6", 11, 339, "80.0", 9, 2, 191),
    ("07", "福島県", "福島", 767, 240, "31.3", 17, 353, "46.0", 24, 7, 223),
    ("08", "茨城県", "茨城", 888, 134, "15.1", 16, 649, "73.1", 34, 6, 118),
    ("09", "栃木県", "栃木", 585, 180, "30.8", 50, 338, "57.8", 19, 6, 130),
    ("10", "群馬県", "群馬", 555, 60, "10.8", 14, 297, "53.5", 11, 3, 46),
    ("11", "埼玉県", "埼玉", 1412, 640, "45.3", 159, 1011, "71.6", 17, 3, 481),
    ("12", "千葉県", "千葉", 1392, 525, "37.7", 137, 1013, "72.8", 6, 0, 388),
    ("13", "東京都", "東京", 2270, 418, "18.4", 20, 615, "27.1", 45, 6, 398),
    ("14", "神奈川県", "神奈川", 1513, 712, "47.1", 129, 780, "51.6", 29, 5, 583),
    ("15", "新潟県", "新潟", 807, 296, "36.7", 70, 361, "44.7", 12, 0, 226),
    ("16", "富山県", "富山", 303, 132, "43.6", 10, 236, "77.9", 6, 0, 122),
    ("17", "石川県", "石川", 383, 62, "16.2", 12, 280, "73.1", 14, 3, 50),
    ("18", "福井県", "福井", 393, 0, "0.0", 0, 226, "57.5", 0, 0, 0),
    ("19", "山梨県", "山梨", 303, 109, "36.0", 28, 112, "37.0", 13, 4, 81),
    ("20", "長野県", "長野", 605, 194, "32.1", 18, 464, "76.7", 5, 0, 176),
    ("21", "岐阜県", "岐阜", 646, 71, "11.0", 18, 406, "62.8", 16, 4, 53),
    ("22", "静岡県", "静岡", 908, 344, "37.9", 41, 503, "55.4", 0, 0, 303),
    ("23", "愛知県", "愛知", 1664, 176, "10.6", 20, 541, "32.5", 58, 17, 156),
    ("24", "三重県", "三重", 686, 95, "13.8", 8, 455, "66.3", 25, 6, 87),
    ("25", "滋賀県", "滋賀", 434, 112, "25.8", 14, 250, "57.6", 15, 2, 98),
    ("26", "京都府", "京都", 656, 82, "12.5", -3, 527, "80.3", 5, 0, 85),
    ("27", "大阪府", "大阪", 1715, 259, "15.1", 82, 680, "39.7", 70, 9, 177),
    ("28", "兵庫県", "兵庫", 1664, 616, "37.0", 96, 1132, "68.0", 6, 0, 520),
    ("29", "奈良県", "奈良", 424, 177, "41.7", 18, 359, "84.7", 5, 1, 159),
    ("30", "和歌山県", "和歌山", 454, 354, "78.0", 82, 313, "68.9", 14, 2, 272),
    ("31", "鳥取県", "鳥取", 232, 121, "52.2", 14, 180, "77.6", 2, 0, 107),
    ("32", "島根県", "島根", 383, 101, "26.4", 6, 314, "82.0", 9, 2, 95),
    ("33", "岡山県", "岡山", 726, 253, "34.8", 48, 221, "30.4", 18, 5, 205),
    ("34", "広島県", "広島", 857, 261, "30.5", 19, 366, "42.7", 17, 3, 242),
    ("35", "山口県", "山口", 524, 522, "99.6", 105, 463, "88.4", 57, 10, 417),
    ("36", "徳島県", "徳島", 383, 193, "50.4", 29, 160, "41.8", 15, 3, 164),
    ("37", "香川県", "香川", 333, 134, "40.2", 42, 193, "58.0", 4, 0, 92),
    ("38", "愛媛県", "愛媛", 524, 178, "34.0", 47, 159, "30.3", 13, 3, 131),
    ("39", "高知県", "高知", 403, 164, "40.7", 10, 175, "43.4", 14, 0, 154),
    ("40", "福岡県", "福岡", 1342, 614, "45.8", 45, 1039, "77.4", 26, 4, 569),
    ("41", "佐賀県", "佐賀", 303, 119, "39.3", 29, 126, "41.6", 5, 1, 90),
    ("42", "長崎県", "長崎", 585, 319, "54.5", 65, 175, "29.9", 19, 0, 254),
    ("43", "熊本県", "熊本", 706, 286, "40.5", 85, 488, "69.1", 27, 6, 201),
    ("44", "大分県", "大分", 504, 338, "67.1", 43, 264, "52.4", 13, 3, 295),
    ("45", "宮崎県", "宮崎", 424, 149, "35.1", 9, 268, "63.2", 12, 1, 140),
    ("46", "鹿児島県", "鹿児島", 908, 261, "28.7", 19, 669, "73.7", 14, 4, 242),
    ("47", "沖縄県", "沖縄", 646, 108, "16.7", 6, 179, "27.7", None, None, 102),
]

# ---------------------------------------------------------------------------------------------
# Expected row lists, typed separately from PREF so that the checks compare two typings
# ---------------------------------------------------------------------------------------------

PREFS = [
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
    "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県",
    "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県",
    "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県", "山口県",
    "徳島県", "香川県", "愛媛県", "高知県",
    "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
]
PREFS_SHORT = [
    "北海道", "青森", "岩手", "宮城", "秋田", "山形", "福島",
    "茨城", "栃木", "群馬", "埼玉", "千葉", "東京", "神奈川",
    "新潟", "富山", "石川", "福井", "山梨", "長野", "岐阜", "静岡", "愛知",
    "三重", "滋賀", "京都", "大阪", "兵庫", "奈良", "和歌山",
    "鳥取", "島根", "岡山", "広島", "山口",
    "徳島", "香川", "愛媛", "高知",
    "福岡", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄",
]
PREFS_PADDED = [
    "北　海　道", "青　森　県", "岩　手　県", "宮　城　県", "秋　田　県", "山　形　県", "福　島　県",
    "茨　城　県", "栃　木　県", "群　馬　県", "埼　玉　県", "千　葉　県", "東　京　都", "神奈川県",
    "新　潟　県", "富　山　県", "石　川　県", "福　井　県", "山　梨　県", "長　野　県", "岐　阜　県",
    "静　岡　県", "愛　知　県", "三　重　県", "滋　賀　県", "京　都　府", "大　阪　府", "兵　庫　県",
    "奈　良　県", "和歌山県", "鳥　取　県", "島　根　県", "岡　山　県", "広　島　県", "山　口　県",
    "徳　島　県", "香　川　県", "愛　媛　県", "高　知　県", "福　岡　県", "佐　賀　県", "長　崎　県",
    "熊　本　県", "大　分　県", "宮　崎　県", "鹿児島県", "沖　縄　県",
]
TWO_PROGRAMMES = ["school_type", "cs_schools", "cs_rate_pct", "cs_increase",
                  "hq_schools", "hq_rate_pct", "hq_increase"]
CS_THREE = ["school_type", "cs_schools", "cs_rate_pct", "cs_increase"]

# ---------------------------------------------------------------------------------------------
# Writing helpers
# ---------------------------------------------------------------------------------------------


def n(x):
    """7051 -> '7,051' (as Excel's #,##0 displays it)."""
    return f"{x:,}"


def cq(x):
    """A count as a CSV cell with a thousands separator, quoted when it has one."""
    s = n(x)
    return f'"{s}"' if "," in s else s


def qt(s):
    return f'"{s}"'


FW = str.maketrans("0123456789.,%-", "０１２３４５６７８９．，％－")


def fw(s):
    """ASCII digits and marks to full-width, as typed with a Japanese IME."""
    return str(s).translate(FW)


CORPUS = []  # (name, lines, expected, options)


def add(name, lines, expected, *, enc="utf-8", bom=False, nl="\n", final_nl=True,
        header_rows=1, delim=None, ragged=False):
    CORPUS.append((name, lines, expected,
                   dict(enc=enc, bom=bom, nl=nl, final_nl=final_nl, header_rows=header_rows,
                        delim=delim, ragged=ragged)))


def encode(lines, enc, bom, nl, final_nl):
    # A cell's own line break (Alt+Enter) stays LF inside the quotes, as Excel writes it.
    text = nl.join(lines) + (nl if final_nl else "")
    if enc == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le")
    data = text.encode(enc)
    return (b"\xef\xbb\xbf" + data) if bom else data


# =============================================================================================
# 1. School-type tables as the ministry prints them
# =============================================================================================

add("ministry_two_programmes.tsv",
    ["",
     "コミュニティ・スクールに関する参考資料",
     "",
     "コミュニティ・スクール及び地域学校協働本部の学校種別の内訳（令和3年度調査結果）",
     "",
     "\tコミュニティ・スクール\t\t\t地域学校協働本部\t\t",
     "\t導入校数\t導入率\t増加校数 (前年度比)\t整備校数\t整備率\t増加校数 (前年度比)"]
    + [f"{t}\t{n(c)}\t{r}%\t{n(i)}\t{n(h)}\t{hr}%\t{n(hi)}" for t, c, r, i, h, hr, hi in R3]
    + ["",
       "※ 幼稚園には幼稚園型認定こども園を含む。",
       "",
       "※ 学校数の母数は今回調査において教育委員会から回答のあった学校数としている。",
       "",
       "※ 文部科学省コミュニティ・スクール及び地域学校協働活動実施状況調査（2021年5月1日現在（地域学校協働本部は年度内の予定を含む））による。"],
    {
        "description": "The seed's R3 table as published: tab separated, two title lines, group row over an "
                       "empty-cornered header, thousands separators, percent signs, three ※ notes",
        "kind": "school-type",
        "year": 2021,
        "columns": TWO_PROGRAMMES,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 2,
        "notes": 3,
        "values": [
            {"row": "合計", "column": "cs_increase", "value": 2068},
            {"row": "小学校", "column": "cs_rate_pct", "value": "37.5"},
            {"row": "中等教育学校", "column": "hq_increase", "value": 0},
            {"row": "幼稚園", "column": "hq_rate_pct", "value": "19.5"},
            {"row": "特別支援学校", "column": "hq_schools", "value": 185},
        ],
    }, header_rows=2)

add("ministry_two_programmes_excel.csv",
    ["コミュニティ・スクール及び地域学校協働本部の学校種別の内訳（令和3年度調査結果）,,,,,,",
     ",,,,,,",
     ",コミュニティ・スクール,,,地域学校協働本部,,",
     "学校種,導入校数,導入率,増加校数 (前年度比),整備校数,整備率,増加校数 (前年度比)"]
    + [f"{t},{cq(c)},{r}%,{cq(i)},{cq(h)},{hr}%,{cq(hi)}" for t, c, r, i, h, hr, hi in R3]
    + [",,,,,,",
       "※ 幼稚園には幼稚園型認定こども園を含む。,,,,,,",
       "※ 学校数の母数は今回調査において教育委員会から回答のあった学校数としている。,,,,,,",
       "※ 文部科学省コミュニティ・スクール及び地域学校協働活動実施状況調査（2021年5月1日現在（地域学校協働本部は年度内の予定を含む））による。,,,,,,"],
    {
        "description": "The R3 two-programme table saved by Excel on Windows: CP932, CRLF, every row padded "
                       "with commas to 7 fields, quoted \"7,051\", 学校種 in the header, an all-comma spacer row",
        "kind": "school-type",
        "year": 2021,
        "columns": TWO_PROGRAMMES,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 3,
        "values": [
            {"row": "小学校", "column": "cs_schools", "value": 7051},
            {"row": "合計", "column": "hq_increase", "value": 1341},
            {"row": "義務教育学校", "column": "cs_rate_pct", "value": "66.0"},
            {"row": "中学校", "column": "hq_schools", "value": 5625},
        ],
    }, enc="cp932", nl="\r\n", header_rows=2)

add("mext_one_programme.csv",
    ["令和3年度 コミュニティ・スクールの導入状況（学校種別）,,,",
     ",コミュニティ・スクール,,",
     "学校種,導入校数,導入率,増加校数 (前年度比)"]
    + [f"{t},{cq(c)},{r}%,{cq(i)}" for t, c, r, i, *_ in R3]
    + ["※ 幼稚園には幼稚園型認定こども園を含む。,,,"],
    {
        "description": "One programme as MEXT prints it: title, group row with コミュニティ・スクール in one cell "
                       "over its first column, header, 合計, a ※ note right under it; UTF-8 with BOM, CRLF",
        "kind": "school-type",
        "year": 2021,
        "columns": CS_THREE,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 1,
        "values": [
            {"row": "合計", "column": "cs_increase", "value": 2068},
            {"row": "中学校", "column": "cs_schools", "value": 3339},
            {"row": "特別支援学校", "column": "cs_rate_pct", "value": "26.0"},
        ],
    }, bom=True, nl="\r\n", header_rows=2)

add("cs_plain_increase.csv",
    ["学校種,導入校数,導入率,増加校数"]
    + [f"{t},{c},{r},{i}" for t, c, r, i, *_ in R3],
    {
        "description": "CS only, no group row, no title: plain 増加校数, rates without %, counts without "
                       "separators, no final newline; nothing names a year",
        "kind": "school-type",
        "year": None,
        "columns": CS_THREE,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "小学校", "column": "cs_schools", "value": 7051},
            {"row": "合計", "column": "cs_rate_pct", "value": "33.3"},
            {"row": "高等学校", "column": "cs_increase", "value": 137},
        ],
    }, final_nl=False)

add("total_top_zougen.csv",
    ["令和2年度 コミュニティ・スクール導入状況（7月1日現在）,,,",
     "学校種,導入校数,導入率（％）,増減",
     f"計,{cq(9788)},27.2,{cq(2187)}"]
    + [f"{t},{cq(c)},{r},{cq(i)}" for t, c, r, i in R2[:-1]],
    {
        "description": "R2 CS table with the total 計 on top, a 増減 column and 導入率（％）; CP932, CRLF; "
                       "year from the title",
        "kind": "school-type",
        "year": 2020,
        "columns": CS_THREE,
        "rows": ["計", "幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "計", "column": "cs_increase", "value": 2187},
            {"row": "中等教育学校", "column": "cs_increase", "value": 0},
            {"row": "義務教育学校", "column": "cs_rate_pct", "value": "62.8"},
            {"row": "小学校", "column": "cs_schools", "value": 5884},
        ],
    }, enc="cp932", nl="\r\n")

add("hq_only_gakkosu.csv",
    ["地域学校協働本部が整備されている学校数（令和3年5月1日現在）,,",
     ",地域学校協働本部,",
     "学校種,学校数,割合"]
    + [f"{t},{cq(h)},{hr}%" for t, c, r, i, h, hr, hi in R3]
    + ["※ 母数は令和3年5月1日調査で各教育委員会から回答があった学校数。,,"],
    {
        "description": "HQ only: a lone 地域学校協働本部 group cell over 学校種,学校数,割合 — 学校数 is the HQ "
                       "count and 割合 the HQ rate, not 母数",
        "kind": "school-type",
        "year": 2021,
        "columns": ["school_type", "hq_schools", "hq_rate_pct"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 1,
        "values": [
            {"row": "合計", "column": "hq_schools", "value": 19471},
            {"row": "高等学校", "column": "hq_rate_pct", "value": "12.4"},
            {"row": "中等教育学校", "column": "hq_schools", "value": 2},
        ],
    }, header_rows=2)

add("units_in_headers.csv",
    ["学校種,導入校数（校）,導入率（％）,整備校数（校）,整備率(%)"]
    + [f"{t},{c},{r},{h},{hr}" for t, c, r, i, h, hr, hi in R3],
    {
        "description": "Units inside the header cells (導入校数（校）, 導入率（％）, 整備率(%)), both programmes "
                       "told apart by 導入/整備 alone, no group row, no year",
        "kind": "school-type",
        "year": None,
        "columns": ["school_type", "cs_schools", "cs_rate_pct", "hq_schools", "hq_rate_pct"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "小学校", "column": "hq_schools", "value": 12570},
            {"row": "幼稚園", "column": "hq_rate_pct", "value": "19.5"},
            {"row": "合計", "column": "cs_rate_pct", "value": "33.3"},
        ],
    })

add("header_line_break.csv",
    ["令和3年度 学校種別 コミュニティ・スクール導入状況,,,",
     '学校種,"導入校数\n（校）","導入率\n（％）","増加校数\n（前年度比）"']
    + [f"{t},{cq(c)},{r},{cq(i)}" for t, c, r, i, *_ in R3],
    {
        "description": "Header cells with an Alt+Enter line break (LF inside quotes, CRLF between rows), "
                       "units on the second line of each cell; UTF-8 BOM",
        "kind": "school-type",
        "year": 2021,
        "columns": CS_THREE,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "義務教育学校", "column": "cs_increase", "value": 19},
            {"row": "中学校", "column": "cs_rate_pct", "value": "36.5"},
            {"row": "合計", "column": "cs_schools", "value": 11856},
        ],
    }, bom=True, nl="\r\n")

add("units_row_two_programmes.csv",
    ["令和3年度 コミュニティ・スクール及び地域学校協働本部の状況,,,,,,",
     ",コミュニティ・スクール,,,地域学校協働本部,,",
     "学校種,導入校数,導入率,増加校数,整備校数,整備率,増加校数",
     ",（校）,（％）,（校）,（校）,（％）,（校）"]
    + [f"{t},{cq(c)},{r},{cq(i)},{cq(h)},{hr},{cq(hi)}" for t, c, r, i, h, hr, hi in R3],
    {
        "description": "Group row, header, then a units row of its own (,（校）,（％）,…) before the data; "
                       "the same 増加校数 twice, told apart by the group row; CP932 CRLF",
        "kind": "school-type",
        "year": 2021,
        "columns": TWO_PROGRAMMES,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "合計", "column": "hq_increase", "value": 1341},
            {"row": "小学校", "column": "cs_increase", "value": 1167},
            {"row": "中学校", "column": "hq_rate_pct", "value": "61.5"},
        ],
    }, enc="cp932", nl="\r\n", header_rows=3)

add("group_labels_middle.csv",
    [",,コミュニティ・スクール,,,地域学校協働本部,",
     "学校種,校数,率,増加校数,校数,率,増加校数"]
    + [f"{t},{c},{r}%,{i},{h},{hr}%,{hi}" for t, c, r, i, h, hr, hi in R3],
    {
        "description": "Group labels typed over the MIDDLE of their three-column spans over generic "
                       "校数/率/増加校数; no title",
        "kind": "school-type",
        "year": None,
        "columns": TWO_PROGRAMMES,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "合計", "column": "hq_schools", "value": 19471},
            {"row": "小学校", "column": "cs_rate_pct", "value": "37.5"},
            {"row": "特別支援学校", "column": "hq_increase", "value": 9},
            {"row": "義務教育学校", "column": "cs_schools", "value": 95},
        ],
    }, header_rows=2)

add("merged_row_label_header.csv",
    ["表1　学校種別の導入・整備状況（令和3年度）,,,,,,",
     "学校種,コミュニティ・スクール,,,地域学校協働本部,,",
     ",導入校数,導入率,増加校数 (前年度比),整備校数,整備率,増加校数 (前年度比)"]
    + [f"{t},{cq(c)},{r}%,{cq(i)},{cq(h)},{hr}%,{cq(hi)}" for t, c, r, i, h, hr, hi in R3],
    {
        "description": "Excel-merged row-label header: 学校種 in the group row, its cell under it empty; "
                       "title 表1 … （令和3年度） whose 表1 is not a year",
        "kind": "school-type",
        "year": 2021,
        "columns": TWO_PROGRAMMES,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "幼稚園", "column": "cs_schools", "value": 276},
            {"row": "高等学校", "column": "hq_rate_pct", "value": "12.4"},
            {"row": "合計", "column": "cs_increase", "value": 2068},
        ],
    }, bom=True, nl="\r\n", header_rows=2)

add("title_unit_one_row.csv",
    ["令和3年度 コミュニティ・スクール導入状況,,,（単位：校）",
     "学校種,導入校数,増加校数,類似の仕組み"]
    + [f"{t},{cq(c)},{cq(i)},{cq(s)}" for (t, c, r, i, *_), s in zip(R3, R3_SIMILAR)],
    {
        "description": "Title and unit on one row (…,（単位：校）); counts only, with a 類似の仕組み column",
        "kind": "school-type",
        "year": 2021,
        "columns": ["school_type", "cs_schools", "cs_increase", "similar_schools"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "合計", "column": "similar_schools", "value": 6859},
            {"row": "高等学校", "column": "similar_schools", "value": 486},
            {"row": "小学校", "column": "cs_increase", "value": 1167},
        ],
    }, enc="cp932", nl="\r\n")

add("note_other_years.csv",
    ["令和3年度 コミュニティ・スクール導入状況",
     "学校種,導入校数,導入率,増加校数"]
    + [f"{t},{cq(c)},{r}%,{cq(i)}" for t, c, r, i, *_ in R3]
    + ["",
       "※ 平成29年度から努力義務化（2017年4月1日施行）",
       "※ 令和2年度調査は7月1日現在、令和3年度調査は5月1日現在"],
    {
        "description": "Notes below mention 平成29年度, 2017年4月1日 and 令和2年度; the year comes from the "
                       "title (令和3年度) only",
        "kind": "school-type",
        "year": 2021,
        "columns": CS_THREE,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 2,
        "values": [
            {"row": "合計", "column": "cs_schools", "value": 11856},
            {"row": "幼稚園", "column": "cs_rate_pct", "value": "9.8"},
        ],
    })

add("note_years_no_title.csv",
    ["学校種,導入校数,導入率"]
    + [f"{t},{cq(c)},{r}%" for t, c, r, *_ in R3]
    + ["※ 平成29年度から努力義務化（2017年4月1日施行）",
       "※ 前年度（令和2年度）は7月1日現在"],
    {
        "description": "No title; the notes name 平成29年度, 2017年4月1日 and 令和2年度, none of which is the "
                       "table's year: year null",
        "kind": "school-type",
        "year": None,
        "columns": ["school_type", "cs_schools", "cs_rate_pct"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 0,
        "notes": 2,
        "values": [
            {"row": "中学校", "column": "cs_schools", "value": 3339},
            {"row": "中等教育学校", "column": "cs_rate_pct", "value": "11.8"},
        ],
    })

add("cs_r3_2021_by_type.csv",
    ["学校種,導入校数,導入率,増加校数"]
    + [f"{t},{cq(c)},{r}%,{cq(i)}" for t, c, r, i, *_ in R3],
    {
        "description": "Year only in the file name (cs_r3_2021_by_type.csv → 2021); no title, no notes",
        "kind": "school-type",
        "year": 2021,
        "columns": CS_THREE,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "小学校", "column": "cs_increase", "value": 1167},
            {"row": "高等学校", "column": "cs_rate_pct", "value": "22.9"},
        ],
    })

add("community_school_2023.tsv",
    ["学校種\t学校数\t導入校数\t導入率\t増加校数"]
    + [f"{t}\t{n(d)}\t{n(c)}\t{r}\t{n(i)}" for (t, c, r, i), d in zip(R5, R5_DEN)],
    {
        "description": "R5 table, tab separated, with a 学校数 (母数) column; the year only in the file name "
                       "(community_school_2023.tsv → 2023)",
        "kind": "school-type",
        "year": 2023,
        "columns": ["school_type", "total_schools", "cs_schools", "cs_rate_pct", "cs_increase"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "合計", "column": "total_schools", "value": 34687},
            {"row": "小学校", "column": "cs_schools", "value": 10812},
            {"row": "幼稚園", "column": "cs_rate_pct", "value": "14.0"},
        ],
    })

add("nendo_column.csv",
    ["年度,学校種,導入校数,導入率,増加校数"]
    + [f"令和3年度,{t},{c},{r},{i}" for t, c, r, i, *_ in R3],
    {
        "description": "Year in a 年度 column (令和3年度 on every row) before the school type; no title",
        "kind": "school-type",
        "year": 2021,
        "columns": ["year", "school_type", "cs_schools", "cs_rate_pct", "cs_increase"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "義務教育学校", "column": "cs_schools", "value": 95},
            {"row": "合計", "column": "cs_increase", "value": 2068},
        ],
    })

add("project_schema_english.csv",
    ["year,reference_date,school_type,total_schools,cs_schools,cs_rate_pct,cs_increase,hq_schools,"
     "hq_rate_pct,hq_increase,both_schools,similar_schools"]
    + [f"2021,2021-05-01,{t},,{c},{r},{i},{h},{hr},{hi},{b},{s}"
       for (t, c, r, i, h, hr, hi), b, s in zip(R3, R3_BOTH, R3_SIMILAR)],
    {
        "description": "The project's own Data/ schema (ASCII English headers, year and reference_date "
                       "columns, empty total_schools)",
        "kind": "school-type",
        "year": 2021,
        "columns": ["year", "reference_date", "school_type", "total_schools", "cs_schools", "cs_rate_pct",
                    "cs_increase", "hq_schools", "hq_rate_pct", "hq_increase", "both_schools",
                    "similar_schools"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "合計", "column": "both_schools", "value": 8528},
            {"row": "中等教育学校", "column": "both_schools", "value": 0},
            {"row": "幼稚園", "column": "total_schools", "value": None},
            {"row": "義務教育学校", "column": "hq_rate_pct", "value": "70.1"},
        ],
    })

add("excel_full_floats.csv",
    ["学校種,学校数,導入校数,導入率,整備校数,整備率"]
    + [f"{t},{d},{c},{cf},{h},{hf}" for (t, c, r, i, h, hr, hi), d, cf, hf
       in zip(R3, R3_DEN, R3_CS_FLOAT, R3_HQ_FLOAT)],
    {
        "description": "Rates as Excel's full floats of =C/B*100 (37.5053191489362) beside a 学校数 (母数) "
                       "column; each reads as the rate it prints to one decimal",
        "kind": "school-type",
        "year": None,
        "columns": ["school_type", "total_schools", "cs_schools", "cs_rate_pct", "hq_schools", "hq_rate_pct"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "小学校", "column": "cs_rate_pct", "value": "37.5"},
            {"row": "幼稚園", "column": "hq_rate_pct", "value": "19.5"},
            {"row": "合計", "column": "total_schools", "value": 35579},
            {"row": "合計", "column": "cs_rate_pct", "value": "33.3"},
            {"row": "特別支援学校", "column": "cs_rate_pct", "value": "26.0"},
        ],
    }, bom=True, nl="\r\n")

add("fullwidth_digits.csv",
    ["コミュニティ・スクール導入校数（令和３年度）,,,",
     "学校種,導入校数,導入率,増加校数"]
    + [f"{t},{fw(n(c))},{fw(r + '%')},{fw(n(i))}" for t, c, r, i, *_ in R3],
    {
        "description": "Full-width digits typed with the IME (７，０５１ with a full-width comma, "
                       "３７．５％), full-width ３ in the title's 令和３年度; CP932 CRLF",
        "kind": "school-type",
        "year": 2021,
        "columns": CS_THREE,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "小学校", "column": "cs_schools", "value": 7051},
            {"row": "幼稚園", "column": "cs_rate_pct", "value": "9.8"},
            {"row": "合計", "column": "cs_increase", "value": 2068},
        ],
    }, enc="cp932", nl="\r\n")

add("placeholders_dots.csv",
    ["令和元年度 コミュニティ・スクール及び地域学校協働本部の導入・整備状況,,,,",
     ",コミュニティ・スクール,,,地域学校協働本部",
     "学校種,導入校数,導入率,増加校数,整備校数",
     "幼稚園,197,…,50,372",
     '小学校,"4,618",24.1%,"1,353","9,843"',
     '中学校,"2,099",22.7%,607,"4,499"',
     "義務教育学校,50,54.9%,11,48",
     "高等学校,507,14.4%,125,159",
     "中等教育学校,3,…,2,1",
     "特別支援学校,127,…,21,65",
     '合計,"7,601",21.3%,"2,169",・・・',
     "注）「…」「・・・」は数値が得られないもの。,,,,"],
    {
        "description": "R1 (令和元年度) table with … for rates not available and ・・・ for the HQ 合計; the "
                       "HQ group cell over a one-column span",
        "kind": "school-type",
        "year": 2019,
        "columns": ["school_type", "cs_schools", "cs_rate_pct", "cs_increase", "hq_schools"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 1,
        "values": [
            {"row": "幼稚園", "column": "cs_rate_pct", "value": None},
            {"row": "合計", "column": "hq_schools", "value": None},
            {"row": "小学校", "column": "hq_schools", "value": 9843},
            {"row": "合計", "column": "cs_schools", "value": 7601},
        ],
    }, header_rows=2)

add("shitei_dash_none.csv",
    ["平成26年度 コミュニティ・スクール指定状況（平成26年4月1日現在）,,",
     "学校種,指定校数,増加数",
     "幼稚園,94,32",
     '小学校,"1,240",212',
     "中学校,565,102",
     "高等学校,10,1",
     "中等教育学校,－,－",
     "特別支援学校,10,2",
     '合計,"1,919",349',
     "出典：文部科学省「コミュニティ・スクールの指定状況」,,"],
    {
        "description": "H26 (2014) table in the old wording (指定校数, 増加数), － for none, no 義務教育学校 row "
                       "(the type did not exist yet); CP932 CRLF",
        "kind": "school-type",
        "year": 2014,
        "columns": ["school_type", "cs_schools", "cs_increase"],
        "rows": ["幼稚園", "小学校", "中学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 1,
        "values": [
            {"row": "中等教育学校", "column": "cs_schools", "value": None},
            {"row": "合計", "column": "cs_schools", "value": 1919},
            {"row": "小学校", "column": "cs_increase", "value": 212},
        ],
    }, enc="cp932", nl="\r\n")

add("soukei_bottom_boshu.csv",
    ["令和5年度 学校種別コミュニティ・スクール導入状況,,,,",
     "学校種,学校数,導入校数,導入率,増加校数"]
    + [f"{'総計' if t == '合計' else t},{cq(d)},{cq(c)},{r}%,{cq(i)}" for (t, c, r, i), d in zip(R5, R5_DEN)]
    + ["資料：文部科学省「コミュニティ・スクール及び地域学校協働活動実施状況調査」（令和5年5月1日現在）,,,,"],
    {
        "description": "R5 with a 学校数 (母数) column and the total named 総計 at the bottom; a 資料： note",
        "kind": "school-type",
        "year": 2023,
        "columns": ["school_type", "total_schools", "cs_schools", "cs_rate_pct", "cs_increase"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "総計"],
        "titles": 1,
        "notes": 1,
        "values": [
            {"row": "総計", "column": "total_schools", "value": 34687},
            {"row": "小学校", "column": "cs_schools", "value": 10812},
            {"row": "義務教育学校", "column": "cs_rate_pct", "value": "75.2"},
            {"row": "中等教育学校", "column": "total_schools", "value": 35},
        ],
    })

add("short_type_names.csv",
    ["学校種,導入校数,導入率,増加校数",
     "幼,237,7.8,40",
     "小,5884,31.0,1266",
     "中,2721,29.5,622",
     "義務,76,62.8,26",
     "高,668,18.9,161",
     "中等,3,9.1,0",
     "特支,199,18.3,72",
     "計,9788,27.2,2187"],
    {
        "description": "R2 figures with school types abbreviated (幼, 小, 中, 義務, 高, 中等, 特支) and 計",
        "kind": "school-type",
        "year": None,
        "columns": CS_THREE,
        "rows": ["幼", "小", "中", "義務", "高", "中等", "特支", "計"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "小", "column": "cs_schools", "value": 5884},
            {"row": "特支", "column": "cs_rate_pct", "value": "18.3"},
            {"row": "計", "column": "cs_increase", "value": 2187},
            {"row": "中等", "column": "cs_schools", "value": 3},
        ],
    })

add("fullwidth_space_types.csv",
    ["令和3年度,,,",
     "学　校　種,導入校数,導入率,増加校数",
     '幼　稚　園,276,9.8%,39',
     '小　学　校,"7,051",37.5%,"1,167"',
     '中　学　校,"3,339",36.5%,618',
     "義務教育学校,95,66.0%,19",
     "高　等　学　校,805,22.9%,137",
     "中等教育学校,4,11.8%,1",
     "特別支援学校,286,26.0%,87",
     '合　　計,"11,856",33.3%,"2,068"'],
    {
        "description": "Labels spaced out with ideographic spaces to line up (小　学　校, 合　　計, header "
                       "学　校　種); a bare 令和3年度 as the title; CP932 CRLF",
        "kind": "school-type",
        "year": 2021,
        "columns": CS_THREE,
        "rows": ["幼　稚　園", "小　学　校", "中　学　校", "義務教育学校", "高　等　学　校", "中等教育学校",
                 "特別支援学校", "合　　計"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "小　学　校", "column": "cs_schools", "value": 7051},
            {"row": "合　　計", "column": "cs_increase", "value": 2068},
            {"row": "高　等　学　校", "column": "cs_rate_pct", "value": "22.9"},
        ],
    }, enc="cp932", nl="\r\n")

add("indented_labels.csv",
    ["区分,導入校数,導入率",
     f"合計,{cq(11856)},33.3%"]
    + [f"　{t},{cq(c)},{r}%" for t, c, r, *_ in R3[:-1]],
    {
        "description": "Row header 区分 (not 学校種); total on top, the types under it indented with a "
                       "leading ideographic space, trimmed in the row labels",
        "kind": "school-type",
        "year": None,
        "columns": ["school_type", "cs_schools", "cs_rate_pct"],
        "rows": ["合計", "幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "合計", "column": "cs_schools", "value": 11856},
            {"row": "小学校", "column": "cs_rate_pct", "value": "37.5"},
        ],
    })

add("both_and_similar.csv",
    ["学校種,コミュニティ・スクール導入校数,地域学校協働本部整備校数,いずれも整備,類似の仕組み"]
    + [f"{t},{cq(c)},{cq(h)},{cq(b)},{cq(s)}" for (t, c, r, i, h, hr, hi), b, s
       in zip(R3, R3_BOTH, R3_SIMILAR)],
    {
        "description": "Programme named inside each header (コミュニティ・スクール導入校数, 地域学校協働本部整備校数), "
                       "plus いずれも整備 (both) and 類似の仕組み (similar) counts",
        "kind": "school-type",
        "year": None,
        "columns": ["school_type", "cs_schools", "hq_schools", "both_schools", "similar_schools"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "合計", "column": "both_schools", "value": 8528},
            {"row": "中等教育学校", "column": "both_schools", "value": 0},
            {"row": "小学校", "column": "similar_schools", "value": 3919},
            {"row": "高等学校", "column": "hq_schools", "value": 435},
        ],
    })

add("previous_year_columns.csv",
    ["令和3年度 コミュニティ・スクール導入状況（前年度比較）,,,",
     "学校種,令和2年度,令和3年度,増減"]
    + [f"{t},{cq(c - i)},{cq(c)},{cq(i)}" for t, c, r, i, *_ in R3],
    {
        "description": "Last year's and this year's counts side by side under era-year headers (令和2年度, "
                       "令和3年度) and their 増減; the table's year is the later one, as the title says",
        "kind": "school-type",
        "year": 2021,
        "columns": ["school_type", "cs_previous", "cs_schools", "cs_increase"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "合計", "column": "cs_previous", "value": 9788},
            {"row": "小学校", "column": "cs_previous", "value": 5884},
            {"row": "小学校", "column": "cs_schools", "value": 7051},
            {"row": "中等教育学校", "column": "cs_increase", "value": 1},
        ],
    })

add("percent_fullwidth_sign.csv",
    ["地域学校協働本部　学校種別整備状況（令和3年度）,,,",
     "学校種,整備校数,整備率,増加校数"]
    + [f"{t},{cq(h)},{hr}％,{cq(hi)}" for t, c, r, i, h, hr, hi in R3],
    {
        "description": "HQ table with the full-width percent sign ％ after ASCII digits; UTF-8 BOM CRLF",
        "kind": "school-type",
        "year": 2021,
        "columns": ["school_type", "hq_schools", "hq_rate_pct", "hq_increase"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "中学校", "column": "hq_rate_pct", "value": "61.5"},
            {"row": "中等教育学校", "column": "hq_rate_pct", "value": "5.9"},
            {"row": "合計", "column": "hq_increase", "value": 1341},
        ],
    }, bom=True, nl="\r\n")

add("boshu_total_only.csv",
    ["令和2年度 学校種別 コミュニティ・スクール導入状況,,,,",
     "学校種,学校数,導入校数,導入率,増加校数"]
    + [f"{t},,{cq(c)},{r}%,{cq(i)}" for t, c, r, i in R2[:-1]]
    + [f'合計,{cq(36015)},{cq(9788)},27.2%,{cq(2187)}'],
    {
        "description": "学校数 (母数) printed for 合計 only (R2: 36,015), the type rows leave it empty",
        "kind": "school-type",
        "year": 2020,
        "columns": ["school_type", "total_schools", "cs_schools", "cs_rate_pct", "cs_increase"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "合計", "column": "total_schools", "value": 36015},
            {"row": "小学校", "column": "total_schools", "value": None},
            {"row": "高等学校", "column": "cs_rate_pct", "value": "18.9"},
        ],
    })

add("units_line_above_header.csv",
    ["学校種別 コミュニティ・スクール及び地域学校協働本部（令和3年5月1日現在）,,,,",
     ",,,,（単位：校、％）",
     "学校種,CS導入校数,CS導入率,本部整備校数,本部整備率"]
    + [f"{t},{c},{r},{h},{hr}" for t, c, r, i, h, hr, hi in R3],
    {
        "description": "A units line (,,,,（単位：校、％）) of its own between the title and the header, counted "
                       "as a second title line; headers abbreviated CS… / 本部…",
        "kind": "school-type",
        "year": 2021,
        "columns": ["school_type", "cs_schools", "cs_rate_pct", "hq_schools", "hq_rate_pct"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 2,
        "notes": 0,
        "values": [
            {"row": "義務教育学校", "column": "hq_schools", "value": 101},
            {"row": "特別支援学校", "column": "hq_rate_pct", "value": "16.8"},
            {"row": "合計", "column": "cs_schools", "value": 11856},
        ],
    })

# =============================================================================================
# 2. Notes of every kind
# =============================================================================================

add("notes_markers.csv",
    ["学校種,導入校数,導入率,増加校数"]
    + [f"{t},{cq(c)},{r}%,{cq(i)}" for t, c, r, i, *_ in R3]
    + [",,,",
       "注1）幼稚園には幼稚園型認定こども園を含む。,,,",
       "注2）導入率は、教育委員会から回答のあった学校数に占める割合。,,,",
       "資料：文部科学省「コミュニティ・スクール及び地域学校協働活動実施状況調査」,,,"],
    {
        "description": "Notes marked 注1）, 注2） and 資料： below an all-comma spacer row",
        "kind": "school-type",
        "year": None,
        "columns": CS_THREE,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 0,
        "notes": 3,
        "values": [
            {"row": "中学校", "column": "cs_increase", "value": 618},
            {"row": "合計", "column": "cs_rate_pct", "value": "33.3"},
        ],
    })

add("notes_unmarked.csv",
    ["令和3年度 学校種別 地域学校協働本部整備状況,,,",
     "学校種,整備校数,整備率,増加校数"]
    + [f"{t},{cq(h)},{hr}%,{cq(hi)}" for t, c, r, i, h, hr, hi in R3]
    + ["母数は教育委員会から回答のあった学校数。,,,",
       "備考：年度内の予定を含む。,,,",
       "出典：文部科学省「コミュニティ・スクール及び地域学校協働活動実施状況調査」,,,"],
    {
        "description": "An unmarked note line straight under 合計 (its other cells empty, like an empty "
                       "data row), then 備考： and 出典： notes",
        "kind": "school-type",
        "year": 2021,
        "columns": ["school_type", "hq_schools", "hq_rate_pct", "hq_increase"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 3,
        "values": [
            {"row": "合計", "column": "hq_schools", "value": 19471},
            {"row": "幼稚園", "column": "hq_increase", "value": 53},
        ],
    }, enc="cp932", nl="\r\n")

# =============================================================================================
# 3. What Excel does to a sheet on its way out
# =============================================================================================

add("trailing_delimiter.csv",
    ["学校種,導入校数,導入率,増加校数,"]
    + [f"{t},{c},{r},{i}," for t, c, r, i, *_ in R3],
    {
        "description": "Every line ends with a delimiter: a fifth column with no header and no values",
        "kind": "school-type",
        "year": None,
        "columns": ["school_type", "cs_schools", "cs_rate_pct", "cs_increase", "empty"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "合計", "column": "cs_schools", "value": 11856},
            {"row": "特別支援学校", "column": "cs_increase", "value": 87},
        ],
    })

add("spacer_columns.csv",
    [",,コミュニティ・スクール,,,地域学校協働本部,",
     "学校種,,導入校数,導入率,,整備校数,整備率"]
    + [f"{t},,{cq(c)},{r},,{cq(h)},{hr}" for t, c, r, i, h, hr, hi in R3],
    {
        "description": "Narrow empty spacer columns (Excel 方眼紙 style) between the label and each "
                       "programme's block, group labels over the blocks' first columns",
        "kind": "school-type",
        "year": None,
        "columns": ["school_type", "empty", "cs_schools", "cs_rate_pct", "empty", "hq_schools", "hq_rate_pct"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "小学校", "column": "hq_schools", "value": 12570},
            {"row": "義務教育学校", "column": "cs_rate_pct", "value": "66.0"},
        ],
    }, header_rows=2)

add("trailing_empty_columns.csv",
    ["令和3年度 コミュニティ・スクール導入状況,,,,,,,",
     "学校種,導入校数,導入率,増加校数,,,,"]
    + [f"{t},{cq(c)},{r}%,{cq(i)},,,," for t, c, r, i, *_ in R3]
    + [",,,,,,,",
       ",,,,,,,"],
    {
        "description": "Excel's used range wider than the table: four empty columns on every row and two "
                       "all-comma rows at the end; CP932 CRLF",
        "kind": "school-type",
        "year": 2021,
        "columns": ["school_type", "cs_schools", "cs_rate_pct", "cs_increase", "empty", "empty", "empty", "empty"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "高等学校", "column": "cs_schools", "value": 805},
            {"row": "合計", "column": "cs_increase", "value": 2068},
        ],
    }, enc="cp932", nl="\r\n")

add("bikou_column.csv",
    ["学校種,導入校数,導入率,増加校数,備考",
     "幼稚園,237,7.8%,40,幼稚園型認定こども園を含む",
     '小学校,"5,884",31.0%,"1,266",',
     "中学校,\"2,721\",29.5%,622,",
     "義務教育学校,76,62.8%,26,平成28年度創設",
     "高等学校,668,18.9%,161,",
     "中等教育学校,3,9.1%,0,増減なし",
     "特別支援学校,199,18.3%,72,",
     '合計,"9,788",27.2%,"2,187",7月1日現在'],
    {
        "description": "A 備考 column of free text beside the figures (R2), which is not a measure",
        "kind": "school-type",
        "year": None,
        "columns": ["school_type", "cs_schools", "cs_rate_pct", "cs_increase", "ignored"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "中等教育学校", "column": "cs_increase", "value": 0},
            {"row": "合計", "column": "cs_schools", "value": 9788},
        ],
    })

add("leading_empty_column.csv",
    [",,,,",
     ",令和3年度 学校種別 地域学校協働本部整備状況,,,",
     ",,,,",
     ",学校種,整備校数,整備率,増加校数"]
    + [f",{t},{cq(h)},{hr}%,{cq(hi)}" for t, c, r, i, h, hr, hi in R3],
    {
        "description": "A sheet whose table starts at B2: an empty first column on every row and empty "
                       "first line",
        "kind": "school-type",
        "year": 2021,
        "columns": ["empty", "school_type", "hq_schools", "hq_rate_pct", "hq_increase"],
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "中学校", "column": "hq_schools", "value": 5625},
            {"row": "合計", "column": "hq_rate_pct", "value": "54.7"},
        ],
    }, bom=True, nl="\r\n")

add("quote_all.csv",
    ['"学校種","導入校数","導入率","増加校数"']
    + [f'"{t}","{c}","{r}","{i}"' for t, c, r, i in R5],
    {
        "description": "Every field quoted (database or LibreOffice export), numbers too; R5 figures",
        "kind": "school-type",
        "year": None,
        "columns": CS_THREE,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "中学校", "column": "cs_schools", "value": 5167},
            {"row": "合計", "column": "cs_rate_pct", "value": "52.3"},
            {"row": "中等教育学校", "column": "cs_increase", "value": 1},
        ],
    })

add("web_copy.txt",
    ["コミュニティ・スクール及び地域学校協働本部の学校種別の内訳（令和3年度調査結果）",
     "\tコミュニティ・スクール\t\t\t地域学校協働本部\t\t",
     "学校種\t導入校数\t導入率\t増加校数 (前年度比)\t整備校数\t整備率\t増加校数 (前年度比)"]
    + [f"{t} \t{n(c)}\t{r}%\t{n(i)}\t{n(h)}\t{hr}%\t{n(hi)}" for t, c, r, i, h, hr, hi in R3]
    + ["※ 幼稚園には幼稚園型認定こども園を含む。"],
    {
        "description": "The web page's table pasted into a text editor: .txt, tab separated, a stray space "
                       "after each row label (trimmed)",
        "kind": "school-type",
        "year": 2021,
        "columns": TWO_PROGRAMMES,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 1,
        "values": [
            {"row": "幼稚園", "column": "cs_schools", "value": 276},
            {"row": "高等学校", "column": "hq_increase", "value": 49},
            {"row": "合計", "column": "hq_rate_pct", "value": "54.7"},
        ],
    }, header_rows=2, delim="\t")

add("excel_unicode_text.txt",
    ["令和3年度 学校種別 コミュニティ・スクール導入状況\t\t\t",
     "学校種\t導入校数\t導入率\t増加校数"]
    + [f"{t}\t{n(c)}\t{r}%\t{n(i)}" for t, c, r, i, *_ in R3],
    {
        "description": "Excel's 'Unicode テキスト' save: UTF-16LE with BOM, tab separated, CRLF",
        "kind": "school-type",
        "year": 2021,
        "columns": CS_THREE,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "小学校", "column": "cs_schools", "value": 7051},
            {"row": "中学校", "column": "cs_rate_pct", "value": "36.5"},
        ],
    }, enc="utf-16", nl="\r\n", delim="\t")

add("mac_cr_line_ends.csv",
    ["令和2年度 コミュニティ・スクール導入状況,,,",
     "学校種,導入校数,導入率,増加校数"]
    + [f"{t},{cq(c)},{r},{cq(i)}" for t, c, r, i in R2],
    {
        "description": "Old Mac Excel 'CSV (Macintosh)': bare CR line ends, Shift_JIS (CP932); R2",
        "kind": "school-type",
        "year": 2020,
        "columns": CS_THREE,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "中学校", "column": "cs_schools", "value": 2721},
            {"row": "合計", "column": "cs_rate_pct", "value": "27.2"},
        ],
    }, enc="cp932", nl="\r")

# =============================================================================================
# 4. Prefecture tables
# =============================================================================================

add("pref_zenkoku_first.csv",
    ["コミュニティ・スクールの導入率と地域学校協働本部の整備率（都道府県別・全学校種）,,,,",
     "令和3年5月1日現在,,,,",
     "都道府県,導入校数,導入率,整備校数,整備率",
     f"全国,{cq(11856)},33.3%,{cq(19471)},54.7%"]
    + [f"{p[1]},{cq(p[4])},{p[5]}%,{cq(p[7])},{p[8]}%" for p in PREF]
    + ["※ 文部科学省コミュニティ・スクール及び地域学校協働活動実施状況調査（2021年5月1日現在）による。,,,,"],
    {
        "description": "47 prefectures with 全国 first, names with suffix, CS and HQ counts and rates; "
                       "two title lines; UTF-8 BOM CRLF",
        "kind": "prefecture",
        "year": 2021,
        "columns": ["prefecture", "cs_schools", "cs_rate_pct", "hq_schools", "hq_rate_pct"],
        "rows": ["全国"] + PREFS,
        "titles": 2,
        "notes": 1,
        "values": [
            {"row": "全国", "column": "cs_schools", "value": 11856},
            {"row": "福井県", "column": "cs_schools", "value": 0},
            {"row": "山口県", "column": "cs_rate_pct", "value": "99.6"},
            {"row": "東京都", "column": "hq_schools", "value": 615},
            {"row": "沖縄県", "column": "hq_rate_pct", "value": "27.7"},
        ],
    }, bom=True, nl="\r\n")

add("pref_zenkoku_last_nosuffix.csv",
    ["令和3年度 都道府県別 コミュニティ・スクール導入状況,,,",
     "都道府県,導入校数,導入率,増加校数"]
    + [f"{p[2]},{p[4]},{p[5]},{p[6]}" for p in PREF]
    + ["全国,11856,33.3,2068"],
    {
        "description": "Names without suffix (東京, 大阪, 神奈川), 全国 last, plain negative increases "
                       "(-1, -3); CP932 CRLF",
        "kind": "prefecture",
        "year": 2021,
        "columns": ["prefecture", "cs_schools", "cs_rate_pct", "cs_increase"],
        "rows": PREFS_SHORT + ["全国"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "東京", "column": "cs_schools", "value": 418},
            {"row": "秋田", "column": "cs_increase", "value": -1},
            {"row": "京都", "column": "cs_increase", "value": -3},
            {"row": "全国", "column": "cs_increase", "value": 2068},
            {"row": "神奈川", "column": "cs_rate_pct", "value": "47.1"},
        ],
    }, enc="cp932", nl="\r\n")

add("pref_jis_code.csv",
    ["都道府県コード,都道府県名,整備校数,整備率",
     "00,全国,19471,54.7"]
    + [f"{p[0]},{p[1]},{p[7]},{p[8]}" for p in PREF],
    {
        "description": "JIS code column (zero-padded, 00 for 全国) before the name column; HQ only, "
                       "told by 整備; no title, no year",
        "kind": "prefecture",
        "year": None,
        "columns": ["prefecture_code", "prefecture", "hq_schools", "hq_rate_pct"],
        "rows": ["全国"] + PREFS,
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "全国", "column": "hq_schools", "value": 19471},
            {"row": "北海道", "column": "hq_rate_pct", "value": "51.5"},
            {"row": "沖縄県", "column": "hq_schools", "value": 179},
        ],
    })

add("pref_code_unpadded_after_name.csv",
    ["令和3年度 都道府県別 導入・整備状況,,,,,",
     "都道府県,都道府県コード,導入校数,導入率,整備校数,整備率"]
    + [f"{p[1]},{int(p[0])},{cq(p[4])},{p[5]}%,{cq(p[7])},{p[8]}%" for p in PREF]
    + [f"合計,,{cq(11856)},33.3%,{cq(19471)},54.7%"],
    {
        "description": "The JIS code AFTER the name, its leading zero lost by Excel (1 … 47), 合計 last "
                       "with no code",
        "kind": "prefecture",
        "year": 2021,
        "columns": ["prefecture", "prefecture_code", "cs_schools", "cs_rate_pct", "hq_schools", "hq_rate_pct"],
        "rows": PREFS + ["合計"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "大阪府", "column": "cs_schools", "value": 259},
            {"row": "合計", "column": "hq_schools", "value": 19471},
            {"row": "宮崎県", "column": "hq_rate_pct", "value": "63.2"},
        ],
    })

add("pref_padded_names.csv",
    ["令和3年度　都道府県別コミュニティ・スクール導入状況,,",
     "都道府県名,導入校数,導入率"]
    + [f"{('　'.join(p[1]) if len(p[1]) == 3 else p[1])},{cq(p[4])},{p[5]}%" for p in PREF]
    + [f"合　　計,{cq(11856)},33.3%"],
    {
        "description": "Three-character names padded with ideographic spaces to the width of four "
                       "(北　海　道, 東　京　都; 神奈川県 unpadded), 合　　計 last; CP932 CRLF",
        "kind": "prefecture",
        "year": 2021,
        "columns": ["prefecture", "cs_schools", "cs_rate_pct"],
        "rows": PREFS_PADDED + ["合　　計"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "北　海　道", "column": "cs_schools", "value": 690},
            {"row": "東　京　都", "column": "cs_rate_pct", "value": "18.4"},
            {"row": "合　　計", "column": "cs_schools", "value": 11856},
            {"row": "和歌山県", "column": "cs_schools", "value": 354},
        ],
    }, enc="cp932", nl="\r\n")

add("pref_okinawa_empty_last.csv",
    ["高等学校におけるコミュニティ・スクールの導入状況（令和3年度）,,,",
     "都道府県,導入校数,増加校数,備考",
     "全国,805,137,"]
    + [f"{p[1]},{p[9]},{p[10]},{'県立高等学校全校に導入' if p[1] == '山口県' else ''}" for p in PREF[:-1]]
    + ["沖縄県,,,"],
    {
        "description": "High-school CS by prefecture: 全国 first, an empty last row 沖縄県,,, (nothing "
                       "reported), a 備考 text column; the 46 others add up to 全国",
        "kind": "prefecture",
        "year": 2021,
        "columns": ["prefecture", "cs_schools", "cs_increase", "ignored"],
        "rows": ["全国"] + PREFS,
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "沖縄県", "column": "cs_schools", "value": None},
            {"row": "全国", "column": "cs_schools", "value": 805},
            {"row": "静岡県", "column": "cs_schools", "value": 0},
            {"row": "愛知県", "column": "cs_increase", "value": 17},
        ],
    })

add("pref_empty_middle_fukui.csv",
    ["都道府県別 コミュニティ・スクール導入状況（令和3年5月1日現在）,,",
     "都道府県,導入校数,導入率"]
    + [(f"{p[1]},," if p[1] == "福井県" else f"{p[1]},{cq(p[4])},{p[5]}%") for p in PREF]
    + [f"合計,{cq(11856)},33.3%"],
    {
        "description": "A prefecture with nothing to report (福井県, no CS in R3) left as an empty row in "
                       "the middle; 合計 last",
        "kind": "prefecture",
        "year": 2021,
        "columns": ["prefecture", "cs_schools", "cs_rate_pct"],
        "rows": PREFS + ["合計"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "福井県", "column": "cs_schools", "value": None},
            {"row": "福井県", "column": "cs_rate_pct", "value": None},
            {"row": "石川県", "column": "cs_schools", "value": 62},
            {"row": "合計", "column": "cs_schools", "value": 11856},
        ],
    }, bom=True, nl="\r\n")

_blocks = [7, 14, 23, 30, 35, 39]  # after 福島, 神奈川, 愛知, 和歌山, 山口, 高知: a spacer row
add("pref_spacer_rows.csv",
    ["地域学校協働本部 都道府県別整備状況（令和3年度）,,",
     ",,",
     "都道府県,整備校数,整備率"]
    + [line for k, p in enumerate(PREF)
       for line in ([f"{p[1]},{cq(p[7])},{p[8]}%"] + ([",,"] if k + 1 in _blocks else []))]
    + [",,", f"全国,{cq(19471)},54.7%"],
    {
        "description": "Blank spacer rows between regional blocks (after 福島, 神奈川, 愛知, 和歌山, 山口, "
                       "高知) and before 全国 at the bottom; CP932 CRLF",
        "kind": "prefecture",
        "year": 2021,
        "columns": ["prefecture", "hq_schools", "hq_rate_pct"],
        "rows": PREFS + ["全国"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "兵庫県", "column": "hq_schools", "value": 1132},
            {"row": "奈良県", "column": "hq_rate_pct", "value": "84.7"},
            {"row": "全国", "column": "hq_schools", "value": 19471},
        ],
    }, enc="cp932", nl="\r\n")

add("pref_counts_prev_year.txt",
    ["令和2年度 都道府県別コミュニティ・スクール数（7月1日現在）",
     "都道府県\t導入校数"]
    + [f"{p[1]}\t{n(p[11])}" for p in PREF]
    + ["合計\t9,788"],
    {
        "description": "R2 counts by prefecture (沖縄県 102 as published), tab separated .txt, one measure",
        "kind": "prefecture",
        "year": 2020,
        "columns": ["prefecture", "cs_schools"],
        "rows": PREFS + ["合計"],
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "沖縄県", "column": "cs_schools", "value": 102},
            {"row": "合計", "column": "cs_schools", "value": 9788},
            {"row": "福井県", "column": "cs_schools", "value": 0},
            {"row": "山口県", "column": "cs_schools", "value": 417},
        ],
    }, delim="\t")


def tri(x):
    return f"△{-x}" if x < 0 else str(x)


add("pref_triangle_negative.csv",
    ["令和3年度 都道府県別 コミュニティ・スクール導入校数の増減,,",
     "都道府県,導入校数,増減（△は減）",
     f"全国,{cq(11856)},{cq(2068)}"]
    + [f"{p[1]},{cq(p[4])},{tri(p[6])}" for p in PREF],
    {
        "description": "Decreases written the Japanese accounting way, △1 for −1, under 増減（△は減）; "
                       "全国 first; CP932 CRLF",
        "kind": "prefecture",
        "year": 2021,
        "columns": ["prefecture", "cs_schools", "cs_increase"],
        "rows": ["全国"] + PREFS,
        "titles": 1,
        "notes": 0,
        "values": [
            {"row": "秋田県", "column": "cs_increase", "value": -1},
            {"row": "京都府", "column": "cs_increase", "value": -3},
            {"row": "全国", "column": "cs_increase", "value": 2068},
            {"row": "北海道", "column": "cs_schools", "value": 690},
        ],
    }, enc="cp932", nl="\r\n")

# =============================================================================================
# 5. National series, years as rows
# =============================================================================================

add("series_wareki.csv",
    ["年度,導入校数,導入率",
     '平成29年度,"3,600",',
     '平成30年度,"5,432",',
     '令和元年度,"7,601",21.3%',
     '令和2年度,"9,788",27.2%',
     '令和3年度,"11,856",33.3%',
     '令和4年度,"15,221",42.9%',
     '令和5年度,"18,135",52.3%',
     '令和6年度,"20,153",58.7%'],
    {
        "description": "National CS series, survey years as rows in 和暦 (平成29年度 … 令和6年度, 令和元年度), "
                       "rates empty before R1",
        "kind": "year",
        "year": None,
        "columns": ["year", "cs_schools", "cs_rate_pct"],
        "rows": ["平成29年度", "平成30年度", "令和元年度", "令和2年度", "令和3年度", "令和4年度", "令和5年度",
                 "令和6年度"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "令和元年度", "column": "cs_rate_pct", "value": "21.3"},
            {"row": "平成29年度", "column": "cs_rate_pct", "value": None},
            {"row": "令和6年度", "column": "cs_schools", "value": 20153},
            {"row": "平成30年度", "column": "cs_schools", "value": 5432},
        ],
    })

add("series_ascii_year.csv",
    ["year,cs_schools,cs_increase,cs_rate_pct",
     "2019,7601,2169,21.3",
     "2020,9788,2187,27.2",
     "2021,11856,2068,33.3",
     "2022,15221,3365,42.9",
     "2023,18135,2914,52.3"],
    {
        "description": "National series with an ASCII year column (2019 … 2023) and English headers",
        "kind": "year",
        "year": None,
        "columns": ["year", "cs_schools", "cs_increase", "cs_rate_pct"],
        "rows": ["2019", "2020", "2021", "2022", "2023"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "2020", "column": "cs_increase", "value": 2187},
            {"row": "2023", "column": "cs_rate_pct", "value": "52.3"},
            {"row": "2019", "column": "cs_schools", "value": 7601},
        ],
    })

add("series_hq_scope_note.csv",
    ["地域学校協働本部の整備状況の推移,,,",
     "年度,整備校数,整備率,増加校数",
     '令和元年度,"14,390",50.5%,…',
     '令和2年度,"17,066",60.3%,"2,676"',
     '令和3年度,"19,471",54.7%,"1,341"',
     '令和4年度,"20,568",57.9%,"1,097"',
     '令和5年度,"21,144",61.0%,576',
     "※ 令和2年度までは小学校・中学校・義務教育学校のみ、令和3年度から全学校種。,,,"],
    {
        "description": "HQ series R1–R5 with … for an increase not available and a scope note naming "
                       "years; a title without a year; CP932 CRLF",
        "kind": "year",
        "year": None,
        "columns": ["year", "hq_schools", "hq_rate_pct", "hq_increase"],
        "rows": ["令和元年度", "令和2年度", "令和3年度", "令和4年度", "令和5年度"],
        "titles": 1,
        "notes": 1,
        "values": [
            {"row": "令和元年度", "column": "hq_increase", "value": None},
            {"row": "令和2年度", "column": "hq_increase", "value": 2676},
            {"row": "令和5年度", "column": "hq_rate_pct", "value": "61.0"},
        ],
    }, enc="cp932", nl="\r\n")

add("series_short_era.tsv",
    ["年度\tCS数\t増加数",
     "H27\t2389\t470",
     "H28\t2806\t417",
     "H29\t3600\t794",
     "H30\t5432\t1832",
     "R1\t7601\t2169",
     "R2\t9788\t2187",
     "R3\t11856\t2068"],
    {
        "description": "Series with short era years (H27 … H30, R1 … R3), tab separated, header CS数",
        "kind": "year",
        "year": None,
        "columns": ["year", "cs_schools", "cs_increase"],
        "rows": ["H27", "H28", "H29", "H30", "R1", "R2", "R3"],
        "titles": 0,
        "notes": 0,
        "values": [
            {"row": "H30", "column": "cs_schools", "value": 5432},
            {"row": "R1", "column": "cs_increase", "value": 2169},
            {"row": "H27", "column": "cs_schools", "value": 2389},
        ],
    })

# =============================================================================================
# 6. School-level records
# =============================================================================================

add("schools_english.csv",
    ["school_id,school_type,prefecture,municipality,cs,hq,similar,year",
     "B101210000013,小学校,北海道,札幌市,1,1,0,2021",
     "B101210000027,小学校,北海道,旭川市,0,1,1,2021",
     "C101210000018,中学校,北海道,札幌市,1,0,0,2021",
     "B113210000015,小学校,東京都,世田谷区,0,0,0,2021",
     "C113210000010,中学校,東京都,八王子市,1,1,0,2021",
     "A113210000012,幼稚園,東京都,世田谷区,0,0,1,2021",
     "B127210000019,小学校,大阪府,大阪市,0,1,0,2021",
     "D127110000014,高等学校,大阪府,大阪府,1,0,0,2021",
     "C235210000016,義務教育学校,山口県,萩市,1,1,0,2021",
     "B135210000011,小学校,山口県,下関市,1,1,0,2021",
     "E135110000018,特別支援学校,山口県,山口県,1,0,0,2021",
     "B147210000010,小学校,沖縄県,那覇市,0,0,1,2021"],
    {
        "description": "School-level records, English headers, 0/1 flags, one year",
        "kind": "school-records",
        "year": None,
        "columns": ["school_id", "school_type", "prefecture", "municipality", "cs_flag", "hq_flag",
                    "similar_flag", "year"],
        "titles": 0,
        "notes": 0,
    })

add("schools_japanese_sjis.csv",
    ["学校コード,学校名,学校種,都道府県,市区町村,学校運営協議会,地域学校協働本部,類似の仕組み,年度",
     "B102210000018,青森市立第一小学校,小学校,青森県,青森市,○,○,×,令和3年度",
     "B102210000022,青森市立第二小学校,小学校,青森県,青森市,×,○,×,令和3年度",
     "C102210000013,青森市立第一中学校,中学校,青森県,青森市,○,○,×,令和3年度",
     "A103210000019,盛岡市立第一幼稚園,幼稚園,岩手県,盛岡市,×,×,○,令和3年度",
     "B103210000014,盛岡市立第三小学校,小学校,岩手県,盛岡市,○,×,×,令和3年度",
     "C103210000019,花巻市立第一中学校,中学校,岩手県,花巻市,○,○,×,令和3年度",
     "D103110000011,岩手県立第一高等学校,高等学校,岩手県,岩手県,×,×,○,令和3年度",
     "B118210000014,福井市立第一小学校,小学校,福井県,福井市,×,○,○,令和3年度",
     "C118210000019,福井市立第一中学校,中学校,福井県,福井市,×,○,×,令和3年度",
     "B130210000016,和歌山市立第一小学校,小学校,和歌山県,和歌山市,○,○,×,令和3年度",
     "C130210000011,和歌山市立第二中学校,中学校,和歌山県,和歌山市,○,×,×,令和3年度",
     "E130110000017,和歌山県立第一支援学校,特別支援学校,和歌山県,和歌山県,○,×,×,令和3年度",
     "B144210000012,大分市立第一小学校,小学校,大分県,大分市,○,○,×,令和3年度",
     "C244210000017,大分市立第一義務教育学校,義務教育学校,大分県,大分市,○,○,×,令和3年度",
     "D244110000019,大分県立第一中等教育学校,中等教育学校,大分県,大分県,×,×,×,令和3年度"],
    {
        "description": "School-level records, Japanese headers with 学校名, ○/× flags, 年度 as 令和3年度; "
                       "CP932 CRLF",
        "kind": "school-records",
        "year": None,
        "columns": ["school_id", "school_name", "school_type", "prefecture", "municipality", "cs_flag",
                    "hq_flag", "similar_flag", "year"],
        "titles": 0,
        "notes": 0,
    }, enc="cp932", nl="\r\n")

add("schools_codes_tsv.tsv",
    ["年度\t都道府県コード\t市区町村\t学校種\t学校番号\tCS\t本部\t類似",
     "2020\t35\t萩市\t小\t3520101\t有\t有\t無",
     "2021\t35\t萩市\t小\t3520101\t有\t有\t無",
     "2020\t35\t萩市\t中\t3520201\t無\t有\t有",
     "2021\t35\t萩市\t中\t3520201\t有\t有\t無",
     "2020\t40\t春日市\t小\t4021801\t有\t有\t無",
     "2021\t40\t春日市\t小\t4021801\t有\t有\t無",
     "2020\t40\t春日市\t中\t4021901\t有\t無\t無",
     "2021\t40\t春日市\t中\t4021901\t有\t有\t無",
     "2020\t13\t三鷹市\t小\t1320401\t無\t無\t有",
     "2021\t13\t三鷹市\t小\t1320401\t無\t有\t有",
     "2020\t13\t三鷹市\t中\t1320501\t無\t無\t無",
     "2021\t13\t三鷹市\t中\t1320501\t有\t無\t無"],
    {
        "description": "School-level records over two years (2020, 2021), tab separated, prefecture as "
                       "a JIS code, board numbers as ids, 小/中, 有/無 flags",
        "kind": "school-records",
        "year": None,
        "columns": ["year", "prefecture", "municipality", "school_type", "school_id", "cs_flag", "hq_flag",
                    "similar_flag"],
        "titles": 0,
        "notes": 0,
    })

add("schools_remarks.csv",
    ["school_id,school_name,school_type,prefecture,municipality,cs,hq,similar,year,remarks",
     "B121210000015,岐阜市立第一小学校,小学校,岐阜県,岐阜市,true,true,false,R3,",
     "B121210000020,岐阜市立第二小学校,小学校,岐阜県,岐阜市,false,true,false,R3,令和4年度導入予定",
     "C121210000010,岐阜市立第一中学校,中学校,岐阜県,岐阜市,true,true,false,R3,",
     "B122210000014,静岡市立第一小学校,小学校,静岡県,静岡市,false,false,true,R3,類似の仕組み（学校支援地域本部）",
     "C122210000019,静岡市立第一中学校,中学校,静岡県,静岡市,false,true,false,R3,",
     "A122210000016,静岡市立第一幼稚園,幼稚園,静岡県,静岡市,false,false,false,R3,",
     "B123210000013,名古屋市立第一小学校,小学校,愛知県,名古屋市,false,true,false,R3,",
     "C123210000018,名古屋市立第一中学校,中学校,愛知県,名古屋市,false,true,false,R3,",
     "D123110000011,愛知県立第一高等学校,高等学校,愛知県,愛知県,true,false,false,R3,\"県立高校, 試行\"",
     "E123110000017,愛知県立第一特別支援学校,特別支援学校,愛知県,愛知県,false,false,false,R3,"],
    {
        "description": "School-level records with true/false flags, year as R3, and a free-text remarks "
                       "column (quoted where it holds a comma) that is not a field",
        "kind": "school-records",
        "year": None,
        "columns": ["school_id", "school_name", "school_type", "prefecture", "municipality", "cs_flag",
                    "hq_flag", "similar_flag", "year", "ignored"],
        "titles": 0,
        "notes": 0,
    })

# =============================================================================================
# 7. Shapes that must be refused, not misread
# =============================================================================================

add("refuse_kosu_no_programme.csv",
    ["学校種,校数,導入率,校数,整備率"]
    + [f"{t},{c},{r},{h},{hr}" for t, c, r, i, h, hr, hi in R3],
    {
        "description": "Bare 校数 twice with both programmes' rates present and no group row: which 校数 "
                       "is which programme's cannot be known",
        "kind": "refused",
        "year": None,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "error_mentions": ["校数"],
    })

add("refuse_two_labels_one_block.csv",
    [",コミュニティ・スクール,地域学校協働本部,,,,",
     "学校種,校数,率,増加校数,校数,率,増加校数"]
    + [f"{t},{c},{r},{i},{h},{hr},{hi}" for t, c, r, i, h, hr, hi in R3],
    {
        "description": "Both group labels over the first block (columns 2 and 3), none over the second: "
                       "the blocks cannot be assigned",
        "kind": "refused",
        "year": None,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "error_mentions": ["地域学校協働本部"],
    }, header_rows=2)

add("refuse_fraction_rates.csv",
    ["学校種,学校数,導入校数,導入率",
     "幼稚園,2830,276,0.098",
     "小学校,18800,7051,0.375",
     "中学校,9150,3339,0.365",
     "義務教育学校,144,95,0.66",
     "高等学校,3520,805,0.229",
     "中等教育学校,34,4,0.118",
     "特別支援学校,1101,286,0.26",
     "合計,35579,11856,0.333"],
    {
        "description": "Rates written as fractions (0.375) beside 学校数 and counts that make them "
                       "impossible as percent (7,051 of 18,800 is 37.5%, not 0.375%)",
        "kind": "refused",
        "year": None,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "error_mentions": ["導入率"],
    })

add("refuse_duplicate_type.csv",
    ["学校種,導入校数,導入率,増加校数"]
    + [f"{t},{c},{r},{i}" for t, c, r, i, *_ in R3[:-1]]
    + ["小,7051,37.5,1167",
       "合計,11856,33.3,2068"],
    {
        "description": "小学校 and, pasted again below, 小: the same school type twice",
        "kind": "refused",
        "year": None,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "小", "合計"],
        "error_mentions": ["小"],
    })

add("refuse_two_totals.csv",
    ["学校種,導入校数,導入率,増加校数",
     "合計,11856,33.3,2068"]
    + [f"{t},{c},{r},{i}" for t, c, r, i, *_ in R3],
    {
        "description": "Two 合計 rows (one on top, one at the bottom)",
        "kind": "refused",
        "year": None,
        "rows": ["合計", "幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "error_mentions": ["合計"],
    })

add("refuse_header_only.csv",
    ["令和3年度 コミュニティ・スクールの導入状況（学校種別）,,,",
     ",コミュニティ・スクール,,",
     "学校種,導入校数,導入率,増加校数 (前年度比)",
     ",,,",
     ",,,"],
    {
        "description": "Title, group row and header, then only empty rows: a template never filled in",
        "kind": "refused",
        "year": 2021,
        "rows": [],
        "error_mentions": [],
    }, header_rows=2)

add("refuse_negative_count.csv",
    ["学校種,導入校数,導入率,増加校数"]
    + [(f"{t},-{c},{r},{i}" if t == "高等学校" else f"{t},{c},{r},{i}") for t, c, r, i, *_ in R3],
    {
        "description": "A negative count (高等学校 導入校数 -805, a stray minus) where a count cannot be "
                       "negative",
        "kind": "refused",
        "year": None,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "error_mentions": ["高等学校", "導入校数"],
    })

add("refuse_rate_over_100.csv",
    ["学校種,導入校数,導入率,増加校数"]
    + [(f"{t},{c},660.0%,{i}" if t == "義務教育学校" else f"{t},{c},{r}%,{i}") for t, c, r, i, *_ in R3],
    {
        "description": "A rate over 100% (義務教育学校 導入率 660.0%, a slipped decimal point)",
        "kind": "refused",
        "year": None,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "error_mentions": ["義務教育学校", "導入率"],
    })

add("refuse_unquoted_thousands.csv",
    ["学校種,導入校数,導入率,増加校数"]
    + [f"{t},{n(c)},{r}%,{n(i)}" for t, c, r, i, *_ in R3],
    {
        "description": "Hand-edited CSV with unquoted thousands separators (小学校,7,051,37.5%,1,167): "
                       "rows with more fields than the header",
        "kind": "refused",
        "year": None,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "error_mentions": ["小学校"],
    }, ragged=True)

add("refuse_unknown_prefecture.csv",
    ["都道府県,導入校数,導入率"]
    + [f"{'大坂府' if p[1] == '大阪府' else p[1]},{p[4]},{p[5]}" for p in PREF]
    + ["全国,11856,33.3"],
    {
        "description": "A misspelt prefecture (大坂府 for 大阪府) in a 47-row table: not a prefecture",
        "kind": "refused",
        "year": None,
        "rows": PREFS[:26] + ["大坂府"] + PREFS[27:] + ["全国"],
        "error_mentions": ["大坂府"],
    })

add("refuse_no_programme_at_all.csv",
    ["学校種,校数,率,増減"]
    + [f"{t},{c},{r},{i}" for t, c, r, i, *_ in R3],
    {
        "description": "Generic 校数/率/増減 with no title, no group row and no file-name hint: no "
                       "programme is named anywhere",
        "kind": "refused",
        "year": None,
        "rows": ["幼稚園", "小学校", "中学校", "義務教育学校", "高等学校", "中等教育学校", "特別支援学校", "合計"],
        "error_mentions": ["校数"],
    })

add("refuse_duplicate_prefecture.csv",
    ["都道府県,導入校数"]
    + [f"{p[1]},{p[4]}" for p in PREF]
    + ["東京,418", "全国,11856"],
    {
        "description": "東京都 in its place and 東京 appended again before 全国: one prefecture twice",
        "kind": "refused",
        "year": None,
        "rows": PREFS + ["東京", "全国"],
        "error_mentions": ["東京"],
    })


# =============================================================================================
# Writing, then checking what was written against the hand-stated expectations
# =============================================================================================

TOTAL_LABELS = {"合計", "計", "総計", "全国", "合　　計"}
PLACEHOLDERS = {"", "-", "－", "…", "...", "・・・", "x", "χ"}
EXPECTED_KEYS = {
    "school-type": ["description", "kind", "year", "columns", "rows", "titles", "notes", "values"],
    "prefecture": ["description", "kind", "year", "columns", "rows", "titles", "notes", "values"],
    "year": ["description", "kind", "year", "columns", "rows", "titles", "notes", "values"],
    "school-records": ["description", "kind", "year", "columns", "titles", "notes"],
    "refused": ["description", "kind", "year", "rows", "error_mentions"],
}
MEANINGS = {"school_type", "prefecture", "prefecture_code", "year", "reference_date", "total_schools",
            "school_id", "school_name", "municipality", "cs_flag", "hq_flag", "similar_flag",
            "ignored", "empty"} | {f"{p}_{m}" for p in ("cs", "hq", "both", "similar")
                                   for m in ("schools", "rate_pct", "increase", "previous")}


def trim(s):
    return s.strip(" \t\u3000")


def blank(record):
    return all(trim(c) == "" for c in record)


def number(cell):
    """The cell as the number it reads, or None for a placeholder (for the checks only)."""
    s = trim(cell)
    if s in PLACEHOLDERS:
        return None
    s = unicodedata.normalize("NFKC", s).replace(",", "").replace("%", "").replace("△", "-")
    return Decimal(s)


def fail(name, message):
    sys.exit(f"{name}: check failed: {message}")


def check(name, data, expected, opt):
    if list(expected) != EXPECTED_KEYS[expected["kind"]]:
        fail(name, f"keys {list(expected)}")
    if opt["enc"] == "utf-16":
        text = data[2:].decode("utf-16-le")
    else:
        text = data.decode("utf-8-sig" if opt["enc"] == "utf-8" else opt["enc"])
    if name.endswith(".tsv") or opt["delim"] == "\t":
        delim = "\t"
    else:
        delim = ","
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True))
    nonblank = [r for r in records if not blank(r)]
    kind = expected["kind"]
    if kind == "refused":
        if expected["rows"]:
            labels = [trim(r[0]) for r in nonblank[opt["header_rows"]:]]
            if labels != expected["rows"]:
                fail(name, f"rows {labels}")
        if opt["ragged"] and not any(len(r) != len(nonblank[0]) for r in records):
            fail(name, "expected ragged rows")
        return
    columns = expected["columns"]
    if not set(columns) <= MEANINGS:
        fail(name, f"unknown meaning in {columns}")
    titles = expected["titles"]
    header = nonblank[titles + opt["header_rows"] - 1]
    body = nonblank[titles + opt["header_rows"]:]
    if len(header) != len(columns):
        fail(name, f"header has {len(header)} cells, columns lists {len(columns)}")
    for i, meaning in enumerate(columns):
        cells = [r[i] for r in body if len(r) == len(columns)]
        if meaning == "empty" and (trim(header[i]) or any(trim(c) for c in cells)):
            fail(name, f"column {i + 1} is not empty")
    if kind == "school-records":
        if len(body) < 10 or len(body) > 20 or expected["notes"] != 0:
            fail(name, "school records: 10-20 rows, no notes")
        for r in body:
            if len(r) != len(columns):
                fail(name, f"record of {len(r)} fields")
        return
    label_at = columns.index({"school-type": "school_type", "prefecture": "prefecture", "year": "year"}[kind])
    rows = expected["rows"]
    data_rows = body[:len(rows)]
    labels = [trim(r[label_at]) for r in data_rows]
    if labels != rows:
        fail(name, f"rows {labels}")
    for r in data_rows:
        if len(r) != len(columns):
            fail(name, f"row {r[label_at]!r} has {len(r)} fields")
    notes = body[len(rows):]
    if len(notes) != expected["notes"]:
        fail(name, f"{len(notes)} note lines, expected {expected['notes']}")
    by_label = {trim(r[label_at]): r for r in data_rows}
    for v in expected["values"]:
        cell = by_label[v["row"]][columns.index(v["column"])]
        got = number(cell)
        want = v["value"]
        if want is None:
            ok = got is None
        elif isinstance(want, int):
            ok = got == want and v["column"].endswith(("schools", "increase", "previous"))
        else:
            ok = v["column"].endswith("rate_pct") and got is not None and \
                got.quantize(Decimal("0.1"), ROUND_HALF_UP) == Decimal(want) and \
                (got.as_tuple().exponent < -1 or str(got) == want)
        if not ok:
            fail(name, f"{v} but the cell reads {cell!r}")
    if not 2 <= len(expected["values"]) <= 5:
        fail(name, "2-5 values")
    # Every count column adds up to the total row, exactly
    totals = [r for r in data_rows if trim(r[label_at]) in TOTAL_LABELS]
    if kind != "year":
        if len(totals) != 1:
            fail(name, "one total row")
        total = totals[0]
        for i, meaning in enumerate(columns):
            if meaning.endswith(("_schools", "_increase", "_previous")):
                parts = [number(r[i]) for r in data_rows if r is not total]
                printed = [p for p in parts if p is not None]
                if number(total[i]) is not None and printed and sum(printed) != number(total[i]):
                    fail(name, f"column {meaning} does not add up")


def main():
    # The data's own arithmetic, once, before anything is written
    def half_up(c, d):
        return str((Decimal(c * 100) / Decimal(d)).quantize(Decimal("0.1"), ROUND_HALF_UP))

    for k, row in enumerate(R3[:-1]):
        assert half_up(row[1], R3_DEN[k]) == row[2] and half_up(row[4], R3_DEN[k]) == row[5], row
        assert Decimal(R3_CS_FLOAT[k]).quantize(Decimal("0.1"), ROUND_HALF_UP) == Decimal(row[2])
        assert Decimal(R3_HQ_FLOAT[k]).quantize(Decimal("0.1"), ROUND_HALF_UP) == Decimal(row[5])
    assert sum(R3_DEN[:-1]) == R3_DEN[-1] and half_up(11856, R3_DEN[-1]) == "33.3"
    assert half_up(19471, R3_DEN[-1]) == "54.7"
    for k, row in enumerate(R5[:-1]):
        assert half_up(row[1], R5_DEN[k]) == row[2], row
    assert sum(R5_DEN[:-1]) == R5_DEN[-1] == 34687
    assert sum(R3_BOTH[:-1]) == R3_BOTH[-1] and sum(R3_SIMILAR[:-1]) == R3_SIMILAR[-1]
    for table in (R3, R2, R5):
        for col in range(1, len(table[0])):
            if isinstance(table[0][col], int):
                assert sum(r[col] for r in table[:-1]) == table[-1][col], (table[-1], col)
    assert [p[1] for p in PREF] == PREFS and [p[2] for p in PREF] == PREFS_SHORT
    assert [p.replace("\u3000", "") for p in PREFS_PADDED] == PREFS
    assert [p[0] for p in PREF] == [f"{k:02d}" for k in range(1, 48)]
    for p in PREF:
        assert half_up(p[4], p[3]) == p[5] and half_up(p[7], p[3]) == p[8], p
        assert p[4] - p[6] == p[11] >= 0 and p[7] <= p[3], p
    assert sum(p[3] for p in PREF) == 35579 and sum(p[4] for p in PREF) == 11856
    assert sum(p[6] for p in PREF) == 2068 and sum(p[7] for p in PREF) == 19471
    assert sum(p[9] or 0 for p in PREF) == 805 and sum(p[10] or 0 for p in PREF) == 137
    assert sum(p[11] for p in PREF) == 9788

    names = [c[0] for c in CORPUS]
    assert len(names) == len(set(names))
    for old in os.listdir(HERE):
        if old.endswith((".csv", ".tsv", ".txt", ".expected.json")):
            os.remove(os.path.join(HERE, old))
    for name, lines, expected, opt in CORPUS:
        data = encode(lines, opt["enc"], opt["bom"], opt["nl"], opt["final_nl"])
        check(name, data, expected, opt)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        stem = name.rsplit(".", 1)[0]
        with open(os.path.join(HERE, stem + ".expected.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(expected, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {len(CORPUS)} tables and {len(CORPUS)} expectations to {HERE}")


if __name__ == "__main__":
    main()
