#!/usr/bin/env python3
"""Hostile inputs that must finish with the right diagnostics: no recursion that grows with the
input, no quadratic blow-up. Run by hand or from CI with the release build:

    swift build -c release --product toc && python3 Benchmarks/hostile.py .build/release/toc

Each case writes its files to a temporary folder, runs `toc check --format json` with a time limit,
and compares the codes of the errors and warnings found with the ones expected."""
import collections, json, os, subprocess, sys, tempfile, time

INDICATOR = "[indicatoren]\ni: Indicator\n  bron: Wijkprofiel\n  nulmeting: 2018 = 1\n  streefwaarde: 2028 = 2\n"

def chain(n):
    lines = ["[activiteiten]", "n0: Begin -> n1", "[korte termijn]"]
    for i in range(1, n):
        lines += [f"n{i}: Stap {i} -> n{i + 1}", "  indicator: i"]
    lines += [f"n{n}: Einde", "  indicator: i"]
    return {"main.toc": "\n".join(lines) + "\n" + INDICATOR}

def cycle(n):
    lines = ["[activiteiten]", "begin: Begin -> n0", "[korte termijn]"]
    for i in range(n):
        lines += [f"n{i}: Stap -> n{(i + 1) % n}", "  indicator: i"]
    return {"main.toc": "\n".join(lines) + "\n" + INDICATOR}

def star(n):
    targets = ", ".join(f"k{i}" for i in range(n))
    lines = ["[activiteiten]", f"hub: Een activiteit met heel veel pijlen -> {targets}", "[korte termijn]"]
    lines += [f"k{i}: Effect {i}" for i in range(n)]
    return {"main.toc": "\n".join(lines) + "\n"}

def long_line(megabytes):
    label = ("Een heel lang label met één diakriet " * (megabytes * 1024 * 1024 // 38))
    return {"main.toc": "[activiteiten]\na: " + label + "\n"}

def include_chain(n):
    files = {"main.toc": "gebruik: f1.toc\n[activiteiten]\na: A\n"}
    for i in range(1, n):
        files[f"f{i}.toc"] = f"gebruik: f{i + 1}.toc\n[activiteiten]\na: A\n"
    files[f"f{n}.toc"] = "[activiteiten]\na: A\n"
    return files

def alike_teams(n):
    # Team files written alike have findings at the same lines and columns of different files.
    team = "[activiteiten]\na: Activiteit -> b\n[korte termijn]\nb: Een effect\n"
    return {f"team{i}.toc": team for i in range(n)}

def typos(n, every):
    lines = ["[activiteiten]"]
    for i in range(n):
        target = f"geen{i}" if i % every == every - 1 else f"r{i % 100}"
        lines.append(f"a{i}: Activiteit {i} -> {target}")
    lines += ["[resultaten]"] + [f"r{i}: Resultaat {i}" for i in range(100)]
    return {"main.toc": "\n".join(lines) + "\n"}

CASES = [
    # name, files, every code expected (errors and warnings) with its count, time limit in seconds,
    # and what to check when not main.toc
    ("1,000,000-node chain", lambda: chain(1_000_000), {}, 180),
    ("100,000-node cycle", lambda: cycle(100_000), {"TOC208": 1}, 60),
    ("a node with 100,000 links", lambda: star(100_000), {"TOC301": 100_000}, 60),
    ("a 10 MB single line", lambda: long_line(10), {"TOC205": 1, "TOC209": 1}, 60),
    ("1,000 files including each other", lambda: include_chain(1_000), {"TOC205": 1001, "TOC209": 1001}, 60),
    # Every typo asks "did you mean" of 100,000 ids: the suggestions must not make it quadratic.
    # The 1,000 activities whose only arrow is a typo are no dead ends besides (causes first).
    ("1,000 typos among 100,000 nodes", lambda: typos(100_000, 100),
     {"TOC111": 1000, "TOC205": 100, "TOC209": 1}, 30),
    # Their findings are merged without repeats: that must not compare each with all the others.
    ("20,000 team files written alike, in one folder", lambda: alike_teams(20_000),
     {"TOC301": 20_000}, 5, "."),
]

def main():
    toc = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/toc")
    failed = 0
    for name, make, expected, limit, *operand in CASES:
        with tempfile.TemporaryDirectory() as folder:
            for path, text in make().items():
                with open(os.path.join(folder, path), "w", encoding="utf-8") as f:
                    f.write(text)
            start = time.monotonic()
            try:
                result = subprocess.run([toc, "check", "--format", "json", *(operand or ["main.toc"])], cwd=folder,
                                        capture_output=True, timeout=limit)
            except subprocess.TimeoutExpired:
                print(f"FAIL {name}: no answer within {limit} s")
                failed += 1
                continue
            seconds = time.monotonic() - start
            try:
                found = collections.Counter(d["code"] for d in json.loads(result.stdout)["diagnostics"])
            except ValueError:
                print(f"FAIL {name}: exit {result.returncode}, no JSON: {result.stderr[:300]!r}")
                failed += 1
                continue
            wrong = {code: (expected.get(code, 0), found[code]) for code in set(expected) | set(found)
                     if found[code] != expected.get(code, 0)}
            if wrong:
                print(f"FAIL {name}: expected/found {wrong}")
                failed += 1
            else:
                print(f"ok   {name} ({seconds:.1f} s)")
    print(f"{len(CASES) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)

if __name__ == "__main__":
    main()
