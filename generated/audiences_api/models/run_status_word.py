from enum import StrEnum


class RunStatusWord(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"
    WORKING = "working"

    def __str__(self) -> str:
        return str(self.value)
