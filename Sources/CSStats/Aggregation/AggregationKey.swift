/// What school-level records can be grouped by.
public enum AggregationKey: String, Sendable, CaseIterable, Hashable {
    case year
    case prefecture
    case municipality
    case schoolType = "school-type"

    /// Parses a comma-separated `--by` list: `year,prefecture,school-type`.
    ///
    /// - Returns: the keys in the order given, or `nil` for an unknown or repeated key.
    public static func parseList(_ text: String) -> [AggregationKey]? {
        var keys: [AggregationKey] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingCharacters(in: " ").replacingOccurrences(of: "_", with: "-")
            guard let key = AggregationKey(rawValue: name == "type" ? "school-type" : name),
                  !keys.contains(key) else { return nil }
            keys.append(key)
        }
        return keys.isEmpty ? nil : keys
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        var s = self
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
