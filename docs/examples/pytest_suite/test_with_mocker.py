from myapp import weather

import mock


def test_forecast_is_upper_case(mocker):
    fetch = mocker.patch("myapp.weather.fetch", return_value="sunny")
    assert weather.forecast("Oslo") == "SUNNY"
    fetch.assert_called_once_with("https://weather.example/Oslo")


def test_mocker_gives_our_classes(mocker):
    assert isinstance(mocker.MagicMock(), mock.MagicMock)
    assert mocker.AsyncMock is mock.AsyncMock
    assert mocker.sentinel is mock.sentinel


def test_spy_wraps_the_real_function(mocker):
    spy = mocker.spy(weather, "forecast")
    mocker.patch("myapp.weather.fetch", return_value="rain")
    assert weather.forecast("Bergen") == "RAIN"
    spy.assert_called_once_with("Bergen")
