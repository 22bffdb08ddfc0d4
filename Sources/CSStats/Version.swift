/// The version of cs-stats, as `cs-stats --version` prints it.
public enum CSStatsVersion {
    /// The semantic version string.
    public static let string = "0.1.0"
}
