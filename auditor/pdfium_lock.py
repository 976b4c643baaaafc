"""One lock for every call into pdfium in this process.

pdfium is not thread-safe: two threads inside it at once can crash the process. The
web page renders page images while the batch, in another thread, counts a PDF's
scanned pages to size its time limit; both go through :data:`PDFIUM_LOCK`.
"""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.RLock()
