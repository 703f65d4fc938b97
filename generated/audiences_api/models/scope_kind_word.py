from enum import StrEnum


class ScopeKindWord(StrEnum):
    DATASET = "dataset"

    def __str__(self) -> str:
        return str(self.value)
