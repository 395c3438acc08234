/// A weak reference to an Axes, for the list of twins that share an Axes' x axis.
final class WeakAxes {
    weak var value: Axes?
    init(_ a: Axes) { value = a }
}
