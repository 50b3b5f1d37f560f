"""The built-in review: FSRS schedules the learner's words in learning stages (no Textual).

    session = ReviewSession(library.connection)
    card = session.current()            # None when nothing is due
    session.answer(Rating.Good)         # stored at once: schedule, review log, the word's stage
"""

from fsrs import Rating

from reader.review.cards import CardBack, CardFront, back_of, front_of
from reader.review.schedule import Answer, Remaining, ReviewCard, ReviewSession, stage_after, stage_of
from reader.review.settings import anki_schedules_message, scheduler, set_scheduler

__all__ = [
    "Answer", "CardBack", "CardFront", "Rating", "Remaining", "ReviewCard", "ReviewSession",
    "anki_schedules_message", "back_of", "front_of", "scheduler", "set_scheduler", "stage_after", "stage_of",
]
