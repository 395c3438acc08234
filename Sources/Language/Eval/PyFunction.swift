/// The compiled body of a function: a plain function's produces its return value; a
/// generator's runs as statements on the generator's own stack.
enum FunctionBody {
    case function(ValueCode)
    case generator(StmtCode)

    var isGenerator: Bool {
        if case .generator = self { return true }
        return false
    }
}

/// The compiled form of a `def` or `lambda`: parameter layout, slots and body.
final class FunctionCode {
    let info: CodeInfo
    let positionalNames: [String]
    let positionalOnlyCount: Int
    let keywordOnlyNames: [String]
    /// Slot of each parameter: positional…, *args, keyword-only…, **kwargs.
    let parameterSlots: [Int]
    let varArgsSlot: Int?
    let varKeywordsSlot: Int?
    /// Parameters captured by nested functions get a cell at entry.
    let cellParameterSlots: [Int]
    /// Other captured locals get an empty cell at entry.
    let cellSlots: [Int]
    let hasCells: Bool
    let body: FunctionBody
    var isGenerator: Bool { body.isGenerator }
    /// The positional count for which a call needs no binding (no defaults used, no *args,
    /// keywords or generator), or -1.
    let directArity: Int
    /// The slots of the first three parameters, for the direct call path (0 when absent).
    let parameterSlot0: Int, parameterSlot1: Int, parameterSlot2: Int
    /// Finished frames kept for the next calls: recursion and loops call the same function over
    /// and over, and reusing a frame saves an allocation and a free per call. A fixed stack of
    /// owned references: popping and pushing move a frame, with no retain and no array checks.
    /// At most `maxSpareFrames` wait, so deep recursion does not hoard memory.
    private let spareFrames = UnsafeMutablePointer<Frame>.allocate(capacity: FunctionCode.maxSpareFrames)
    private var spareCount = 0
    static let maxSpareFrames = 32

    @inline(__always)
    func popSpareFrame() -> Frame? {
        guard spareCount > 0 else { return nil }
        spareCount -= 1
        return (spareFrames + spareCount).move()
    }

    /// Keeps a finished frame, unless the stack is full or something else still holds it.
    @inline(__always)
    func pushSpareFrame(_ frame: consuming Frame) {
        var frame = frame
        guard spareCount < FunctionCode.maxSpareFrames, isKnownUniquelyReferenced(&frame) else { return }
        // The stack owns the frame before its locals are released: releasing them runs code
        // that the compiler would otherwise guard with a retain and release of the frame.
        let clearing = frame.clearing
        (spareFrames + spareCount).initialize(to: consume frame)
        spareCount += 1
        // Its locals are released now, as when a frame dies, so no object outlives its call.
        clearing.run()
    }

    deinit {
        spareFrames.deinitialize(count: spareCount)
        spareFrames.deallocate()
    }

    init(info: CodeInfo, positionalNames: [String], positionalOnlyCount: Int, keywordOnlyNames: [String],
         parameterSlots: [Int], varArgsSlot: Int?, varKeywordsSlot: Int?, cellParameterSlots: [Int],
         cellSlots: [Int], body: FunctionBody) {
        self.info = info
        self.positionalNames = positionalNames
        self.positionalOnlyCount = positionalOnlyCount
        self.keywordOnlyNames = keywordOnlyNames
        self.parameterSlots = parameterSlots
        parameterSlot0 = parameterSlots.count > 0 ? parameterSlots[0] : 0
        parameterSlot1 = parameterSlots.count > 1 ? parameterSlots[1] : 0
        parameterSlot2 = parameterSlots.count > 2 ? parameterSlots[2] : 0
        self.varArgsSlot = varArgsSlot
        self.varKeywordsSlot = varKeywordsSlot
        self.cellParameterSlots = cellParameterSlots
        self.cellSlots = cellSlots
        self.body = body
        self.hasCells = !cellParameterSlots.isEmpty || !cellSlots.isEmpty
        let simple = varArgsSlot == nil && varKeywordsSlot == nil && keywordOnlyNames.isEmpty && !body.isGenerator
        self.directArity = simple ? positionalNames.count : -1
    }
}

/// A Python function defined in a cell.
public final class PyFunction: PyObject {
    let code: FunctionCode
    /// The body of a plain function, held in the function's own field: a closure read from
    /// here is called without a retain of its context, one read through `code` is retained
    /// around each call. (A generator function's body runs on its generator's stack instead.)
    private let valueBody: ValueCode
    var defaults: [Value]
    var keywordDefaults: [String: Value]
    /// `var` only so the cycle collector can clear a function in a cycle.
    private(set) var closure: [PyCell]
    public var name: String
    public var qualifiedName: String
    public var doc: String?
    public var moduleName = "__main__"

    init(code: FunctionCode, defaults: [Value], keywordDefaults: [String: Value], closure: [PyCell],
         name: String, qualifiedName: String, doc: String?) {
        self.code = code
        switch code.body {
        case .function(let value): valueBody = value
        case .generator: valueBody = { _ in throw PyError(BuiltinTypes.systemError, "a generator function's body runs on its generator's stack") }
        }
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        self.name = name
        self.qualifiedName = qualifiedName
        self.doc = doc
        super.init(type: BuiltinTypes.function)
        GarbageCollector.track(self)
    }

    /// The defaults and closure cells (keyword-only defaults are not reported: they only
    /// make their values look held from outside, which is safe).
    public override func visitReferences(_ visit: (PyObject) -> Void) {
        super.visitReferences(visit)
        defaults.visitObjects(visit)
        closure.visitCells(visit)
        if let annotations { visit(annotations) }
    }

    public override func clearReferences() {
        super.clearReferences()
        defaults = []
        keywordDefaults = [:]
        closure = []
        annotations = nil
    }

    /// A readable signature, for `help()` and inspection: `f(a, b=1, *args, **kwargs)`.
    public var signatureText: String {
        var parts: [String] = []
        let firstDefault = code.positionalNames.count - defaults.count
        for (i, n) in code.positionalNames.enumerated() {
            parts.append(i >= firstDefault ? "\(n)=\(Formatter.repr(defaults[i - firstDefault]))" : n)
            if i + 1 == code.positionalOnlyCount { parts.append("/") }
        }
        if code.varArgsSlot != nil {
            parts.append("*" + varArgsName)
        } else if !code.keywordOnlyNames.isEmpty {
            parts.append("*")
        }
        for n in code.keywordOnlyNames {
            parts.append(keywordDefaults[n].map { "\(n)=\(Formatter.repr($0))" } ?? n)
        }
        if code.varKeywordsSlot != nil { parts.append("**" + varKeywordsName) }
        return "\(name)(\(parts.joined(separator: ", ")))"
    }

    var varArgsName = "args"
    var varKeywordsName = "kwargs"
    /// `__annotations__`, made empty on first read when the def had none.
    var annotations: PyDict?

    func specialAttribute(_ name: Symbol) -> Value? {
        switch name {
        case Dunder.name: return .str(self.name)
        case Dunder.qualname: return .str(qualifiedName)
        case Dunder.doc: return doc.map { .str($0) } ?? Value.none
        case Dunder.module: return .str(moduleName)
        default:
            if name.name == "__defaults__" { return defaults.isEmpty ? Value.none : .tuple(defaults) }
            if name.name == "__annotations__" {
                if annotations == nil { annotations = PyDict() }
                return annotations.map { .object($0) }
            }
            return nil
        }
    }

    /// `f.__name__ = "g"` and the like (what functools.wraps does): the function's own fields,
    /// not its attribute table. False for any other name.
    func setSpecialAttribute(_ name: Symbol, _ value: Value) throws -> Bool {
        switch name {
        case Dunder.name, Dunder.qualname, Dunder.module:
            guard let s = value.asString else {
                throw PyError.type("\(name.name) must be set to a string object")
            }
            if name == Dunder.name { self.name = s } else if name == Dunder.qualname { qualifiedName = s } else { moduleName = s }
            return true
        case Dunder.doc:
            doc = value.asString
            return true
        default:
            guard name.name == "__annotations__" else { return false }
            guard let table = value.asObject as? PyDict else { throw PyError.type("__annotations__ must be set to a dict object") }
            annotations = table
            return true
        }
    }

    /// True when a call with `count` positional arguments and nothing else can skip binding.
    @inline(__always)
    func acceptsPositionalOnly(_ count: Int) -> Bool {
        code.directArity == count
    }

    /// The fast call paths for `f()`, `f(a)`, `f(a, b)`, `f(a, b, c)`: arguments go straight into
    /// the frame's slots, with no Arguments array. Callers check `acceptsPositionalOnly` first.
    /// Each argument is consumed: it moves into its slot without a retain, and the slots of a
    /// new or recycled frame are all nil, so there is nothing to release.
    func invoke0(_ interp: Interpreter) throws -> Value {
        try finishDirectCall(acquireFrame(interp), interp)
    }

    func invoke1(_ interp: Interpreter, _ a0: consuming Value) throws -> Value {
        let frame = acquireFrame(interp)
        (frame.slots + code.parameterSlot0).initialize(to: consume a0)
        return try finishDirectCall(frame, interp)
    }

    func invoke2(_ interp: Interpreter, _ a0: consuming Value, _ a1: consuming Value) throws -> Value {
        let frame = acquireFrame(interp)
        let slots = frame.slots
        (slots + code.parameterSlot0).initialize(to: consume a0)
        (slots + code.parameterSlot1).initialize(to: consume a1)
        return try finishDirectCall(frame, interp)
    }

    func invoke3(_ interp: Interpreter, _ a0: consuming Value, _ a1: consuming Value, _ a2: consuming Value) throws -> Value {
        let frame = acquireFrame(interp)
        let slots = frame.slots
        (slots + code.parameterSlot0).initialize(to: consume a0)
        (slots + code.parameterSlot1).initialize(to: consume a1)
        (slots + code.parameterSlot2).initialize(to: consume a2)
        return try finishDirectCall(frame, interp)
    }

    @inline(__always)
    private func finishDirectCall(_ frame: consuming Frame, _ interp: Interpreter) throws -> Value {
        let code = self.code
        if code.hasCells { makeCells(frame.slots) }
        let result = try run(frame, interp)
        code.pushSpareFrame(frame)
        return result
    }

    /// Fresh cells for captured parameters and locals; out of line, as few functions have them.
    @inline(never)
    private func makeCells(_ slots: UnsafeMutablePointer<Value?>) {
        for s in code.cellParameterSlots { slots[s] = .object(PyCell(slots[s])) }
        for s in code.cellSlots { slots[s] = .object(PyCell(nil)) }
    }

    @inline(__always)
    func acquireFrame(_ interp: Interpreter) -> Frame {
        if let spare = code.popSpareFrame() {
            spare.setClosure(closure)
            return spare
        }
        return Frame.make(info: code.info, closure: closure, interp: interp)
    }

    /// Calls the function: binds arguments into a new frame and runs the body.
    public func invoke(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        if code.isGenerator {
            let frame = Frame.make(info: code.info, closure: closure, interp: interp)
            try bind(args, into: frame, interp)
            return .object(PyGenerator(function: self, frame: frame))
        }
        let frame = acquireFrame(interp)
        try bind(args, into: frame, interp)
        let result = try run(frame, interp)
        code.pushSpareFrame(frame)
        return result
    }

    /// Runs the body and returns its value.
    @inline(__always)
    func run(_ frame: Frame, _ interp: Interpreter) throws -> Value {
        interp.callDepth += 1
        defer { interp.callDepth -= 1 }
        if interp.callDepth > interp.depthLimit {
            return try interp.beyondDepthLimit { try self.runBody(frame, interp) }
        }
        interp.runningFrames.note(frame, at: interp.callDepth)
        return try runBody(frame, interp)
    }

    @inline(__always)
    private func runBody(_ frame: Frame, _ interp: Interpreter) throws -> Value {
        try interp.checkInterrupt()
        do {
            return try valueBody(frame)
        } catch let e as PyError {
            e.exception.traceback.append(TracebackEntry(function: name, file: code.info.filename,
                                                        line: frame.line, column: e.exception.pendingColumn))
            e.exception.pendingColumn = nil
            throw e
        }
    }

    func bind(_ args: Arguments, into frame: Frame, _ interp: Interpreter) throws {
        let slots = frame.slots
        let positional = args.positional
        let nPositional = code.positionalNames.count
        // Fast path: exactly the positional parameters, nothing else.
        if args.keywords.isEmpty && positional.count == nPositional && code.varArgsSlot == nil
            && code.keywordOnlyNames.isEmpty && code.varKeywordsSlot == nil {
            for i in 0..<nPositional { slots[code.parameterSlots[i]] = positional[i] }
        } else {
            try bindGeneral(args, slots, interp)
        }
        if code.hasCells { makeCells(slots) }
    }

    func bindGeneral(_ args: Arguments, _ slots: UnsafeMutablePointer<Value?>, _ interp: Interpreter) throws {
        let names = code.positionalNames
        let nPositional = names.count
        let positional = args.positional
        if positional.count > nPositional && code.varArgsSlot == nil {
            let required = nPositional - defaults.count
            let takes = required == nPositional ? "\(nPositional)" : "from \(required) to \(nPositional)"
            let plural = nPositional == 1 && required == nPositional ? "" : "s"
            throw PyError.type("\(qualifiedName)() takes \(takes) positional argument\(plural) but \(positional.count) \(positional.count == 1 ? "was" : "were") given")
        }
        for i in 0..<min(positional.count, nPositional) { slots[code.parameterSlots[i]] = positional[i] }
        if let v = code.varArgsSlot {
            slots[v] = .tuple(positional.count > nPositional ? Array(positional[nPositional...]) : [])
        }
        var extraKeywords: PyDict?
        if code.varKeywordsSlot != nil { extraKeywords = PyDict() }
        let kwOnlyBase = nPositional + (code.varArgsSlot == nil ? 0 : 1)
        for (key, value) in args.keywords {
            let keyName = key.name
            if let i = names.firstIndex(of: keyName), i >= code.positionalOnlyCount {
                if slots[code.parameterSlots[i]] != nil {
                    throw PyError.type("\(qualifiedName)() got multiple values for argument '\(keyName)'")
                }
                slots[code.parameterSlots[i]] = value
            } else if let k = code.keywordOnlyNames.firstIndex(of: keyName) {
                slots[code.parameterSlots[kwOnlyBase + k]] = value
            } else if let extra = extraKeywords {
                extra[try interp.hashKey(.str(keyName))] = value
            } else {
                throw PyError.type("\(qualifiedName)() got an unexpected keyword argument '\(keyName)'")
            }
        }
        if let v = code.varKeywordsSlot, let extra = extraKeywords { slots[v] = .object(extra) }
        // Defaults, then report what is still missing.
        let firstDefault = nPositional - defaults.count
        var missing: [String] = []
        for i in 0..<nPositional where slots[code.parameterSlots[i]] == nil {
            if i >= firstDefault { slots[code.parameterSlots[i]] = defaults[i - firstDefault] } else { missing.append(names[i]) }
        }
        if !missing.isEmpty { throw missingError(missing, kind: "positional") }
        var missingKeywords: [String] = []
        for (k, name) in code.keywordOnlyNames.enumerated() where slots[code.parameterSlots[kwOnlyBase + k]] == nil {
            if let d = keywordDefaults[name] { slots[code.parameterSlots[kwOnlyBase + k]] = d } else { missingKeywords.append(name) }
        }
        if !missingKeywords.isEmpty { throw missingError(missingKeywords, kind: "keyword-only") }
    }

    func missingError(_ names: [String], kind: String) -> PyError {
        let quoted = names.map { "'\($0)'" }
        let list: String
        if quoted.count == 1 {
            list = quoted[0]
        } else {
            list = quoted.dropLast().joined(separator: ", ") + (quoted.count > 2 ? ", and " : " and ") + (quoted.last ?? "")
        }
        let plural = names.count == 1 ? "argument" : "arguments"
        return PyError.type("\(qualifiedName)() missing \(names.count) required \(kind) \(plural): \(list)")
    }
}
