/// Why reading or writing an array file failed, with NumPy's exception class and wording.
///
/// The binding raises ``pythonExceptionName`` with ``description`` as the message.
public enum NPYError: Error, Equatable, CustomStringConvertible {
    /// The buffer does not hold `product(shape)` elements (`ValueError`).
    case sizeMismatch(shape: [Int], count: Int)
    /// A malformed `.npy` header or payload (`ValueError`), e.g.
    /// `the magic string is not correct; expected b'\x93NUMPY', got b'PK\x03\x04\x14\x00'`.
    case invalidFormat(String)
    /// A dtype we cannot hold, e.g. `'<c16'` (`ValueError`).
    case unsupportedDType(String)
    /// A malformed zip archive (`zipfile.BadZipFile`).
    case badZipFile(String)
    /// A missing `.npz` member (`KeyError: 'x is not a file in the archive'`).
    case missingMember(String)
    /// File system failure (`FileNotFoundError`, `OSError`): errno text and path.
    case fileSystem(pythonName: String, message: String)
    /// Text parsing or formatting failure (`ValueError`), e.g.
    /// `could not convert string 'x' to float64 at row 0, column 3.`
    case text(String)
    /// Work stopped by what ``Interrupt/checkpoint()`` reported: the user's interrupt
    /// (`KeyboardInterrupt`) or the kernel's memory ceiling.
    case stopped(TensorError)

    public var pythonExceptionName: String {
        switch self {
        case .sizeMismatch, .invalidFormat, .unsupportedDType, .text: "ValueError"
        case .badZipFile: "BadZipFile"
        case .missingMember: "KeyError"
        case .fileSystem(let name, _): name
        case .stopped(let e): e.pythonName
        }
    }

    public var description: String {
        switch self {
        case .sizeMismatch(let shape, let count):
            let tuple = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
            return "cannot reshape array of size \(count) into shape \(tuple)"
        case .invalidFormat(let m), .unsupportedDType(let m), .badZipFile(let m), .text(let m):
            return m
        case .missingMember(let name):
            return "'\(name) is not a file in the archive'"
        case .fileSystem(_, let message):
            return message
        case .stopped(let e):
            return e.message
        }
    }
}
