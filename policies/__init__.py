"""Built-in openwash policy presets (``builtin:NAME``), shipped as package data."""
