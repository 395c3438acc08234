/// `bytes`: kept minimal (literals, len, decode, indexing) for file and text examples.
public final class PyBytes: PyObject {
    public let bytes: [UInt8]
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(type: BuiltinTypes.bytes)
    }
}
