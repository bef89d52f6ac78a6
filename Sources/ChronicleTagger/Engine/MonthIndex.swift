/// A month counted from year 0, so months can be added across years.
struct MonthIndex: Hashable, Sendable {
    var value: Int

    init(year: Int, month: Int) { value = year * 12 + month - 1 }
    init(value: Int) { self.value = value }

    var year: Int { value >= 0 ? value / 12 : (value - 11) / 12 }
    var month: Int { value - year * 12 + 1 }
}
