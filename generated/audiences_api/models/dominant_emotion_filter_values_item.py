from enum import StrEnum


class DominantEmotionFilterValuesItem(StrEnum):
    ANGER = "anger"
    DISGUST = "disgust"
    FEAR = "fear"
    JOY = "joy"
    NEUTRAL = "neutral"
    SADNESS = "sadness"
    SURPRISE = "surprise"

    def __str__(self) -> str:
        return str(self.value)
