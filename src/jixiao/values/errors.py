"""The single error the value parsers raise."""


class ValueParseError(ValueError):
    """A cell's text could not be read as the value asked for; ``text`` is the raw cell."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"无法解析“{text}”：{reason}")
        self.text = text
        self.reason = reason
