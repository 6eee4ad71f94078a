"""Score read_html against the gold article bodies of the shared HTML evaluation set.

Usage: python3 benchmarks/html_extraction.py [EVAL_DIR]
EVAL_DIR defaults to ../shared/eval from the repo root.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from briefing.errors import BriefingError  # noqa: E402
from briefing.reading.document import SourceDocument  # noqa: E402
from briefing.reading.html import decode_html, read_html  # noqa: E402


def body_text(document: SourceDocument) -> str:
    """Headings on their own lines, paragraphs separated by blank lines."""
    blocks: list[str] = []
    for section in document.sections:
        if section.heading:
            blocks.append(section.heading)
        blocks.extend(section.paragraphs)
    return "\n\n".join(blocks)


def predict(pages: list[Path]) -> tuple[list[dict[str, str]], float]:
    """Predictions for every page, and the mean seconds per page."""
    predictions = []
    started = time.perf_counter()
    for page in pages:
        page_id = page.name.removesuffix(".html.gz")
        html = decode_html(gzip.decompress(page.read_bytes()))
        try:
            body = body_text(read_html(html, page.name))
        except BriefingError as error:
            print(f"  {error}", file=sys.stderr)
            body = ""
        predictions.append({"id": page_id, "body": body})
    return predictions, (time.perf_counter() - started) / max(1, len(pages))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_dir = REPO_ROOT.parent / "shared" / "eval"
    parser.add_argument("eval_dir", nargs="?", type=Path, default=default_dir)
    args = parser.parse_args(argv)
    html_dir = args.eval_dir / "html"
    pages = sorted((html_dir / "pages").glob("*.html.gz"))
    if not pages:
        print(f"no pages in {html_dir / 'pages'}", file=sys.stderr)
        return 1
    predictions, seconds = predict(pages)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "read_html.jsonl"
        out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions))
        scorer = [sys.executable, str(html_dir / "score.py"), str(out)]
        scored = subprocess.run(scorer, check=False)
    print(f"{len(pages)} pages, {seconds * 1000:.1f} ms/page (decode + read_html)")
    return scored.returncode


if __name__ == "__main__":
    sys.exit(main())
