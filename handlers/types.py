"""Results of the pure understanding steps (classify, extract)."""

from __future__ import annotations

from dataclasses import dataclass, field

INTENTS = (
    "service_request",
    "access_request",
    "correction_request",
    "deletion_request",
    "complaint",
    "unknown",
)


@dataclass(frozen=True)
class ContactFields:
    name: str | None = None
    phone: str | None = None  # E.164, e.g. "+84903123456"
    email: str | None = None  # lower-cased
    address: str | None = None

    def is_empty(self) -> bool:
        return not any((self.name, self.phone, self.email, self.address))


@dataclass(frozen=True)
class Classification:
    intent: str  # one of INTENTS
    confidence: float  # 0..1
    automated: bool
    language: str  # "vi" | "en"
    reasons: tuple[str, ...] = field(default=())
