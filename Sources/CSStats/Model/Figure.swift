/// One published figure: a number, a placeholder, or nothing because the column is not there.
///
/// Missing is never zero: a table that prints － for a count has said something different from
/// one that prints 0, and both differ from a table that has no such column.
public enum Figure: Sendable, Hashable {
    /// A number as published: a count (scale 0) or a rate in percent as printed.
    case value(FixedDecimal)
    /// A placeholder mark or an empty cell.
    case missing(Placeholder)
    /// The table has no such column.
    case unpublished

    /// The number, if there is one.
    public var value: FixedDecimal? {
        if case .value(let v) = self { return v }
        return nil
    }

    /// The whole number, if this is a count.
    public var integer: Int? {
        if case .value(let v) = self, v.scale == 0 { return v.units }
        return nil
    }
}
