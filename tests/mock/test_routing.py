"""Routes: base-URL path prefixes, literal segments before parameters, shared routes."""

from __future__ import annotations

from generator.ir.model import Api
from generator.mock.routing import Router


def _ids(api: Api, method: str, path: str) -> list[str]:
    return [m.endpoint.id for m in Router(api).match(method, path)]


def test_a_path_is_matched_with_or_without_the_servers_path_prefix(apis: dict[str, Api]) -> None:
    plyr = apis["plyr"]
    assert _ids(plyr, "POST", "/api/user/login") == ["user.login"]
    assert _ids(plyr, "POST", "/user/login") == ["user.login"]
    assert _ids(plyr, "POST", "/api/api/user/login") == []
    assert _ids(plyr, "GET", "/api/user/login") == []


def test_literal_segments_win_over_parameters(apis: dict[str, Api]) -> None:
    neptun = apis["neptun"]
    assert _ids(neptun, "POST", "/api/ai/cloudflare/m/chat") == ["ai.chat_cloudflare", "ai.chat"]
    assert _ids(neptun, "POST", "/api/ai/qwen/m/chat") == ["ai.chat"]
    files = "/api/users/1/projects/2/resources/files"
    assert _ids(neptun, "GET", files) == [
        "projects.list_project_files",
        "projects.list_project_resources",
    ]


def test_path_values_are_percent_decoded_and_never_span_a_slash(apis: dict[str, Api]) -> None:
    router = Router(apis["plyr"])
    (match,) = router.match("GET", "/api/user/info/a%2Fb%20c")
    assert match.path_values == {"plyrId": "a/b c"}
    assert router.match("GET", "/api/user/info/a/b") == []


def test_every_dispatched_action_shares_one_route(apis: dict[str, Api]) -> None:
    libreauth = apis["libreauth"]
    actions = [e.id for e in libreauth.endpoints if e.action is not None]
    assert _ids(libreauth, "POST", "/api/1.3/") == actions
    assert len(actions) == 22
    assert _ids(libreauth, "POST", "/api/1.3") == []
    assert _ids(libreauth, "GET", "/health") == ["health"]
