"""What every importer shares: the repository's paths and the CAS check digit.

Each importer is a plain script run from anywhere (``python3
tools/importers/<source>/<script>.py``); it puts this folder on ``sys.path``
and imports from here. Importers write the project's own schema (see
``data/SCHEMA.md``); validation is left to the Rust loader
(``cargo run -p controlled-substances-tools --bin generate -- --check``).
"""

import re
from pathlib import Path

# The repository root (tools/importers/common.py -> ../..).
ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
# The public reference data, beside the checkout (see its SOURCES.md).
REFERENCE = ROOT.parent / "shared" / "reference"

_CAS = re.compile(r"([1-9]\d{1,6})-(\d{2})-(\d)")


def cas_ok(cas):
    """True when ``cas`` is a well-formed CAS number whose check digit matches."""
    m = _CAS.fullmatch(cas or "")
    if not m:
        return False
    digits = (m.group(1) + m.group(2))[::-1]
    return sum((i + 1) * int(d) for i, d in enumerate(digits)) % 10 == int(m.group(3))
