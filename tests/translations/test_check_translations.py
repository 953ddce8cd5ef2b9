#!/usr/bin/env python3
"""The translation check on small fixtures: it passes a complete file and fails, naming the
entry and the reason, an untranslated file, a file with faults and a file that is missing."""
import os
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
LUPDATE = None


def run_check(ts_name):
    result = subprocess.run(
        [sys.executable, os.path.join(HERE, "check-translations.py"), "--lupdate", LUPDATE,
         "--root", DATA, "--source", "sample", os.path.join(DATA, ts_name)],
        capture_output=True, text=True)
    return result.returncode, result.stdout


class CheckTranslations(unittest.TestCase):
    def test_complete_file_passes(self):
        code, out = run_check("complete_de.ts")
        self.assertEqual(code, 0, out)
        self.assertIn("complete_de.ts: complete", out)

    def test_untranslated_file_fails_on_every_entry(self):
        code, out = run_check("untranslated_de.ts")
        self.assertEqual(code, 1, out)
        for source in ('"&Save"', '"Order %1 of %2"', '"%n order(s) found."', '"Open" (a file)'):
            self.assertIn("[Sample] %s: unfinished" % source, out)

    def test_faults_are_named(self):
        code, out = run_check("broken_de.ts")
        self.assertEqual(code, 1, out)
        self.assertIn('"&Save": 0 &-accelerator(s) in "Speichern", the source has 1', out)
        self.assertIn('"Order %1 of %2": placeholders', out)
        self.assertIn('"%n order(s) found.": empty translation', out)
        self.assertIn('"Open" (a file): missing (not in the committed file)', out)
        self.assertIn("4 problem(s)", out)

    def test_missing_file_fails(self):
        code, out = run_check("resellerdesk_xx.ts")
        self.assertEqual(code, 1, out)
        self.assertIn("resellerdesk_xx.ts: the file does not exist", out)

    def test_fixtures_are_left_unchanged(self):
        path = os.path.join(DATA, "broken_de.ts")
        with open(path, "rb") as file:
            before = file.read()
        run_check("broken_de.ts")
        with open(path, "rb") as file:
            self.assertEqual(file.read(), before)


class EnglishPlurals(unittest.TestCase):
    def test_plural_forms_are_filled(self):
        import shutil
        import tempfile
        import xml.etree.ElementTree as ET
        script = os.path.join(HERE, "..", "..", "translations", "english-plurals.py")
        with tempfile.TemporaryDirectory() as temp:
            ts = os.path.join(temp, "resellerdesk_en.ts")
            subprocess.run([LUPDATE, "-pluralonly", "-no-obsolete", "-locations", "none",
                            "sample", "-ts", ts], cwd=DATA, check=True, capture_output=True)
            subprocess.run([sys.executable, script, ts], check=True, capture_output=True)
            messages = list(ET.parse(ts).getroot().iter("message"))
            self.assertEqual(len(messages), 1)  # only the plural
            forms = [f.text for f in messages[0].iter("numerusform")]
            self.assertEqual(forms, ["%n order found.", "%n orders found."])
            self.assertIsNone(messages[0].find("translation").get("type"))


if __name__ == "__main__":
    LUPDATE = sys.argv.pop(1)
    unittest.main()
