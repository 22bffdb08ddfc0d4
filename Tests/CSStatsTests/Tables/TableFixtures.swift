@testable import CSStats

/// Small survey tables written out by hand for the table tests.
enum TableFixtures {
    /// Six prefectures with figures chosen for ranks and map classes: 北海道 and 青森県 tie at
    /// 80.0%, 宮城県 has none, 山形県 prints － for its count.
    static let prefectureCSV = """
        year,prefecture,total_schools,cs_schools,cs_increase
        2021,北海道,100,80,10
        2021,青森県,200,160,20
        2021,岩手県,300,150,-5
        2021,宮城県,400,0,0
        2021,秋田県,1000,199,3
        2021,山形県,50,－,－
        2021,合計,2050,589,28

        """

    /// The table of a CSV text.
    static func table(_ csv: String, file: String = "fixture.csv") -> SurveyTable {
        let input = DecodedInput(utf8: Array(csv.utf8))
        return try! SurveyTable.read(DelimitedTable(input: input, delimiter: UInt8(ascii: ","), file: file))[0]
    }

    /// The R2 CS table as in `Data/cs_r2_2020.csv`.
    static let r2CSV = """
        year,reference_date,school_type,total_schools,cs_schools,cs_rate_pct,cs_increase
        2020,2020-07-01,幼稚園,,237,7.8,40
        2020,2020-07-01,小学校,,5884,31.0,1266
        2020,2020-07-01,中学校,,2721,29.5,622
        2020,2020-07-01,義務教育学校,,76,62.8,26
        2020,2020-07-01,高等学校,,668,18.9,161
        2020,2020-07-01,中等教育学校,,3,9.1,0
        2020,2020-07-01,特別支援学校,,199,18.3,72
        2020,2020-07-01,合計,36015,9788,27.2,2187

        """
}
