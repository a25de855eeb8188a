"""A widget that shows a static HTML snapshot where no widget can render (read by widgets.py and panels.py)."""

from __future__ import annotations

from typing import Any

STATIC_CLASS = "qp-static"
HIDE_STATIC = f"<style>.{STATIC_CLASS}{{display:none}}</style>"
"""A rendered widget hides the static snapshots; where widgets cannot render, the snapshots stay."""


class StaticFallback:
    """Displays a static HTML snapshot before the widget itself.

    A notebook exported to HTML, or opened where no widget manager runs, shows the snapshot
    (the cards as they were when the cell ran); a live widget carries a style that hides it.
    """

    words: dict[str, str]   # the widget's ui_text, in the notebook's language

    @property
    def plain_text(self) -> str:
        """What a notebook run without widgets (headless, exported) shows in place of the app."""
        return self.words["needs_kernel"]

    def snapshot_html(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def _ipython_display_(self) -> None:
        from IPython.display import HTML, display

        display(HTML(f'<div class="{STATIC_CLASS}">{self.snapshot_html()}</div>'))
        display(self._repr_mimebundle_(), raw=True)

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        bundle = super()._repr_mimebundle_(**kwargs)  # type: ignore[misc]
        bundle["text/plain"] = self.plain_text
        return bundle
