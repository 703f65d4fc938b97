from enum import StrEnum


class RunScopeRequestKind(StrEnum):
    DATASET = "dataset"

    def __str__(self) -> str:
        return str(self.value)
