from enum import StrEnum


class SourceWord(StrEnum):
    INSTAGRAM = "instagram"
    LINKEDIN = "linkedin"
    REDDIT = "reddit"
    TIKTOK = "tiktok"
    YOUTUBE = "youtube"

    def __str__(self) -> str:
        return str(self.value)
