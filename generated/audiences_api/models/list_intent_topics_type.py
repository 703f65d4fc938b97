from enum import StrEnum


class ListIntentTopicsType(StrEnum):
    B2B = "b2b"
    B2C = "b2c"
    BOTH = "both"

    def __str__(self) -> str:
        return str(self.value)
