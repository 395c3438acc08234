/// Static scope analysis, the resolver pass: which names each function, class body and
/// comprehension binds, which it reads, which are captured by nested functions (cells) and
/// which come from enclosing functions (free). The compiler then turns every name into a slot.
final class Scope {
    enum Kind { case module, function, classBody, comprehension }

    let kind: Kind
    weak var parent: Scope?
    let name: String
    var bound: [String] = []
    var boundSet: Set<String> = []
    var used: Set<String> = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    var cells: Set<String> = []
    /// Names this function captures from enclosing functions, in closure order.
    var frees: [String] = []
    var params: [String] = []
    var isGenerator = false
    var children: [String: Scope] = [:]
    var slotOf: [String: Int] = [:]
    /// Slots of the frame this scope's code runs in (shared by inline comprehensions).
    var slotTable: SlotTable

    init(kind: Kind, parent: Scope?, name: String) {
        self.kind = kind
        self.parent = parent
        self.name = name
        if kind == .comprehension, let p = parent {
            slotTable = p.slotTable
        } else {
            slotTable = SlotTable()
        }
    }

    func bind(_ name: String) {
        if boundSet.insert(name).inserted { bound.append(name) }
    }

    /// True when the scope has its own frame (not an inline comprehension).
    var ownsFrame: Bool { kind != .comprehension }

    /// The nearest enclosing scope that owns a frame.
    var frameOwner: Scope {
        var s = self
        while !s.ownsFrame, let p = s.parent { s = p }
        return s
    }

    func isLocal(_ name: String) -> Bool {
        boundSet.contains(name) && !globals.contains(name) && !nonlocals.contains(name)
    }

    static func key(_ loc: SourceLocation, _ tag: String) -> String { "\(tag)@\(loc.line):\(loc.column)" }
}

/// Slot numbers of one frame.
final class SlotTable {
    var count = 0
    func allocate() -> Int {
        defer { count += 1 }
        return count
    }
}

/// Where a resolved name lives at run time.
enum VariableRef {
    case fast(Int)
    case cell(Int)
    case free(Int)
    case global(Int, Symbol)
    case classLocal(Symbol, globalSlot: Int)
}

extension Scope {
    /// The slot of a local of this scope, allocated on first request.
    func slot(for name: String) -> Int {
        if let s = slotOf[name] { return s }
        let s = slotTable.allocate()
        slotOf[name] = s
        return s
    }

    /// Where a name read or written in this scope lives.
    func ref(_ name: String, _ globals: Globals) -> VariableRef {
        if kind == .module || self.globals.contains(name) {
            let sym = Symbol(name)
            return .global(globals.slot(for: sym), sym)
        }
        if isLocal(name) {
            if kind == .classBody {
                let sym = Symbol(name)
                return .classLocal(sym, globalSlot: globals.slot(for: sym))
            }
            let s = slot(for: name)
            return cells.contains(name) ? .cell(s) : .fast(s)
        }
        if let i = frees.firstIndex(of: name) { return .free(i) }
        if kind == .comprehension, var p = parent {
            while p.kind == .classBody, p.frees.firstIndex(of: name) == nil, let pp = p.parent, pp.kind != .module {
                p = pp
            }
            if p.kind == .classBody {
                if let i = p.frees.firstIndex(of: name) { return .free(i) }
                let sym = Symbol(name)
                return .global(globals.slot(for: sym), sym)
            }
            return p.ref(name, globals)
        }
        let sym = Symbol(name)
        return .global(globals.slot(for: sym), sym)
    }
}
