import Foundation
import Testing
@testable import Tensor

/// np.loadtxt / np.genfromtxt / np.savetxt against NumPy's own results
/// (Fixtures/io/text_cases.json from generate_io_fixtures.py): same arrays, same error
/// messages, byte-identical savetxt output.
@Suite struct NPYTextTests {
    enum Kw: Decodable, Equatable {
        case text(String), number(Double), list([Kw]), none
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .none }
            else if let d = try? c.decode(Double.self) { self = .number(d) }
            else if let s = try? c.decode(String.self) { self = .text(s) }
            else { self = .list(try c.decode([Kw].self)) }
        }
        var int: Int? { if case .number(let d) = self { Int(d) } else { nil } }
        var string: String? { if case .text(let s) = self { s } else { nil } }
        var ints: [Int]? { if case .list(let items) = self { items.compactMap(\.int) } else { nil } }
        var strings: [String]? {
            switch self {
            case .text(let s): [s]
            case .list(let items): items.compactMap(\.string)
            default: nil
            }
        }
    }
    struct Case: Decodable {
        let fn: String
        let text: String?
        let kw: [String: Kw]
        let expect: NPYFileTests.Described?
        let array: NPYFileTests.Described?
        let expect_text: String?
        let error: String?
    }
    struct Fixture: Decodable { let cases: [Case] }

    static func dtype(_ kw: Kw?) -> NPYTextDType {
        switch kw?.string {
        case "int64": .int64
        case "float32": .float32
        default: .float64
        }
    }

    static func run(_ c: Case) throws -> Result<String, NPYError> {
        do throws(NPYError) {
            switch c.fn {
            case "loadtxt":
                var o = NPYLoadtxtOptions(dtype: dtype(c.kw["dtype"]))
                o.delimiter = c.kw["delimiter"]?.string
                if let comments = c.kw["comments"]?.string { o.comments = [comments] }
                o.skiprows = c.kw["skiprows"]?.int ?? 0
                o.usecols = c.kw["usecols"]?.ints
                o.ndmin = c.kw["ndmin"]?.int ?? 0
                o.maxRows = c.kw["max_rows"]?.int
                return .success(describe(try NPYText.loadtxt(c.text ?? "", o)))
            case "genfromtxt":
                var o = NPYGenfromtxtOptions(dtype: dtype(c.kw["dtype"]))
                o.delimiter = c.kw["delimiter"]?.string
                o.skipHeader = c.kw["skip_header"]?.int ?? 0
                o.skipFooter = c.kw["skip_footer"]?.int ?? 0
                o.usecols = c.kw["usecols"]?.ints
                if case .number(let fill)? = c.kw["filling_values"] { o.fillingValue = fill }
                return .success(describe(try NPYText.genfromtxt(c.text ?? "", o)))
            default:
                guard let array = c.array?.expected else { return .success("<bad fixture>") }
                var o = NPYSavetxtOptions()
                if let fmt = c.kw["fmt"]?.strings { o.fmt = fmt }
                if let s = c.kw["delimiter"]?.string { o.delimiter = s }
                if let s = c.kw["newline"]?.string { o.newline = s }
                if let s = c.kw["header"]?.string { o.header = s }
                if let s = c.kw["footer"]?.string { o.footer = s }
                if let s = c.kw["comments"]?.string { o.comments = s }
                return .success(try NPYText.savetxt(array, o))
            }
        } catch {
            return .failure(error)
        }
    }

    /// A canonical text form of an array for comparison (nan-safe).
    static func describe(_ a: NPYArray) -> String {
        let values: [String] = switch a.data {
        case .float64(let v): v.map { $0.isNaN ? "nan" : "\($0)" }
        case .float32(let v): v.map { $0.isNaN ? "nan" : "\($0)" }
        case .int64(let v): v.map(String.init)
        case .uint8(let v): v.map(String.init)
        case .bool(let v): v.map(String.init)
        }
        return "\(a.data.dtypeName) \(a.shape) \(values)"
    }

    @Test func everyCaseMatchesNumPy() throws {
        let url = NPYFileTests.directory.appendingPathComponent("text_cases.json")
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        #expect(fixture.cases.count >= 50)
        for c in fixture.cases {
            let label = "\(c.fn) \(c.text.map { String(reflecting: $0) } ?? "") \(c.kw)"
            switch try Self.run(c) {
            case .success(let got):
                if let want = c.expect_text {
                    #expect(got == want, "\(label)")
                } else if let want = c.expect?.expected {
                    #expect(got == Self.describe(want), "\(label)")
                } else {
                    Issue.record("expected an error '\(c.error ?? "")' for \(label), got \(got)")
                }
            case .failure(let error):
                #expect(error.description == c.error, "\(label)")
                #expect(error.pythonExceptionName == "ValueError")
            }
        }
    }

    @Test func savetxtThenLoadtxtRoundTrips() throws {
        let a = try NPYArray(shape: [3, 2], data: .float64([0.1, -2e-300, .pi, 1e300, 0, -0.0]))
        let text = try NPYText.savetxt(a, NPYSavetxtOptions(delimiter: ","))
        let back = try NPYText.loadtxt(text, NPYLoadtxtOptions(delimiter: ","))
        #expect(back == a)
    }
}
