"""A small TextMate tokenizer over Oniguruma (the engine VS Code uses), enough for grammars of
`match` and single-line `begin`/`end` rules, as editors/vscode's grammar is."""

import json

import onigurumacffi


class Grammar:
    def __init__(self, path):
        self.data = json.loads(open(path, encoding="utf-8").read())
        self.scope = self.data["scopeName"]
        self.cache = {}

    def regex(self, source):
        if source not in self.cache:
            self.cache[source] = onigurumacffi.compile(source)
        return self.cache[source]

    def rules(self, patterns):
        """The patterns with `include`s replaced by the rules they name."""
        for pattern in patterns:
            if "include" in pattern:
                name = pattern["include"].lstrip("#")
                rule = self.data["repository"][name]
                if "patterns" in rule and "match" not in rule and "begin" not in rule:
                    yield from self.rules(rule["patterns"])
                else:
                    yield rule
            else:
                yield pattern

    def tokenize(self, line):
        """The tokens of one line: (text, scopes), covering the whole line."""
        tokens = []
        stack = [(None, [self.scope])]
        position = 0
        anchor = 0
        while True:
            rule, scopes = stack[-1]
            candidates = []
            if rule is not None:
                found = self.regex(rule["end"]).search(line, position)
                if found:
                    candidates.append((found.start(), 0, "end", rule, found))
            patterns = self.data["patterns"] if rule is None else rule.get("patterns", [])
            for order, candidate in enumerate(self.rules(patterns), start=1):
                source = candidate.get("match") or candidate["begin"]
                found = self.regex(source.replace("\\G", "")).search(line, position)
                if found:
                    candidates.append((found.start(), order, "match" if "match" in candidate else "begin", candidate, found))
            if not candidates:
                break
            start, _, kind, chosen, found = min(candidates, key=lambda c: (c[0], c[1]))
            if start > position:
                tokens.append((line[position:start], scopes))
            if kind == "end":
                self.emit(tokens, line, found, scopes, chosen.get("endCaptures", {}))
                stack.pop()
            elif kind == "match":
                inner = scopes + ([chosen["name"]] if "name" in chosen else [])
                self.emit(tokens, line, found, inner, chosen.get("captures", {}))
            else:
                inner = scopes + ([chosen["name"]] if "name" in chosen else [])
                self.emit(tokens, line, found, inner, chosen.get("beginCaptures", {}))
                stack.append((chosen, inner))
            if found.end() == position and kind != "begin":
                # An empty match that did not open a rule: nothing more can happen here.
                if kind == "end" and len(stack) > 1:
                    continue
                break
            if found.end() == position and kind == "begin" and anchor == position and len(stack) > 8:
                raise AssertionError(f"the grammar loops at {position} in {line!r}")
            anchor = position
            position = found.end()
        if position < len(line):
            tokens.append((line[position:], stack[-1][1]))
        return [(text, scopes) for text, scopes in tokens if text]

    @staticmethod
    def emit(tokens, line, found, scopes, captures):
        position = found.start()
        for number in sorted(captures, key=int):
            span = found.span(int(number))
            if span[0] < 0 or span[0] == span[1]:
                continue
            if span[0] > position:
                tokens.append((line[position : span[0]], scopes))
            tokens.append((line[span[0] : span[1]], scopes + [captures[number]["name"]]))
            position = span[1]
        if found.end() > position:
            tokens.append((line[position : found.end()], scopes))
