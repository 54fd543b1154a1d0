"""A button's clicked(bool) or an action's triggered(bool) fills the first parameter of
the slot it is connected to: `clicked.connect(self.email)` with `def email(self,
open_url=...)` called email(False), and E-mail and Print did nothing. No slot that
a widget signal is connected to may have a defaulted parameter (a lambda that binds
loop variables as defaults after a first throw-away parameter is fine)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "app" / "complaintkit" / "ui"


def _methods_with_defaults(tree: ast.Module) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    arguments = item.args
                    if arguments.defaults or any(
                        default is not None for default in arguments.kw_defaults
                    ):
                        found.setdefault(node.name, set()).add(item.name)
    return found


def _connections(tree: ast.Module):
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "connect"
                    and call.args
                ):
                    yield node.name, call.args[0], call.lineno


def test_no_signal_is_connected_to_a_method_with_defaulted_parameters() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defaults = _methods_with_defaults(tree)
        for cls, slot, line in _connections(tree):
            if (
                isinstance(slot, ast.Attribute)
                and isinstance(slot.value, ast.Name)
                and slot.value.id == "self"
                and slot.attr in defaults.get(cls, set())
            ):
                offenders.append(f"{path.name}:{line} {cls}.{slot.attr}")
            if isinstance(slot, ast.Lambda):
                arguments = slot.args
                positional = arguments.posonlyargs + arguments.args
                # Only the first parameter may take the signal's value with a default.
                if (
                    positional
                    and len(arguments.defaults) == len(positional)
                    and not positional[0].arg.startswith("_")
                ):
                    offenders.append(f"{path.name}:{line} lambda {positional[0].arg}=…")
    assert offenders == []


def test_the_audit_finds_the_fault_it_guards_against() -> None:
    tree = ast.parse(
        "class Panel:\n"
        "    def __init__(self):\n"
        "        self.button.clicked.connect(self.email)\n"
        "    def email(self, open_url=None):\n"
        "        pass\n"
    )
    defaults = _methods_with_defaults(tree)
    connections = list(_connections(tree))
    assert defaults == {"Panel": {"email"}}
    assert [(cls, slot.attr) for cls, slot, _line in connections] == [("Panel", "email")]
