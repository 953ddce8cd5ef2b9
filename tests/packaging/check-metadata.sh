#!/bin/sh
# Validates the generated desktop-integration files of a build and the committed icon forms,
# without installing anything.
# Usage: check-metadata.sh DESKTOP_FILE METAINFO_FILE ICONS_DIR
set -eu

if [ $# -ne 3 ]; then
    echo "usage: $0 DESKTOP_FILE METAINFO_FILE ICONS_DIR" >&2
    exit 2
fi
desktop_file=$1
metainfo_file=$2
icons_dir=$3

for tool in desktop-file-validate appstreamcli python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "FAIL: $tool is missing (see packaging/debian/build-deps.txt)" >&2
        exit 1
    fi
done

echo "==> desktop-file-validate $desktop_file"
output=$(desktop-file-validate "$desktop_file" 2>&1) || { echo "$output" >&2; echo "FAIL: desktop file is invalid" >&2; exit 1; }
if [ -n "$output" ]; then
    echo "$output" >&2
    echo "FAIL: desktop-file-validate reported problems" >&2
    exit 1
fi

echo "==> appstreamcli validate --no-net $metainfo_file"
appstreamcli validate --no-net "$metainfo_file" || { echo "FAIL: metainfo is invalid" >&2; exit 1; }

echo "==> icon forms in $icons_dir"
python3 "$icons_dir/generate-icons.py" --check --output-dir "$icons_dir" || { echo "FAIL: icon forms" >&2; exit 1; }

# The screenshots the metainfo names are committed under packaging/screenshots, as PNGs of the
# size it states (the URLs point at the repository's copies of these files).
screenshots_dir="$icons_dir/../../packaging/screenshots"
echo "==> screenshots in $screenshots_dir"
python3 - "$metainfo_file" "$screenshots_dir" <<'PY' || { echo "FAIL: screenshots" >&2; exit 1; }
import os, struct, sys, xml.etree.ElementTree as ET
metainfo, folder = sys.argv[1], sys.argv[2]
root = ET.parse(metainfo).getroot()
images = root.findall("./screenshots/screenshot/image")
problems = [] if images else ["no screenshots"]
for shot in root.findall("./screenshots/screenshot"):
    if not (shot.findtext("caption") or "").strip():
        problems.append("a screenshot without caption")
for image in images:
    name = os.path.basename(image.text.strip())
    path = os.path.join(folder, name)
    if not os.path.isfile(path):
        problems.append("%s is not in packaging/screenshots" % name)
        continue
    with open(path, "rb") as png:
        head = png.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        problems.append("%s is not a PNG" % name)
        continue
    width, height = struct.unpack(">II", head[16:24])
    if (str(width), str(height)) != (image.get("width"), image.get("height")):
        problems.append("%s is %dx%d, the metainfo says %sx%s" % (
            name, width, height, image.get("width"), image.get("height")))
for problem in problems:
    print(problem, file=sys.stderr)
print("%d screenshot(s) checked" % len(images))
sys.exit(1 if problems else 0)
PY

echo "packaging metadata: 4 passed, 0 failed"
