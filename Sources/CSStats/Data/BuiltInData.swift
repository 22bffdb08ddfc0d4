/// The R3 (令和3年度) table, the national series and the reference page's further figures,
/// compiled in so `cs-stats summary` and `cs-stats report` need no file.
///
/// The texts are `Data/cs_r3_2021.csv`, `Data/municipalities.csv`, `Data/cs_series.csv` and
/// `Data/headline_figures.csv` verbatim; a test keeps them identical.
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

    /// `Data/cs_series.csv`: the national series 2005–2024, years as rows.
    public static let seriesCSV = """
year,reference_date,cs_schools,cs_rate_pct,cs_increase,hq_schools,hq_rate_pct,hq_increase,both_schools,similar_schools,total_schools
2005,,17,,,,,,,,
2006,2006-12-15,124,,,,,,,,
2009,2009-04-01,478,,132,,,,,,
2010,2010-04-01,629,,154,,,,,,
2011,,789,,160,,,,,,
2012,2012-04-01,1183,,,,,,,,
2013,2013-04-01,1570,,,,,,,,
2014,2014-04-01,1919,,349,,,,,,
2015,2015-04-01,2389,,470,,,,,5135,
2016,2016-04-01,2806,,417,,,,,,
2017,2017-04-01,3600,,794,,,,,,
2018,2018-04-01,5432,,1832,,,,,,
2019,2019-05-01,7601,21.3,2169,14390,50.5,,4015,,
2020,2020-07-01,9788,27.2,2187,17066,60.3,2676,6524,,36015
2021,2021-05-01,11856,33.3,2068,19471,54.7,1341,8528,6859,
2022,2022-05-01,15221,42.9,3365,20568,57.9,1097,11180,,
2023,2023-05-01,18135,52.3,2914,21144,61.0,576,13486,,34687
2024,2024-05-01,20153,58.7,2018,,,,,,

"""

    /// The file name the built-in series is reported as.
    public static let seriesName = "Data/cs_series.csv (built in)"

    /// `Data/headline_figures.csv`: figures of the reference page that no table holds.
    public static let headlineFiguresCSV = """
year,reference_date,figure,value,printed_as,source
2021,2021-05-01,prefectures_with_cs_schools,46,"46都道府県内 11,856校",SEED-R3
2021,2021-05-01,prefectures_with_cs_establishers,46,"46都道府県内 1,041自治体",SEED-R3
2021,2021-05-01,prefectures_with_hq_schools,46,"46都道府県内 19,471校",SEED-R3
2021,2021-05-01,cs_multiple_base_not_stated,12.3,12.3倍,SEED-R3
2021,2021-05-01,cs_multiple_base_not_stated,13.6,13.6倍,SEED-R3

"""
}
