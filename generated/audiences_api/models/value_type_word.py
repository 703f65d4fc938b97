from enum import StrEnum


class ValueTypeWord(StrEnum):
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
