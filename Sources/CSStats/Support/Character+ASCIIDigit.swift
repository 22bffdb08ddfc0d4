extension Character {
    /// Whether the character is an ASCII digit, 0 to 9 (not a full-width or other digit).
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
