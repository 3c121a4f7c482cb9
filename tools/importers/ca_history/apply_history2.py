#!/usr/bin/env python3
"""Second pass over the Canadian history (after apply_history.py): a further facts table of
citation / source / note refinements for listings the first pass left as windows or unknown.
Dates change only where a source shows them; what stays open says what was tried.

    python3 tools/importers/ca_history/apply_history2.py [--check]

Rewrites only the keys named in each patch of the listing found by (file, substance, code);
every other line stays as it is. Idempotent: a patch whose note marker is already present is
skipped.

What was read in this pass (summaries, not copies):
- Justice Canada consolidated XML C-38.8 (shared/reference/canada-justice-laws/C-38.8.xml): the
  historical notes of the schedules give the amending SECTIONS, which narrows the candidates:
    Sch. I:  SOR/97-230 ss. 1-6; SOR/99-371 ss. 1, 2; SOR/99-421 s. 1(E); SOR/2005-235 s. 1;
             SOR/2005-271, 337; ...; SOR/2019-121 s. 1
    Sch. III: SOR/97-230 ss. 7-10; SOR/98-173 s. 1; SOR/2000-220 s. 1; SOR/2003-32 ss. 2, 3,
             4(F), 5; SOR/2003-412; SOR/2005-235 s. 2; ...
    Sch. IV: SOR/97-230 ss. 11-15; SOR/98-173 s. 2; SOR/99-371 s. 3; SOR/99-421 s. 2(E);
             SOR/2000-220 s. 2; SOR/2003-32 s. 6; SOR/2003-37; then SOR/2015-209
  An "(E)" or "(F)" section amends one language version only and cannot add an item.
- Narcotic Control Regulations (justicecanada/laws-lois-xml, C.R.C.,_c._1041.xml, version of
  2019-12-09): schedule historical note SOR/97-227 s. 5; SOR/98-158 s. 1; SOR/99-372 ss. 1, 2;
  SOR/2000-244 s. 1(E); SOR/2003-33 s. 1; SOR/2005-272 s. 1; SOR/2013-172 ...; SOR/2015-191
  ss. 1, 2 (item 17 "Cannabis, its preparations and derivatives" replaces the wording with
  "similar synthetic preparations"; item 18 synthetic cannabinoid receptor type 1 agonists);
  SOR/2019-120 s. 1 (subitem 15(14) ANPP).
- Benzodiazepines and Other Targeted Substances Regulations SOR/2000-217 (justicecanada/
  laws-lois-xml, version of 2025-10-30): registered 2000-06-01; Schedule 1 Part 1 item 1
  (benzodiazepines) names brotizolam (3), midazolam (23) and quazepam (31) in its running
  numbering; zolpidem is Part 1 item 12, a row in force from 2017-02-22 (historical note
  SOR/2003-38, s. 3; SOR/2017-12, ss. 10, 11); pemoline and pyrovalerone are not targeted
  substances at all.
- Canada Gazette Part II, SOR/2019-120 (published 2019-05-15; canadagazette.gc.ca/rp-pr/p2/2019/
  2019-05-15/html/sor-dors120-eng.html): NCR item 15 gains subitem (14) ANPP, "its derivatives
  and analogues"; PCR items 10, 13 and 29 reworded. The companion CDSA order is SOR/2019-121
  (XML historical note); its page and RIAS were not found.
- Health Canada, Notice of consultation on six fentanyl precursors (hc-sc.gc.ca/hc-ps/consult/
  fentanyl-eng.php, 2016): the six chemicals of Bill S-225 (propionyl chloride, NPP,
  4-piperidone, norfentanyl, 4-AP, 1-phenethylpiperidin-4-ylidenephenylamine); ANPP and
  benzylfentanyl are not among them and the notice says nothing of their status.
Tried without result (so the synthetic cannabinoids stay unknown before 2015-07-16): the RIAS
of SOR/2015-191/192 (the stored Gazette pages, English and French, stop before it), a Canada
Gazette Part I pre-publication, Health Canada notices, court decisions; only press reports
(iPolitics 2015-02-05 and 2015-02-12; nrlawyers.com on the 2013 Hamilton "Izms" case: Health
Canada "warned the public that any product that contains ingredients that are similar to
marijuana is considered illegal") and Health Canada's undated statement to UNODC that JWH-018
"is considered to be a similar synthetic preparation of cannabis" were found.
"""
import re, sys, tomllib, pathlib

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from apply_history import val, ORDER, FILES, SRC_XML, SRC_2011  # noqa: E402

MARK = "Second pass (2026-12):"
SRC_NCR = "Narcotic Control Regulations, C.R.C., c. 1041 (Justice Canada XML, justicecanada/laws-lois-xml 1c0c0b5, version of 2019-12-09): schedule and its historical note"
SRC_BOTSR = "Benzodiazepines and Other Targeted Substances Regulations, SOR/2000-217 (Justice Canada XML, justicecanada/laws-lois-xml 0597200, version of 2025-10-30): Schedules 1 and 2 with their row dates and historical notes"
G_2019_120 = "Canada Gazette Part II, SOR/2019-120, registered 2019-05-06, published 2019-05-15 (canadagazette.gc.ca/rp-pr/p2/2019/2019-05-15/html/sor-dors120-eng.html): NCR subitem 15(14) ANPP; PCR items 10, 13, 29"
HC_2016 = "Health Canada, Notice of consultation on the proposed order adding six fentanyl precursors to Schedule VI (hc-sc.gc.ca/hc-ps/consult/fentanyl-eng.php, 2016)"
SEC_IV = ("Schedule IV's historical note names, before 2015, SOR/97-230 ss. 11-15, SOR/98-173 s. 2 (the flunitrazepam repeal), SOR/99-371 s. 3, "
          "SOR/99-421 s. 2(E) (English version only, so no new item), SOR/2000-220 s. 2, SOR/2003-32 s. 6 and SOR/2003-37: the item came from one of "
          "SOR/97-230, SOR/99-371, SOR/2000-220, SOR/2003-32 or SOR/2003-37, none of which could be read (the stored Gazette archive and Justice "
          "point-in-time pages for Schedule IV before 2011 were not found). ")
SEC_III = ("Schedule III's historical note names, for 1998-2003, SOR/98-173 s. 1, SOR/2000-220 s. 1, SOR/2003-32 ss. 2, 3, 4(F), 5 and SOR/2003-412 "
           "(s. 4(F) amends the French version only); the item came from one of those, none of which could be read. ")

PATCHES = []
def patch(file, sub, code, **kw):
    PATCHES.append((file, sub, code, kw))

# ---- ANPP (Schedule I 16(14)) and benzylfentanyl (Schedule VI Part 1 item 32): SOR/2019-121
ANPP_NOTE = (MARK + " Subitem 16(14) was added by SOR/2019-121, s. 1 (the only 2019 instrument in Schedule I's historical note), in force 2019-05-15 "
             "(the consolidation's in-force date for the subitem, which is also the Gazette publication date of its NCR companion "
             "SOR/2019-120, registered 2019-05-06, whose s. 1 adds ANPP to NCR item 15). Whether ANPP was controlled before, as a derivative or analogue of fentanyl under "
             "item 16, was not found stated: the SOR/2019-121 page and its RIAS were not found, and Health Canada's 2016 consultation on six fentanyl "
             "precursors does not mention ANPP. So the status before 2019-05-15 stays unknown (no `added`).")
for f, s in (("cdsa", "ca-i-16-14-4-anilino-n-phenethylpiperidine"), ("fentanyl-family", "4-anpp")):
    patch(f, s, "I-16(14)",
          citation=["Controlled Drugs and Substances Act (S.C. 1996, c. 19), Schedule I, item 16, subitem (14): 4-Anilino-N-phenethylpiperidine (ANPP), its derivatives and analogues and salts of derivatives and analogues",
                    "SOR/2019-121, s. 1", "NCR companion: SOR/2019-120, s. 1"],
          source="; ".join([SRC_XML, G_2019_120, SRC_NCR, HC_2016]), note=ANPP_NOTE)
BZF_NOTE = (MARK + " Item 32 of Part 1 was added by SOR/2019-121 (Schedule VI's historical note: SOR/2019-121, ss. 2 to 5), in force 2019-05-15 (the "
            "consolidation's in-force date, which is also the publication date of the order's PCR companion SOR/2019-120). Benzylfentanyl has the "
            "fentanyl skeleton with a benzyl for the phenethyl group; whether Schedule I item 16 ('Fentanyls, their salts, derivatives, and analogues') "
            "captured it before was not found stated (no RIAS found; Health Canada's 2016 consultation on six fentanyl precursors does not mention it). "
            "So the status before 2019-05-15 stays unknown (no `added`).")
for f, s in (("precursors", "ca-vi-p1-32-benzylfentanyl"), ("fentanyl-family", "benzylfentanyl")):
    patch(f, s, "VI-P1-32",
          citation=["Controlled Drugs and Substances Act (S.C. 1996, c. 19), Schedule VI, Part 1, item 32: Benzylfentanyl (N-(1-benzylpiperidin-4-yl)-N-phenylpropionamide), its salts, derivatives and analogues and salts of derivatives and analogues",
                    "SOR/2019-121 (one of ss. 2 to 5, the sections amending Schedule VI)"],
          source="; ".join([SRC_XML, G_2019_120, HC_2016]), note=BZF_NOTE)

# ---- remifentanil (Schedule I 16(11.1))
REMI_NOTE = (MARK + " Schedule I's historical note names, before 2012, SOR/97-230 ss. 1-6, SOR/99-371 ss. 1, 2, SOR/99-421 s. 1(E) (English version "
             "only), SOR/2005-235 s. 1 (the methamphetamine item), SOR/2005-271 (ketamine) and SOR/2005-337: subitem 16(11.1) came from SOR/97-230, "
             "SOR/99-371 or SOR/2005-337, none of which could be read. Remifentanil is a 4-anilidopiperidine, so item 16's head ('Fentanyls, their "
             "salts, derivatives, and analogues') may have covered it before it was named; no source was found that says so. The window stays "
             "1997-05-14 to the 2011-02-09 consolidation.")
for f in ("fentanyl-family",):
    patch(f, "remifentanil", "I-16(11.1)",
          citation=["Controlled Drugs and Substances Act (S.C. 1996, c. 19), Schedule I, item 16, subitem (11.1): Remifentanil",
                    "Inserted by SOR/97-230 (ss. 1-6), SOR/99-371 (ss. 1, 2) or SOR/2005-337 (not read)"],
          source="; ".join([SRC_XML, SRC_2011]), note_append=" " + REMI_NOTE)

# ---- Schedule IV items inserted 1997-2003
IV = {
    ("zolpidem", "IV-25"): "Zolpidem appears in the Benzodiazepines and Other Targeted Substances Regulations only as a row in force from 2017-02-22 "
                           "(Schedule 1 Part 1 item 12; historical note SOR/2003-38, s. 3; SOR/2017-12, ss. 10, 11), so those Regulations give no earlier date. ",
    ("pemoline", "IV-25.1"): "Pemoline is not a targeted substance of the Benzodiazepines and Other Targeted Substances Regulations, so those give no date. ",
    ("pyrovalerone", "IV-26"): "Pyrovalerone is not a targeted substance of the Benzodiazepines and Other Targeted Substances Regulations, so those give no date. ",
    ("brotizolam", "IV-18(2.1)"): "The Benzodiazepines and Other Targeted Substances Regulations (registered 2000-06-01) name brotizolam in their own running "
                                  "numbering (Schedule 1 Part 1 item 1(3)), but that schedule was itself amended by SOR/2003-38 s. 3, so it does not date the CDSA subitem; "
                                  "in this dataset the substance is also a member of the item-18 class (ca-iv-18-benzodiazepines, listed from 1997), which answers for it. ",
    ("midazolam", "IV-18(22.1)"): "The Benzodiazepines and Other Targeted Substances Regulations (registered 2000-06-01) name midazolam in their own running "
                                  "numbering (Schedule 1 Part 1 item 1(23)), but that schedule was itself amended by SOR/2003-38 s. 3, so it does not date the CDSA subitem; "
                                  "in this dataset the substance is also a member of the item-18 class (ca-iv-18-benzodiazepines, listed from 1997), which answers for it. ",
    ("quazepam", "IV-18(29.1)"): "The Benzodiazepines and Other Targeted Substances Regulations (registered 2000-06-01) name quazepam in their own running "
                                 "numbering (Schedule 1 Part 1 item 1(31)), but that schedule was itself amended by SOR/2003-38 s. 3, so it does not date the CDSA subitem; "
                                 "in this dataset the substance is also a member of the item-18 class (ca-iv-18-benzodiazepines, listed from 1997), which answers for it. ",
}
for (s, code), extra in IV.items():
    patch("cdsa", s, code,
          citation=[f"Controlled Drugs and Substances Act (S.C. 1996, c. 19), Schedule IV, {'item ' + code[3:] if '(' not in code else 'item 18, subitem ' + code[5:]}",
                    "Inserted by SOR/97-230 (ss. 11-15), SOR/99-371 (s. 3), SOR/2000-220 (s. 2), SOR/2003-32 (s. 6) or SOR/2003-37 (not read)"],
          source="; ".join([SRC_XML, SRC_2011, SRC_BOTSR]), note_append=" " + MARK + " " + SEC_IV + extra + "The window stays 1997-05-14 to the 2011-02-09 consolidation.")

# ---- Schedule III items 25-32 (1998-2003)
for s, code in (("aminorex", "III-27"), ("etryptamine", "III-28"), ("lefetamine", "III-29"), ("ca-iii-29-lefetamine", "III-29"),
                ("mesocarb", "III-30"), ("zipeprol", "III-31"), ("amineptine", "III-32"), ("ghb", "III-25/26")):
    patch("cdsa", s, code, note_append=" " + MARK + " " + SEC_III + "The window (1998-01-01 to the Schedule III version of 2003-12-11) stays.")

# ---- Schedule II item 2 (synthetic cannabinoids): the search for the law's own word on item 1
CANNA = (" " + MARK + " No statement of the law's own record was found on whether these substances were 'similar synthetic preparations' under "
         "item 1 before 2015-07-16: the RIAS of SOR/2015-191/192 (Canada Gazette Part II, 2015-07-29) could not be read (the stored pages stop at the "
         "regulatory text), and no Part I pre-publication, Health Canada notice or court decision was found. Health Canada's undated statement to "
         "UNODC names JWH-018 alone as 'considered to be a similar synthetic preparation of cannabis'; the companion NCR amendment SOR/2015-191 only "
         "drops the words 'and similar synthetic preparations' from NCR item 17. So the status before 2015-07-16 stays unknown.")
patch("cdsa", None, r"II-2.*", note_append=CANNA)

def find_patches(fname, sub, code):
    out = []
    for f, s, c, kw in PATCHES:
        if f != fname:
            continue
        if s is None:
            if re.fullmatch(c, code or ""):
                out.append(kw)
        elif s == sub and c == code:
            out.append(kw)
    return out

def apply(name, text, stats):
    parts = re.split(r"(?m)^(?=\[\[listing\]\]\s*$)", text)
    out = [parts[0]]
    for b in parts[1:]:
        d = tomllib.loads(b)["listing"][0]
        ps = find_patches(name, d["substance"], d.get("code", ""))
        if not ps or MARK in d.get("note", ""):
            out.append(b)
            continue
        lines = b.rstrip("\n").split("\n")
        kv, order = {}, []
        for ln in lines[1:]:
            k = ln.split(" = ", 1)[0]
            kv[k] = ln
            order.append(k)
        def setk(k, v):
            if k not in kv:
                idx = ORDER.index(k)
                pos = next((i for i, ok in enumerate(order) if ok in ORDER and ORDER.index(ok) > idx), len(order))
                order.insert(pos, k)
            kv[k] = f"{k} = {val(v)}"
        for kw in ps:
            if "citation" in kw:
                setk("citation", kw["citation"])
            if "source" in kw:
                setk("source", kw["source"])
            if "note" in kw:
                setk("note", kw["note"])
            if "note_append" in kw:
                setk("note", (tomllib.loads(kv.get("note", 'note = ""'))["note"] + kw["note_append"]).strip())
        trail = b[len(b.rstrip("\n")):]
        out.append("[[listing]]\n" + "\n".join(kv[k] for k in order) + "\n" + (trail[1:] if trail.startswith("\n") else trail))
        stats[name] = stats.get(name, 0) + 1
    return "".join(out)

def main():
    check = "--check" in sys.argv
    stats = {}
    for k, p in FILES.items():
        text = p.read_text()
        new = apply(k, text, stats)
        tomllib.loads(new)
        if not check and new != text:
            p.write_text(new)
    print("patched listings:", stats)

if __name__ == "__main__":
    main()
