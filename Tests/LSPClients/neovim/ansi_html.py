"""Terminal text with ANSI colours (tmux capture-pane -e) as an HTML page of monospace cells."""

import html
import re
import sys

BASE = ["#000000", "#cd0000", "#00cd00", "#cdcd00", "#0000ee", "#cd00cd", "#00cdcd", "#e5e5e5",
        "#7f7f7f", "#ff0000", "#00ff00", "#ffff00", "#5c5cff", "#ff00ff", "#00ffff", "#ffffff"]


def color256(n):
    if n < 16:
        return BASE[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[n // 36], steps[n // 6 % 6], steps[n % 6])
    level = 8 + (n - 232) * 10
    return "#%02x%02x%02x" % (level, level, level)


def convert(text):
    state = {"fg": None, "bg": None, "bold": False, "reverse": False}
    out = []
    for part in re.split(r"(\x1b\[[0-9;]*m)", text):
        if part.startswith("\x1b["):
            codes = [int(c) if c else 0 for c in part[2:-1].split(";")]
            i = 0
            while i < len(codes):
                c = codes[i]
                if c == 0:
                    state = {"fg": None, "bg": None, "bold": False, "reverse": False}
                elif c == 1:
                    state["bold"] = True
                elif c == 7:
                    state["reverse"] = True
                elif c == 22:
                    state["bold"] = False
                elif c == 27:
                    state["reverse"] = False
                elif 30 <= c <= 37 or 90 <= c <= 97:
                    state["fg"] = BASE[c - 30 if c < 90 else c - 90 + 8]
                elif 40 <= c <= 47 or 100 <= c <= 107:
                    state["bg"] = BASE[c - 40 if c < 100 else c - 100 + 8]
                elif c == 39:
                    state["fg"] = None
                elif c == 49:
                    state["bg"] = None
                elif c in (38, 48) and i + 1 < len(codes):
                    if codes[i + 1] == 5 and i + 2 < len(codes):
                        value, i = color256(codes[i + 2]), i + 2
                    elif codes[i + 1] == 2 and i + 4 < len(codes):
                        value, i = "#%02x%02x%02x" % tuple(codes[i + 2 : i + 5]), i + 4
                    else:
                        value = None
                    state["fg" if c == 38 else "bg"] = value
                i += 1
            continue
        if not part:
            continue
        fg, bg = state["fg"] or "#e5e5e5", state["bg"] or "#1e1e1e"
        if state["reverse"]:
            fg, bg = bg, fg
        weight = "bold" if state["bold"] else "normal"
        out.append(f'<span style="color:{fg};background:{bg};font-weight:{weight}">{html.escape(part)}</span>')
    return "".join(out)


print('<!doctype html><meta charset="utf-8"><body style="margin:0;background:#1e1e1e">'
      '<pre style="margin:8px;font:14px/1.25 DejaVu Sans Mono,monospace;color:#e5e5e5">'
      + convert(sys.stdin.read()) + "</pre>")
