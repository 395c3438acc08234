/// How containers report their references to the cycle collector (PyObject.visitReferences).
/// Each helper first makes its storage unique: a Swift buffer shared copy-on-write between
/// two owners (a tuple made from a list's items, a copied dict) holds one count per element
/// for all of them, so reporting it from each owner would count a reference twice. Making it
/// unique copies it only in that rare case; the semantics are unchanged.
extension Array where Element == Value {
    mutating func visitObjects(_ visit: (PyObject) -> Void) {
        withUnsafeMutableBufferPointer { buffer in
            for i in buffer.indices {
                if case .object(let o) = buffer[i] { visit(o) }
            }
        }
    }
}

extension Array where Element == HashKey {
    mutating func visitKeys(_ visit: (PyObject) -> Void) {
        withUnsafeMutableBufferPointer { buffer in
            for i in buffer.indices {
                if case .object(let o) = buffer[i].value { visit(o) }
            }
        }
    }
}

extension Array where Element == HashKey? {
    mutating func visitKeys(_ visit: (PyObject) -> Void) {
        withUnsafeMutableBufferPointer { buffer in
            for i in buffer.indices {
                if case .object(let o)? = buffer[i]?.value { visit(o) }
            }
        }
    }
}

extension Dictionary where Key == HashKey {
    mutating func visitKeys(_ visit: (PyObject) -> Void) {
        reserveCapacity(count)  // makes the storage unique
        for key in keys {
            if case .object(let o) = key.value { visit(o) }
        }
    }
}

extension Array where Element == PyCell {
    mutating func visitCells(_ visit: (PyObject) -> Void) {
        withUnsafeMutableBufferPointer { buffer in
            for i in buffer.indices { visit(buffer[i]) }
        }
    }
}
