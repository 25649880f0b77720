"""Print-ready A4 PDF from the HTML page, through WeasyPrint with Noto CJK embedded.

fontconfig resolves 宋体 through our fonts.conf, which must be in place before WeasyPrint first
loads fontconfig, so the environment variable is set before the import.
"""

from __future__ import annotations

import os
from importlib import resources
from typing import Any

FONTCONFIG = str(resources.files("jixiao.writers").joinpath("fonts.conf"))


def use_our_fonts() -> None:
    """Point fontconfig at fonts.conf (宋体 → Noto Serif CJK SC) unless the user chose a file."""
    os.environ.setdefault("FONTCONFIG_FILE", FONTCONFIG)


def pdf_bytes(html: str) -> bytes:
    """The page printed to PDF; fonts are embedded as subsets."""
    use_our_fonts()
    import weasyprint  # ~0.3 s to import (STACK.md): only when a PDF is asked for

    document: Any = weasyprint.HTML(string=html, base_url=".")
    data: bytes = document.write_pdf()
    return data
