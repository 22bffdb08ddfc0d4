/// A value axis from 0: a round top and round steps (1, 2, 2.5 or 5 times a power of ten).
///
/// Rates always run 0–100%, so bars and lines of different charts compare at a glance; counts
/// run to the first round number at or above the largest count.
struct Axis: Sendable, Equatable {
    /// The value at the axis's end.
    var top: Int
    /// The distance between ticks.
    var step: Int

    /// The 0–100 axis of rates in percent, a tick every 20.
    static let percent = Axis(top: 100, step: 20)

    init(top: Int, step: Int) {
        self.top = top
        self.step = step
    }

    /// An axis for counts up to `maximum`, with about `ticks` steps.
    ///
    /// - Parameters:
    ///   - maximum: the largest value drawn; 0 or less gives the axis 0–1.
    ///   - ticks: the number of steps wanted.
    init(upTo maximum: Int, about ticks: Int = 5) {
        guard maximum > 0 else {
            self.init(top: 1, step: 1)
            return
        }
        let rough = max(maximum / max(ticks, 1), 1)
        var power = 1
        while power * 10 <= rough { power *= 10 }
        // The smallest round step at or above the rough step; 2.5 × 10^k only where it is whole.
        var candidates = [power, 2 * power, 5 * power, 10 * power]
        if power >= 10 { candidates.insert(5 * power / 2, at: 2) }
        let step = candidates.first { $0 >= rough } ?? 10 * power
        let top = (maximum + step - 1) / step * step
        self.init(top: top, step: step)
    }

    /// The tick values from 0 to the top.
    var ticks: [Int] { Array(stride(from: 0, through: top, by: step)) }

    /// The top as a ratio, the amount of a full-length bar.
    var scale: Ratio { Ratio(numerator: top, positiveDenominator: 1) }
}
