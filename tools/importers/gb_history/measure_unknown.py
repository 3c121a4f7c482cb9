#!/usr/bin/env python3
"""Share of the substances controlled in GB today (a gb-mda-1971 or gb-mdr-2001 listing in force on the gov.uk list
date) that the registry answers `unknown` on given dates.  Dev-only.

Usage (after `cargo gen-tables` and `cargo build --example screen`):
  python3 tools/importers/gb_history/measure_unknown.py [SCREEN_BINARY] [DATE ...]
SCREEN_BINARY defaults to $CARGO_TARGET_DIR/debug/examples/screen; dates default to 2005-01-01 2012-01-01 2020-01-01.
"""
import glob, json, os, pathlib, subprocess, sys, tempfile, tomllib

ROOT = pathlib.Path(__file__).resolve().parents[3]
TODAY = "2026-04-24"


def lower(v):
    return v if isinstance(v, str) else v.get("not_before", v.get("not_after"))


def names():
    subs = {}
    for f in glob.glob(str(ROOT / "data/**/*.toml"), recursive=True):
        for s in tomllib.load(open(f, "rb")).get("substance", []):
            subs[s["id"]] = s["name"]
    ids = set()
    for f in glob.glob(str(ROOT / "data/listings/gb/*.toml")):
        for d in tomllib.load(open(f, "rb")).get("listing", []):
            u = d.get("until")
            if d["instrument"] == "gb-precursors" or (u and lower(u) <= TODAY):
                continue
            ids.add(d["substance"])
    return [subs[i] for i in sorted(ids)]


def main():
    args = sys.argv[1:]
    binary = args.pop(0) if args and not args[0][:1].isdigit() else os.path.join(
        os.environ.get("CARGO_TARGET_DIR", str(ROOT / "target")), "debug/examples/screen")
    dates = args or ["2005-01-01", "2012-01-01", "2020-01-01"]
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write("\n".join(names()) + "\n")
    for date in dates:
        out = subprocess.run([binary, "--in", "GB", "--on", date, "--json", fh.name], capture_output=True, text=True, check=True).stdout
        rows = [json.loads(l) for l in out.splitlines() if l.strip()]
        unk = sorted(r["substance"]["id"] for r in rows if r["verdicts"]["GB"]["status"] == "unknown")
        print(f"{date}: {len(unk)}/{len(rows)} unknown = {100 * len(unk) / len(rows):.1f}%")
        print("   ", " ".join(unk))


if __name__ == "__main__":
    main()
