/// Numbers in SVG and CSS, formatted the same way on every machine: at most two decimals,
/// no trailing zeros, no exponent, no negative zero (`12`, `12.5`, `0.25`, `-3.1`).
enum Decimal {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((value * 100).rounded())
        if hundredths == 0 { return "0" }
        let negative = hundredths < 0
        let magnitude = negative ? -hundredths : hundredths
        let whole = magnitude / 100
        let fraction = magnitude % 100
        var text = negative ? "-" : ""
        text += String(whole)
        if fraction != 0 {
            text += "."
            if fraction % 10 == 0 {
                text += String(fraction / 10)
            } else {
                if fraction < 10 { text += "0" }
                text += String(fraction)
            }
        }
        return text
    }
}
