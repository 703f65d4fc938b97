"""The base of every resource (``client.audience_datasets``, ``client.audience_datasets.runs``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from audiences._async._client import AsyncAPIClient


class AsyncResource:
    """A group of a client's operations, named by its public path (``path=``).

    The path (``"AsyncBuzzabout.audience_datasets"``) becomes each method's qualified
    name, so a mistaken call reads ``AsyncBuzzabout.audience_datasets.create() takes 1
    positional argument but 2 were given`` in the caller's words.
    """

    _path: ClassVar[str]

    def __init_subclass__(cls, *, path: str, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._path = path
        for name, member in vars(cls).items():
            if callable(member) and not name.startswith("_"):
                member.__qualname__ = f"{path}.{name}"

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{self._path}>"
