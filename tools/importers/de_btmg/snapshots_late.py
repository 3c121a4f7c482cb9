"""When did the BtMG positions placed after 2017 first appear in a dated consolidated text?

Later snapshots of the gesetze-im-internet text (needs these mirrors under /work/.mirror):
  github.com/kmein/gesetze                       laws/BtMG.md (refreshed from gesetze-im-internet, 2021-2026)
  github.com/jandinter/gesetze-im-internet       gesetze/btmg_1981/btmg_1981.xml (XML with <standangabe>, 2021-2024)
  github.com/Orbiter/bundestag_gesetze_parser    b/btmg_1981/index.md (2023-11-12, 2024-05-07)
  github.com/bundestag/gesetze 79bdc90d (2022-02-13), github.com/alangecker/bundesgesetze 86109111 (2018-03-26)
Dates are committer dates. A position counts as present when one of its names (INN, bold name, IUPAC
name, first other name) equals a text segment of the snapshot (or a run of up to 5 wrapped lines), or
starts one followed by "(": plain substring tests confuse e.g. Bromazolam with Flubromazolam.
Prints, per position whose listing is a window starting after 2017, the last snapshot without it and
the first from which every later one has it; history.py (ROWS "2020-11" ... "2023-06") records the result.
"""
import sys, os, re, subprocess, json, html
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from common import *
import history
from snapshots import entry_keys
M="/work/.mirror"
def commits(repo,path):
    out=subprocess.run(["git","-C",f"{M}/{repo}/repo","log","--all","--format=%h %cd","--date=short","--",path],capture_output=True,text=True).stdout
    return [l.split() for l in out.split("\n") if l][::-1]
SN=[("2018-03-26","alangecker+bundesgesetze","86109111","b/btmg_1981/index.md")]
SN+=[(d,"kmein+gesetze",c,"laws/BtMG.md") for c,d in commits("kmein+gesetze","laws/BtMG.md")]
SN+=[(d,"jandinter+gesetze-im-internet",c,"gesetze/btmg_1981/btmg_1981.xml") for c,d in commits("jandinter+gesetze-im-internet","gesetze/btmg_1981/btmg_1981.xml")]
SN+=[("2022-02-13","bundestag+gesetze","79bdc90d","b/btmg_1981/index.md"),("2023-11-12","Orbiter+bundestag_gesetze_parser","74aef697","b/btmg_1981/index.md"),("2024-05-07","Orbiter+bundestag_gesetze_parser","de362013","b/btmg_1981/index.md")]
SN.sort()
def segs(t):
    t=html.unescape(re.sub(r"<[^>]+>","\n",t))
    parts=[p for p in re.split(r"[\n|]|\*\*|^\s*[\*\-]\s", t, flags=re.M)]
    parts=[norm(fix_quirks(p.strip(" *"))) for p in parts]
    parts=[p for p in parts if p]
    S=set(parts)
    for n in (2,3,4,5):
        for i in range(len(parts)-n+1):
            S.add("".join(parts[i:i+n]))
    return S
docs=[]
for d,repo,c,p in SN:
    t=subprocess.run(["git","-C",f"{M}/{repo}/repo","show",f"{c}:{p}"],capture_output=True,text=True).stdout
    docs.append((d,repo[:5],c,segs(t) if t else None))
def present(S,ks):
    for k in ks:
        if k in S: return True
        for s in ():
            pass
    # startswith check for "(alias" cells
    for k in ks:
        pre=k+"("
        if any(s.startswith(pre) for s in S if len(s)>len(pre) and s[0]==k[0]): return True
    return False
res={}
for r in read_anlagen():
    key=f'{r["anlage"]}:{r["row"]}'
    h=history.history_for(key,None,None)[-1]
    e=h["effective"]
    if isinstance(e,str) or e.get("not_before","")<"2017": continue
    ks=[k for k in entry_keys(r) if len(k)>4]
    p=[None if S is None else present(S,ks) for d,_,_,S in docs]
    idx=[i for i,x in enumerate(p) if x is not None]
    first=next((i for i in idx if p[i] and all(p[j] for j in idx if j>i)),None)
    before=[i for i in idx if first is not None and i<first]
    la=max(before) if before else None
    res[key]=dict(absent=(docs[la][0],docs[la][1]) if la is not None else None, present=(docs[first][0],docs[first][1]) if first is not None else None,
                  bits="".join("-" if x is None else "1" if x else "0" for x in p))
    print(key, res[key]["absent"], res[key]["present"], res[key]["bits"], (r["other_names"] or r["inn"])[:25])
json.dump(res,open(os.path.join(HERE,"snapshots_late.json"),"w"),indent=0)
