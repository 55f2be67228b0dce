"""A state's own body sitting in session is no encounter: "parliament met on Tuesday", "the national
security committee met to weigh its answer". A Meeting is an encounter between persons or parties
(tests/gold/README.md); one whose only party is a single body of one state tells that the body
convened, which is how the writer leads up to what it then decided (a vote, a statement), not a
diplomatic event of its own. A body of many states convening (the Security Council, the OAS
council) brings states together and stays a Meeting.
"""
from __future__ import annotations

from kb.model import Event


def lone_session(event: Event, index) -> bool:
    """Whether a Meeting's one and only party is an organization of one state."""
    if event.type != "Meeting" or len(event.participants) != 1:
        return False
    body = index.by_id.get(event.participants[0])
    return body is not None and body.kind == "organization" and body.country is not None
