"""Word statuses, numbered as LUTE numbers them so learners' exports map one to one."""

from __future__ import annotations

from enum import IntEnum


class Status(IntEnum):
    UNKNOWN = 0
    LEARNING_1 = 1
    LEARNING_2 = 2
    LEARNING_3 = 3
    LEARNING_4 = 4
    LEARNING_5 = 5
    IGNORED = 98
    KNOWN = 99

    @property
    def label(self) -> str:
        if self in LEARNING:
            return f"learning {int(self)}"
        return self.name.lower()


UNKNOWN = Status.UNKNOWN
KNOWN = Status.KNOWN
IGNORED = Status.IGNORED
LEARNING = frozenset(Status(stage) for stage in range(1, 6))
