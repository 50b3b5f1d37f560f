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
    # Known because the placement test put the learner's vocabulary above this term's frequency rank,
    # not because the learner said so: reading or marking the word replaces it.
    KNOWN_ASSUMED = 97
    IGNORED = 98
    KNOWN = 99

    @property
    def label(self) -> str:
        if self in LEARNING:
            return f"learning {int(self)}"
        if self is Status.KNOWN_ASSUMED:
            return "known (assumed)"
        return self.name.lower()


UNKNOWN = Status.UNKNOWN
KNOWN = Status.KNOWN
KNOWN_ASSUMED = Status.KNOWN_ASSUMED
IGNORED = Status.IGNORED
LEARNING = frozenset(Status(stage) for stage in range(1, 6))
# The learning stages as SQL's `status BETWEEN ? AND ?` parameters.
LEARNING_RANGE = (Status.LEARNING_1, Status.LEARNING_5)
