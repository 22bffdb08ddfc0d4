extension Int {
    /// This integer in decimal with a comma between groups of three digits, as the ministry's
    /// tables print counts: `11856.groupedDecimal == "11,856"`, `(-2068).groupedDecimal == "-2,068"`.
    ///
    /// The same in every locale, because the output must match the published figures byte for
    /// byte, not the reader's conventions.
    ///
    /// - Complexity: O(*d*) for *d* digits.
    public var groupedDecimal: String {
        // `magnitude` keeps `Int.min` printable: its negation does not fit in `Int`.
        let digits = Array(String(magnitude).utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count + digits.count / 3 + 1)
        if self < 0 { bytes.append(UInt8(ascii: "-")) }
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(digit)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
