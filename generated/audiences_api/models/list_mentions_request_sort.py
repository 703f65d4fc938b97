from enum import StrEnum


class ListMentionsRequestSort(StrEnum):
    COMMENTS = "comments"
    DATASET_RUN_AT = "dataset_run_at"
    DATE = "date"
    ENGAGEMENT_RATE = "engagement_rate"
    LIKES = "likes"
    SENTIMENT_SCORE = "sentiment_score"
    SHARES = "shares"
    VIEWS = "views"

    def __str__(self) -> str:
        return str(self.value)
