#!/usr/bin/env python3
"""Generate every icon form of ResellerDesk from the one source image, resellerdesk.svg.

Outputs (committed, next to this script):
  png/resellerdesk-<N>.png   hicolor sizes 16 22 24 32 48 64 128 256 512 (Linux, Qt resources)
  resellerdesk.ico           Windows: BMP entries up to 128 px, a PNG entry at 256 px
  resellerdesk.icns          macOS: PNG entries from 16 px to 1024 px (512@2x)
  source.sha256              hash of the SVG the outputs were made from

The outputs are committed rather than made at build time so that Windows and macOS builds
need no SVG renderer. `--check` verifies the committed outputs without a renderer: that they
exist, have the right sizes and formats, and were made from the current SVG.

Needs Python 3 (standard library only) and, to generate, rsvg-convert (Debian: librsvg2-bin).
"""

import argparse
import hashlib
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

HICOLOR_SIZES = [16, 22, 24, 32, 48, 64, 128, 256, 512]
# 20 and 40 are the small-icon and large-icon sizes at 125 % display scaling.
ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]
# Entry type per pixel size; @2x entries reuse the image of twice the size.
ICNS_TYPES = [
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

HERE = os.path.dirname(os.path.abspath(__file__))


def fail(message):
    print(f"generate-icons: error: {message}", file=sys.stderr)
    sys.exit(1)


def png_size(data):
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    return struct.unpack(">II", data[16:24])


def decode_png_rgba(data):
    """Decodes an 8-bit, non-interlaced RGBA or RGB PNG (what rsvg-convert writes) to RGBA rows."""
    width, height = png_size(data)
    pos = 8
    idat = b""
    header = None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    _, _, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace != 0:
        raise ValueError(f"unsupported PNG layout (depth {depth}, colour type {colour}, interlace {interlace})")
    bpp = 4 if colour == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows = []
    previous = bytearray(stride)
    offset = 0
    for _ in range(height):
        kind = raw[offset]
        line = bytearray(raw[offset + 1 : offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up = previous[i]
            upper_left = previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                p = left + up - upper_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upper_left)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else upper_left)
                line[i] = (line[i] + predictor) & 0xFF
            elif kind != 0:
                raise ValueError(f"bad PNG filter type {kind}")
        rows.append(bytes(line) if bpp == 4 else b"".join(bytes(line[i : i + 3]) + b"\xff" for i in range(0, stride, 3)))
        previous = line
    return width, height, rows


def ico_bmp_entry(png):
    """A 32-bit BGRA DIB as stored in an ICO: bottom-up rows, doubled height, empty AND mask."""
    width, height, rows = decode_png_rgba(png)
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = bytearray()
    for row in reversed(rows):
        for i in range(0, len(row), 4):
            r, g, b, a = row[i : i + 4]
            pixels += bytes((b, g, r, a))
    mask_stride = ((width + 31) // 32) * 4
    return header + bytes(pixels) + bytes(mask_stride * height)


def write_ico(path, pngs):
    entries = []
    for size in ICO_SIZES:
        png = pngs[size]
        entries.append((size, png if size >= 256 else ico_bmp_entry(png)))
    directory = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    payload = b""
    for size, data in entries:
        dim = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    with open(path, "wb") as out:
        out.write(directory + payload)


def write_icns(path, pngs):
    body = b""
    for kind, size in ICNS_TYPES:
        body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    with open(path, "wb") as out:
        out.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def read_ico_sizes(data):
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    if reserved != 0 or kind != 1:
        raise ValueError("not an ICO file")
    sizes = []
    for i in range(count):
        width, height, _, _, _, bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        image = data[offset : offset + length]
        if len(image) != length:
            raise ValueError("truncated ICO entry")
        if image[:8] == PNG_SIGNATURE:
            actual = png_size(image)
        else:
            dib_width, dib_height = struct.unpack("<ii", image[4:12])
            actual = (dib_width, dib_height // 2)
        declared = (width or 256, height or 256)
        if actual != declared or bits != 32:
            raise ValueError(f"ICO entry {i} declares {declared}, holds {actual}")
        sizes.append(actual[0])
    return sizes


def read_icns_types(data):
    if data[:4] != b"icns" or struct.unpack(">I", data[4:8])[0] != len(data):
        raise ValueError("not an ICNS file")
    found = []
    pos = 8
    while pos < len(data):
        kind = data[pos : pos + 4]
        (length,) = struct.unpack(">I", data[pos + 4 : pos + 8])
        found.append((kind, png_size(data[pos + 8 : pos + length])[0]))
        pos += length
    return found


def source_hash(svg):
    with open(svg, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def generate(svg, out_dir, rsvg):
    rsvg = shutil.which(rsvg)
    if not rsvg:
        fail("rsvg-convert not found (Debian package librsvg2-bin)")
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            target = os.path.join(tmp, f"{size}.png")
            subprocess.run([rsvg, "--width", str(size), "--height", str(size), "--format", "png",
                            "--output", target, svg], check=True)
            with open(target, "rb") as f:
                pngs[size] = f.read()
            if png_size(pngs[size]) != (size, size):
                fail(f"rsvg-convert made a {png_size(pngs[size])} image for size {size}")
    os.makedirs(os.path.join(out_dir, "png"), exist_ok=True)
    for size in HICOLOR_SIZES:
        with open(os.path.join(out_dir, "png", f"resellerdesk-{size}.png"), "wb") as f:
            f.write(pngs[size])
    write_ico(os.path.join(out_dir, "resellerdesk.ico"), pngs)
    write_icns(os.path.join(out_dir, "resellerdesk.icns"), pngs)
    with open(os.path.join(out_dir, "source.sha256"), "w") as f:
        f.write(f"{source_hash(svg)}  resellerdesk.svg\n")
    print(f"generate-icons: wrote {len(HICOLOR_SIZES)} PNGs, resellerdesk.ico and resellerdesk.icns to {out_dir}")


def check(svg, out_dir):
    problems = []
    try:
        with open(os.path.join(out_dir, "source.sha256")) as f:
            recorded = f.read().split()[0]
        if recorded != source_hash(svg):
            problems.append("resellerdesk.svg changed since the icons were generated: run generate-icons.py")
    except OSError as error:
        problems.append(str(error))
    for size in HICOLOR_SIZES:
        path = os.path.join(out_dir, "png", f"resellerdesk-{size}.png")
        try:
            with open(path, "rb") as f:
                if png_size(f.read()) != (size, size):
                    problems.append(f"{path} is not {size}x{size}")
        except (OSError, ValueError) as error:
            problems.append(f"{path}: {error}")
    try:
        with open(os.path.join(out_dir, "resellerdesk.ico"), "rb") as f:
            if read_ico_sizes(f.read()) != ICO_SIZES:
                problems.append(f"resellerdesk.ico does not hold the sizes {ICO_SIZES}")
    except (OSError, ValueError, struct.error) as error:
        problems.append(f"resellerdesk.ico: {error}")
    try:
        with open(os.path.join(out_dir, "resellerdesk.icns"), "rb") as f:
            if read_icns_types(f.read()) != ICNS_TYPES:
                problems.append("resellerdesk.icns does not hold the expected entries")
    except (OSError, ValueError, struct.error) as error:
        problems.append(f"resellerdesk.icns: {error}")
    for problem in problems:
        print(f"generate-icons: {problem}", file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"generate-icons: icons in {out_dir} are complete and up to date")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", default=os.path.join(HERE, "resellerdesk.svg"), help="source image")
    parser.add_argument("--output-dir", default=HERE, help="where the icon forms go")
    parser.add_argument("--rsvg-convert", default="rsvg-convert", help="the SVG renderer")
    parser.add_argument("--check", action="store_true", help="verify the outputs instead of writing them")
    args = parser.parse_args()
    if args.check:
        check(args.svg, args.output_dir)
    else:
        generate(args.svg, args.output_dir, args.rsvg_convert)


if __name__ == "__main__":
    main()
