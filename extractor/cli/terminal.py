"""Text from articles and file names made safe to print: no terminal control sequences, one line when asked.

An article (or a file name) can carry escape sequences: OSC-8 links, clear-screen, cursor moves, or
bidirectional overrides that reorder what a reader sees. Printed as they are, they act on the terminal.
Each such character is shown as its escape (``\\x1b``) instead, so it is visible and inert.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, and the bidirectional overrides and isolates.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("[\t\n\u2028\u2029\x85]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_text(text: str, *, one_line: bool = False) -> str:
    """``text`` with every terminal control character shown as its escape; with ``one_line``, line breaks too."""
    text = _CONTROL.sub(_escaped, text)
    return _LINE_BREAKS.sub(_escaped, text) if one_line else text
