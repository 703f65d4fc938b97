"""Models read on demand: what lists of many thousands of items (mentions, profiles) yield.

A page of 100 profiles takes ``json.loads`` about 7 µs an item; building 30 checked
fields eagerly took 25 µs more, a third of raw httpx's throughput. A ``LazyModel`` keeps
the item's JSON and reads each field on first access (then keeps it): a page costs a
fraction of a microsecond an item, and a field of the wrong type still never reaches
you: reading it raises ``APIResponseValidationError`` naming the field.

Lazy models are frozen, compare and hash by their content (and id), pickle, and offer
``to_dict()``, ``to_json()`` and a short repr, like every model.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Generic, Self, TypeVar, overload

from audiences._errors import APIResponseValidationError
from audiences._models._base import Model
from audiences._read import Fields

T = TypeVar("T")


class Lazy(Generic[T]):
    """A field read from the item's JSON on first access: ``Lazy(Fields.integer)``.

    ``key`` is the field's name on the wire when it differs from the attribute's.
    """

    def __init__(self, read: Callable[[Fields, str], T], key: str | None = None) -> None:
        self.read = read
        self.key = key
        self.name = key or ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.key = self.key or name

    @overload
    def __get__(self, obj: None, owner: type) -> Lazy[T]: ...
    @overload
    def __get__(self, obj: LazyModel, owner: type) -> T: ...
    def __get__(self, obj: LazyModel | None, owner: type) -> Lazy[T] | T:
        if obj is None:
            return self
        cache = obj._cache
        if cache is None:
            cache = obj._cache = {}
        elif self.name in cache:
            value: T = cache[self.name]
            return value
        try:
            value = self.read(Fields(obj._d, f"data[{obj._i}]"), self.key or self.name)
        except ValueError as exc:
            raise APIResponseValidationError(
                f"{obj._vendor}: {exc}", provider=obj._vendor, status_code=200, body=obj._d
            ) from None
        cache[self.name] = value
        return value


class LazyModel(Model):
    """A model that keeps its item's JSON and reads each field on first access."""

    __slots__ = ("_cache", "_d", "_i")
    _d: Mapping[str, Any]
    _i: int  # the item's place in its page, for messages
    _cache: dict[str, Any] | None
    _vendor: ClassVar[str]
    _schema: ClassVar[str]  # the spec's schema of an item (a test ties the fields to it)
    _dropped: ClassVar[tuple[str, ...]] = ()  # its properties the model does not surface
    _fields_: ClassVar[tuple[str, ...]]
    _shown: ClassVar[tuple[str, ...]]  # the fields a repr shows

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._fields_ = tuple(
            name
            for klass in reversed(cls.__mro__)
            for name, value in vars(klass).items()
            if isinstance(value, Lazy)
        )

    def __init__(self, data: Mapping[str, Any], index: int = 0) -> None:
        # Public fields are read-only descriptors: assigning one raises AttributeError.
        self._d = data
        self._i = index
        self._cache = None

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return bool(self._d == other._d)

    def __hash__(self) -> int:
        return hash((type(self), getattr(self, "id", None)))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self._d, self._i))

    def _field_names(self) -> tuple[str, ...]:
        return self._fields_

    def _shown_names(self) -> tuple[str, ...]:
        return self._shown

    @classmethod
    def page(cls, items: list[Any]) -> tuple[Self, ...]:
        """The models of a page's items; each is checked field by field as it is read.

        Even the id: an item that is not an object, or has no usable id, raises
        ``APIResponseValidationError`` when it is first read, like any other field.
        """
        return tuple(map(cls, items, range(len(items))))
