#!/usr/bin/env python3
"""Check one language's locale files against English.
Usage: check-locale.py LANG [ENGLISH_DIR]  (ENGLISH_DIR defaults to renderer/locales/en)"""
import json, re, sys, os, subprocess
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "renderer", "locales")
L = sys.argv[1]
EN_DIR = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "en")
SUF = ("_zero", "_one", "_two", "_few", "_many", "_other")
cats = json.loads(subprocess.run(["node", "-e", f"console.log(JSON.stringify(new Intl.PluralRules({json.dumps(L)}).resolvedOptions().pluralCategories))"], capture_output=True, text=True).stdout)
PH = re.compile(r"\{\{\s*([^},\s]+)[^}]*\}\}")
KEEP = {"Zoom", "ReadyRoom", "Zoom Workplace", "OK", "Windows", "Mac", "Linux", "Email", "Admin"}
def flat(d, p=""):
    out = {}
    if isinstance(d, dict):
        for k, v in d.items(): out.update(flat(v, f"{p}.{k}" if p else k))
    elif isinstance(d, list):
        for i, v in enumerate(d): out.update(flat(v, f"{p}[{i}]"))
    else: out[p] = d
    return out
def base(k):
    for s in SUF:
        if k.endswith(s): return k[: -len(s)], s
    return k, None
problems = 0; files = 0
for fn in sorted(os.listdir(EN_DIR)):
    if not fn.endswith(".json"): continue
    path = os.path.join(HERE, L, fn)
    if not os.path.exists(path): print(f"{fn}: MISSING"); problems += 1; continue
    try: tr = flat(json.load(open(path, encoding="utf-8")))
    except Exception as e: print(f"{fn}: invalid JSON: {e}"); problems += 1; continue
    files += 1
    en = flat(json.load(open(os.path.join(EN_DIR, fn), encoding="utf-8")))
    want = {}
    groups = {}
    for k in en:
        b, s = base(k)
        if s: groups.setdefault(b, set()).add(s)
        else: want[k] = en[k]
    for b, ss in groups.items():
        src = en.get(b + "_other") or en[b + sorted(ss)[0]]
        forms = set("_" + c for c in cats)
        if "_zero" in ss: forms.add("_zero")
        for f in forms: want[b + f] = en.get(b + f, src)
    for k in sorted(set(want) - set(tr)): print(f"{fn}: missing key {k}"); problems += 1
    for k in sorted(set(tr) - set(want)): print(f"{fn}: extra key {k}"); problems += 1
    for k in sorted(set(want) & set(tr)):
        v = tr[k]; e = want[k]
        if not isinstance(v, str) or not v.strip(): print(f"{fn}: empty {k}"); problems += 1; continue
        pe, pv = set(PH.findall(e)), set(PH.findall(v))
        b, s = base(k)
        # a count placeholder may be left out of zero/one/two forms ("one person", "two days")
        if s in ("_zero", "_one", "_two"): pe -= {"count", "number"}; pv -= {"count", "number"}
        if pe != pv: print(f"{fn}: placeholders differ in {k}: en {sorted(pe)} vs {sorted(pv)}"); problems += 1
        words = [w for w in PH.sub(" ", e).replace("ReadyRoom"," ").replace("Zoom"," ").split() if any(c.isalpha() for c in w)]
        # mockups.json: other programs' screen labels may stay in English where that program is
        # not offered in the language (only the callout notes, keys with "note", are ours).
        screen_label = fn == "mockups.json" and not re.search(r"[nN]ote\w*$", k.split(".")[-1].split("[")[0])
        if v == e and len(words) >= 3 and not screen_label: print(f"{fn}: untranslated {k}: {v!r}"); problems += 1
print(f"{L}: {files} files checked, {problems} problems")
sys.exit(1 if problems else 0)
