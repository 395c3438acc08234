/// What a statement tells the block that runs it.
enum Flow {
    case normal, breakLoop, continueLoop, returned
}

typealias ExprCode = (Frame) throws -> Value
typealias StmtCode = (Frame) throws -> Flow

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

/// The activation of one function, class body or cell: its local slots, closure cells and
/// current line. Slots live in a raw buffer: no bounds or exclusivity checks on the hot path.
final class Frame {
    let slots: UnsafeMutablePointer<Value?>
    let slotCount: Int
    let closure: [PyCell]
    let info: CodeInfo
    let interp: Interpreter
    var returnValue: Value = .none
    var line = 0
    /// The namespace a class body writes to.
    var classNamespace: AttributeTable?
    /// Set while a generator body runs.
    var generator: GeneratorChannel?

    init(info: CodeInfo, closure: [PyCell], interp: Interpreter) {
        self.info = info
        self.slotCount = info.slotCount
        self.closure = closure
        self.interp = interp
        slots = UnsafeMutablePointer<Value?>.allocate(capacity: max(1, info.slotCount))
        slots.initialize(repeating: nil, count: max(1, info.slotCount))
    }

    deinit {
        slots.deinitialize(count: max(1, slotCount))
        slots.deallocate()
    }
}
