from enum import StrEnum


class KeywordFilterOperator(StrEnum):
    IS = "is"
    IS_NOT = "is_not"

    def __str__(self) -> str:
        return str(self.value)
