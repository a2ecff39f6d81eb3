#!/usr/bin/python3
"""Compare digestkit's feed reader with Python feedparser (the reference) on a corpus of feeds.

Usage:
  java -jar examples/target/digestkit.jar feed --base BASE FILE... > ours.jsonl
  python3 tools/feed-compare/compare.py --base BASE --ours ours.jsonl FILE...

or let the script run the CLI itself:
  python3 tools/feed-compare/compare.py --jar examples/target/digestkit.jar DIR_OR_FILE...

Both parsers get the same base URL for relative links (feedparser through a Content-Location
header). Per entry (matched by position) it compares the title (as plain text: tags stripped,
entities decoded, whitespace folded), the link, and the date (published, else updated, to the
second, UTC). A field counts when at least one side has a value. This is a dev tool: it is not
part of the Maven build and never runs in tests.
"""
import argparse
import calendar
import html
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import feedparser

BASE = "http://127.0.0.1:8097/tests/feed.xml"


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def plain(s):
    if s is None:
        return None
    if "<" in s or "&" in s:
        p = _Text()
        p.feed(s)
        p.close()
        s = "".join(p.parts)
    s = re.sub(r"\s+", " ", html.unescape(s)).strip()
    return s or None


def ref_date(e):
    t = e.get("published_parsed") or e.get("updated_parsed")
    try:
        return calendar.timegm(t) if t else None
    except ValueError:  # the reference produced an impossible date (e.g. year 10000)
        return "invalid " + repr(tuple(t))


def our_date(e):
    from datetime import datetime
    v = e.get("published") or e.get("updated")
    if not v:
        return None
    return int(datetime.fromisoformat(v.replace("Z", "+00:00")).timestamp())


def files_of(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                out += [os.path.join(root, n) for n in sorted(names) if n.endswith((".xml", ".rss", ".atom", ".rdf"))]
        else:
            out.append(p)
    return sorted(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default=BASE)
    ap.add_argument("--ours", help="digestkit feed JSON Lines output (with a source field per line)")
    ap.add_argument("--jar", help="digestkit.jar to run when --ours is not given")
    ap.add_argument("--details", action="store_true", help="print each disagreement")
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--dates", help="a file of date strings (one a line, # comments) to compare too")
    a = ap.parse_args()
    files = files_of(a.paths)
    if a.dates:
        import tempfile
        from xml.sax.saxutils import escape
        dates = [l.rstrip("\n") for l in open(a.dates, encoding="utf-8") if l.strip() and not l.startswith("#")]
        items = "".join(f"<item><title>d{i}</title><pubDate>{escape(d)}</pubDate></item>\n" for i, d in enumerate(dates))
        tmp = os.path.join(tempfile.mkdtemp(), "dates.xml")
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>dates</title>\n{items}</channel></rss>\n')
        files.append(tmp)
    if a.ours:
        lines = open(a.ours, encoding="utf-8").read().splitlines()
    else:
        cmd = ["java", "-jar", a.jar, "feed", "--base", a.base] + files
        lines = subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines()
    ours = {}
    for l in lines:
        if l.strip():
            d = json.loads(l)
            ours[d.get("source", files[0] if len(files) == 1 else None)] = d  # one path: no source field
    stats = {k: [0, 0] for k in ("files", "entry_counts", "feed_titles", "feed_links", "titles", "links", "dates")}
    stats["reference_crashes"] = [0, 0]
    diffs = []
    for f in files:
        try:
            ref = feedparser.parse(f, response_headers={"content-location": a.base})
        except Exception as ex:  # the reference itself crashes on some hostile inputs
            diffs.append((f, "reference crashed", repr(ex), ""))
            stats["reference_crashes"][0] += 1
            continue
        mine = ours.get(f)
        stats["files"][1] += 1
        if mine is None or "error" in mine:
            diffs.append((f, "file", "parsed", mine and mine.get("error")))
            continue
        stats["files"][0] += 1
        for k, x, y in (("feed_titles", plain(ref.feed.get("title")), plain(mine.get("title"))),
                        ("feed_links", ref.feed.get("link") or None, mine.get("link"))):
            if x is None and y is None:
                continue
            stats[k][1] += 1
            if x == y:
                stats[k][0] += 1
            else:
                diffs.append((f, k, x, y))
        re_, me = ref.entries, mine["entries"]
        stats["entry_counts"][1] += 1
        if len(re_) == len(me):
            stats["entry_counts"][0] += 1
        else:
            diffs.append((f, "entries", len(re_), len(me)))
        for i in range(max(len(re_), len(me))):
            r = re_[i] if i < len(re_) else {}
            m = me[i] if i < len(me) else {}
            pairs = {
                "titles": (plain(r.get("title")), plain(m.get("title"))),
                "links": (r.get("link") or None, m.get("link")),
                "dates": (ref_date(r), our_date(m) if m else None),
            }
            for k, (x, y) in pairs.items():
                if x is None and y is None:
                    continue
                stats[k][1] += 1
                if x == y:
                    stats[k][0] += 1
                else:
                    diffs.append((f, f"{k}[{i}]", x, y))
    if a.details:
        for d in diffs:
            print("DIFF", *d, sep=" | ")
    print(f"reference crashed on {stats.pop('reference_crashes')[0]} file(s), left out")
    for k, (ok, n) in stats.items():
        pct = 100.0 * ok / n if n else 100.0
        print(f"{k:13s} {ok:5d} / {n:5d}  {pct:6.2f}%")


if __name__ == "__main__":
    sys.exit(main())
