"""Grammar-aware fuzzer for Cellgrad's lexer, parser and evaluator (issue 16), run outside CI.

Programs are made from the differential snippet suites (and the seeds' code blocks, when
given): each is parsed with CPython's `ast`, then mutated at the syntax-tree level (an
expression or statement swapped for one of the same kind from another program, constants
replaced by hostile ones, bodies wrapped in loops, containers nested deeply) or, for the
lexer and parser, at the text level (tokens deleted, duplicated, lines cut). Every program
runs in a Cellgrad kernel through jupyter_client. Findings:

- crash: the kernel process died;
- hang: no reply within --budget seconds, and none within --interrupt-budget after an interrupt;
- internal: an `error` reply naming SystemError (a trap: a bug of ours);
- leak: resident memory growing across a batch that should leave nothing behind.

    python bench/hardening/fuzz_grammar.py --minutes 30 --out /tmp/fuzz
    nice -n 19 python bench/hardening/fuzz_grammar.py --workers 2 --budget 1 --restart-every 2000

The kernel is the `cellgrad` kernelspec jupyter_client finds: put another build first with
JUPYTER_PATH=DIR (DIR/kernels/cellgrad/kernel.json). Each worker runs its own kernel on its own
seed (--seed + worker), many programs per kernel process.

Findings are written as numbered .py files in --out; the summary is printed at the end.
"""
import argparse
import ast
import copy
import multiprocessing
import os
import random
import sys
import time
from pathlib import Path

import psutil
from jupyter_client.manager import start_new_kernel

ROOT = Path(__file__).resolve().parents[2]
HOSTILE_CONSTANTS = [0, -1, 1, 2**62, -2**63, 10**18, 1e308, float("nan"), "", "x" * 1000, "\u2028",
                     (), [], {}, None, True, 10**6, 3.5, "你好", b"\x00"]
MAX_SOURCE = 20_000


def seed_programs(extra_dirs):
    """The seed programs' sources (each parses with CPython's `ast`)."""
    files = sorted((ROOT / "Tests/conformance/snippets").glob("language/*.py"))
    files += sorted((ROOT / "Tests/conformance/snippets").glob("stdlib/*.py"))
    files += sorted((ROOT / "Tests/conformance/snippets").glob("numpy/*.py"))
    for d in extra_dirs:
        files += sorted(Path(d).rglob("*.py"))
    programs = []
    for f in files:
        try:
            source = f.read_text()
            ast.parse(source)
        except (SyntaxError, ValueError, UnicodeDecodeError):
            continue
        programs.append(source)
    return programs


class Pools:
    """Expressions and statements of the seed programs, by node class."""

    def __init__(self, programs):
        self.expressions, self.statements = {}, []
        for source in programs:
            for node in ast.walk(ast.parse(source)):
                if isinstance(node, ast.expr) and not isinstance(node, (ast.Starred,)):
                    self.expressions.setdefault(type(node).__name__, []).append(node)
                    self.expressions.setdefault("any", []).append(node)
                elif isinstance(node, ast.stmt) and not isinstance(node, (ast.Return, ast.Break, ast.Continue)):
                    self.statements.append(node)


class Mutator(ast.NodeTransformer):
    def __init__(self, rng, pools, rate):
        self.rng, self.pools, self.rate = rng, pools, rate

    def visit_Constant(self, node):
        if self.rng.random() < self.rate:
            return ast.copy_location(ast.Constant(self.rng.choice(HOSTILE_CONSTANTS)), node)
        return node

    def generic_visit(self, node):
        super().generic_visit(node)
        r = self.rng.random()
        if isinstance(node, ast.expr) and not isinstance(node.ctx if hasattr(node, "ctx") else None, (ast.Store, ast.Del)):
            if r < self.rate:
                pool = self.pools.expressions.get(type(node).__name__) or self.pools.expressions["any"]
                return copy.deepcopy(self.rng.choice(pool))
            if r < self.rate * 1.3:
                # Deep nesting of a container around the expression.
                depth = self.rng.choice([10, 100, 400])
                for _ in range(depth):
                    node = ast.List(elts=[node], ctx=ast.Load())
                return node
        if isinstance(node, ast.stmt) and r < self.rate and self.pools.statements:
            return copy.deepcopy(self.rng.choice(self.pools.statements))
        if isinstance(node, ast.stmt) and r < self.rate * 1.2:
            loop = ast.parse("for _fz in range(3):\n    pass").body[0]
            loop.body = [node]
            return loop
        return node


def text_mutation(rng, source):
    lines = source.split("\n")
    kind = rng.randrange(4)
    if kind == 0 and lines:  # cut the program at a random point
        i = rng.randrange(len(source) + 1)
        return source[:i]
    if kind == 1:  # delete a random character span
        i = rng.randrange(len(source) + 1)
        return source[:i] + source[i + rng.randint(1, 8):]
    if kind == 2 and lines:  # duplicate a line with another indentation
        i = rng.randrange(len(lines))
        lines.insert(i, rng.choice(["", "    ", "\t", "        "]) + lines[i].lstrip())
        return "\n".join(lines)
    # insert a random token
    token = rng.choice(["(", ")", "[", "]", ":", "lambda", "yield", "**", "'''", "\\", "\n", "f'{", "0x", "1e", "…", "nonlocal x"])
    i = rng.randrange(len(source) + 1)
    return source[:i] + token + source[i:]


def make_program(rng, programs, pools):
    # Parsing again is several times faster than deep-copying a kept tree, and gives the same tree.
    tree = ast.parse(rng.choice(programs))
    # Often a part of a program: a prefix (whose names are defined), or a random slice.
    if len(tree.body) > 6 and rng.random() < 0.7:
        if rng.random() < 0.6:
            tree.body = tree.body[:rng.randint(1, len(tree.body))]
        else:
            start = rng.randrange(len(tree.body))
            tree.body = tree.body[start:start + rng.randint(1, 6)]
    try:
        tree = Mutator(rng, pools, rate=rng.choice([0.02, 0.05, 0.1])).visit(tree)
        ast.fix_missing_locations(tree)
        source = ast.unparse(tree)
    except (RecursionError, ValueError, TypeError, AttributeError):
        source = "pass"
    if rng.random() < 0.25:
        source = text_mutation(rng, source)
    return source[:MAX_SOURCE]


class Kernel:
    def __init__(self, cwd=None):
        # Programs write files (np.save, open(..., 'w')): they run in a scratch directory.
        self.km, self.kc = start_new_kernel(kernel_name="cellgrad", startup_timeout=60, cwd=cwd)
        self.process = psutil.Process(self.km.provisioner.process.pid)
        self.last_error = ""

    def rss(self):
        return self.process.memory_info().rss

    def run(self, code, budget, interrupt_budget):
        """'ok', 'error:<ename>', 'hang' or 'crash'."""
        msg_id = self.kc.execute(code, allow_stdin=False)
        deadline = time.time() + budget
        interrupted = False
        while True:
            try:
                reply = self.kc.get_shell_msg(timeout=0.1)
            except Exception:
                if not self.km.is_alive():
                    return "crash"
                if time.time() > deadline:
                    if interrupted:
                        return "hang"
                    self.km.interrupt_kernel()
                    interrupted = True
                    deadline = time.time() + interrupt_budget
                continue
            if reply["parent_header"].get("msg_id") == msg_id:
                content = reply["content"]
                self.drain()
                self.last_error = f"{content.get('ename')}: {content.get('evalue')}"
                return "ok" if content["status"] == "ok" else f"error:{content.get('ename')}"

    def memory(self):
        """(resident, malloc's live bytes, resident after returning free memory to the system),
        in MiB, of the session after its globals are cleared: live growth is what the session
        still holds (leaks, caches, cell history); resident growth beyond it, glibc's retention."""
        self.run(CLEAR_GLOBALS, 10, 5)
        resident = self.rss()
        msg_id = self.kc.execute("import sys as _s, gc as _g\n_g.collect()\n"
                                 "print(_s._cellgrad_heap(True)['in_use'])\ndel _s, _g", allow_stdin=False)
        live, deadline = None, time.time() + 10
        while time.time() < deadline:
            try:
                msg = self.kc.get_iopub_msg(timeout=0.5)
            except Exception:
                continue
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "stream" and msg["content"]["text"].strip().isdigit():
                live = int(msg["content"]["text"].strip())
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
        self.drain()
        mib = 2**20
        return round(resident / mib), round((live or 0) / mib), round(self.rss() / mib)

    def drain(self):
        while True:
            try:
                self.kc.get_iopub_msg(timeout=0)
            except Exception:
                return

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


CLEAR_GLOBALS = "for _n in list(globals()):\n    if not _n.startswith('__'): del globals()[_n]"


def fuzz_worker(worker, args, stop, report):
    """One kernel session after another, until `stop`: this worker's counts, findings and leak samples."""
    out = Path(args.out) / f"worker{worker}"
    out.mkdir(parents=True, exist_ok=True)
    workdir = out / "files" / "a" / "b"   # deep enough that '..' stays in the scratch tree
    workdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed + worker)
    programs = seed_programs(args.seeds_dir)
    pools = Pools(programs)
    counts, findings, executions = {}, [], 0
    # Resident MB of a cleared session early (after --leak-warmup programs) and at its end.
    sessions = []
    kernel = Kernel(str(workdir))
    in_kernel, recent, early_rss = 0, [], None
    while time.time() < stop:
        source = make_program(rng, programs, pools)
        outcome = kernel.run(source, args.budget, args.interrupt_budget)
        executions += 1
        in_kernel += 1
        counts[outcome] = counts.get(outcome, 0) + 1
        finding = outcome if outcome in ("crash", "hang", "error:SystemError") else None
        # The whole session since the kernel started: a SystemError that needs earlier state
        # (np.percentile, np.diag in run 3) could not be replayed from the last 20 cells.
        recent.append(source)
        if finding:
            path = out / f"{len(findings):03d}_{finding.replace(':', '_')}.py"
            note = kernel.last_error if finding.startswith("error") else finding
            path.write_text(f"# {note}\n" + source)
            # What ran before in the same session, for findings that need its state
            # (replay: bench/hardening/replay_session.py).
            path.with_suffix(".session.py").write_text("\n# ----- next cell -----\n".join(recent))
            findings.append((finding, str(path)))
            print(f"worker {worker} finding {finding}: {path}", flush=True)
        if finding is None and in_kernel == args.leak_warmup:
            early_rss = kernel.memory()
        if finding or in_kernel >= args.restart_every:  # a fresh session after any finding: no cascades
            if finding is None and early_rss is not None:
                # A cleared session should keep what it kept early on: growth is a leak candidate.
                sessions.append((early_rss, kernel.memory()))
            try:
                kernel.close()
            except Exception:
                pass
            kernel = Kernel(str(workdir))
            in_kernel, recent, early_rss = 0, [], None
        if executions % 5000 == 0:
            print(f"worker {worker}: {executions} executions, "
                  f"{sorted(counts.items(), key=lambda kv: -kv[1])[:6]}", flush=True)
    kernel.close()
    report.put((worker, executions, counts, findings, sessions))


def main():
    sys.setrecursionlimit(20_000)
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--minutes", type=float, default=10)
    p.add_argument("--seed", type=int, default=16, help="worker i uses seed + i")
    p.add_argument("--workers", type=int, default=1, help="fuzzing processes, each with its own kernel")
    p.add_argument("--out", default="/tmp/cellgrad-fuzz")
    p.add_argument("--budget", type=float, default=3.0, help="seconds a program may run before it is interrupted")
    p.add_argument("--interrupt-budget", type=float, default=2.0, help="seconds to answer an interrupt")
    p.add_argument("--restart-every", type=int, default=500, help="programs per kernel (a fresh session)")
    p.add_argument("--leak-warmup", type=int, default=100,
                   help="programs after which a session's cleared resident size is first measured")
    p.add_argument("--seeds-dir", action="append", default=[], help="more .py files to seed from")
    args = p.parse_args()
    programs = seed_programs(args.seeds_dir)
    pools = Pools(programs)
    print(f"{len(programs)} seed programs, {len(pools.statements)} statements, "
          f"{len(pools.expressions['any'])} expressions; {args.workers} workers", flush=True)
    start = time.time()
    stop = start + args.minutes * 60
    report = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=fuzz_worker, args=(w, args, stop, report)) for w in range(args.workers)]
    for w in workers:
        w.start()
    results = [report.get() for _ in workers]
    for w in workers:
        w.join()
    executions = sum(r[1] for r in results)
    counts, findings, sessions = {}, [], []
    for _, _, c, f, s in sorted(results):
        for k, v in c.items():
            counts[k] = counts.get(k, 0) + v
        findings += f
        sessions += s
    minutes = (time.time() - start) / 60
    print(f"\n{executions} executions in {minutes:.0f} min ({executions / (minutes * 60):.0f}/s); "
          f"outcomes {dict(sorted(counts.items(), key=lambda kv: -kv[1]))}")
    print(f"findings: {len(findings)}")
    for kind, path in findings:
        print(f"  {kind}: {path}")
    if sessions:
        print(f"{len(sessions)} complete sessions; (resident, malloc live, resident after malloc_trim) MiB "
              f"of the cleared session after {args.leak_warmup} programs and at its end: {sessions}")
        for i, name in enumerate(["resident", "malloc live", "resident after trim"]):
            growth = sorted(end[i] - early[i] for early, end in sessions)
            print(f"{name} growth MiB: median {growth[len(growth) // 2]}, max {growth[-1]}, "
                  f"over 20 MiB in {sum(g > 20 for g in growth)}")


if __name__ == "__main__":
    main()
