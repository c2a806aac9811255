from myapp import weather

from mock import patch


@patch("myapp.weather.fetch", return_value="fog")
def test_patch_decorator_passes_the_mock(fetch):
    assert weather.forecast("London") == "FOG"
    fetch.assert_called_once_with("https://weather.example/London")


def test_patch_as_context_manager():
    with patch("myapp.weather.fetch", return_value="snow") as fetch:
        assert weather.forecast("Tromso") == "SNOW"
    assert fetch.call_count == 1
