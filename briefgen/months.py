"""Month and weekday names as regular-expression alternations (match them with re.I).

One list for every stage that reads dates: ingest's timestamp lines and the timeline.
"""

MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# full names first, so "March" is not read as "Mar" + "ch"; "Dec. 19", "Sept. 29"
MONTHS_OR_ABBREVIATIONS = rf"{MONTHS}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
