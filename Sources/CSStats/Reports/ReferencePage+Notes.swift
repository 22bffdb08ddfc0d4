extension ReferencePage {
    /// The reference page's notes that define what is counted: words of the survey, not
    /// figures, quoted as the ministry prints them (the seed document), with an English
    /// rendering. Dates in them come from the table's reference date.
    enum Note {
        /// ※ 幼稚園には幼稚園型認定こども園を含む。
        static let kindergarten = (
            ja: "※ 幼稚園には幼稚園型認定こども園を含む。",
            en: "Note: kindergartens include kindergarten-type centres for early childhood education and care (幼稚園型認定こども園).")
        /// ※ 学校数の母数は…回答のあった学校数としている。
        static let denominator = (
            ja: "※ 学校数の母数は今回調査において教育委員会から回答のあった学校数としている。",
            en: "Note: the denominator is the number of schools for which boards of education answered this survey.")
        /// ※ ここでいうコミュニティ・スクールは…第47条の5に規定された学校運営協議会が置かれた学校を指す。
        static let csDefinition = (
            ja: "※ ここでいうコミュニティ・スクールは、「地方教育行政の組織及び運営に関する法律」第47条の5に規定された学校運営協議会が置かれた学校を指す。",
            en: "Note: a community school here is a school with a school management council under Article 47-5 of the Act on the Organization and Operation of Local Educational Administration.")
        /// ※ 自治体とは、公立学校設置者のこと。
        static let establishers = (
            ja: "※ 自治体とは、公立学校設置者のこと。",
            en: "Note: establishers (自治体) are the prefectures, municipalities and school unions that run public schools.")
        /// ※ ここでいう地域学校協働本部とは、国庫補助による活動か否かを問わない。
        static let hqFunding = (
            ja: "※ ここでいう地域学校協働本部とは、国庫補助による活動か否かを問わない。",
            en: "Note: regional school cooperation HQ are counted whether or not their activities are funded by the national government.")
        /// ※ 「地域学校協働本部が整備されている」とは…
        static let hqCoverage = (
            ja: "※ 「地域学校協働本部が整備されている」とは、地域学校協働本部のコーディネートのもとで様々な地域学校協働活動が行われている状態を言い、必ずしも学校ごとに組織化されていたり、会議体や事務室があるものではない。",
            en: "Note: a school is covered by an HQ when varied regional school cooperation activities take place under an HQ's coordination; there need not be a body, a meeting or an office for each school.")
        /// ※ …類似の仕組みについては集計の対象外としている。
        static let similarExcluded = (
            ja: "※ 今回調査で定義しているコミュニティ・スクール及び地域学校協働本部ではない、その他の地域独自で取り組まれている類似の仕組みについては集計の対象外としている。",
            en: "Note: similar mechanisms set up locally, which are not community schools or HQ as the survey defines them, are not counted here.")
        /// ※ 単位未満を四捨五入しているため…
        static let rounding = (
            ja: "※ 単位未満を四捨五入しているため、2ヶ年の積み上げの合計と内訳の合計とは一致しない場合がある。",
            en: "Note: rates are rounded half up, so sums of rounded parts may differ from the rounded whole.")
        /// The definition of 類似の仕組み, two points.
        static let similarDefinition = [
            (ja: "法律に基づく学校運営協議会制度ではないものの、学校ごと又は中学校区単位ごとに、教育委員会や学校が作成する要綱等により設置されている、地域住民及び保護者が学校運営や教育活動について協議し、意見を述べる会議体。",
             en: "A council, not the statutory school management council, set up for a school or a lower secondary school district under guidelines of the board of education or the school, in which residents and parents discuss and give their views on the school's running and teaching."),
            (ja: "学校評議員（学校教育法施行規則第49条に基づくもの）や学校関係者評価のみを行うことを目的とした委員会等は含まない。",
             en: "School councillors (under Article 49 of the Ordinance for Enforcement of the School Education Act) and committees only for school stakeholder evaluation are not included."),
        ]

        /// ※ 文部科学省…調査（2021年5月1日現在（地域学校協働本部は年度内の予定を含む））による。
        static func survey(_ date: ReferenceDate?, hqPlans: Bool, _ language: Language) -> String {
            if language == .japanese {
                let when = date.map { "（\($0.gregorianJapaneseLabel)現在\(hqPlans ? "（地域学校協働本部は年度内の予定を含む）" : "")）" } ?? ""
                return "※ 文部科学省コミュニティ・スクール及び地域学校協働活動実施状況調査\(when)による。"
            }
            let when = date.map { " (as of \($0.englishLabel)\(hqPlans ? "; HQ include those planned within the year" : ""))" } ?? ""
            return "Source: \(SurveySource.surveyName(.english))\(when)."
        }

        /// ※母数は令和3年5月1日調査で各教育委員会から報告があった学校数。
        static func surveyDenominator(_ date: ReferenceDate?, _ language: Language) -> String {
            language == .japanese
                ? "※ 母数は\(date.map { "\($0.japaneseLabel)" } ?? "")調査で各教育委員会から報告があった学校数。"
                : "Note: the denominator is the number of schools reported by boards of education in the survey\(date.map { " of \($0.englishLabel)" } ?? "")."
        }
    }
}
