/// `bytes`, and `bytearray` (the same storage under the mutable type; only bytearray's methods
/// change `bytes`). Methods are in Builtins+Bytes.swift.
public final class PyBytes: PyObject {
    public var bytes: [UInt8]
    public init(_ bytes: [UInt8], type: PyType = BuiltinTypes.bytes) {
        self.bytes = bytes
        super.init(type: type)
    }
}
