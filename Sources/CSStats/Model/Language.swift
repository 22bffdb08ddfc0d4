/// The language of headers and labels in output.
public enum Language: String, Sendable, CaseIterable {
    case japanese = "ja"
    case english = "en"
}
