"""Cell values and their pure parsers: '≥60%', '12-15个', '5月底前', '1,467.62', '无'.

This package imports nothing else of jixiao. Every parser is pure and strict: it returns a value
or raises ``ValueParseError``; callers turn that error into a located finding.
"""

from jixiao.values.errors import ValueParseError

__all__ = ["ValueParseError"]
