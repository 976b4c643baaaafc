"""Corpus quality: recall and precision against the answer keys must not fall below the baseline.

The corpus test audits every report of ``corpus/`` (the example in all formats and the
synthetic reports with their rendered subset) through ``scripts/quality.py`` and fails
when overall or any family's precision or recall drops below
``corpus/quality_baseline.json``, printing every miss and false positive. The other
tests here pin the harness's matching rules and the generator's reproducibility.
"""

from __future__ import annotations

import os
import sys
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import quality  # noqa: E402

CORPORA = [quality.DEFAULT_CORPUS, *quality.separate_corpora(quality.DEFAULT_CORPUS)]


@pytest.mark.corpus
@pytest.mark.parametrize("corpus", CORPORA, ids=[c.name for c in CORPORA])
def test_corpus_quality_not_below_baseline(corpus: Path) -> None:
    report = quality.run(corpus, jobs=min(2, os.cpu_count() or 1))
    problems = quality.below_baseline(report, quality.load_baseline(quality.baseline_path(corpus)))
    if problems:
        data = report.to_json()
        lines = [
            "Corpus quality fell below corpus/quality_baseline.json:",
            *problems,
            "",
            "Misses:",
        ]
        lines += [
            f"  {m['file']}: {m['rule']} {m['values'] or ''} — {m['note'] or ''}"
            for m in data["misses"]
        ]
        lines.append("False positives:")
        lines += [
            f"  {u['file']}: {u['rule']} [{u['severity']}] {u['message']}"
            for u in data["unexpected"] + data["must_not_hits"]
        ]
        pytest.fail("\n".join(lines), pytrace=False)


def _finding(
    rule: str, message: str, severity: str = "error", **extra: object
) -> dict[str, object]:
    return {"rule": rule, "severity": severity, "message": message, "evidence": [], **extra}


def test_values_compare_by_number_and_text() -> None:
    s = quality.Searchable(
        _finding(
            "AR002",
            "“整体支出”为 2,415.05 万元，分项之和为 2414.91 万元",
            expected="2414.91",
            evidence=[{"value": "1262.76"}, {"value": "1,152.29"}],
        )
    )
    assert quality.value_present("2415.05", s)
    assert quality.value_present("2,414.91", s)
    assert quality.value_present("1152.29", s)
    assert not quality.value_present("1262.761", s)
    assert not quality.value_present("415.05", s)
    d = quality.Searchable(_finding("YR002", "日期为 2024年5月29日，在被评价年度结束之前"))
    assert quality.value_present("2024年5月29日", d)


def test_a_minus_after_a_number_is_a_subtraction() -> None:
    s = quality.Searchable(_finding("AR003", "（2,316.80-2,105.45）÷2,316.80×100% 相差 -1.80"))
    assert quality.value_present("2,105.45", s)
    assert quality.value_present("-1.80", s)
    assert not quality.value_present("-2105.45", s)


def test_each_expectation_consumes_one_finding() -> None:
    broad = {"rule": "AR"}
    narrow = {"rule": "AR001", "values": ["10"]}
    found = [quality.Searchable(_finding("AR001", "合计 10，分项之和 9"))]
    assert len(quality.max_matching([broad, narrow], found)) == 1
    two = [
        quality.Searchable(_finding("AR001", "合计 10")),
        quality.Searchable(_finding("AR002", "x")),
    ]
    assert quality.max_matching([broad, narrow], two) == {0: 1, 1: 0}


def test_judge_counts_must_not_allow_and_info(tmp_path: Path) -> None:
    case = quality.Case(
        tmp_path,
        {
            "expect": [{"rule": "IC001", "values": ["58"]}],
            "must_not": [{"rule": "AR", "values": ["2237.76"]}],
            "allow": [{"rule": "CP"}],
        },
        (tmp_path / "report.txt",),
    )
    result = {
        "status": "ok",
        "findings": [
            _finding("IC001", "编制数 63 与 58 不一致"),
            _finding("AR001", "收入合计 2237.76 与分项不符"),
            _finding("CP002", "缺少存在问题", severity="warning"),
            _finding("YR006", "疫情防控", severity="info"),
            _finding("SC005", "得分之和 98，总分 97"),
        ],
    }
    score = quality.judge(case, tmp_path / "report.txt", result)
    assert [f["rule"] for _, f in score.matched] == ["IC001"]
    assert [f["rule"] for f, _ in score.forbidden] == ["AR001"]
    assert [f["rule"] for f in score.unexpected] == ["SC005"]
    report = quality.tally([score], 0.0)
    assert report.overall.recall == 1.0
    assert report.overall.precision == pytest.approx(1 / 3)


def test_by_defect_accepts_a_sibling_rule_of_one_defect_kind(tmp_path: Path) -> None:
    case = quality.Case(
        tmp_path,
        {
            "expect": [
                {"rule": "AR001", "values": ["22.5", "23.5"]},
                {"rule": "AR005", "values": ["98.57%"]},
                {"rule": "IC004", "values": ["6"]},
            ],
            "allow": [{"rule": "AR003"}],
        },
        (tmp_path / "report.txt",),
    )
    result = {
        "status": "ok",
        "findings": [
            _finding("SC005", "小计 22.5 分，其上各项得分之和为 23.5 分"),  # same kind: a sum
            _finding("AR003", "合格率写作 98.57%，按所列数为 98.75%"),  # allowed, same kind
            _finding("IC001", "6 个与 5 个不一致"),  # another kind than IC004's
        ],
    }
    score = quality.judge(case, tmp_path / "report.txt", result)
    assert not score.matched
    assert sorted(f["rule"] for _, f in score.sibling) == ["AR003", "SC005"]
    report = quality.tally([score], 0.0)
    assert (report.overall.tp, report.overall.fp) == (0, 2)
    assert (report.by_defect.tp, report.by_defect.fn, report.by_defect.fp) == (2, 1, 1)


def test_baseline_is_only_raised() -> None:
    old = {
        "overall": {"precision": 0.5, "recall": 0.9},
        "families": {"AR": {"precision": 0.4, "recall": 1.0}},
    }
    new = {
        "overall": {"precision": 0.6, "recall": 0.8},
        "families": {"AR": {"precision": 0.3, "recall": None}},
    }
    merged = quality.raise_baseline(old, new)
    assert merged["overall"] == {"precision": 0.6, "recall": 0.9}
    assert merged["families"]["AR"] == {"precision": 0.4, "recall": 1.0}


@pytest.mark.slow  # regenerates the whole synthetic corpus
def test_generator_is_reproducible(tmp_path: Path) -> None:
    """The committed text corpus is what the generator writes for the default seed."""
    import generate_corpus

    written = generate_corpus.generate(generate_corpus.DEFAULT_SEED, tmp_path)
    committed = ROOT / "corpus" / "synthetic"
    assert {w[0] for w in written} == {p.parent.name for p in committed.glob("*/answer_key.yaml")}
    for case_id, _, folder in written:
        for name in ("report.txt", "answer_key.yaml"):
            assert (folder / name).read_bytes() == (committed / case_id / name).read_bytes(), (
                f"{case_id}/{name} differs from the committed corpus; rerun scripts/generate_corpus.py"
            )


def test_generated_clean_reports_hold_together() -> None:
    """Sanity of the generator's own arithmetic (independent of the auditor)."""
    import generate_corpus as g

    for profile in g.PROFILES:
        model = g.build_model(profile, g.DEFAULT_SEED)
        t = model.total
        assert t.income == t.spend + t.balance
        assert sum((v for _, v in model.functional), Decimal(0)) == t.spend
        assert sum((v for _, v in model.projects), Decimal(0)) == t.project
        assert sum(model.econ.values(), Decimal(0)) == t.basic
        assert sum((b + p for _, _, b, p in model.sources), Decimal(0)) == t.spend
        assert sum((i.maximum for i in model.indicators), Decimal(0)) == 100
        for ind in model.indicators:
            assert 0 <= ind.score <= ind.maximum


def test_a_suggested_correction_is_no_accusation() -> None:
    # ``X 若为 Y 则相符`` names Y as the likely right value: a must_not forbidding
    # a finding against Y is not hit by it, while X stays accused.
    s = quality.Searchable(
        _finding(
            "AR002",
            "“项目支出”为 2,405.10 万元，分项之和为 2,450.10 万元；项目支出 2,405.10 若为 2,450.10 则相符",
        )
    )
    accused = quality._without_suggestion(s)
    assert quality.value_present("2,450.10", accused)  # still stated as the sum of parts
    bare = quality.Searchable(_finding("AR002", "南关社区 7,320 若为 7,230 则相符"))
    assert not quality.value_present("7,230", quality._without_suggestion(bare))
    assert quality.value_present("7,320", quality._without_suggestion(bare))
