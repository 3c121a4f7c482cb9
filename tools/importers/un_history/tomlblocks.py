"""Dev-only helpers: rewrite [[listing]] blocks of a data TOML file in place.

Blocks that are not changed keep their exact text; a changed block is written back
with the schema's key order. Used by apply_un_history.py (and the CN/EU fixes).
"""
import json
import re
import tomllib

KEY_ORDER = ["substance", "instrument", "schedule", "code", "announced", "effective", "precision", "until",
             "temporary", "added", "scope", "exceptions", "threshold", "narcotic", "hs_code", "citation",
             "source", "note"]


def split_blocks(text):
    """Return (head, [block_text, ...]); each block starts with '[[listing]]'."""
    parts = re.split(r"(?m)^(?=\[\[listing\]\]\s*$)", text)
    head, blocks = parts[0], parts[1:]
    return head, blocks


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(val(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def render(d):
    keys = [k for k in KEY_ORDER if k in d] + [k for k in d if k not in KEY_ORDER]
    lines = ["[[listing]]"] + [f"{k} = {val(d[k])}" for k in keys]
    return "\n".join(lines) + "\n\n"


def parse_block(block):
    return tomllib.loads(block)["listing"][0]
