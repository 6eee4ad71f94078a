"""The one exception type that reaches the user as a one-line message."""


class BriefingError(Exception):
    """An expected failure (bad input, unreachable URL, unknown id) with a message for the user."""
