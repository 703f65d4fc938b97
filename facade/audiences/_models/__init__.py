"""The normalized models services see: frozen attrs classes, snake_case, UTC datetimes.

No generated class and no ``UNSET`` ever reaches these: absent means ``None``. Every
model has ``to_dict()`` and ``to_json()`` (ISO-8601 timestamps, statuses as their
words, nested models included), is hashable where its fields are, and has a short repr
that leaves out what is unset.
"""

# Each module's __all__ is what it adds to the models (one list, beside its classes).
from audiences._models._base import Model as Model
from audiences._models.account import *  # noqa: F403
from audiences._models.intent import *  # noqa: F403
from audiences._models.resources import *  # noqa: F403
from audiences._models.results import *  # noqa: F403
from audiences._models.runs import *  # noqa: F403
