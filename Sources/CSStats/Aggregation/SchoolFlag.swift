/// A yes/no cell of a school-level record: whether the school has CS, an HQ, a similar mechanism.
public enum SchoolFlag {
    /// Parses the spellings survey files use: 0/1, true/false, yes/no, y/n, ○/×, 有/無, 設置/未設置,
    /// あり/なし (case-insensitive, full width folded, spaces trimmed).
    ///
    /// - Returns: the flag, or `nil` when the text is not a flag (an empty cell is not "no").
    public static func parse(_ text: String) -> Bool? {
        switch LabelText.foldedLowercase(text) {
        case "1", "true", "t", "yes", "y", "○", "◯", "〇", "有", "あり", "設置", "導入", "整備", "済": true
        case "0", "false", "f", "no", "n", "×", "✕", "無", "なし", "未設置", "未導入", "未整備", "未": false
        default: nil
        }
    }
}
