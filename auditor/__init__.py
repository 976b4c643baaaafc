"""auditor: checks 部门整体支出绩效自评报告 for arithmetic, consistency, scoring and year errors."""

__version__ = "0.1.0"
