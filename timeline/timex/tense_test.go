package timex

import "testing"

var tenseCases = []findCase{
	// a time before "ahead of" is the clause's own, not what is ahead
	{"Halvern bond yields rose on Wednesday ahead of the budget vote.", thu, "Wednesday", Date, "2026-01-21", Day},
	// "data due on Friday": what is due is still to come
	{"Shares slipped as traders awaited factory data due on Friday.", thu, "Friday", Date, "2026-01-23", Day},
	// "and it goes on sale": a clause of its own is no tense of the time before it
	{"Orvik showed the tablet on Sept. 10 and it goes on sale next week.", thu, "Sept. 10", Date, "2025-09-10", Day},
	{"Harlund cut 800 jobs in January and will cut 500 more by the end of June.", "2025-04-16", "January", Date, "2025-01", Month},
	// the verb a time hangs on beats a later clause's; a verb past a comma is another clause's
	{"Orders placed on Friday will ship within three weeks.", thu, "Friday", Date, "2026-01-16", Day},
	{"Torvane, which posted record sales in October, expects a slowdown.", thu, "October", Date, "2025-10", Month},
	// a time in what was said takes the tense of what was said
	{"Brisco said exports in October and November would be weak.", jul, "October", Date, "2025-10", Month},
	// a team's name before a verb of fixtures in the present: ahead
	{"Tesk City play Orsk United on Sunday.", thu, "Sunday", Date, "2026-01-25", Day},
	{"Varna Rovers host Kessel on Saturday.", thu, "Saturday", Date, "2026-01-24", Day},
	// a timetable in the present: "closes on"
	{"The transfer window closes on 1 February.", jul, "1 February", Date, "2026-02-01", Day},
	// a date put off "from" one day "to" another: two dates, no range; the new one ahead, the old one either side
	{"The Orvale launch was delayed from January 20 to February 10.", thu, "February 10", Date, "2026-02-10", Day},
	{"The Orvale launch was delayed from January 20 to February 10.", thu, "January 20", Date, "2026-01-20", Day},
	{"The Halvern vote was pushed back from January 15 to January 29.", thu, "January 15", Date, "2026-01-15", Day},
	{"The Halvern vote was pushed back from January 15 to January 29.", thu, "January 29", Date, "2026-01-29", Day},
	{"The Brennick hearing was postponed from 26 January to 9 February.", thu, "26 January", Date, "2026-01-26", Day},
	// "expect" (the plural's present) looks ahead as "expects" does
	{"Analysts expect a weaker Orvale June quarter.", thu, "June quarter", Date, "2026-04-01/2026-06-30", Quarter},
	{"Halvern analysts expect a vote on Monday.", thu, "Monday", Date, "2026-01-26", Day},
	// "is due" before a time looks ahead; "was due" does not
	{"A decision on the Orvale bid is due by the weekend.", thu, "the weekend", Date, "2026-01-24/2026-01-25", Range},
	{"The Halvern report is due on Tuesday.", thu, "Tuesday", Date, "2026-01-27", Day},
	{"The Halvern report was due on Tuesday.", thu, "Tuesday", Date, "2026-01-20", Day},
	{"The Brennick payment, due in January, was late.", "2026-03-04", "January", Date, "2026-01", Month},
	// not a verb of putting off: a range
	{"The Brennick fair was held from 12 January to 15 January.", thu, "12 January to 15 January", Date, "2026-01-12/2026-01-15", Range},
	// "to be held" schedules, even after a past reporting verb
	{"The firm announced today a further meeting to be held on November 3.", "2005-10-04", "November 3", Date, "2005-11-03", Day},
	{"The company announced the event was held on October 12.", "2005-10-04", "October 12", Date, "2004-10-12", Day},
	// a clause joined after (", and is expected") keeps its tense to itself
	{"The convoy began its slow and careful crossing on Monday, and is expected to arrive within a day.", thu, "Monday", Date, "2026-01-19", Day},
	{"The convoy will leave on Monday, and officials said it was ready.", thu, "Monday", Date, "2026-01-26", Day},
	// "the peace plan" is a noun: only "plan to" looks ahead
	{"The envoys met the president in the capital on Tuesday to discuss the peace plan.", thu, "Tuesday", Date, "2026-01-20", Day},
	{"The envoys in the capital on Tuesday plan to discuss the peace plan.", "2026-01-19", "Tuesday", Date, "2026-01-20", Day},
	// "as expected", "than planned" compare with plans: no tense
	{"The envoys met the president on Monday, as expected.", thu, "Monday", Date, "2026-01-19", Day},
	{"The envoys met the president on Monday, earlier than planned.", thu, "Monday", Date, "2026-01-19", Day},
	// a target date is a plan ("targeted" is no past tense then); "no
	// earlier than" is the soonest a plan allows
	{"Mission managers are targeting June 14 for launch.", thu, "June 14", Date, "2026-06-14", Day},
	{"Launch is targeted for June 14.", thu, "June 14", Date, "2026-06-14", Day},
	{"Managers are now aiming at no earlier than June 14.", thu, "June 14", Date, "2026-06-14", Day},
	{"Drones targeted the port on June 14.", thu, "June 14", Date, "2025-06-14", Day},
	// what one looks forward to is still to come
	{"They looked forward to meeting at the summit in July.", thu, "July", Date, "2026-07", Month},
	// "plans to" is a plan only as a verb
	{"The union walked out over its plans to cut jobs on Monday.", thu, "Monday", Date, "2026-01-19", Day},
	// "set for" a date is a plan
	{"The vote is set for mid-April.", thu, "mid-April", Date, "2026-04-11/2026-04-20", Range},
	// business news's quarters and halves as adjectives; a past clause's has ended
	{"The company said fourth-quarter profit rose 20 percent.", "2008-01-23", "fourth-quarter", Date, "2007-10-01/2007-12-31", Quarter},
	{"Apple expects second-quarter revenue of $7 billion.", "2008-01-23", "second-quarter", Date, "2008-04-01/2008-06-30", Quarter},
	{"The firm said first-half sales fell.", "2008-01-23", "first-half", Date, "2007-01/2007-06", Range},
	{"The firm said first-half sales fell.", "2008-09-10", "first-half", Date, "2008-01/2008-06", Range},
	// an -ed word after a preposition or article describes a noun: no past tense
	{"The crew will return to Houston in June for suited tests.", thu, "June", Date, "2026-06", Month},
	{"The board will meet in June for the revised budget.", thu, "June", Date, "2026-06", Month},
	// the date of what someone was invited or urged to do is still to come
	{"The Brennick mayor invited Mara Lind to take part in the conference in June.", thu, "June", Date, "2026-06", Month},
	{"Officials urged both unions to sign the Halvern accord by March.", thu, "March", Date, "2026-03", Month},
	{"The Brennick mayor invited Mara Lind in June.", thu, "June", Date, "2025-06", Month},
	{"In June the Brennick mayor asked Mara Lind to take part.", thu, "June", Date, "2025-06", Month},
	// so is what was agreed, promised or hoped for; the day of the agreeing
	// and a noun after "to" ("agreed to a deal") keep the past
	{"Norland and Vestia agreed to sign an accord in June.", thu, "June", Date, "2026-06", Month},
	{"Tarvik Mills agreed on Monday to buy the rival by December.", thu, "December", Date, "2026-12", Month},
	{"Tarvik Mills agreed on Monday to buy the rival by December.", thu, "Monday", Date, "2026-01-19", Day},
	{"The Orvale board pledged to cut costs by March.", thu, "March", Date, "2026-03", Month},
	{"The Orvale lender hopes to return to profit in June.", thu, "June", Date, "2026-06", Month},
	{"Tarvik Mills agreed to a deal in June.", thu, "June", Date, "2025-06", Month},
	{"Tarvik Mills agreed to terms in June.", thu, "June", Date, "2025-06", Month},
	// a date something was put off to is still to come, whatever the tense
	{"The hearing was adjourned until February 14.", thu, "February 14", Date, "2026-02-14", Day},
	{"The court adjourned the case until 12 February.", thu, "12 February", Date, "2026-02-12", Day},
	{"The deadline was extended to February 15.", thu, "February 15", Date, "2026-02-15", Day},
	{"The ban was extended until the end of February.", thu, "the end of February", Date, "2026-02-21/2026-02-28", Range},
	{"The vote was rescheduled for February 2.", thu, "February 2", Date, "2026-02-02", Day},
	{"The summit was brought forward to March 1.", "2026-02-10", "March 1", Date, "2026-03-01", Day},
	{"The Brennick mayor brought the case to court in March.", "2026-02-10", "March", Date, "2025-03", Month},
	{"The Halvern mayor moved to Brennick in February.", thu, "February", Date, "2025-02", Month},
	// a past form after a modal or "to" is the base form ("will hit"), no past tense
	{"The storm will hit the coast on Friday.", mon, "Friday", Date, "2026-01-30", Day},
	{"The board is expected to set the budget on Friday.", mon, "Friday", Date, "2026-01-30", Day},
	{"The storm hit the coast on Friday.", mon, "Friday", Date, "2026-01-23", Day},
	// a headline's "X to <verb>" is a plan; "has until" a deadline; "is released" a present passive
	{"Kelvar to open new plant on Friday", mon, "Friday", Date, "2026-01-30", Day},
	{"Police took Lind to hospital on Friday.", mon, "Friday", Date, "2026-01-23", Day},
	{"The miller has until February 1 to respond.", thu, "February 1", Date, "2026-02-01", Day},
	{"The new phone is released in February.", thu, "February", Date, "2026-02", Month},
}

// TestTense: the tense of the clause chooses between past and future readings.
func TestTense(t *testing.T) { testFind(t, tenseCases) }
