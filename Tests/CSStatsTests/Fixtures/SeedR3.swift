/// Lines 5–20 of seeds/000_a5f39c7b70e2fb71.txt, verbatim: the R3 table by school type, with its
/// title and first two footnotes, as pasted from the ministry's document (tab separated). In this
/// text the title is line 1, 幼稚園 line 5, 小学校 line 6, 合計 line 12.
let seedR3Table = """
    コミュニティ・スクール及び地域学校協働本部の学校種別の内訳（令和3年度調査結果）

    \tコミュニティ・スクール\t\t\t地域学校協働本部\t\t
    \t導入校数\t導入率\t増加校数 (前年度比)\t整備校数\t整備率\t増加校数 (前年度比)
    幼稚園\t276\t9.8%\t39\t553\t19.5%\t53
    小学校\t7,051\t37.5%\t1,167\t12,570\t66.9%\t793
    中学校\t3,339\t36.5%\t618\t5,625\t61.5%\t419
    義務教育学校\t95\t66.0%\t19\t101\t70.1%\t18
    高等学校\t805\t22.9%\t137\t435\t12.4%\t49
    中等教育学校\t4\t11.8%\t1\t2\t5.9%\t0
    特別支援学校\t286\t26.0%\t87\t185\t16.8%\t9
    合計\t11,856\t33.3%\t2,068\t19,471\t54.7%\t1,341

    ※ 幼稚園には幼稚園型認定こども園を含む。

    ※ 学校数の母数は今回調査において教育委員会から回答のあった学校数としている。

    """

/// Lines 21–22 of the seed: the third footnote, naming the survey and its reference date.
let seedR3SourceNote = """

    ※ 文部科学省コミュニティ・スクール及び地域学校協働活動実施状況調査（2021年5月1日現在（地域学校協働本部は年度内の予定を含む））による。
    """
