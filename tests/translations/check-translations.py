#!/usr/bin/env python3
"""Checks that translation files are complete for the current sources.

For each .ts file, lupdate is run from the current sources into a temporary copy (the same
options the translators use), and the result is checked: every source string must already be
in the committed file (else it is "missing"), finished, not empty, and keep the placeholders
(%1, %2, ..., %n) and the number of &-accelerators of its source text. Exits 1 and lists every
problem when there is one.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")


def placeholders(text):
    return sorted(m.group(1) for m in PLACEHOLDER.finditer(text or ""))


def accelerators(text):
    # "&&" is a literal ampersand; a single "&" before a character marks the accelerator.
    return len(re.findall(r"&(?!&)(?=\S)", (text or "").replace("&&", "")))


def messages(path):
    """Yields (context, source, comment, translation element) of every message."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            yield name, message.findtext("source", default=""), message.findtext(
                "comment", default=""), message


def keys(path):
    return {(c, s, m) for c, s, m, _ in messages(path)}


def check(ts_path, lupdate, root, sources):
    problems = []
    name = os.path.basename(ts_path)
    if not os.path.exists(ts_path):
        return ["%s: the file does not exist" % name]
    try:
        committed = keys(ts_path)
    except ET.ParseError as error:
        return ["%s: not a valid .ts file: %s" % (name, error)]
    with tempfile.TemporaryDirectory() as temp:
        updated = os.path.join(temp, name)
        shutil.copyfile(ts_path, updated)
        result = subprocess.run(
            [lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", updated],
            cwd=root, capture_output=True, text=True)
        if result.returncode != 0:
            return ["%s: lupdate failed: %s" % (name, result.stderr.strip())]
        for context, source, comment, message in messages(updated):
            where = "%s: [%s] \"%s\"%s" % (name, context, source,
                                           " (%s)" % comment if comment else "")
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if (context, source, comment) not in committed:
                problems.append("%s: missing (not in the committed file)" % where)
                continue
            if kind in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] \
                if message.get("numerus") == "yes" else [translation.text or ""]
            if not forms or any(not form.strip() for form in forms):
                problems.append("%s: %s" % (where, "unfinished, no translation"
                                            if kind == "unfinished" else "empty translation"))
                continue
            if kind == "unfinished":
                problems.append("%s: unfinished" % where)
            for form in forms:
                if placeholders(form) != placeholders(source):
                    problems.append("%s: placeholders %s in \"%s\", the source has %s" % (
                        where, placeholders(form), form, placeholders(source)))
                if accelerators(form) != accelerators(source):
                    problems.append("%s: %d &-accelerator(s) in \"%s\", the source has %d" % (
                        where, accelerators(form), form, accelerators(source)))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lupdate", required=True, help="the lupdate executable")
    parser.add_argument("--root", required=True, help="where the sources are (lupdate's cwd)")
    parser.add_argument("--source", action="append", dest="sources",
                        help="a directory or file to scan, relative to --root; repeatable "
                             "(default: src and ui)")
    parser.add_argument("ts_files", nargs="+")
    args = parser.parse_args()
    args.sources = args.sources or ["src", "ui"]

    problems = []
    for ts in args.ts_files:
        found = check(os.path.abspath(ts), args.lupdate, args.root, args.sources)
        print("%s: %s" % (os.path.basename(ts),
                          "complete" if not found else "%d problem(s)" % len(found)))
        problems += found
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
