"""Review stage: graders' decisions (reviews.csv) applied to the machine's codings.

`store` reads and writes the batch's decisions, `apply` turns them into what the tables count,
`session` is the API the review notebook drives, `render` draws quotes as HTML and `widgets`
(imported on demand: it needs ipywidgets) is the notebook's user interface.
"""

from pipeline.review.apply import ReviewOutcome, apply_reviews
from pipeline.review.session import ReviewSession
from pipeline.review.store import append_review, read_reviews, write_reviews

__all__ = ["ReviewOutcome", "ReviewSession", "append_review", "apply_reviews", "read_reviews", "write_reviews"]
