"""The synthetic corpus generator (``scripts/generate_corpus.py`` runs it).

``numbers`` and ``rules`` hold the arithmetic, ``model`` one department's agreeing
figures, ``writer`` and ``render`` the report text through named slots, ``mutation`` a
planted defect, ``mutations/`` one module per rule code, ``keys`` the answer keys'
``must_not`` entries.
"""

from __future__ import annotations
