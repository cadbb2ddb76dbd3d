#!/usr/bin/env python3
"""Checks how the rooms of views/ include each other (issue 15): no include cycle between
files, no room includes a room it may not depend on, and only the shell (and the app) include
the main window. Run by scripts/test.sh; exit 1 with one line per violation."""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VIEWS = os.path.join(ROOT, "views")
# What each room may include, besides itself (the CMake link dependencies).
ALLOWED = {
    "workbench": set(),
    "canvas": set(),
    "editing": {"canvas", "workbench"},
    "simulation": {"canvas", "workbench"},
    "learning": {"canvas", "workbench", "editing"},
    "shell": {"canvas", "workbench", "editing"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def main():
    problems = []
    graph = {}
    files = []
    for room in sorted(os.listdir(VIEWS)):
        folder = os.path.join(VIEWS, room)
        if not os.path.isdir(folder):
            continue
        if room not in ALLOWED:
            problems.append(f"views/{room}: a room the include check does not know; add it to ALLOWED")
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith((".h", ".cpp")):
                files.append((room, name))
    for name in sorted(os.listdir(VIEWS)):
        if name.endswith((".h", ".cpp")):
            problems.append(f"views/{name}: every file of views/ belongs to a room (a folder)")
    for room, name in files:
        path = f"views/{room}/{name}"
        with open(os.path.join(ROOT, path), encoding="utf-8") as f:
            text = f.read()
        targets = []
        for inc in INCLUDE.findall(text):
            if inc.startswith("views/"):
                parts = inc.split("/")
                if len(parts) != 3:
                    problems.append(f"{path}: includes {inc}: views headers are views/<room>/<file>")
                    continue
                other = parts[1]
                target = inc
            elif "/" not in inc and os.path.exists(os.path.join(VIEWS, room, inc)):
                other, target = room, f"views/{room}/{inc}"
            else:
                continue  # the model, the app, Qt
            if other != room and other not in ALLOWED.get(room, set()):
                problems.append(f"{path}: includes {target}: the {room} room may not depend on the {other} room")
            if os.path.basename(target) == "mainwindow.h" and room != "shell":
                problems.append(f"{path}: includes the main window: rooms talk to the Workbench interface")
            targets.append(target)
        graph[path] = targets
    # Cycles between files (a header including, through others, itself; a .cpp cannot be
    # included, so only headers matter).
    state = {}

    def visit(node, stack):
        state[node] = 1
        stack.append(node)
        for nxt in graph.get(node, []):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                problems.append("include cycle: " + " -> ".join(cycle))
            elif nxt not in state:
                visit(nxt, stack)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    for p in problems:
        print(f"check-includes: {p}", file=sys.stderr)
    print(f"check-includes: {len(files)} files in {len({r for r, _ in files})} rooms, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
