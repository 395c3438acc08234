import Foundation
import Testing
@testable import Tensor

/// Every case in Fixtures/format_cases.json (written by generate_format_cases.py from real
/// NumPy) must print byte for byte as NumPy printed it.
@Suite struct ArrayFormatterTests {
    struct Case: Decodable {
        struct Options: Decodable {
            let precision: Int, threshold: Int, edgeitems: Int, linewidth: Int, suppress: Bool
            let floatmode: String, sign: String, nanstr: String, infstr: String
        }
        enum Value: Decodable {
            case text(String), integer(Int64), flag(Bool)
            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let b = try? c.decode(Bool.self) { self = .flag(b) }
                else if let i = try? c.decode(Int64.self) { self = .integer(i) }
                else { self = .text(try c.decode(String.self)) }
            }
            var double: Double {
                if case .text(let s) = self { return Double(s) ?? .nan }
                return .nan
            }
        }
        let kind: String, name: String, dtype: String, shape: [Int], values: [Value]
        let options: Options
        let repr: String, str: String

        var formatValues: ArrayFormatValues {
            switch dtype {
            case "float32": .float32(values.map { Float($0.double) })
            case "int64": .int64(values.map { if case .integer(let i) = $0 { i } else { 0 } })
            case "bool": .bool(values.map { if case .flag(let b) = $0 { b } else { false } })
            default: .float64(values.map(\.double))
            }
        }
        var formatOptions: ArrayFormatOptions {
            ArrayFormatOptions(precision: options.precision, suppress: options.suppress,
                               threshold: options.threshold, edgeitems: options.edgeitems,
                               linewidth: options.linewidth,
                               floatmode: ArrayFormatFloatMode(rawValue: options.floatmode) ?? .maxprec,
                               sign: ArrayFormatSign(rawValue: options.sign) ?? .minus,
                               nanstr: options.nanstr, infstr: options.infstr)
        }
        var scalar: ArrayFormatScalar {
            switch formatValues {
            case .float64(let v): .float64(v[0])
            case .float32(let v): .float32(v[0])
            case .int64(let v): .int64(v[0])
            case .uint8(let v): .uint8(v[0])
            case .bool(let v): .bool(v[0])
            case .string: preconditionFailure("the format fixtures hold numbers only")
            }
        }
    }
    struct Fixture: Decodable { let numpy: String; let cases: [Case] }

    static let fixture: Fixture? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/format_cases.json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(Fixture.self, from: data)
    }()

    @Test func fixtureLoads() throws {
        let fixture = try #require(Self.fixture)
        #expect(fixture.cases.count >= 150)
    }

    @Test func everyCaseMatchesNumPy() throws {
        let fixture = try #require(Self.fixture)
        var failures = 0
        for c in fixture.cases {
            let (r, s): (String, String)
            if c.kind == "scalar" {
                (r, s) = (ArrayFormatter.scalarRepr(c.scalar), ArrayFormatter.scalarStr(c.scalar))
            } else {
                r = try ArrayFormatter.repr(shape: c.shape, values: c.formatValues, options: c.formatOptions)
                s = try ArrayFormatter.str(shape: c.shape, values: c.formatValues, options: c.formatOptions)
            }
            if r != c.repr || s != c.str { failures += 1 }
            #expect(r == c.repr, "repr of case '\(c.name)'")
            #expect(s == c.str, "str of case '\(c.name)'")
        }
        #expect(failures == 0)
    }

    @Test func handWrittenExamples() throws {
        #expect(try ArrayFormatter.repr(shape: [2, 2], values: .float64([1, 2, 3, 4]))
                == "array([[1., 2.],\n       [3., 4.]])")
        #expect(try ArrayFormatter.str(shape: [2, 2], values: .float64([1, 2, 3, 4])) == "[[1. 2.]\n [3. 4.]]")
        #expect(try ArrayFormatter.repr(shape: [2], values: .float32(widened: [0.1, 0.2]))
                == "array([0.1, 0.2], dtype=float32)")
        #expect(try ArrayFormatter.repr(shape: [], values: .float64([5])) == "array(5.)")
        #expect(try ArrayFormatter.repr(shape: [2], values: .bool([true, false])) == "array([ True, False])")
        #expect(ArrayFormatter.scalarRepr(.float32(0.1)) == "np.float32(0.1)")
        #expect(ArrayFormatter.scalarRepr(.bool(true)) == "np.True_")
    }

    @Test func array2stringMatchesReprBody() throws {
        let values = ArrayFormatValues.float64((0..<30).map { Double($0) / 3 })
        let body = try ArrayFormatter.array2string(shape: [30], values: values, separator: ", ", prefix: "array(",
                                                   suffix: ")")
        #expect(try ArrayFormatter.repr(shape: [30], values: values) == "array(" + body + ")")
        #expect(try ArrayFormatter.array2string(shape: [2], values: .float64([1, 2]), separator: ", ") == "[1., 2.]")
        #expect(try ArrayFormatter.array2string(shape: [], values: .int64([7])) == "7")
    }

    @Test func optionErrorsUseNumPyWording() {
        #expect(throws: ArrayFormatError.invalidOption("precision must be >= 0")) {
            try ArrayFormatter.repr(shape: [1], values: .float64([1]), options: ArrayFormatOptions(precision: -1))
        }
        #expect(throws: ArrayFormatError.invalidOption(
            "floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"")) {
            try ArrayFormatFloatMode.named("exact")
        }
        #expect(throws: ArrayFormatError.invalidOption("sign option must be one of ' ', '+', or '-'")) {
            try ArrayFormatSign.named("x")
        }
        // Out-of-range edgeitems / linewidth never trap.
        let options = ArrayFormatOptions(threshold: 0, edgeitems: -2, linewidth: -1)
        #expect((try? ArrayFormatter.str(shape: [10], values: .int64(Array(0..<10)), options: options)) != nil)
    }

    @Test func sizeMismatchThrows() {
        #expect(throws: ArrayFormatError.sizeMismatch(shape: [2, 3], count: 5)) {
            try ArrayFormatter.repr(shape: [2, 3], values: .float64([1, 2, 3, 4, 5]))
        }
        #expect(throws: ArrayFormatError.negativeDimension([-1])) {
            try ArrayFormatter.str(shape: [-1], values: .int64([]))
        }
    }
}
