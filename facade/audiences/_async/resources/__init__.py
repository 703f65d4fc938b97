"""The resources of the clients: one module per API area, as ``client.<area>``."""
