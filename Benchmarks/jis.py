"""Shared tables for the benchmark scripts (not product code).

PREFECTURES: the 47 prefectures in JIS X 0401 order (code = index + 1),
with an approximate population (2020 census, units of 10,000) used only as a
sampling weight by generate_schools.py.

SCHOOL_TYPES: the seven school types in the survey's order, with the share
used by generate_schools.py and English aliases accepted by compare_groupby.py.
"""

PREFECTURES = [
    ("北海道", 522), ("青森県", 124), ("岩手県", 121), ("宮城県", 230),
    ("秋田県", 96), ("山形県", 107), ("福島県", 183), ("茨城県", 287),
    ("栃木県", 193), ("群馬県", 194), ("埼玉県", 734), ("千葉県", 628),
    ("東京都", 1405), ("神奈川県", 924), ("新潟県", 220), ("富山県", 103),
    ("石川県", 113), ("福井県", 77), ("山梨県", 81), ("長野県", 205),
    ("岐阜県", 198), ("静岡県", 363), ("愛知県", 754), ("三重県", 177),
    ("滋賀県", 141), ("京都府", 258), ("大阪府", 884), ("兵庫県", 547),
    ("奈良県", 132), ("和歌山県", 92), ("鳥取県", 55), ("島根県", 67),
    ("岡山県", 189), ("広島県", 280), ("山口県", 134), ("徳島県", 72),
    ("香川県", 95), ("愛媛県", 133), ("高知県", 69), ("福岡県", 514),
    ("佐賀県", 81), ("長崎県", 131), ("熊本県", 174), ("大分県", 112),
    ("宮崎県", 107), ("鹿児島県", 159), ("沖縄県", 147),
]
assert len(PREFECTURES) == 47

PREFECTURE_NAMES = [name for name, _ in PREFECTURES]

# (label, share in percent, English aliases)
SCHOOL_TYPES = [
    ("幼稚園", 8.0, ("kindergarten",)),
    ("小学校", 53.0, ("elementary", "elementary-school", "primary")),
    ("中学校", 26.0, ("lower-secondary", "junior-high", "juniorhigh", "middle")),
    ("義務教育学校", 0.5, ("compulsory", "compulsory-education")),
    ("高等学校", 10.0, ("upper-secondary", "high", "high-school", "senior-high")),
    ("中等教育学校", 0.1, ("secondary", "secondary-education")),
    ("特別支援学校", 3.0, ("special-needs", "special-support", "special")),
]
SCHOOL_TYPE_NAMES = [label for label, _, _ in SCHOOL_TYPES]


def prefecture_name(value: str) -> str:
    """Map a JIS code (1, 01, 13) or a name with/without suffix to the full name."""
    v = value.strip()
    if v.isdigit():
        code = int(v)
        if 1 <= code <= 47:
            return PREFECTURE_NAMES[code - 1]
        return v
    if v in PREFECTURE_NAMES:
        return v
    for name in PREFECTURE_NAMES:
        if name != "北海道" and name[:-1] == v:
            return name
    return v


def school_type_name(value: str) -> str:
    """Map a Japanese label, a 1-based index in survey order, or an English alias."""
    v = value.strip()
    if v in SCHOOL_TYPE_NAMES:
        return v
    if v.isdigit() and 1 <= int(v) <= 7:
        return SCHOOL_TYPE_NAMES[int(v) - 1]
    key = v.lower().replace("_", "-").replace(" ", "-")
    for label, _, aliases in SCHOOL_TYPES:
        if key in aliases:
            return label
    return v
