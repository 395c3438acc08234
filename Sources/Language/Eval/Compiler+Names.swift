/// Reading, writing and deleting names, by slot.
extension Compiler {
    func load(_ name: String, _ loc: SourceLocation) -> ExprCode {
        let interp = self.interp
        // A name that is not bound puts the traceback's caret under it, as Python does.
        let column = loc.column
        switch scope.ref(name, globals) {
        case .fast(let s):
            return { f in
                // Ints and floats, the commonest locals, are rebuilt from their payload: no call
                // to the Value's outlined copy.
                switch f.slots[s] {
                case .int(let x)?: return .int(x)
                case .float(let x)?: return .float(x)
                default: break
                }
                if let v = f.slots[s] { return v }
                throw Compiler.marked(PyError.unboundLocal(name), column)
            }
        case .cell(let s):
            return { f in
                if case .object(let o)? = f.slots[s], let v = unsafeDowncast(o, to: PyCell.self).value { return v }
                throw Compiler.marked(PyError.unboundLocal(name), column)
            }
        case .free(let i):
            return { f in
                if let v = f.closure[i].value { return v }
                throw Compiler.marked(PyError.name("cannot access free variable '\(name)' where it is not associated with a value in enclosing scope"), column)
            }
        case .global(let slot, let sym):
            let globals = self.globals
            // Built-ins are all installed before the first cell compiles; resolve once.
            if let builtin = interp.builtins[sym] {
                return { _ in globals.get(slot) ?? builtin }
            }
            return { _ in
                if let v = globals.get(slot) { return v }
                throw Compiler.marked(interp.nameError(name), column)
            }
        case .classLocal(let sym, let slot):
            let globals = self.globals
            let builtin = interp.builtins[sym]
            return { f in
                if let v = f.classNamespace?[sym] { return v }
                if let v = globals.get(slot) { return v }
                if let b = builtin { return b }
                throw Compiler.marked(interp.nameError(name), column)
            }
        }
    }

    func store(_ name: String) -> (Frame, Value) -> Void {
        switch scope.ref(name, globals) {
        case .fast(let s):
            return { f, v in
                // Only an object needs a release: an int, float, bool or None in the slot is
                // overwritten in place, with no call to the Value's outlined destroy.
                let slot = f.slots + s
                if case .object? = slot.pointee { slot.pointee = v } else { slot.initialize(to: v) }
            }
        case .cell(let s):
            return { f, v in
                if case .object(let o)? = f.slots[s] { unsafeDowncast(o, to: PyCell.self).value = v }
            }
        case .free(let i): return { f, v in f.closure[i].value = v }
        case .global(let slot, _):
            let globals = self.globals
            return { _, v in globals.set(slot, v) }
        case .classLocal(let sym, _):
            return { f, v in f.classNamespace?[sym] = v }
        }
    }

    func delete(_ name: String) -> (Frame) throws -> Void {
        let interp = self.interp
        switch scope.ref(name, globals) {
        case .fast(let s):
            return { f in
                if f.slots[s] == nil { throw PyError.unboundLocal(name) }
                f.slots[s] = nil
            }
        case .cell(let s):
            return { f in
                if case .object(let o)? = f.slots[s] { unsafeDowncast(o, to: PyCell.self).value = nil }
            }
        case .free(let i): return { f in f.closure[i].value = nil }
        case .global(let slot, _):
            let globals = self.globals
            return { _ in
                if globals.get(slot) == nil { throw interp.nameError(name) }
                globals.set(slot, nil)
            }
        case .classLocal(let sym, _):
            return { f in
                if f.classNamespace?[sym] == nil { throw interp.nameError(name) }
                f.classNamespace?[sym] = nil
            }
        }
    }
}

extension Interpreter {
    /// `NameError: name 'x' is not defined. Did you mean: 'y'?`
    public func nameError(_ name: String) -> PyError {
        var message = "name '\(name)' is not defined"
        let candidates = globals.entries.map(\.0.name) + builtins.keys.map(\.name)
        if let near = closestName(name, among: candidates) {
            message += ". Did you mean: '\(near)'?"
        } else if moduleProviders[name] != nil {
            message += ". Did you forget to import '\(name)'?"
        }
        let e = PyError.name(message)
        e.exception.setAttribute(Symbol("name"), .str(name))
        return e
    }
}
