"""``python -m audiences``: the command line."""

from audiences._cli import main

raise SystemExit(main())
