"""pytest puts this folder on sys.path, so every test folder can import reference_facts."""
