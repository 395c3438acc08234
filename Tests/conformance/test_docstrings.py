"""Every public callable of every built-in module has a docstring (what Shift-Tab, `obj?` and
help() show), and the built-in functions show their signature. A public name without one fails."""
import json

from test_pyplot import cellgrad_run

MODULES = ["math", "random", "time", "os", "os.path", "sys", "numpy", "numpy.random", "numpy.linalg", "torch", "torch.nn",
           "torch.nn.functional", "torch.optim", "torch.optim.lr_scheduler", "torch.utils.data", "torchvision.transforms",
           "torch.distributions", "torch.distributions.constraints", "torch.distributions.kl", "torch.autograd.functional",
           "matplotlib.pyplot", "keras", "keras.layers", "keras.callbacks", "keras.optimizers", "keras.losses",
           "IPython.display", "tqdm", "tqdm.auto", "cellgrad", "cellgrad.metrics", "cellgrad.callbacks", "cellgrad.tables",
           "json", "collections", "itertools", "functools", "re", "statistics", "copy", "heapq", "bisect", "textwrap",
           "string", "operator", "dataclasses", "enum", "typing", "contextlib", "io"]
BUILTINS = ["abs", "all", "any", "ascii", "bin", "callable", "chr", "delattr", "dir", "divmod", "enumerate", "filter",
            "format", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "isinstance", "issubclass",
            "iter", "len", "locals", "map", "max", "min", "next", "oct", "open", "ord", "pow", "print", "repr",
            "reversed", "round", "setattr", "sorted", "sum", "vars", "zip", "display"]


def walk_script():
    lines = ["import json", "missing = []", "def walk(name, m):",
             "    for attr in dir(m):",
             "        if attr.startswith('_'): continue",
             "        v = getattr(m, attr)",
             "        if type(v).__name__ == 'module' or not callable(v): continue",
             "        if not getattr(v, '__doc__', None): missing.append(name + '.' + attr)"]
    for m in MODULES:
        lines.append(f"import {m} as _m\nwalk('{m}', _m)")
    lines.append("print(json.dumps(sorted(set(missing))))")
    return "\n".join(lines)


def builtin_script():
    calls = "\n".join(f"help({name})" for name in BUILTINS)
    return calls


def test_every_public_name_has_a_docstring():
    done = cellgrad_run(walk_script(), timeout=120)
    assert done.returncode == 0, done.stderr
    missing = json.loads(done.stdout.splitlines()[-1])
    assert not missing, f"{len(missing)} public names without a docstring: {missing[:40]}"


def test_builtins_show_signature_and_description():
    done = cellgrad_run(builtin_script())
    assert done.returncode == 0, done.stderr
    pages = done.stdout.split("Help on ")[1:]
    assert len(pages) == len(BUILTINS)
    for name, page in zip(BUILTINS, pages):
        body = page.split("\n\n", 1)[1]
        assert body.startswith(name + "(") and "(...)" not in body.split("\n")[0], page
        assert len(body.split("\n\n", 1)) == 2 and body.split("\n\n", 1)[1].strip(), f"{name} has no description: {page}"


def test_classes_show_their_init_signature():
    """help() and inspect.signature of a native class read the signature its __init__ was
    declared with (the loop-bound keras layers had none), as pydoc shows a Python class's."""
    script = "\n".join([
        "import inspect, keras, torch",
        "missing = []",
        "for name, mod in [('keras.layers', keras.layers), ('torch.nn', torch.nn)]:",
        "    for attr in dir(mod):",
        "        c = getattr(mod, attr)",
        "        if attr.startswith('_') or not isinstance(c, type) or '__init__' not in c.__dict__: continue",
        "        import io, contextlib",
        "        out = io.StringIO()",
        "        with contextlib.redirect_stdout(out): help(c)",
        "        if f' |  {attr}(' not in out.getvalue(): missing.append(attr)",
        "print(missing)",
        "print(inspect.signature(keras.layers.LSTM))",
        "print(inspect.signature(keras.layers.MaxPooling2D))",
        "print(inspect.signature(torch.nn.Linear))",
        "print(inspect.signature(torch.nn.Linear(2, 3).forward))",
        "class Net(torch.nn.Module): pass",
        "print(inspect.signature(Net))",
    ])
    done = cellgrad_run(script)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "[]", lines[0]
    assert lines[1].startswith("(units, activation='tanh', use_bias=True, dropout=0.0, recurrent_dropout=0.0, return_sequences=False")
    assert lines[2].startswith("(pool_size=(2, 2), strides=None, padding='valid', data_format=None")
    assert lines[3:] == ["(in_features, out_features, bias=True, device=None, dtype=None)", "(input)", "(*args, **kwargs)"]
