from enum import StrEnum


class ListAudienceProfilesRequestSort(StrEnum):
    AUTHENTICITY_SCORE = "authenticity_score"
    CONTENT_COUNT = "content_count"
    CREATOR_TIER = "creator_tier"
    DATE = "date"
    ENGAGEMENT_RATE = "engagement_rate"
    FOLLOWER_COUNT = "follower_count"
    FOLLOWING_COUNT = "following_count"
    SCORE = "score"

    def __str__(self) -> str:
        return str(self.value)
