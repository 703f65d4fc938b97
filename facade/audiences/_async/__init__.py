"""Everything that differs between the sync and async clients: the driver, the clients,
their resources and the pager.

``audiences._async`` is the source; ``scripts/unasync.py`` generates ``audiences._sync``
from it (``make unasync``), and ``make test`` fails if the two drift apart.
"""
