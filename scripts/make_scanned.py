"""Print a text PDF to page images and back into an image-only PDF, as a scanner would.

Usage::

    python scripts/make_scanned.py corpus/example/report-12pt.pdf out.pdf [--dpi 200]
        [--skew 0.7] [--noise 12] [--seal] [--pages 15,24-27] [--mixed]

Each page is rendered by pypdfium2 at ``--dpi``; ``--skew`` rotates it by that many
degrees (white fill, as a sheet fed slightly askew), ``--noise`` adds Gaussian
grain of that standard deviation plus a few dust specks, and ``--seal`` stamps a red
round seal (ring, star, arc of characters) over the first ``盖章`` line found in the
text layer, as an official seal is stamped over the signature block. The images are
written back as JPEG pages at the same resolution (Pillow), so the result has no text
layer at all. ``--mixed`` keeps the text layer of every page not listed in
``--pages`` (a text report whose score sheets were scanned). ``--junk latin1`` or
``--junk letters`` lays an invisible text layer of junk over each scanned image
(reportlab, text render mode 3), as some scanners' "searchable PDF" output does:
random Latin-1 glyphs, or random letters that form no words.
"""

from __future__ import annotations

import argparse
import io
import math
import random
from collections.abc import Iterable
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont

SEAL_FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
)


def parse_pages(spec: str | None, count: int) -> list[int]:
    """``"15,24-27"`` → ``[15, 24, 25, 26, 27]``; all pages when ``spec`` is None."""
    if not spec:
        return list(range(1, count + 1))
    out: list[int] = []
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return [p for p in out if 1 <= p <= count]


def seal_anchor(page: pdfium.PdfPage, word: str = "盖章") -> tuple[float, float] | None:
    """Centre (in points from the top-left) of the first text line holding ``word``."""
    text = page.get_textpage()
    searcher = text.search(word)
    hit = searcher.get_next()
    if hit is None:
        return None
    index, count = hit
    boxes = [text.get_charbox(i) for i in range(index, index + count)]
    height = page.get_height()
    left, bottom, right, top = boxes[0][0], boxes[0][1], boxes[-1][2], boxes[0][3]
    return ((left + right) / 2, height - (top + bottom) / 2)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for candidate in SEAL_FONT_CANDIDATES:
        if Path(candidate).exists():
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default()


def draw_seal(image: Image.Image, centre: tuple[float, float], radius: float) -> None:
    """Stamp a translucent red round seal: ring, five-pointed star, arc of characters."""
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    red = (220, 30, 30, 170)
    cx, cy = centre
    r = radius
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(3, int(r / 14)))
    star = []
    for k in range(10):
        angle = -math.pi / 2 + k * math.pi / 5
        rr = r * (0.28 if k % 2 == 0 else 0.11)
        star.append((cx + rr * math.cos(angle), cy + rr * math.sin(angle)))
    draw.polygon(star, fill=red)
    label = "吉首市峒河街道办事处"
    font = _font(int(r * 0.22))
    for k, ch in enumerate(label):
        angle = math.radians(-150 + k * 120 / (len(label) - 1))
        x = cx + r * 0.72 * math.cos(angle)
        y = cy + r * 0.72 * math.sin(angle)
        glyph = Image.new("RGBA", (int(r * 0.3), int(r * 0.3)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((0, 0), ch, font=font, fill=red)
        glyph = glyph.rotate(-math.degrees(angle) - 90, expand=True)
        layer.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    image.paste(Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB"))


def add_noise(image: Image.Image, sigma: float, rng: random.Random) -> Image.Image:
    """Scanner grain (Gaussian, ``sigma`` levels) and a sprinkle of dark dust specks."""
    import numpy as np

    array = np.asarray(image).astype(np.int16)
    gen = np.random.default_rng(rng.randrange(2**32))
    array += gen.normal(0, sigma, array.shape[:2])[..., None].astype(np.int16)
    h, w = array.shape[:2]
    for _ in range(60):
        y, x = gen.integers(0, h), gen.integers(0, w)
        array[max(0, y - 1) : y + 2, max(0, x - 1) : x + 2] = 40
    noisy = Image.fromarray(np.clip(array, 0, 255).astype(np.uint8))
    return noisy.filter(ImageFilter.GaussianBlur(0.4))


def scan_page(
    page: pdfium.PdfPage,
    dpi: int,
    *,
    skew: float = 0.0,
    noise: float = 0.0,
    seal: bool = False,
    rng: random.Random | None = None,
) -> Image.Image:
    """One page as a scanner would give it (RGB image at ``dpi``)."""
    rng = rng or random.Random(17)
    scale = dpi / 72
    image = page.render(scale=scale).to_pil().convert("RGB")
    if seal:
        anchor = seal_anchor(page)
        if anchor is not None:
            draw_seal(image, (anchor[0] * scale, anchor[1] * scale), radius=0.8 * dpi)
    if skew:
        image = image.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor="white")
    if noise:
        image = add_noise(image, noise, rng)
    return image


JUNK_KINDS = ("latin1", "letters")


def junk_line(kind: str, rng: random.Random, length: int = 60) -> str:
    """One line of an invisible junk text layer."""
    if kind == "latin1":
        return "".join(chr(rng.randint(0xC0, 0xFF)) for _ in range(length))
    consonants = "bcdfghjklmnpqrstvwxz"
    words = ("".join(rng.choice(consonants) for _ in range(rng.randint(4, 9))) for _ in range(8))
    return " ".join(words)


def with_junk_layer(image: Image.Image, dpi: int, kind: str, rng: random.Random) -> bytes:
    """A one-page PDF: ``image`` with an invisible text layer of junk over it."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    width, height = image.width * 72 / dpi, image.height * 72 / dpi
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=(width, height))
    sheet.drawImage(ImageReader(image), 0, 0, width=width, height=height)
    text = sheet.beginText()
    text.setTextRenderMode(3)  # invisible: neither filled nor stroked
    text.setFont("Helvetica", 11)
    for k in range(int(height // 30)):
        text.setTextOrigin(50, height - 60 - 30 * k)
        text.textOut(junk_line(kind, rng))
    sheet.drawText(text)
    sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def make_scanned(
    source: Path,
    target: Path,
    *,
    dpi: int = 200,
    skew: float = 0.0,
    noise: float = 0.0,
    seal: bool = False,
    pages: Iterable[int] | None = None,
    mixed: bool = False,
    quality: int = 80,
    junk: str | None = None,
) -> Path:
    """Write an image-only (or, with ``mixed``, partly scanned) copy of ``source``."""
    pdf = pdfium.PdfDocument(str(source))
    wanted = list(pages) if pages is not None else list(range(1, len(pdf) + 1))
    rng = random.Random(17)
    scanned: dict[int, bytes] = {}
    for number in wanted:
        image = scan_page(pdf[number - 1], dpi, skew=skew, noise=noise, seal=seal, rng=rng)
        if junk:
            scanned[number] = with_junk_layer(image, dpi, junk, rng)
            continue
        buffer = io.BytesIO()
        image.save(buffer, "PDF", resolution=dpi, quality=quality)
        scanned[number] = buffer.getvalue()
    if not mixed:
        out = pdfium.PdfDocument.new()
        for number in wanted:
            out.import_pages(pdfium.PdfDocument(scanned[number]))
    else:
        out = pdfium.PdfDocument.new()
        for number in range(1, len(pdf) + 1):
            if number in scanned:
                out.import_pages(pdfium.PdfDocument(scanned[number]))
            else:
                out.import_pages(pdf, [number - 1])
    target.parent.mkdir(parents=True, exist_ok=True)
    out.save(str(target))
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--skew", type=float, default=0.0)
    parser.add_argument("--noise", type=float, default=0.0)
    parser.add_argument("--seal", action="store_true")
    parser.add_argument("--pages")
    parser.add_argument("--mixed", action="store_true")
    parser.add_argument("--junk", choices=JUNK_KINDS)
    args = parser.parse_args(argv)
    count = len(pdfium.PdfDocument(str(args.source)))
    make_scanned(
        args.source,
        args.target,
        dpi=args.dpi,
        skew=args.skew,
        noise=args.noise,
        seal=args.seal,
        pages=parse_pages(args.pages, count),
        mixed=args.mixed,
        junk=args.junk,
    )
    print(args.target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
