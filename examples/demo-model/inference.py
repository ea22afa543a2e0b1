"""Example inference script of the fictional Acme-7B model (no training code is released)."""


def load(name: str) -> str:
    return name
