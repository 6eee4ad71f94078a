"""briefing: a terminal reader that turns news articles into structured briefings."""

__version__ = "0.1.0"
