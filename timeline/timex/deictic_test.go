package timex

import "testing"

var deicticCases = []findCase{
	// relative to the reference date
	{"The minister resigned today after the vote.", thu, "today", Date, "2026-01-22", Day},
	{"The minister will speak tonight on television.", thu, "tonight", Clock, "2026-01-22TNI", Day},
	{"The minister resigned yesterday after the vote.", thu, "yesterday", Date, "2026-01-21", Day},
	{"The minister resigned yesterday after the vote.", jan3, "yesterday", Date, "2026-01-02", Day},
	{"The minister will resign tomorrow, aides say.", "2025-12-31", "tomorrow", Date, "2026-01-01", Day},
	{"The company recently opened a plant.", thu, "recently", Date, "PAST_REF", Unknown},
	{"The last flight left overnight from the base.", thu, "overnight", Date, "2026-01-21/2026-01-22", Range},
	{"They will stay overnight before flying on.", thu, "overnight", Date, "2026-01-22/2026-01-23", Range},
}

// TestDeictic: today, tonight, yesterday, tomorrow, recently, overnight.
func TestDeictic(t *testing.T) { testFind(t, deicticCases) }
