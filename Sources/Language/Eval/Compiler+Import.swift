/// `import` and `from … import …`.
extension Compiler {
    func importStatement(_ names: [ImportName], _ loc: SourceLocation) throws -> StmtCode {
        let interp = self.interp
        let steps: [(String, String?, (Frame, Value) -> Void)] = names.map { n in
            let bindName = n.asName ?? String(n.name.split(separator: ".").first ?? "")
            return (n.name, n.asName, store(bindName))
        }
        let line = loc.line
        let column = loc.column
        return { f in
            f.line = line
            for (name, asName, bind) in steps {
                do {
                    let module = try interp.importModule(name)
                    if asName != nil {
                        bind(f, .object(module))
                    } else {
                        let top = String(name.split(separator: ".").first ?? "")
                        bind(f, .object(try interp.importModule(top)))
                    }
                } catch let e as PyError { Compiler.mark(e, column); throw e }
            }
            return .normal
        }
    }

    func importFrom(_ module: String, _ names: [ImportName], _ loc: SourceLocation) throws -> StmtCode {
        let interp = self.interp
        let line = loc.line
        let column = loc.column
        if names.count == 1 && names[0].name == "*" {
            let globals = self.globals
            return { f in
                f.line = line
                let m = try interp.importModule(module)
                for (k, v) in m.attributes?.entries ?? [] where !k.name.hasPrefix("_") {
                    globals.set(k, v)
                }
                return .normal
            }
        }
        let binds = names.map { (Symbol($0.name), $0.name, store($0.asName ?? $0.name)) }
        return { f in
            f.line = line
            do {
                let m = try interp.importModule(module)
                for (sym, name, bind) in binds {
                    if let v = m.attribute(sym) {
                        bind(f, v)
                    } else if let v = try interp.moduleGetattr(m, name) {
                        bind(f, v)
                    } else if let sub = try? interp.importModule(module + "." + name) {
                        bind(f, .object(sub))
                    } else {
                        let e = PyError(BuiltinTypes.importError, "cannot import name '\(name)' from '\(module)'")
                        throw e
                    }
                }
            } catch let e as PyError { Compiler.mark(e, column); throw e }
            return .normal
        }
    }
}

extension Interpreter {
    /// PEP 562: what a module's own `__getattr__(name)` gives for a name it lacks, or nil
    /// when it has none or it raises AttributeError (then `from m import name` fails).
    func moduleGetattr(_ m: PyModule, _ name: String) throws -> Value? {
        guard let getattr = m.attribute(Dunder.getattr) else { return nil }
        do {
            return try call(getattr, Arguments([.str(name)]))
        } catch let e as PyError where e.isInstance(of: BuiltinTypes.attributeError) {
            return nil
        }
    }

    /// Imports a module by dotted name, building native modules on first use and attaching
    /// submodules to their parents (`import torch.nn` makes `torch.nn` reachable).
    public func importModule(_ name: String) throws -> PyModule {
        if let m = modules[name] { return m }
        if let dot = name.lastIndex(of: "."), moduleProviders[name] == nil {
            // `import sklearn.linear_model` fails on `sklearn`, as in Python: the parent first.
            _ = try importModule(String(name[..<dot]))
        }
        guard let provider = moduleProviders[name] else {
            let available = moduleProviders.keys.filter { !$0.contains(".") && !$0.hasPrefix("_") }.sorted().joined(separator: ", ")
            var message = "No module named '\(name)'"
            if name.contains(".") {
                let parent = String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)])
                if moduleProviders[parent] != nil {
                    message += "; '\(parent)' is available, but not its submodule '\(name.split(separator: ".").last ?? "")'"
                }
            }
            if let hint = moduleHints[String(name.split(separator: ".").first ?? "")] {
                message += ": " + hint
            } else {
                message += ". Cellgrad provides: \(available)"
            }
            let e = PyError.moduleNotFound(message)
            e.exception.setAttribute(Symbol("name"), .str(name))
            throw e
        }
        modulesBeingImported.insert(name)
        defer { modulesBeingImported.remove(name) }
        if let dot = name.lastIndex(of: ".") {
            let parentName = String(name[..<dot])
            // A parent still being built attaches its submodules itself.
            let parent = modulesBeingImported.contains(parentName) ? nil : try importModule(parentName)
            let module = try provider(self)
            modules[name] = module
            parent?.setAttribute(Symbol(String(name[name.index(after: dot)...])), .object(module))
            return module
        }
        let module = try provider(self)
        modules[name] = module
        return module
    }
}
