package timex

import "testing"

var weekdayCases = []findCase{
	// "Saturday week": a week after the coming Saturday
	{"Tesk Rovers host Orsk on Saturday week.", thu, "Saturday week", Date, "2026-01-31", Day},
	// a possessive day after "of": the verb after it is the head noun's
	{"The count of Sunday's vote in Tesk will be delayed.", thu, "Sunday", Date, "2026-01-18", Day},
	// "later on" a day: the same day when it is the reference's weekday, else the clause's way
	{"Trading at the Varna exchange will resume later on Monday.", thu, "Monday", Date, "2026-01-26", Day},
	{"Port officials said later on Thursday that the fire was out.", thu, "Thursday", Date, "2026-01-22", Day},
	{"The Kiruna council will vote later on Thursday.", thu, "Thursday", Date, "2026-01-22", Day},
	// an abbreviated weekday with its full stop and comma before the date
	{"Tues., May 11, 2026: Orvale shares fell.", "2026-05-12", "Tues., May 11, 2026", Date, "2026-05-11", Day},
	{"The Halvern vote is set for Thurs., May 14.", "2026-05-12", "Thurs., May 14", Date, "2026-05-14", Day},
	// a timetable in the present points ahead; the past tense back
	{"The store opens Friday.", thu, "Friday", Date, "2026-01-23", Day},
	{"The talks resume Monday in Geneva.", thu, "Monday", Date, "2026-01-26", Day},
	{"The rule comes into force on Monday.", thu, "Monday", Date, "2026-01-26", Day},
	{"The store opened Friday.", thu, "Friday", Date, "2026-01-16", Day},
	{"The Orvale final takes place on Sunday in Corvale.", thu, "Sunday", Date, "2026-01-25", Day},
	{"The Halvern trial continues on Monday.", thu, "Monday", Date, "2026-01-26", Day},
	{"Orvale voters go to the polls on Sunday.", thu, "Sunday", Date, "2026-01-25", Day},
	{"Tickets for the Halvern show go on sale Friday.", thu, "Friday", Date, "2026-01-23", Day},
	{"The Orvale final took place on Sunday in Corvale.", thu, "Sunday", Date, "2026-01-18", Day},
	// a possessive weekday is past unless it is ahead or its own clause is future
	{"Shareholders will receive $38 a share, a premium to Monday's closing price.", thu, "Monday", Date, "2026-01-19", Day},
	{"Leaders will meet ahead of Friday's vote.", thu, "Friday", Date, "2026-01-23", Day},
	{"Saturday's meeting will decide the matter.", thu, "Saturday", Date, "2026-01-24", Day},
	{"Officials assessed Sunday's attack on the port.", thu, "Sunday", Date, "2026-01-18", Day},
	// weekdays: past tense means the latest such day, the same day included
	{"The president spoke on Thursday in Kyiv.", thu, "Thursday", Date, "2026-01-22", Day},
	{"The president spoke on Thursday in Kyiv.", fri, "Thursday", Date, "2026-01-22", Day},
	{"The president spoke on Thursday in Kyiv.", sun, "Thursday", Date, "2026-01-22", Day},
	{"The president spoke on Thursday in Kyiv.", mon, "Thursday", Date, "2026-01-22", Day},
	{"The president spoke on Sunday in Kyiv.", sun, "Sunday", Date, "2026-01-25", Day},
	{"The president spoke on Monday in Kyiv.", sun, "Monday", Date, "2026-01-19", Day},
	{"The president spoke on Monday in Kyiv.", mon, "Monday", Date, "2026-01-26", Day},
	{"The president spoke on Friday in Kyiv.", monNY, "Friday", Date, "2025-12-26", Day},
	{"Thursday, the president spoke in Kyiv.", thu, "Thursday", Date, "2026-01-22", Day},
	// future tense means the next one
	{"The president will speak on Friday in Kyiv.", monNY, "Friday", Date, "2026-01-02", Day},
	{"The president will speak on Thursday in Kyiv.", thu, "Thursday", Date, "2026-01-29", Day},
	{"The president will speak on Saturday in Kyiv.", thu, "Saturday", Date, "2026-01-24", Day},
	{"The vote is due to take place on Monday.", thu, "Monday", Date, "2026-01-26", Day},
	{"The vote is scheduled for Monday, officials said.", thu, "Monday", Date, "2026-01-26", Day},
	{"The minister plans to visit on Wednesday.", thu, "Wednesday", Date, "2026-01-28", Day},
	{"The talks are expected to resume on Tuesday.", sun, "Tuesday", Date, "2026-01-27", Day},
	{"He said on Monday that talks will resume on Thursday.", fri, "Monday", Date, "2026-01-19", Day},
	{"He said on Monday that talks will resume on Thursday.", fri, "Thursday", Date, "2026-01-29", Day},
	{"The pair will meet next Thursday in Rome.", mon, "next Thursday", Date, "2026-01-29", Day},
	{"The pair met last Thursday in Rome.", thu, "last Thursday", Date, "2026-01-15", Day},
	{"The pair met last Thursday in Rome.", fri, "last Thursday", Date, "2026-01-22", Day},
	{"Explosions were heard on Thursday night in Odesa.", fri, "Thursday night", Clock, "2026-01-22TNI", Day},
	{"Explosions were heard on Monday morning in Odesa.", thu, "Monday morning", Clock, "2026-01-19TMO", Day},
	// "is on Friday": a schedule, ahead
	{"The Orvale summit is on Friday.", thu, "Friday", Date, "2026-01-23", Day},
	// a schedule told in the present looks ahead; a headline's present does not
	{"The Orvale court hears the appeal on Friday.", thu, "Friday", Date, "2026-01-23", Day},
	{"The Kelso minister travels to Brelund on Monday.", thu, "Monday", Date, "2026-01-26", Day},
	{"The new Halvern chief takes over on Monday.", thu, "Monday", Date, "2026-01-26", Day},
	{"The two Orvale teams meet again on Sunday.", thu, "Sunday", Date, "2026-01-25", Day},
	{"Orvale chief meets investors on Monday", thu, "Monday", Date, "2026-01-19", Day},
	// a work's kind before a lone weekday does not make it a title
	{"Kelvar released the album Tuesday.", thu, "Tuesday", Date, "2026-01-20", Day},
	{"The Halvern hearings are on Tuesday and Wednesday.", thu, "Tuesday", Date, "2026-01-27", Day},
	// the second of two weekdays goes the first's way
	{"The Halvern hearings are on Tuesday and Wednesday.", thu, "Wednesday", Date, "2026-01-28", Day},
	{"The Orvale strike hit on Monday and Tuesday and will resume on Friday.", thu, "Tuesday", Date, "2026-01-20", Day},
	// a weekday of last, this or next week
	{"The Orvale minister visited Corvale on Tuesday last week.", thu, "Tuesday last week", Date, "2026-01-13", Day},
	{"The Halvern board will meet on Monday next week.", thu, "Monday next week", Date, "2026-01-26", Day},
	{"The Brennick report is due on Friday this week.", mon, "Friday this week", Date, "2026-01-30", Day},
	// an abbreviation that is no word, with its full stop
	{"The bridge reopened on Tues. after repairs.", thu, "Tues", Date, "2026-01-20", Day},
	// abbreviations that are also words, capitalised with their stop after a lower-case word
	{"Talks between the Halvern unions resume Wed. in Corvale.", thu, "Wed", Date, "2026-01-28", Day},
	{"Orvane said on Mon. that profits rose.", thu, "Mon", Date, "2026-01-19", Day},
	{"The Brennick museum reopened on Sun. after repairs.", thu, "Sun", Date, "2026-01-18", Day},
	{"Police arrested two men late Sat. near the port.", thu, "late Sat", Date, "2026-01-17", Day},
	{"The Orvale game is on Sat., Jan. 24, at Corvale Park.", thu, "Sat., Jan. 24", Date, "2026-01-24", Day},
	{"Fans gathered on Sat., 17 January, outside the ground.", thu, "Sat., 17 January", Date, "2026-01-17", Day},
	// "ends", like "opens", is a timetable in the present
	{"The Halvern strike ends Fri., union leaders said.", thu, "Fri", Date, "2026-01-23", Day},
	{"The Halvern strike ends Friday, union leaders said.", thu, "Friday", Date, "2026-01-23", Day},
}

// TestWeekday: weekdays resolved by tense, possessive weekdays, parts of a weekday.
func TestWeekday(t *testing.T) { testFind(t, weekdayCases) }
