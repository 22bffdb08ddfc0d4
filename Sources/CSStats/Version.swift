public enum CSStatsVersion { public static let string = "0.1.0" }
