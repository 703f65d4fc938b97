from enum import StrEnum


class EnvelopeStatusWord(StrEnum):
    CLIENT_ERROR = "client_error"
    INFO = "info"
    REDIRECT = "redirect"
    SERVER_ERROR = "server_error"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
