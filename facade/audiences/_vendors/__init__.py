"""One module per vendor area: requests built with the generated client, answers mapped to ours.

These are the only modules that import ``audiences_api`` (a lint rule enforces it), and
they import it inside each builder, so importing a client costs nothing of it.
"""
