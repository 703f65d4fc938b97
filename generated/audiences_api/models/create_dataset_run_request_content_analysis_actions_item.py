from enum import StrEnum


class CreateDatasetRunRequestContentAnalysisActionsItem(StrEnum):
    CONTENT_CATEGORY = "content_category"
    CONTENT_TOPICS = "content_topics"
    CTA = "cta"
    EMOTIONS = "emotions"
    ENTITIES = "entities"
    HOOK = "hook"
    INTENT = "intent"
    MENTIONED_BRANDS = "mentioned_brands"
    NARRATIVE_STRUCTURE = "narrative_structure"
    QUESTIONS = "questions"
    SENTIMENT = "sentiment"
    TONE_OF_VOICE = "tone_of_voice"

    def __str__(self) -> str:
        return str(self.value)
