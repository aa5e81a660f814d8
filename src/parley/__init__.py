"""parley: news reports of diplomacy in, a verified record of events out."""

import logging

__version__ = "0.1.0"

# A library only adds a NullHandler; the CLI configures logging.
logging.getLogger(__name__).addHandler(logging.NullHandler())
