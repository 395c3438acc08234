import Foundation

/// matplotlib's `transforms.nonsingular`: widens a degenerate or tiny interval so that locators
/// and transforms never divide by zero. `(3, 3)` becomes `(2.997, 3.003)`; `(0, 0)` becomes `(-0.001, 0.001)`
/// with the default expander 0.001 used for view limits.
enum Nonsingular {
    static func expand(_ vmin0: Double, _ vmax0: Double, expander: Double = 0.001, tiny: Double = 1e-15) -> (Double, Double) {
        guard vmin0.isFinite, vmax0.isFinite else { return (-expander, expander) }
        var vmin = vmin0, vmax = vmax0
        var swapped = false
        if vmax < vmin { swap(&vmin, &vmax); swapped = true }
        let maxabs = max(abs(vmin), abs(vmax))
        if maxabs < 1e6 / 1.7976931348623157e308 {  // ~ float min
            vmin = -expander; vmax = expander
        } else if vmax - vmin <= maxabs * tiny {
            if vmax == 0 && vmin == 0 {
                vmin = -expander; vmax = expander
            } else {
                vmin -= expander * abs(vmin)
                vmax += expander * abs(vmax)
            }
        }
        if swapped { swap(&vmin, &vmax) }
        return (vmin, vmax)
    }
}
