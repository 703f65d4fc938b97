from enum import StrEnum


class StepNameWord(StrEnum):
    ANALYSIS = "analysis"
    ANALYZE_PROFILES = "analyze_profiles"
    COLLECT_PROFILES = "collect_profiles"
    FETCH_POSTS = "fetch_posts"
    SCRAPING = "scraping"

    def __str__(self) -> str:
        return str(self.value)
