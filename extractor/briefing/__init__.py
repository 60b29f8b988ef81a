"""Daily briefings from the store: merged strike events, conflicting figures, contested claims, date flags.

>>> from extractor.briefing import brief, render
>>> print(render(brief("2017-02-24", store="extractor.db"), "md"))
"""

from extractor.briefing.build import BriefingError, brief, parse_day, resolve_period
from extractor.briefing.render import FORMATS, render

__all__ = ["FORMATS", "BriefingError", "brief", "parse_day", "render", "resolve_period"]
