from enum import StrEnum


class IntentRunTypeWord(StrEnum):
    DAILY = "daily"
    MANUAL = "manual"
    PREVIEW = "preview"

    def __str__(self) -> str:
        return str(self.value)
