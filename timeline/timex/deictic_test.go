package timex

import "testing"

var deicticCases = []findCase{
	// market news: "in morning trading" is that part of the day written on
	{"Orvale shares fell 3% in morning trading.", thu, "morning", Clock, "2026-01-22TMO", Day},
	{"Tarvik shares rose in late afternoon trading.", thu, "afternoon", Clock, "2026-01-22TAF", Day},
	{"Tarvik shares rose in afternoon trading on Monday.", thu, "Monday", Date, "2026-01-19", Day},
	// "as soon as possible" is still to come
	{"The Orvale board will respond as soon as possible.", thu, "soon", Date, "FUTURE_REF", Unknown},
	// relative to the reference date
	{"The minister resigned today after the vote.", thu, "today", Date, "2026-01-22", Day},
	{"The minister will speak tonight on television.", thu, "tonight", Clock, "2026-01-22TNI", Day},
	{"The minister resigned yesterday after the vote.", thu, "yesterday", Date, "2026-01-21", Day},
	{"The minister resigned yesterday after the vote.", jan3, "yesterday", Date, "2026-01-02", Day},
	{"The minister will resign tomorrow, aides say.", "2025-12-31", "tomorrow", Date, "2026-01-01", Day},
	{"The company recently opened a plant.", thu, "recently", Date, "PAST_REF", Unknown},
	{"The last flight left overnight from the base.", thu, "overnight", Date, "2026-01-21/2026-01-22", Range},
	{"They will stay overnight before flying on.", thu, "overnight", Date, "2026-01-22/2026-01-23", Range},
	// vague references to now and to the future: found, never a day
	{"At present the agency employs 400 inspectors.", thu, "At present", Date, "PRESENT_REF", Unknown},
	{"The ferry is not running at the moment, operators said.", thu, "at the moment", Date, "PRESENT_REF", Unknown},
	{"Few people write letters nowadays.", thu, "nowadays", Date, "PRESENT_REF", Unknown},
	{"These days the harbour is mostly empty.", thu, "These days", Date, "PRESENT_REF", Unknown},
	{"The museum hopes to reopen in the near future.", thu, "in the near future", Date, "FUTURE_REF", Unknown},
	{"The border will stay closed for the foreseeable future.", thu, "the foreseeable future", Date, "FUTURE_REF", Unknown},
	{"Prices will certainly rise in the future.", thu, "in the future", Date, "FUTURE_REF", Unknown},
	{"Tariffs were higher in the past, economists note.", thu, "in the past", Date, "PAST_REF", Unknown},
	// "at the time" in a past sentence and "back then": a vague past
	{"At the time, Kellan Droste ran the Varnhold mill.", thu, "At the time", Date, "PAST_REF", Unknown},
	{"The Pellworth mayor was not available for comment at the time.", thu, "at the time", Date, "PAST_REF", Unknown},
	{"At that time, the Orvik mill employed 300 people.", thu, "At that time", Date, "PAST_REF", Unknown},
	{"Back then, few families in Ostrava owned a car.", thu, "Back then", Date, "PAST_REF", Unknown},
	{"Life in Ostrava was harder back then, she said.", thu, "back then", Date, "PAST_REF", Unknown},
	{"In future, visitors must book ahead.", thu, "In future", Date, "FUTURE_REF", Unknown},
	// already handled before issue 8; pinned here
	{"The firm currently employs 2,300 people.", thu, "currently", Date, "PRESENT_REF", Unknown},
	{"Inflation is now above 5%, the bank says.", thu, "now", Date, "PRESENT_REF", Unknown},
	{"A verdict is expected later today.", thu, "later today", Date, "2026-01-22", Day},
	{"Earlier today the envoy left for Cairo.", sun, "Earlier today", Date, "2026-01-25", Day},
}

// TestDeictic: today, tonight, yesterday, tomorrow, recently, overnight.
func TestDeictic(t *testing.T) { testFind(t, deicticCases) }
