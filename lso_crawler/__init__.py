"""lso-archive: a polite crawler that archives Báo Lạng Sơn articles."""

__version__ = "0.1.0"
