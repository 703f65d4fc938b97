from enum import StrEnum


class CreateIntentAudienceRunRequestRunType(StrEnum):
    MANUAL = "manual"

    def __str__(self) -> str:
        return str(self.value)
