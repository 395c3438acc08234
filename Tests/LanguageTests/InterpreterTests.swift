import Testing
@testable import Language

/// Captures what a cell prints.
final class CaptureIO: InterpreterIO {
    var stdout = ""
    var stderr = ""
    func write(_ text: String, toStderr: Bool) { if toStderr { stderr += text } else { stdout += text } }
    func readLine(prompt: String, password: Bool) throws -> String { "typed" }
    func display(_ bundle: MimeBundle, displayID: String?, update: Bool) {}
    func clearOutput(wait: Bool) {}
}

/// One serialized suite: Language is compiled with non-atomic reference counts (an interpreter
/// is used by one thread at a time), so its tests must not run in parallel with each other.
@Suite(.serialized) struct LanguageTests {}

extension LanguageTests {
@Suite struct InterpreterTests {
    @Test func globalsPersistAcrossCellsAndAfterErrors() {
        let io = CaptureIO()
        let interp = Interpreter(io: io)
        _ = interp.run("x = 40", filename: "Cell In[1]")
        guard case .error(let report) = interp.run("x += 2\nundefined_name", filename: "Cell In[2]") else {
            Issue.record("expected a NameError")
            return
        }
        #expect(report.name == "NameError")
        #expect(report.traceback.last == "NameError: name 'undefined_name' is not defined")
        guard case .ok(let result) = interp.run("x", filename: "Cell In[3]"), case .int(42)? = result else {
            Issue.record("x should be 42")
            return
        }
    }

    @Test func anUnboundNameHasACaretUnderIt() {
        let interp = Interpreter(io: CaptureIO())
        guard case .error(let report) = interp.run("x = 1\nprint(x + undefined_name)", filename: "c") else {
            Issue.record("expected a NameError")
            return
        }
        let lines = report.traceback
        guard let source = lines.firstIndex(where: { $0.contains("print(x + undefined_name)") }), source + 1 < lines.count else {
            Issue.record("the source line is missing: \(lines)")
            return
        }
        let sourceLine = lines[source], caretLine = lines[source + 1]
        let nameColumn = sourceLine.distance(from: sourceLine.startIndex, to: sourceLine.range(of: "undefined_name")!.lowerBound)
        #expect(caretLine.filter { $0 != " " } == "^")
        #expect(caretLine.count - 1 == nameColumn)
    }

    /// The borrowing fast paths read an object's reference straight out of its slot; this pins
    /// the layout they rely on (the reference in a `Value?`'s first word).
    @Test func aBorrowedObjectIsTheSlotsObject() {
        let list = PyList([.int(1)]), text = PyStr("x")
        let slot = UnsafeMutablePointer<Value?>.allocate(capacity: 5)
        defer { slot.deinitialize(count: 5); slot.deallocate() }
        slot.initialize(to: .object(list))
        (slot + 1).initialize(to: .object(text))
        (slot + 2).initialize(to: .int(7))
        (slot + 3).initialize(to: nil)
        (slot + 4).initialize(to: Value.none)
        #expect(slot.borrowedObject?.takeUnretainedValue() === list)
        #expect((slot + 1).borrowedObject?.takeUnretainedValue() === text)
        #expect((slot + 2).borrowedObject == nil)
        #expect((slot + 3).borrowedObject == nil)
        #expect((slot + 4).borrowedObject == nil)
    }

    /// Defining names moves the globals' storage as it grows; every value must survive it.
    @Test func globalsSurviveTheirStorageGrowing() {
        let globals = Globals()
        for i in 0..<200 { globals.set(Symbol("name\(i)"), .int(i * 3)) }
        for i in 0..<200 {
            guard case .int(let v)? = globals.get(Symbol("name\(i)")) else {
                Issue.record("name\(i) lost")
                return
            }
            #expect(v == i * 3)
        }
        #expect(globals.entries.count == 200)
    }

    @Test func deepRecursionIsARecursionError() {
        let interp = Interpreter(io: CaptureIO())
        guard case .error(let report) = interp.run("def f(n): return f(n + 1)\nf(0)", filename: "c") else {
            Issue.record("expected RecursionError")
            return
        }
        #expect(report.name == "RecursionError")
    }

    @Test func interruptFlagRaisesKeyboardInterrupt() {
        let flag = InterruptFlag()
        let interp = Interpreter(io: CaptureIO(), interrupt: flag)
        flag.raise()
        guard case .error(let report) = interp.run("while True: pass", filename: "c") else {
            Issue.record("expected KeyboardInterrupt")
            return
        }
        #expect(report.name == "KeyboardInterrupt")
    }

    @Test func fullWidthPunctuationNamesTheCharacter() {
        let interp = Interpreter(io: CaptureIO())
        guard case .error(let report) = interp.run("print(1，2)", filename: "c") else {
            Issue.record("expected SyntaxError")
            return
        }
        #expect(report.name == "SyntaxError")
        #expect(report.message == "invalid character '，' (U+FF0C)")
    }

    @Test(arguments: [
        ("print(1, 2, sep='-')", "1-2\n"),
        ("print(0.1 + 0.2, 1e16, 1e-05, -7 // 2, -7 % 3)", "0.30000000000000004 1e+16 1e-05 -4 2\n"),
        ("print(f'{3.14159:.2f}|{42:>5}|{1234567:,}')", "3.14|   42|1,234,567\n"),
        ("批次大小 = 64\nprint(批次大小 * 2)", "128\n"),
    ])
    func printsLikeCPython(code: String, expected: String) {
        let io = CaptureIO()
        _ = Interpreter(io: io).run(code, filename: "c")
        #expect(io.stdout == expected)
    }
}
}

extension LanguageTests {
@Suite struct ParserTests {
    @Test func incompleteInputIsFlagged() {
        for code in ["def f(x):", "x = [1,", "'''open"] {
            do {
                _ = try Parser.parse(code)
                Issue.record("\(code) should not parse")
            } catch {
                #expect(error.isIncomplete, "\(code)")
            }
        }
    }

    @Test func invalidInputIsNotIncomplete() {
        do {
            _ = try Parser.parse("1 +* 2")
            Issue.record("should not parse")
        } catch {
            #expect(!error.isIncomplete)
        }
    }
}
}
