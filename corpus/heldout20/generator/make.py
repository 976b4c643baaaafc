"""Rebuild every round-20 case: python make.py (needs reportlab, python-docx)."""
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
CASES = ["case_ah_jiwei", "case_jx_zuzhibu", "case_hb_xuanchuan", "case_gz_zhengfa",
         "case_yn_wangxin", "case_sd_zfb", "case_zj_dangshi", "case_nx_xuncha"]
ARGS = {
    "case_ah_jiwei": ("ah_jiwei_2025", ["txt"], {}),
    "case_jx_zuzhibu": ("jx_zuzhibu_2025", ["docx", "txt"], {"headings": "bold"}),
    "case_hb_xuanchuan": ("hb_xuanchuan_2024", ["pdf"], {}),
    "case_gz_zhengfa": ("gz_zhengfa_2025", ["docx"], {"headings": "styled"}),
    "case_yn_wangxin": ("yn_wangxin_2025", ["pdf"], {}),
    "case_sd_zfb": ("sd_zfb_2025", ["txt"], {}),
    "case_zj_dangshi": ("zj_dangshi_2024", ["docx", "txt"], {"headings": "mixed"}),
    "case_nx_xuncha": ("nx_xuncha_2025", ["pdf", "txt"], {}),
}
if __name__ == "__main__":
    from common import build
    for name in CASES:
        mod = importlib.import_module(name)
        slug, fmts, kw = ARGS[name]
        build(slug, mod.TEXT, fmts, **kw)
