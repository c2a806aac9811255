"""What every test folder shares: the differential helper and the reference facts."""
