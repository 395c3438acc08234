/// Keras's way of writing shapes: `(None, 28, 28)`, `(None, 10)`, `(3,)`.
enum KerasShape {
    static func text(_ shape: [Int?]) -> String {
        let parts = shape.map { $0.map(String.init) ?? "None" }
        return "(" + parts.joined(separator: ", ") + (parts.count == 1 ? ",)" : ")")
    }

    /// A concrete shape with its batch axis written `None`.
    static func text(_ shape: [Int], batch: Bool) -> String {
        text(batch ? [nil] + shape.dropFirst().map { Optional($0) } : shape.map { Optional($0) })
    }
}
