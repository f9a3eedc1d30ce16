"""Counter Assistant (柜台助手)."""

__version__ = "0.1.0"
