package timex

import "testing"

var clockCases = []findCase{
	// a bare hour with the part of the day after it, after a preposition of time
	{"The Orvale shop opens at 8 in the morning.", thu, "8 in the morning", Clock, "2026-01-22T08:00", Hour},
	{"The Halvern minister returned at 3 in the afternoon.", thu, "3 in the afternoon", Clock, "2026-01-22T15:00", Hour},
	// clock times
	{"The meeting is scheduled for 12:00 GMT.", thu, "12:00 GMT", Clock, "2026-01-22T12:00Z", Minute},
	{"The meeting is scheduled for 12:00 UTC.", thu, "12:00 UTC", Clock, "2026-01-22T12:00Z", Minute},
	{"The sirens sounded at 3 p.m. across the city.", thu, "3 p.m.", Clock, "2026-01-22T15:00", Hour},
	{"The sirens sounded at 9:45am across the city.", thu, "9:45am", Clock, "2026-01-22T09:45", Minute},
	{"The strike hit at 15:30 Kyiv time on Thursday.", fri, "15:30 Kyiv time on Thursday", Clock, "2026-01-22T15:30+02:00", Minute},
	{"The strike hit at 15:30 Kyiv time.", jul, "15:30 Kyiv time", Clock, "2025-07-15T15:30+03:00", Minute},
	{"Launch is set for 09:00 EST from Florida.", thu, "09:00 EST", Clock, "2026-01-22T09:00-05:00", Minute},
	// a clock's tokens do not push "will" out of reach of the weekday after them
	{"The data will come out at 8:30 a.m. ET on Friday.", thu, "8:30 a.m. ET on Friday", Clock, "2026-01-23T08:30-05:00", Minute},
	{"Launch is set for 9 a.m. ET from Florida.", jul, "9 a.m. ET", Clock, "2025-07-15T09:00-04:00", Hour},
	// a midnight ahead ends the reference day: the next day's first minute; one gone by began it
	{"The curfew starts at midnight in the city.", thu, "midnight", Clock, "2026-01-23T00:00", Minute},
	{"The Solvik offer will lapse at midnight.", thu, "midnight", Clock, "2026-01-23T00:00", Minute},
	{"The Solvik offer lapsed at midnight.", thu, "midnight", Clock, "2026-01-22T00:00", Minute},
	{"The Tesk truce takes effect at midnight tonight.", thu, "midnight tonight", Clock, "2026-01-23T00:00", Minute},
	{"The curfew ends at noon in the city.", thu, "noon", Clock, "2026-01-22T12:00", Minute},
	{"The text was published on 6 January 2026 - 22:17 in Paris.", "", "6 January 2026 - 22:17", Clock, "2026-01-06T22:17", Minute},
	{"The meeting is scheduled for 12:00 GMT.", "", "12:00 GMT", Clock, "", Unknown},
	// British "3.30pm", with am/pm or a zone only
	{"The ferry docked at 3.30pm in Dover.", thu, "3.30pm", Clock, "2026-01-22T15:30", Minute},
	{"The polls closed at 10.15 GMT on Thursday.", fri, "10.15 GMT on Thursday", Clock, "2026-01-22T10:15Z", Minute},
	// British "7.30" after "at" with a day after it; "half past three", "a quarter to ten"
	{"The Orlent rally starts at 7.30 on Friday.", thu, "7.30 on Friday", Clock, "2026-01-23T07:30", Minute},
	{"The Dunmore ferry left at 9.15 yesterday.", thu, "9.15 yesterday", Clock, "2026-01-21T09:15", Minute},
	// ... or a verb of starting before it, or a first such time before it
	{"The Orvane hearing began at 12.30 and ended at 14.15.", thu, "12.30", Clock, "2026-01-22T12:30", Minute},
	{"The Orvane hearing began at 12.30 and ended at 14.15.", thu, "14.15", Clock, "2026-01-22T14:15", Minute},
	{"The Kelso train arrived at 9.05, and left at 11.40.", thu, "11.40", Clock, "2026-01-22T11:40", Minute},
	{"The Dunmore ferry left at half past three.", thu, "half past three", Clock, "2026-01-22T03:30", Minute},
	{"Kessa Ilvane arrived at a quarter past nine.", thu, "a quarter past nine", Clock, "2026-01-22T09:15", Minute},
	{"The Tarnow talks resumed at a quarter to ten.", thu, "a quarter to ten", Clock, "2026-01-22T09:45", Minute},
	{"The vote ended at half past four in the afternoon.", thu, "half past four in the afternoon", Clock, "2026-01-22T16:30", Minute},
	// a time and the part of the day beside it are one time on that day
	{"The Orlent ferry left at 9.15 this morning.", thu, "9.15 this morning", Clock, "2026-01-22T09:15", Minute},
	{"The Kelvar talks resumed at 3:30 this afternoon.", thu, "3:30 this afternoon", Clock, "2026-01-22T15:30", Minute},
	{"The Dunmore blast happened at 9:40 last night.", thu, "9:40 last night", Clock, "2026-01-21T21:40", Minute},
	{"The Orvane vote was held on Wednesday evening at 8:30.", thu, "Wednesday evening at 8:30", Clock, "2026-01-21T20:30", Minute},
	{"Lira Besk arrived at 7:45 on Wednesday morning.", thu, "7:45 on Wednesday morning", Clock, "2026-01-21T07:45", Minute},
	// "New" of "New York time" is the city's, not New Year's
	{"The offer expires at 5 p.m. New York time on Friday.", thu, "5 p.m. New York time on Friday", Clock, "2026-01-23T17:00-05:00", Hour},
}

// TestClock: clock times with zones, and dates merged with them.
func TestClock(t *testing.T) { testFind(t, clockCases) }
