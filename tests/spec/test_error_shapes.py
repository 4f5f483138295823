"""An error status takes the shape named for it exactly, before its range."""

from __future__ import annotations

from generator.spec.models import ErrorShape, ErrorsSpec


def test_an_exact_status_wins_over_a_range_listed_before_it() -> None:
    errors = ErrorsSpec(
        shapes=[
            ErrorShape(status="4XX", type="ClientError", message="message"),
            ErrorShape(status="401", type="AuthError", message="error"),
        ]
    )
    assert errors.shape_for("401").type == "AuthError"
    assert errors.shape_for("404").type == "ClientError"
    assert errors.shape_for("500") is None
