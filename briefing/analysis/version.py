"""The analysis's version, kept apart so that the store can read it without loading the stages."""

ANALYSIS_VERSION = 21  # raise when the analysis changes, so that stored briefings can be redone
