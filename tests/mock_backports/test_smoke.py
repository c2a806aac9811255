def test_import():
    import mock_backports
    assert mock_backports.iscoroutinefunction
