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

echo "packaging metadata: 3 passed, 0 failed"
