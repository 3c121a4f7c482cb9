#!/usr/bin/env python3
"""Dev-only: give the UN 1961 / 1971 listings the earliest date the record supports.

Rewrites data/listings/un/1961.toml and data/listings/un/1971.toml in place (record order,
header comments and all other fields kept).  Only listings still dated
precision = "in-force-by" / effective = "2026-04-24" are touched; a listing is re-dated only
when its *current* schedule appears in one of the records below.  Everything else is left
as it is.  Re-running the script is a no-op.

Records used (read in the session of 2026-11-28 with the project's search tool):

  C61   Commentary on the Single Convention on Narcotic Drugs, 1961 (United Nations, 1973),
        "Schedules: List of drugs included in Schedule I" (the schedules as adopted; the copy
        read, https://abuse-drug.com/lib/Commentary-on-the-Single-Convention/schedules.html,
        was legible from ACETYLMETHADOL to DIETHYLTHIAMBUTENE only), and its comment on
        article 2 ("as opium and the coca leaf are listed in Schedule I").
        Single Convention in force 1964-12-13.
  NL82  Single Convention as amended by the 1972 Protocol, schedules "zoals gewijzigd per
        8 februari 1982" (Netherlands treaty database BWBV0001004; text read in
        github.com/statengeneraal/laws-markdown, commit 0e5f1b67b2209320c393dd70d8be4bb0a3eb6cd0).
  NL88  Convention on Psychotropic Substances, "Revised Schedules including all amendments
        made by the Commission on Narcotic Drugs in force as of 12 October 1988"
        (Netherlands treaty database BWBV0003922; same repository, commit
        82d8bed68cfd4b8fb1ff564dd9f0da7550575dda).
  S71   1971 Convention schedules as adopted (in force 1976-08-16): the 32 names of the
        original Schedules I-IV, cross-checked against NL88 (every one is there) and
        against a reproduction of the 1971 list in a Pakistani (Punjab Drugs Rules 2007)
        schedule; the UN original text itself was not read in this session (see notes).
  CND   later CND sessions: UNIS press release UNIS/NAR/1267 (18 March 2016); UNODC LSS
        announcements of December 2016 and December 2018 (WHO recommendations);
        E/CN.7/2018/10, E/CN.7/2020/10; FDA notices 86 FR 10097 (2021-02-18) and
        89 FR 8683 (2024-02-08) (CND meetings of April 2021 and March 2024); WHO news item
        of 30 March 2023; a news post of March 2025 on the CND's March 2025 decisions.
        Where only the session (or month) is known the date is the session's (last) day or
        the month's last day, precision "approximate" (the decision enters into force for
        each Party on the Secretary-General's communication (1961 Convention art. 3(7)) or
        180 days after it (1971 Convention art. 2(7)); those dates were not found).

Usage: python3 tools/importers/us_un/un_backdate.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/importers: common

import json
import tomllib
from pathlib import Path

from common import ROOT  # noqa: E402
FILES = [ROOT / "data/listings/un/1961.toml", ROOT / "data/listings/un/1971.toml"]
OLD_DATE = "2026-04-24"

NL82_SRC = ("Netherlands treaty database BWBV0001004 (Single Convention as amended, schedules as amended "
            "per 8 February 1982), read in github.com/statengeneraal/laws-markdown "
            "commit 0e5f1b67b2209320c393dd70d8be4bb0a3eb6cd0")
NL88_SRC = ("Netherlands treaty database BWBV0003922 (1971 Convention, revised schedules in force as of "
            "12 October 1988), read in github.com/statengeneraal/laws-markdown "
            "commit 82d8bed68cfd4b8fb1ff564dd9f0da7550575dda")
C61_SRC = ("Commentary on the Single Convention on Narcotic Drugs, 1961 (UN, 1973), Schedules and comment on "
           "article 2 (copy at abuse-drug.com/lib/Commentary-on-the-Single-Convention/)")

# ---------------------------------------------------------------- 1961 Convention
# Schedule I as adopted, legible part of the Commentary's list (ACETYLMETHADOL ... DIETHYLTHIAMBUTENE),
# plus opium (Commentary on article 2).
C61_I = {
    "acetylmethadol", "allylprodine", "alphacetylmethadol", "alphameprodine", "alphamethadol", "alphaprodine",
    "anileridine", "benzethidine", "benzylmorphine", "betacetylmethadol", "betameprodine", "betamethadol",
    "betaprodine", "cannabis", "cannabis-resin-and-extracts", "clonitazene", "coca-leaf", "cocaine",
    "concentrate-of-poppy-straw", "desomorphine", "dextromoramide", "diampromide", "diethylthiambutene", "opium",
}
# In the schedules as amended per 8 February 1982 (NL82), by schedule.
NL82 = {
    "I": {
        "acetorphine", "bezitramide", "codoxime", "difenoxin", "dihydromorphine", "dimenoxadol", "dimepheptanol",
        "dimethylthiambutene", "dioxaphetyl-butyrate", "diphenoxylate", "dipipanone", "drotebanol", "ecgonine",
        "ethylmethylthiambutene", "etonitazene", "etorphine", "etoxeridine", "furethidine", "heroin",
        "hydrocodone", "hydromorphinol", "hydromorphone", "hydroxypethidine", "isomethadone", "ketobemidone",
        "levomethorphan", "levomoramide", "levophenacylmorphan", "levorphanol", "metazocine", "methadone",
        "methadone-intermediate", "methyldesorphine", "methyldihydromorphine", "metopon", "moramide-intermediate",
        "morpheridine", "morphine", "morphine-methylbromide", "morphine-n-oxide", "myrophine", "nicomorphine",
        "noracymethadol", "norlevorphanol", "normethadone", "normorphine", "norpipanone", "oxycodone",
        "oxymorphone", "pethidine", "pethidine-intermediate-a", "pethidine-intermediate-b",
        "pethidine-intermediate-c", "phenadoxone", "phenampromide", "phenazocine", "phenomorphan",
        "phenoperidine", "piminodine", "piritramide", "proheptazine", "properidine", "racemethorphan",
        "racemoramide", "racemorphan", "thebacon", "thebaine", "tilidine", "trimeperidine",
    },
    "II": {"acetyldihydrocodeine", "codeine", "dextropropoxyphene", "dihydrocodeine", "ethylmorphine",
           "nicocodeine", "nicodicodine", "norcodeine", "pholcodine", "propiram"},
    "III": {"un-1961-schedule-iii-preparations"},
    "IV": {"acetorphine", "desomorphine", "etorphine", "heroin", "ketobemidone"},
}

# ---------------------------------------------------------------- 1971 Convention
# Schedules as adopted (1971), only where the substance is still in the same schedule.
S71 = {
    "I": {"det", "dmhp", "dmt", "lsd", "mescaline", "parahexyl", "psilocin", "psilocybin", "dom",
          "tetrahydrocannabinol-isomers"},
    "II": {"amphetamine", "dexamfetamine", "methamphetamine", "methylphenidate", "phencyclidine",
           "phenmetrazine"},
    "III": {"amobarbital", "cyclobarbital", "glutethimide", "pentobarbital"},
    "IV": {"diethylpropion", "barbital", "ethchlorvynol", "ethinamate", "meprobamate", "methylphenobarbital",
           "methyprylon", "phenobarbital", "pipradrol", "lefetamine"},
}
# In force as of 12 October 1988 (NL88), by schedule (same schedule as today).
NL88 = {
    "I": {"dob", "cathinone", "dma", "doet", "eticyclidine", "mda", "mmda", "pma", "rolicyclidine", "mdma",
          "tenocyclidine", "tma"},
    "II": {"fenethylline", "levamfetamine", "levmetamfetamine", "mecloqualone", "metamfetamine-racemate",
           "methaqualone", "secobarbital"},
    "III": {"butalbital", "cathine", "pentazocine"},
    "IV": {"allobarbital", "alprazolam", "benzphetamine", "bromazepam", "butobarbital", "camazepam",
           "chlordiazepoxide", "clobazam", "clonazepam", "clorazepate", "clotiazepam", "cloxazolam",
           "delorazepam", "diazepam", "estazolam", "ethyl-loflazepate", "n-ethylamphetamine", "fencamfamin",
           "fenproporex", "fludiazepam", "flurazepam", "halazepam", "haloxazolam", "ketazolam", "loprazolam",
           "lorazepam", "lormetazepam", "mazindol", "medazepam", "mefenorex", "nimetazepam", "nitrazepam",
           "nordiazepam", "oxazepam", "oxazolam", "phendimetrazine", "phentermine", "pinazepam", "prazepam",
           "pyrovalerone", "butabarbital", "temazepam", "tetrazepam", "triazolam", "vinylbital"},
}
# methaqualone (IV -> II) and secobarbital (III -> II) were transferred after 1976; their current
# (Schedule II) listings are dated only by NL88, as in-force-by.

# ---------------------------------------------------------------- later CND sessions
# key: (instrument, schedule, substance) -> (effective, precision, citation, note)
S59 = ("2016-03-18", "approximate",
       "CND, 59th session: substance added to the schedules on 18 March 2016 (UNIS press release UNIS/NAR/1267, 18 March 2016)",
       "The press release gives the day of the CND vote (18 March 2016); the decision takes effect on the "
       "Secretary-General's communication (1961 Convention) or 180 days after it (1971 Convention), a date "
       "not found, hence precision approximate.")
S60 = ("2017-03-17", "approximate",
       "CND, 60th session (March 2017), on the WHO recommendation announced at the reconvened 59th session "
       "(UNODC LSS announcement, December 2016)",
       "Only the WHO recommendation (ECDD 38, November 2016) and the session that took it up were found; the "
       "date is the last day of the 60th session (13-17 March 2017), precision approximate. Decision number and "
       "date of the Secretary-General's communication not read.")
S61 = ("2018-03-16", "approximate",
       "CND, 61st session (12-16 March 2018), on the WHO recommendation (E/CN.7/2018/10)",
       "Date = last day of the CND session that considered the WHO recommendation (E/CN.7/2018/10), precision "
       "approximate; decision number and date of entry into force not read.")
S62 = ("2019-03-22", "approximate",
       "CND, 62nd session (14-22 March 2019), on the WHO recommendation announced in December 2018 (UNODC LSS "
       "announcement; 84 FR 7070, 2019-03-01)",
       "Date = last day of the 62nd session (per 84 FR 7070), precision approximate; decision number and date of "
       "entry into force not read.")
S63 = ("2020-03-06", "approximate",
       "CND, 63rd session (2-6 March 2020), on the WHO recommendation (E/CN.7/2020/10)",
       "Date = last day of the CND session that considered the WHO recommendation (E/CN.7/2020/10), precision "
       "approximate; decision number and date of entry into force not read.")
S64 = ("2021-04-30", "approximate",
       "CND, 64th session (April 2021), on the WHO recommendation (FDA notice 86 FR 10097, 2021-02-18)",
       "Only the month of the CND meeting (April 2021, per 86 FR 10097) was found; date = end of that month, "
       "precision approximate; decision number and date of entry into force not read.")
S66 = ("2023-03-17", "approximate",
       "CND, 66th session (13-17 March 2023), accepting the WHO recommendation (WHO news item, 30 March 2023)",
       "WHO reports that the CND accepted all its recommendations in March 2023; date = last day of the session "
       "(13-17 March 2023, per COM(2023) 2), precision approximate; decision number and date of entry into force "
       "not read.")
S67 = ("2024-03-31", "approximate",
       "CND, 67th session (March 2024), on the WHO recommendation (FDA notice 89 FR 8683, 2024-02-08)",
       "Only the month of the CND meeting (March 2024, per 89 FR 8683) was found; date = end of that month, "
       "precision approximate; decision number and date of entry into force not read.")
S68 = ("2025-03-31", "approximate",
       "CND, 68th session (March 2025): substance placed under control on the WHO recommendation (news report, March 2025)",
       "Only the month of the CND decision (March 2025) was found, in a secondary news report; date = end of that "
       "month, precision approximate; decision number and date of entry into force not read.")

CND = {
    # 1961 Convention
    ("un-1961", "I", "mt-45"): S59,
    ("un-1961", "I", "u-47700"): S60,
    ("un-1961", "I", "butyrylfentanyl"): S60,
    ("un-1961", "I", "4-fluoroisobutyrylfentanyl"): S61,
    ("un-1961", "I", "tetrahydrofuranylfentanyl"): S61,
    ("un-1961", "I", "cyclopropylfentanyl"): S62,
    ("un-1961", "I", "methoxyacetylfentanyl"): S62,
    ("un-1961", "I", "ortho-fluorofentanyl"): S62,
    ("un-1961", "I", "para-fluorobutyrylfentanyl"): S62,
    ("un-1961", "I", "crotonylfentanyl"): S63,
    ("un-1961", "I", "isotonitazene"): S64,
    ("un-1961", "I", "2-methyl-ap-237"): S66,
    ("un-1961", "I", "etodesnitazene"): S66,
    ("un-1961", "I", "etonitazepyne"): S66,
    ("un-1961", "I", "protonitazene"): S66,
    ("un-1961", "I", "butonitazene"): S67,
    ("un-1961", "I", "protonitazepyne"): S68,
    ("un-1961", "I", "metonitazepyne"): S68,
    ("un-1961", "I", "etonitazepipne"): S68,
    ("un-1961", "I", "n-desethyl-isotonitazene"): S68,
    # 1971 Convention
    ("un-1971", "I", "pmma"): S59,
    ("un-1971", "II", "alpha-pvp"): S59,
    ("un-1971", "II", "4-4-dmar"): S59,
    ("un-1971", "II", "methoxetamine"): S59,
    ("un-1971", "IV", "phenazepam"): S59,
    ("un-1971", "II", "4-mec"): S60,
    ("un-1971", "II", "ethylone"): S60,
    ("un-1971", "II", "pentedrone"): S60,
    ("un-1971", "II", "ethylphenidate"): S60,
    ("un-1971", "II", "methiopropamine"): S60,
    ("un-1971", "II", "mdmb-chmica"): S60,
    ("un-1971", "II", "5f-apinaca"): S60,
    ("un-1971", "II", "xlr11"): S60,
    ("un-1971", "II", "ab-chminaca"): S61,
    ("un-1971", "II", "5f-adb"): S61,
    ("un-1971", "II", "ab-pinaca"): S61,
    ("un-1971", "II", "ur-144"): S61,
    ("un-1971", "II", "5f-pb-22"): S61,
    ("un-1971", "II", "4-fluoroamphetamine"): S61,
    ("un-1971", "II", "adb-fubinaca"): S62,
    ("un-1971", "II", "fub-amb"): S62,
    ("un-1971", "II", "4-cn-cumyl-butinaca"): S62,
    ("un-1971", "II", "n-ethylpentylone"): S62,
    ("un-1971", "I", "doc"): S63,
    ("un-1971", "II", "ab-fubinaca"): S63,
    ("un-1971", "II", "5f-amb"): S63,
    ("un-1971", "II", "5f-mdmb-pica"): S63,
    ("un-1971", "II", "4f-mdmb-binaca"): S63,
    ("un-1971", "II", "4-cmc"): S63,
    ("un-1971", "II", "n-ethylhexedrone"): S63,
    ("un-1971", "II", "alpha-php"): S63,
    ("un-1971", "IV", "flualprazolam"): S63,
    ("un-1971", "IV", "etizolam"): S63,
    ("un-1971", "II", "cumyl-pegaclone"): S64,
    ("un-1971", "II", "mdmb-4en-pinaca"): S64,
    ("un-1971", "II", "3-meo-pcp"): S64,
    ("un-1971", "II", "diphenidine"): S64,
    ("un-1971", "IV", "clonazolam"): S64,
    ("un-1971", "IV", "diclazepam"): S64,
    ("un-1971", "IV", "flubromazolam"): S64,
    ("un-1971", "II", "alpha-pihp"): S66,
    ("un-1971", "II", "3-mmc"): S66,
    ("un-1971", "II", "adb-butinaca"): S66,
    ("un-1971", "II", "3-chloromethcathinone"): S67,
    ("un-1971", "II", "dipentylone"): S67,
    ("un-1971", "II", "2-fluorodeschloroketamine"): S67,
    ("un-1971", "IV", "bromazolam"): S67,
    ("un-1971", "II", "hexahydrocannabinol"): S68,
    ("un-1971", "IV", "carisoprodol"): S68,
}


def new_dating(l):
    """(effective, precision, citation, note, source) for listing l, or None."""
    ins, sch, sid = l["instrument"], l["schedule"], l["substance"]
    if ins == "un-1961":
        if sch == "I" and sid in C61_I:
            return ("1964-12-13", "day",
                    "Single Convention on Narcotic Drugs, 1961, Schedule I (as adopted), in force 1964-12-13",
                    "In Schedule I as adopted in 1961 (Commentary on the Single Convention, list of drugs in "
                    "Schedule I); effective = entry into force of the Convention (1964-12-13).", C61_SRC)
        if sid in NL82.get(sch, ()):
            return ("1982-02-08", "in-force-by",
                    f"Single Convention on Narcotic Drugs, 1961, as amended by the 1972 Protocol, Schedule {sch} "
                    "(schedules as amended per 8 February 1982)",
                    f"In Schedule {sch} of the consolidated schedules as amended per 8 February 1982 (Netherlands "
                    "treaty database); in force by that date. Whether it was in the schedules as adopted (1964) or "
                    "added later was not established in this session.", NL82_SRC)
    if ins == "un-1971":
        if sid in S71.get(sch, ()):
            return ("1976-08-16", "day",
                    f"Convention on Psychotropic Substances, 1971, Schedule {sch} (as adopted), in force 1976-08-16",
                    f"In Schedule {sch} of the 1971 Convention as adopted; effective = entry into force of the "
                    "Convention (1976-08-16). Also in the same schedule of the revised schedules in force as of "
                    "12 October 1988.", NL88_SRC)
        if sid in NL88.get(sch, ()):
            return ("1988-10-12", "in-force-by",
                    f"Convention on Psychotropic Substances, 1971, Schedule {sch} (revised schedules, all CND "
                    "amendments in force as of 12 October 1988)",
                    f"In Schedule {sch} of the revised schedules in force as of 12 October 1988 (Netherlands treaty "
                    "database); in force by that date. The CND decision that placed it there was not identified.",
                    NL88_SRC)
    hit = CND.get((ins, sch, sid))
    if hit:
        eff, prec, cit, note = hit
        return (eff, prec, cit, note, None)
    return None


def q(s):
    return json.dumps(s, ensure_ascii=False)


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, list):
        return "[" + ", ".join(val(x) for x in v) + "]"
    return q(v)


def rewrite(path):
    text = path.read_text()
    header = text.split("[[listing]]", 1)[0].rstrip("\n")
    data = tomllib.loads(text)
    out, counts = [header, ""], {}
    for l in data["listing"]:
        if l.get("precision") == "in-force-by" and l.get("effective") == OLD_DATE:
            nd = new_dating(l)
            if nd:
                eff, prec, cit, note, src = nd
                l["effective"] = eff
                if prec == "day":
                    l.pop("precision", None)
                else:
                    l["precision"] = prec
                l["citation"] = [cit] + [c for c in l["citation"] if c != cit]
                if src:
                    l["source"] = f'{l["source"]}; {src}'
                old = l.get("note", "")
                keep = old.split(" In force by the INCB list checked")[0].strip()
                l["note"] = (keep + " " + note).strip() if keep else note
                counts[(eff if prec != "approximate" else "later CND session")] = \
                    counts.get(eff if prec != "approximate" else "later CND session", 0) + 1
            else:
                counts["left in-force-by 2026-04-24"] = counts.get("left in-force-by 2026-04-24", 0) + 1
        out.append("[[listing]]")
        for k, v in l.items():
            if k == "effective" and "precision" not in l:
                out.append(f"{k} = {val(v)}")
                continue
            out.append(f"{k} = {val(v)}")
        out.append("")
    path.write_text("\n".join(out))
    return counts


def main():
    for p in FILES:
        print(p.relative_to(ROOT), rewrite(p))


if __name__ == "__main__":
    main()
