/// A very small subset of matplotlib's mathtext, enough for tick labels like `$10^{3}$` and
/// labels like `$x^2$`, `$\alpha$`, `$\sigma_1$`.
///
/// Text outside `$...$` is literal. Inside, `^x` / `^{...}` raise a run (70 % size), `_x` /
/// `_{...}` lower it, `\name` becomes the Greek letter or symbol it names, `\mathdefault{}` and
/// braces disappear. Anything else (`\frac`, `\sqrt`) is shown literally without the dollars.
enum MathTextLite {
    struct Run: Equatable {
        var text: String
        var scale: Double  // relative to the base size
        var rise: Double   // baseline shift in ems, up positive
    }

    static let symbols: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ",
        "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ",
        "Psi": "Ψ", "Omega": "Ω", "times": "×", "cdot": "·", "pm": "±", "infty": "∞", "leq": "≤", "geq": "≥",
        "neq": "≠", "approx": "≈", "rightarrow": "→", "leftarrow": "←", "circ": "°", "nabla": "∇",
        "partial": "∂", "sum": "Σ", "prod": "Π", "int": "∫", "ldots": "…", "%": "%", "$": "$",
        " ": " ", ",": " ", ";": " ", "quad": "  ", "minus": "\u{2212}",
    ]

    static func runs(_ s: String) -> [Run] {
        guard s.contains("$") else { return [Run(text: s, scale: 1, rise: 0)] }
        var out: [Run] = []
        var inMath = false
        var literal = ""
        var chars = Array(s)
        var i = 0
        func flush(_ scale: Double = 1, _ rise: Double = 0) {
            if !literal.isEmpty { out.append(Run(text: literal, scale: scale, rise: rise)); literal = "" }
        }
        // An unmatched dollar is literal.
        if s.filter({ $0 == "$" }).count < 2 { return [Run(text: s, scale: 1, rise: 0)] }
        while i < chars.count {
            let c = chars[i]
            if c == "\\" && i + 1 < chars.count && chars[i + 1] == "$" { literal.append("$"); i += 2; continue }
            if c == "$" { flush(); inMath.toggle(); i += 1; continue }
            if !inMath { literal.append(c); i += 1; continue }
            if c == "^" || c == "_" {
                flush()
                i += 1
                let (body, next) = group(chars, i)
                i = next
                out.append(Run(text: translate(body), scale: 0.7, rise: c == "^" ? 0.4 : -0.2))
                continue
            }
            if c == "\\" {
                let (name, next) = command(chars, i + 1)
                i = next
                if name == "mathdefault" || name == "mathrm" || name == "rm" || name == "mathit" || name == "text" { continue }
                literal += symbols[name] ?? name
                continue
            }
            if c == "{" || c == "}" { i += 1; continue }
            literal.append(c == "-" ? "\u{2212}" : c)
            i += 1
        }
        flush()
        chars.removeAll()
        return out
    }

    /// Reads `{...}` (with nesting) or a single character / command.
    private static func group(_ c: [Character], _ start: Int) -> (String, Int) {
        guard start < c.count else { return ("", start) }
        if c[start] == "{" {
            var depth = 0
            var i = start
            var body = ""
            while i < c.count {
                if c[i] == "{" { depth += 1; if depth > 1 { body.append("{") } }
                else if c[i] == "}" { depth -= 1; if depth == 0 { return (body, i + 1) }; body.append("}") }
                else { body.append(c[i]) }
                i += 1
            }
            return (body, i)
        }
        if c[start] == "\\" {
            let (name, next) = command(c, start + 1)
            return ("\\" + name, next)
        }
        return (String(c[start]), start + 1)
    }

    private static func command(_ c: [Character], _ start: Int) -> (String, Int) {
        var i = start
        var name = ""
        while i < c.count, c[i].isLetter { name.append(c[i]); i += 1 }
        if name.isEmpty, i < c.count { name = String(c[i]); i += 1 }
        return (name, i)
    }

    /// Replaces commands and minus signs inside a script group.
    private static func translate(_ s: String) -> String {
        var out = ""
        let c = Array(s)
        var i = 0
        while i < c.count {
            if c[i] == "\\" {
                let (name, next) = command(c, i + 1)
                if name != "mathdefault" && name != "mathrm" { out += symbols[name] ?? name }
                i = next
            } else if c[i] == "{" || c[i] == "}" {
                i += 1
            } else {
                out.append(c[i] == "-" ? "\u{2212}" : c[i]); i += 1
            }
        }
        return out
    }
}
