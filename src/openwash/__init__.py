"""openwash: find "open source" claims about ML releases that only ship the weights."""

__version__ = "0.1.0"
