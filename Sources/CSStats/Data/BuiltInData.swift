/// The R3 (令和3年度) table, compiled in so `cs-stats summary` needs no file.
///
/// The text is `Data/cs_r3_2021.csv` and `Data/municipalities.csv` verbatim; a test keeps them identical.
public enum BuiltInData {
    /// `Data/cs_r3_2021.csv`.
    public static let r3CSV = """
year,reference_date,school_type,total_schools,cs_schools,cs_rate_pct,cs_increase,hq_schools,hq_rate_pct,hq_increase,both_schools,similar_schools
2021,2021-05-01,幼稚園,,276,9.8,39,553,19.5,53,155,431
2021,2021-05-01,小学校,,7051,37.5,1167,12570,66.9,793,5543,3919
2021,2021-05-01,中学校,,3339,36.5,618,5625,61.5,419,2556,1869
2021,2021-05-01,義務教育学校,,95,66.0,19,101,70.1,18,70,16
2021,2021-05-01,高等学校,,805,22.9,137,435,12.4,49,124,486
2021,2021-05-01,中等教育学校,,4,11.8,1,2,5.9,0,0,7
2021,2021-05-01,特別支援学校,,286,26.0,87,185,16.8,9,80,131
2021,2021-05-01,合計,,11856,33.3,2068,19471,54.7,1341,8528,6859

"""

    /// `Data/municipalities.csv`.
    public static let municipalitiesCSV = """
year,reference_date,establishers_with_cs,prefectures,municipalities,school_unions,rate_pct
2021,2021-05-01,1041,32,998,11,57.4

"""

    /// The file name the built-in table is reported as.
    public static let r3Name = "Data/cs_r3_2021.csv (built in)"
}
