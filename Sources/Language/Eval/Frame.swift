/// What a statement tells the block that runs it.
enum Flow {
    case normal, breakLoop, continueLoop, returned
}

typealias ExprCode = (Frame) throws -> Value
typealias StmtCode = (Frame) throws -> Flow

/// Compiled code kept in an array is wrapped in these, so each call keeps the closure's
/// natural calling convention; a bare closure in an Array is called through a thunk.
struct StmtBox { let run: StmtCode }
struct ExprBox { let run: ExprCode }
struct StoreBox { let run: Compiler.Store }

/// Static facts about a compiled function, class body or cell.
final class CodeInfo {
    let name: String
    let filename: String
    var slotCount: Int
    init(name: String, filename: String, slotCount: Int) {
        self.name = name
        self.filename = filename
        self.slotCount = slotCount
    }
}

/// The fields of a frame; its local slots follow it in the same allocation.
struct FrameHeader {
    let slotCount: Int
    var closure: [PyCell]
    /// Whoever runs a frame keeps its code alive (the function, class statement or cell).
    unowned(unsafe) let info: CodeInfo
    unowned(unsafe) let interp: Interpreter
    var returnValue: Value = .none
    var line = 0
    var classNamespace: AttributeTable?
    /// The generator whose body this frame runs; it owns the frame. Unmanaged: the body's
    /// stack must hold no counted reference to its generator while suspended, or dropping
    /// the generator would never free it.
    var generator: Unmanaged<PyGenerator>?
}

/// The activation of one function, class body or cell: its local slots, closure cells and
/// current line. The slots are tail-allocated with the frame (one allocation per call) and
/// accessed through a raw pointer: no bounds or exclusivity checks on the hot path.
final class Frame: ManagedBuffer<FrameHeader, Value?> {
    @inline(never)
    static func make(info: CodeInfo, closure: [PyCell], interp: Interpreter) -> Frame {
        let count = max(1, info.slotCount)
        let buffer = Frame.create(minimumCapacity: count) { _ in
            FrameHeader(slotCount: count, closure: closure, info: info, interp: interp)
        }
        let frame = unsafeDowncast(buffer, to: Frame.self)
        frame.withUnsafeMutablePointerToElements { $0.initialize(repeating: nil, count: count) }
        return frame
    }

    /// The local slots; valid while the frame is alive.
    @inline(__always) var slots: UnsafeMutablePointer<Value?> { withUnsafeMutablePointerToElements { $0 } }
    var slotCount: Int { header.slotCount }
    var closure: [PyCell] { header.closure }
    var info: CodeInfo { header.info }
    var interp: Interpreter { header.interp }
    var returnValue: Value {
        get { header.returnValue }
        set { header.returnValue = newValue }
    }
    var line: Int {
        get { header.line }
        set { header.line = newValue }
    }
    var classNamespace: AttributeTable? {
        get { header.classNamespace }
        _modify { yield &header.classNamespace }
    }
    var generator: Unmanaged<PyGenerator>? {
        get { header.generator }
        set { header.generator = newValue }
    }

    /// Moves the return value out (no retain), leaving None.
    @inline(__always)
    func takeReturnValue() -> Value {
        var result = Value.none
        withUnsafeMutablePointerToHeader { swap(&result, &$0.pointee.returnValue) }
        return result
    }

    /// Empties a finished frame whose return value was taken, so that it can serve another call
    /// of the same code: no locals, no closure. Callers reuse a frame only when nothing else
    /// holds it, and keep it alive until `run()` has returned.
    @inline(__always)
    var clearing: FrameClearing {
        FrameClearing(header: withUnsafeMutablePointerToHeader { $0 }, slots: slots)
    }

    @inline(__always)
    func setClosure(_ closure: [PyCell]) {
        if !closure.isEmpty { header.closure = closure }
    }

    /// For the cycle collector, on behalf of the generator that owns this frame: its locals,
    /// return value and closure cells.
    func visitReferences(_ visit: (PyObject) -> Void) {
        let slots = self.slots
        for i in 0..<slotCount {
            if case .object(let o)? = slots[i] { visit(o) }
        }
        withUnsafeMutablePointerToHeader { header in
            if case .object(let o) = header.pointee.returnValue { visit(o) }
            header.pointee.closure.visitCells(visit)
        }
    }

    deinit {
        withUnsafeMutablePointers { header, elements in
            _ = elements.deinitialize(count: header.pointee.slotCount)
        }
    }
}

/// Clears a frame through raw pointers; see `Frame.clearing`.
struct FrameClearing {
    let header: UnsafeMutablePointer<FrameHeader>
    let slots: UnsafeMutablePointer<Value?>

    @inline(__always)
    func run() {
        // No write to the return value: callers took it (takeReturnValue leaves None), and
        // rewriting it right after that store stalls the load of its tag.
        header.pointee.line = 0
        if !header.pointee.closure.isEmpty { header.pointee.closure = [] }
        for i in 0..<header.pointee.slotCount {
            // Only an object needs a release; an int or a float is overwritten in place, with
            // no call to the Value's outlined destroy.
            if case .object? = slots[i] { slots[i] = nil } else { (slots + i).initialize(to: nil) }
        }
    }
}
