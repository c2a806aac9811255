"""Mock, MagicMock, call tracking, specs and helpers, as a user meets them."""

from __future__ import annotations

from mock import ANY, MagicMock, Mock, call, create_autospec, mock_open, patch, seal, sentinel


class Mailer:
    def send(self, to: str, body: str, *, urgent: bool = False) -> bool:
        raise RuntimeError("no mail server in the examples")


def notify(mailer: Mailer, users: list[str]) -> int:
    return sum(mailer.send(user, "hi", urgent=user == "boss") for user in users)


def call_tracking() -> list[object]:
    mailer = Mock(spec=Mailer)
    mailer.send.return_value = True
    assert notify(mailer, ["ann", "boss"]) == 2
    mailer.send.assert_any_call("boss", "hi", urgent=True)
    assert mailer.mock_calls == [
        call.send("ann", "hi", urgent=False),
        call.send("boss", ANY, urgent=True),
    ]
    return mailer.send.call_args_list


def autospec_checks_signatures() -> str:
    mailer = create_autospec(Mailer, instance=True)
    try:
        mailer.send("only one argument")
    except TypeError as exc:
        return str(exc)
    raise AssertionError("autospec accepted a bad call")


def magic_methods() -> tuple[int, list[int], str]:
    box = MagicMock()
    box.__len__.return_value = 3
    box.__iter__.return_value = iter([1, 2, 3])
    box.__getitem__.side_effect = lambda key: f"item {key}"
    return len(box), list(box), box["k"]


def side_effects() -> list[object]:
    flaky = Mock(side_effect=[ConnectionError("down"), "ok"])
    results: list[object] = []
    for _ in range(2):
        try:
            results.append(flaky())
        except ConnectionError as exc:
            results.append(exc)
    return results


def reading_a_file() -> list[str]:
    with patch("builtins.open", mock_open(read_data="one\ntwo\n")) as opened:
        with open("config.txt") as handle:
            lines = handle.readlines()
    opened.assert_called_once_with("config.txt")
    return lines


def sealing() -> str:
    config = Mock(name="config")
    config.debug = sentinel.debug
    seal(config)
    try:
        config.verbose  # noqa: B018
    except AttributeError as exc:
        return str(exc)
    raise AssertionError("a sealed mock grew an attribute")


EXAMPLES = {
    "call tracking": call_tracking,
    "create_autospec checks signatures": autospec_checks_signatures,
    "magic methods": magic_methods,
    "side effects": side_effects,
    "mock_open": reading_a_file,
    "seal": sealing,
}


def main() -> None:
    for title, run in EXAMPLES.items():
        print(f"{title}: {run()!r}")


if __name__ == "__main__":
    main()
