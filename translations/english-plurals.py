#!/usr/bin/env python3
"""Fills the English plural forms of a .ts file made with `lupdate -pluralonly`.

The sources write plurals as "%n order(s)" or "%n switch(es)"; English shows "1 order" and
"2 orders". Singular: the "(s)"/"(es)" dropped; plural: kept without the brackets. Entries
are marked finished. Usage: english-plurals.py FILE.ts
"""
import re
import sys
import xml.etree.ElementTree as ET

SUFFIX = re.compile(r"(?<=\w)\((s|es)\)")


def main(path):
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source", default="")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        for text in (SUFFIX.sub("", source), SUFFIX.sub(r"\1", source)):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print("%s: %d plural(s) filled" % (path, filled))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
