from enum import StrEnum


class MetricChangeFilterMetric(StrEnum):
    COMMENTS = "comments"
    ENGAGEMENT_RATE = "engagement_rate"
    LIKES = "likes"
    VIEWS = "views"

    def __str__(self) -> str:
        return str(self.value)
