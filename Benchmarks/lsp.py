#!/usr/bin/env python3
"""Benchmark of `toc lsp` driven as an editor drives it, over its standard input and output.

  python3 Benchmarks/lsp.py [.build/release/toc] [--edits 1000] [--memory-edits 10000]

For the largest team example and for the programme with its includes it types 1,000 edits (a
character added to a label, then taken away again, alternately) and measures from each `didChange`
sent to its `publishDiagnostics` received; then hover and completion 1,000 times each; then resident
memory (VmRSS of the server) over 10,000 edits. Prints a Markdown table for docs/performance.md."""

import json
import os
import pathlib
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]


class Server:
    def __init__(self, toc):
        self.process = subprocess.Popen([toc, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next = 1
        self.send({"id": 0, "method": "initialize", "params": {"capabilities": {}}})
        self.until(lambda m: m.get("id") == 0)
        self.send({"method": "initialized", "params": {}})

    def send(self, message):
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self):
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            header += self.process.stdout.read(1)
        length = int(header.split(b":")[1].split(b"\r\n")[0])
        return json.loads(self.process.stdout.read(length))

    def until(self, predicate):
        while True:
            message = self.receive()
            if predicate(message):
                return message

    def request(self, method, params):
        self.next += 1
        self.send({"id": self.next, "method": method, "params": params})
        return self.until(lambda m: m.get("id") == self.next)

    def rss_kb(self):
        for line in open(f"/proc/{self.process.pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0

    def close(self):
        self.request("shutdown", None)
        self.send({"method": "exit"})
        self.process.wait(timeout=10)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def open_document(server, path):
    uri = path.resolve().as_uri()
    text = path.read_text(encoding="utf-8")
    server.send({"method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "toc", "version": 1, "text": text}}})
    server.until(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri)
    return uri, text.split("\n")


def label_line(lines):
    """A definition line to type in: the first after the first section header."""
    first = next(i for i, line in enumerate(lines) if line.startswith("["))
    return next(i for i, line in enumerate(lines) if i > first and line[:1].isalpha() and ":" in line)


def arrow_line(lines):
    """A line with an arrow, to hover on and complete after it."""
    return next(i for i, line in enumerate(lines) if " -> " in line and not line.startswith("#"))


def edit(server, uri, line, column, version, add):
    start = {"line": line, "character": column}
    end = start if add else {"line": line, "character": column + 1}
    server.send({"method": "textDocument/didChange", "params": {
        "textDocument": {"uri": uri, "version": version},
        "contentChanges": [{"range": {"start": start, "end": end}, "text": "x" if add else ""}]}})
    server.until(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                 and m["params"]["uri"] == uri and m["params"]["version"] == version)


def typing(toc, path, edits):
    server = Server(toc)
    uri, lines = open_document(server, path)
    line = label_line(lines)
    column = lines[line].index(":") + 2
    times = []
    for version in range(2, edits + 2):
        started = time.perf_counter()
        edit(server, uri, line, column, version, version % 2 == 0)
        times.append((time.perf_counter() - started) * 1000)
    # Hover and completion on the id after the arrow of that line.
    target = arrow_line(lines)
    position = {"line": target, "character": lines[target].index(" -> ") + 5}
    hovers, completions = [], []
    for _ in range(edits):
        started = time.perf_counter()
        server.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": position})
        hovers.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        server.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": position})
        completions.append((time.perf_counter() - started) * 1000)
    server.close()
    return times, hovers, completions


def memory(toc, path, edits):
    server = Server(toc)
    uri, lines = open_document(server, path)
    line = label_line(lines)
    column = lines[line].index(":") + 2
    samples = []
    for version in range(2, edits + 2):
        edit(server, uri, line, column, version, version % 2 == 0)
        if version in (101, edits // 2, edits + 1):
            samples.append(server.rss_kb())
    server.close()
    return samples


def main():
    arguments = sys.argv[1:]
    toc = arguments[0] if arguments and not arguments[0].startswith("--") else str(ROOT / ".build/release/toc")
    edits = int(arguments[arguments.index("--edits") + 1]) if "--edits" in arguments else 1000
    memory_edits = int(arguments[arguments.index("--memory-edits") + 1]) if "--memory-edits" in arguments else 10000
    cases = [("largest team example (team-toekomst.toc)", ROOT / "Examples/team-toekomst.toc"),
             ("programme with its 6 includes (programma-2021.toc)", ROOT / "Examples/programma-2021.toc")]
    print("| document | edits | didChange→publishDiagnostics p50 / p99 | hover p99 | completion p99 |")
    print("|---|---|---|---|---|")
    for name, path in cases:
        times, hovers, completions = typing(toc, path, edits)
        print(f"| {name} | {edits} | {percentile(times, .5):.2f} / {percentile(times, .99):.2f} ms "
              f"| {percentile(hovers, .99):.2f} ms | {percentile(completions, .99):.2f} ms |")
    print()
    print("| document | edits | resident memory after 100 / half / all edits | growth |")
    print("|---|---|---|---|")
    for name, path in cases:
        samples = memory(toc, path, memory_edits)
        growth = (samples[-1] - samples[0]) / samples[0] * 100
        print(f"| {name} | {memory_edits} | {' / '.join(f'{s / 1024:.1f} MB' for s in samples)} | {growth:+.1f}% |")


if __name__ == "__main__":
    main()
