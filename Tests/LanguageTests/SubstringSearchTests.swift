import Testing
@testable import Language

/// The linear search against its slow twin: every start position compared byte by byte.
struct SubstringSearchTests {
    static func naiveFirst(_ needle: [UInt8], _ text: [UInt8], from: Int, to: Int) -> Int? {
        guard !needle.isEmpty else { return from <= to ? from : nil }
        var i = from
        while i + needle.count <= to {
            if Array(text[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    static func naiveLast(_ needle: [UInt8], _ text: [UInt8], from: Int, to: Int) -> Int? {
        guard !needle.isEmpty else { return from <= to ? to : nil }
        var i = to - needle.count
        while i >= from {
            if Array(text[i..<(i + needle.count)]) == needle { return i }
            i -= 1
        }
        return nil
    }

    @Test func matchesTheNaiveSearchOnRandomText() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let alphabet = ["a", "b", "ab", "é"][Int.random(in: 0..<4, using: &rng)...]
            let text = (0..<Int.random(in: 0..<60, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
            let needle = (0..<Int.random(in: 0..<6, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
            var search = SubstringSearch(needle)
            let t = Array(text.utf8), n = Array(needle.utf8)
            let from = Int.random(in: 0...t.count, using: &rng), to = Int.random(in: from...t.count, using: &rng)
            t.withUnsafeBufferPointer { b in
                #expect(search.first(in: b, from: from, to: to) == Self.naiveFirst(n, t, from: from, to: to), "\(needle) in \(text)")
                #expect(search.last(in: b, from: from, to: to) == Self.naiveLast(n, t, from: from, to: to), "\(needle) in \(text)")
            }
        }
    }

    /// Inputs that make a naive search quadratic switch to KMP and stay correct.
    @Test func worstCasesAreCorrect() {
        let text = String(repeating: "a", count: 200_000)
        #expect(!SubstringSearch.contains(String(repeating: "a", count: 50_000) + "b", in: text))
        #expect(SubstringSearch.occurrences(of: String(repeating: "a", count: 50_000), in: text).count == 4)
        let periodic = String(repeating: "ab", count: 50_000) + "abc"
        var search = SubstringSearch(String(repeating: "ab", count: 500) + "c")
        var p = periodic
        p.withUTF8 { b in
            #expect(search.first(in: b, from: 0, to: b.count) == 99_002)
            #expect(search.last(in: b, from: 0, to: b.count) == 99_002)
        }
    }

    @Test func codePointOffsets() {
        var s = "aé你b"
        s.withUTF8 { t in
            #expect(SubstringSearch.byteOffset(t, scalar: 2) == 3)
            #expect(SubstringSearch.byteOffset(t, scalar: 4) == t.count)
            #expect(SubstringSearch.scalarCount(t, 0..<6) == 3)
        }
    }
}

/// Deep structures release iteratively and compare with a RecursionError.
struct NestingTests {
    @Test func deepChainsAreFreedWithoutOverflow() {
        let interp = Interpreter(io: CaptureIO())
        let outcome = interp.run("x = []\nfor _ in range(2_000_000): x = [x]\ndel x\ny = ()\nfor _ in range(500_000): y = (y, {'k': y})\ndel y", filename: "c")
        guard case .ok = outcome else {
            Issue.record("expected the chains to be freed")
            return
        }
    }

    @Test func selfReferencingListsCompareWithRecursionError() {
        let interp = Interpreter(io: CaptureIO())
        guard case .error(let report) = interp.run("a = []; a.append(a); b = []; b.append(b); a == b", filename: "c") else {
            Issue.record("expected RecursionError")
            return
        }
        #expect(report.name == "RecursionError")
        #expect(report.message == "maximum recursion depth exceeded in comparison")
    }

    @Test func memoryReasonRaisesMemoryError() {
        let flag = InterruptFlag()
        let interp = Interpreter(io: CaptureIO(), interrupt: flag)
        flag.raise(.memory)
        guard case .error(let report) = interp.run("while True: pass", filename: "c") else {
            Issue.record("expected MemoryError")
            return
        }
        #expect(report.name == "MemoryError")
    }

    @Test func sizesAreParsed() {
        #expect(MemoryCeiling.parseSize("2G") == 2 << 30)
        #expect(MemoryCeiling.parseSize("512MiB") == 512 << 20)
        #expect(MemoryCeiling.parseSize("1.5g") == 3 << 29)
        #expect(MemoryCeiling.parseSize("1000000") == 1_000_000)
        #expect(MemoryCeiling.parseSize("lots") == nil)
    }
}
