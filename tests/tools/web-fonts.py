#!/usr/bin/env python3
"""Makes the default theme's web fonts from its print fonts (run by hand when those change).

    pip install fonttools brotli && python3 tests/tools/web-fonts.py

Reads themes/default/print/fonts/ and writes themes/default/fonts/: one WOFF2 file per
script (regular and, where the print font has one, bold), the Korean, Chinese and Japanese
fonts cut into slices of 1,024 code points, and web.css, the @font-face rules with their
unicode-range. A browser downloads a font only for a page that holds a letter of its
range, so a Dutch page fetches none. Latin, Greek and Cyrillic are left to the reader's
own fonts (every system has them). Each code point belongs to one file only: the font
whose own script block holds it (the Devanagari danda goes with Devanagari, not with
Bengali, which has it too), else the first in name order; then the Korean font, and the
Droid fallback last.

fontTools' subsetter (the one Google Fonts uses) keeps the glyphs that Arabic and the
Indic scripts shape into, so joined and conjunct forms survive. The output is the same on
every run: the files are committed, and no build downloads or converts anything.
"""

from pathlib import Path
import io

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
PRINT = ROOT / "themes/default/print/fonts"
WEB = ROOT / "themes/default/fonts"
FAMILY = "Steunwijzer Noto"
SLICE = 1024

# Code points every system font has, or that are not a script's letters: left to the
# reader's fonts.
SYSTEM = [
    (0x0000, 0x052F),  # Latin, IPA, Greek, Cyrillic
    (0x1D00, 0x1FFF),  # phonetic extensions, Latin and Greek extended
    (0x2000, 0x2BFF),  # punctuation, symbols, arrows, shapes
    (0xFB00, 0xFB06),  # Latin ligatures
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFFF0, 0xFFFF),  # specials
]


def system(cp):
    return any(lo <= cp <= hi for lo, hi in SYSTEM)


def ranges(cps, others):
    """`cps` as unicode-range, short: a gap of up to 64 code points that no other font
    claims and no system range holds is taken in (no text has those letters)."""
    out, start, prev = [], None, None
    for cp in sorted(cps):
        gap = range(prev + 1, cp) if prev is not None else range(0)
        free = len(gap) <= 64 and not any(c in others or system(c) for c in gap)
        if start is None:
            start = prev = cp
        elif free:
            prev = cp
        else:
            out.append((start, prev))
            start = prev = cp
    if start is not None:
        out.append((start, prev))
    return ",".join(f"U+{a:X}" if a == b else f"U+{a:X}-{b:X}" for a, b in out)


def woff2(source, cps, target):
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(cps))
    subsetter.subset(font)
    buffer = io.BytesIO()
    subset.save_font(font, buffer, options)
    target.write_bytes(buffer.getvalue())
    return len(buffer.getvalue())


def rule(name, weight, cps, what, others):
    return (
        f"/* {what} */\n"
        f'@font-face{{font-family:"{FAMILY}";font-style:normal;font-weight:{weight};'
        f'font-display:swap;src:url("{name}") format("woff2");unicode-range:{ranges(cps, others)}}}\n'
    )


def main():
    WEB.mkdir(exist_ok=True)
    for old in WEB.glob("*.woff2"):
        old.unlink()
    claimed = set()
    cmaps = {
        p: {cp for cp in TTFont(p).getBestCmap() if not system(cp)}
        for p in sorted(PRINT.glob("Noto*-Regular.ttf"))
    }
    home = {p: max(set(b >> 7 for b in cps), key=lambda b: (sum(1 for c in cps if c >> 7 == b), -b)) for p, cps in cmaps.items()}

    droid = PRINT / "DroidSansFallbackFull.ttf"
    hangul = PRINT / "NotoSansCJKkr-Hangul.otf"
    everything = set().union(*cmaps.values(), TTFont(droid).getBestCmap(), TTFont(hangul).getBestCmap())

    def owner(cp):
        having = [p for p, cps in cmaps.items() if cp in cps]
        return next((p for p in having if home[p] == cp >> 7), having[0])

    css = [
        "/* The theme's web fonts, made by tests/tools/web-fonts.py from print/fonts/ (SIL OFL 1.1,\n"
        "   Apache 2.0: LICENSE-*.txt). The build publishes a rule and its file only when the\n"
        "   site has a letter of its range; a browser fetches a file only for a page that shows one. */\n"
    ]
    for regular, all_cps in cmaps.items():
        cps = {cp for cp in all_cps if owner(cp) == regular}
        if not cps:
            continue
        claimed |= cps
        script = regular.stem.removeprefix("NotoSans").removesuffix("-Regular")
        size = woff2(regular, cps, WEB / f"{regular.stem}.woff2")
        css.append(rule(f"{regular.stem}.woff2", 400, cps, f"Noto Sans {script}, {size} bytes", everything - cps))
        bold = PRINT / regular.name.replace("-Regular", "-Bold")
        if bold.exists():
            size = woff2(bold, cps, WEB / f"{bold.stem}.woff2")
            css.append(rule(f"{bold.stem}.woff2", 700, cps, f"Noto Sans {script} bold, {size} bytes", everything - cps))
    for large in (hangul, droid):
        rest = {cp for cp in TTFont(large).getBestCmap() if not system(cp)} - claimed
        claimed |= rest
        stem = large.stem.removesuffix("Full")
        for start in sorted({cp // SLICE * SLICE for cp in rest}):
            cps = {cp for cp in rest if start <= cp < start + SLICE}
            name = f"{stem}-{start:05X}.woff2"
            size = woff2(large, cps, WEB / name)
            css.append(rule(name, 400, cps, f"{stem} U+{start:04X}, {size} bytes", everything - cps))
    for licence in PRINT.glob("LICENSE-*.txt"):
        if licence.name != "LICENSE-DejaVu.txt":
            (WEB / licence.name).write_bytes(licence.read_bytes())
    (WEB / "web.css").write_text("".join(css))


if __name__ == "__main__":
    main()
