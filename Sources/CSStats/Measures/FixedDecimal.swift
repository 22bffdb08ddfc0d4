/// A decimal number as a table prints it: a whole number of units at a fixed number of decimals.
///
/// Published rates are already rounded ("9.8%"), so they are kept exactly as printed rather than
/// as a `Double`, which cannot hold 9.8 and blurs the half-up boundaries that checks depend on.
/// `units` and `scale` record the printed form, so "12.0" prints back as "12.0"; equality,
/// hashing and ordering go by numeric value, so `FixedDecimal("9.8") == FixedDecimal("9.80")`.
public struct FixedDecimal: Sendable {
    /// The largest supported scale.
    ///
    /// At 17 decimals a percentage's factor, 10^(scale + 2), still fits in one `UInt`, which
    /// keeps every rounding and bounding computation to two-word integer arithmetic.
    public static let maximumScale = 17

    /// The value times 10^`scale`: 98 for 9.8.
    public var units: Int

    /// The number of digits after the decimal point, from 0 to ``maximumScale``: 1 for 9.8,
    /// 0 for 12.
    public var scale: Int

    /// Creates a decimal from its units and scale: `FixedDecimal(units: 98, scale: 1)` is 9.8.
    ///
    /// - Parameters:
    ///   - units: the value times 10^`scale`.
    ///   - scale: the number of decimals, from 0 to ``maximumScale``.
    public init(units: Int, scale: Int) {
        precondition((0...Self.maximumScale).contains(scale), "scale \(scale) out of range")
        self.units = units
        self.scale = scale
    }

    /// Parses a plain ASCII decimal: an optional sign, digits, and optionally a point followed by
    /// more digits ("9.8", "-3", "0.05", "+1.5", "12.0").
    ///
    /// Strict on purpose: full-width digits, separators, percent signs and placeholders belong to
    /// the table reader, which knows where a cell came from and can report it.
    ///
    /// - Parameter text: the number, with no surrounding spaces.
    /// - Returns: `nil` for anything else: "", ".", "1.", ".5", "1.2.3", "1e3", "1,000", more than
    ///   ``maximumScale`` decimals, or a value whose units overflow `Int`.
    /// - Complexity: O(*n*) for *n* characters.
    public init?(_ text: String) {
        var bytes = Substring(text).utf8[...]
        var negative = false
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            negative = sign == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var units = 0, scale = 0, integerDigits = 0, sawPoint = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                // Accumulating towards the sign lets "-9223372036854775808" parse.
                let digit = Int(byte - UInt8(ascii: "0"))
                let (shifted, overflowA) = units.multipliedReportingOverflow(by: 10)
                let (next, overflowB) = negative
                    ? shifted.subtractingReportingOverflow(digit)
                    : shifted.addingReportingOverflow(digit)
                guard !overflowA, !overflowB else { return nil }
                units = next
                if sawPoint {
                    scale += 1
                    guard scale <= Self.maximumScale else { return nil }
                } else {
                    integerDigits += 1
                }
            case UInt8(ascii: ".") where !sawPoint:
                sawPoint = true
            default:
                return nil
            }
        }
        guard integerDigits > 0, !sawPoint || scale > 0 else { return nil }
        self.init(units: units, scale: scale)
    }

    /// Returns the same value at another scale, if that is exact.
    ///
    /// Raising the scale appends zeros (9.8 → 9.80); lowering it only drops zeros (12.0 → 12).
    /// Rounding is never done here: it belongs to ``Ratio/rounded(scale:)``.
    ///
    /// - Parameter scale: the new number of decimals.
    /// - Returns: the rescaled value, or `nil` when a non-zero digit would be lost, the units
    ///   would overflow, or `scale` is outside 0...``maximumScale``.
    public func rescaled(to scale: Int) -> FixedDecimal? {
        guard (0...Self.maximumScale).contains(scale) else { return nil }
        if scale >= self.scale {
            let factor = Int(Self.powerOfTen(scale - self.scale))
            let (scaled, overflow) = units.multipliedReportingOverflow(by: factor)
            return overflow ? nil : FixedDecimal(units: scaled, scale: scale)
        }
        let factor = Int(Self.powerOfTen(self.scale - scale))
        guard units % factor == 0 else { return nil }
        return FixedDecimal(units: units / factor, scale: scale)
    }

    /// The exact value as a ratio with denominator 10^`scale`: 9.8 is 98/10.
    public var exactRatio: Ratio {
        Ratio(numerator: units, positiveDenominator: Int(Self.powerOfTen(scale)))
    }

    /// The same value with trailing fractional zeros removed, so equal values hash alike.
    var normalized: FixedDecimal {
        var result = self
        while result.scale > 0 && result.units % 10 == 0 {
            result.units /= 10
            result.scale -= 1
        }
        return result
    }

    /// 10^`exponent` for `exponent` in 0...19, the range a `UInt` holds.
    static func powerOfTen(_ exponent: Int) -> UInt {
        precondition((0...19).contains(exponent), "10^\(exponent) does not fit in UInt")
        var result: UInt = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}

extension FixedDecimal: Hashable {
    /// Whether two decimals have the same numeric value, whatever their scales: 9.8 == 9.80.
    public static func == (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool {
        lhs.exactRatio == rhs.exactRatio
    }

    /// Hashes the numeric value, so that 9.8 and 9.80 hash alike.
    public func hash(into hasher: inout Hasher) {
        let value = normalized
        hasher.combine(value.units)
        hasher.combine(value.scale)
    }
}

extension FixedDecimal: Comparable {
    /// Whether the left value is numerically smaller: 9.75 < 9.8.
    public static func < (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool {
        lhs.exactRatio < rhs.exactRatio
    }
}

extension FixedDecimal: CustomStringConvertible {
    /// The number as printed, keeping its scale: "9.8", "12.0", "-0.1", "0.05".
    public var description: String {
        // Written from the last digit back into a few bytes on the stack: at least one digit
        // before the point, `scale` after it (20 digits, a point, a sign: 40 bytes hold them).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { buffer in
            var at = buffer.count
            var rest = units.magnitude
            var written = 0
            repeat {
                if written == scale, scale > 0 {
                    at -= 1
                    buffer[at] = UInt8(ascii: ".")
                }
                at -= 1
                buffer[at] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                written += 1
            } while rest > 0 || written <= scale
            if units < 0 {
                at -= 1
                buffer[at] = UInt8(ascii: "-")
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[at...]), as: UTF8.self)
        }
    }
}
