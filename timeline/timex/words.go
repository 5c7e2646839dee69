package timex

import "strings"

// The keyword table. Every word the matchers look at is mapped once, while the
// sentence is tokenised, to a small integer id: the matchers then compare ids
// instead of strings, and a sentence whose words are all unknown and that has
// no digit is rejected before any matching work (see Find).

type wid uint16

const (
	wNone wid = iota
	// months: wJan+0 .. wJan+11 (full names and abbreviations share ids; the
	// token remembers whether it was abbreviated).
	wJan
	_
	_
	_
	_
	_
	_
	_
	_
	_
	_
	wDec
	// weekdays: wMon+0 .. wMon+6
	wMon
	_
	_
	_
	_
	_
	wSun
	// number words
	wA // "a", "an"
	wNumWord
	wFew     // "few", "several", "couple", "many", "some" -> unknown count "X"
	wDozen   // "dozen", "dozens"
	wHundred // "hundred", "hundreds"
	// units (singular and plural share an id; the token remembers plural)
	wSecond
	wMinute
	wHour
	wDay
	wWeek
	wFortnight
	wMonth
	wQuarterU // "quarter" as a unit / period
	wYear
	wDecade
	wCentury
	wWeekend
	wWeekdays // "Tuesdays", n = the weekday
	wHalf
	// relative words
	wToday
	wTonight
	wYesterday
	wTomorrow
	wNow
	wCurrently
	wRecently
	wLately
	wRecent
	wSoon
	wOvernight
	wAgo
	wThis
	wLast
	wNext
	wPast
	wPrevious
	wLatest  // "latest" of "the latest quarter"
	wCurrent // "current" of "the current quarter"
	wFinal   // "final" of "the final quarter"
	wMost    // "most" of "the most recent quarter"
	wComing
	wFollowing
	wUpcoming
	wEarlier
	wLater
	wEarly
	wMid
	wLate
	wEnd
	wBeginning // "beginning", "start"
	wMiddle
	wMorning
	wAfternoon
	wEvening
	wNight
	wNoon // "noon", "midday"
	wMidnight
	wEvery // "every", "each"
	wDaily
	wWeekly
	wMonthly
	wYearly // "yearly", "annually"
	wQuarterly
	wHourly
	wNightly
	wOnce
	wTwice
	wTimes
	wPer
	wQ // "Q" of Q3
	wH // "H" of H1
	wOrdinal
	wSpring
	wSummer
	wAutumn
	wWinter
	wFall
	wThe
	wOf
	wIn
	wOn
	wAt
	wFor
	wFrom
	wTo
	wUntil // "until", "till", "through", "thru"
	wBetween
	wAnd
	wSince
	wBy
	wDuring
	wWithin
	wAfter
	wBefore
	wOver
	wAround
	wThroughout
	wAM
	wPM
	wAMa // "a" of "a.m." is wA; these are the bare "am"/"pm"
	wTimeW
	wLocal
	wHrs
	wSuffix // "st", "nd", "rd", "th"
	wS      // "s" of "1990s"
	wOld
	wAged
	wZone
	wCityTime // a city or country whose "X time" names a zone
	wFuture
	wNear    // "near", "foreseeable", "distant" before "future"
	wPresent // "present" of "at present"
	wMoment  // "moment" of "at the moment"
	wBack    // "back" of "back then"
	wThese   // "these" of "these days"
	wSo      // "so", "thus" of "so far"
	wFar
	wOther
	wFiscal
	wFY // "FY" of FY2008
	wThat
	wNew       // "New" of New Year's Day
	wEve       // "Eve" of Christmas Eve
	wChristmas // holidays (named.go)
	wHalloween
	wBoxing // "Boxing" of "Boxing Day"
	wValentine
	wThanksgiving
	wHoliday // "holiday" of "the holiday season"
	wEaster
	wGood  // "Good Friday"
	wBlack // "Black Friday"
	wCyber // "Cyber Monday"
	// tense cues
	wWill
	wShall
	wLL // the "ll" of "they'll"
	wDue
	wScheduled
	wExpected
	wPlans
	wSet
	wGoing
	wPastVerb
	wPresentVerb
	wSame
	wMore // "more", "additional", "consecutive": may sit between a count and its unit
	wStandard
	wMax
)

// word is what the table records for one spelling.
type word struct {
	id  wid
	n   int  // month 1-12, weekday 0-6 (Monday=0), number value, ordinal value
	ab  bool // abbreviation ("Jan", "Thu")
	pl  bool // plural unit ("days")
	key bool // makes a sentence worth matching on its own
}

var words = map[string]word{}

func add(id wid, n int, key bool, spellings ...string) {
	for _, s := range spellings {
		words[s] = word{id: id, n: n, key: key}
	}
}

func init() {
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	abbr := [][]string{{"jan"}, {"feb"}, {"mar"}, {"apr"}, nil, {"jun"}, {"jul"}, {"aug"}, {"sep", "sept"}, {"oct"}, {"nov"}, {"dec"}}
	for i, m := range months {
		words[m] = word{id: wJan + wid(i), n: i + 1, key: true}
		for _, a := range abbr[i] {
			words[a] = word{id: wJan + wid(i), n: i + 1, ab: true, key: true}
		}
	}
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	dabbr := [][]string{{"mon"}, {"tue", "tues"}, {"wed"}, {"thu", "thur", "thurs"}, {"fri"}, {"sat"}, {"sun"}}
	for i, d := range days {
		words[d] = word{id: wMon + wid(i), n: i, key: true}
		for _, a := range dabbr[i] {
			words[a] = word{id: wMon + wid(i), n: i, ab: true, key: unambiguousDays[a]}
		}
		words[d+"s"] = word{id: wWeekdays, n: i, pl: true, key: true}
	}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	for i, s := range nums {
		words[s] = word{id: wNumWord, n: i}
	}
	for i, s := range []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		words[s] = word{id: wNumWord, n: 30 + 10*i}
	}
	ords := []string{"", "first", "second", "third", "fourth"}
	for i := 1; i < len(ords); i++ {
		words[ords[i]] = word{id: wOrdinal, n: i}
	}
	add(wA, 1, false, "a", "an")
	add(wFew, 0, false, "few", "several", "couple", "many", "some", "multiple", "numerous")
	add(wDozen, 12, false, "dozen", "dozens")
	add(wHundred, 100, false, "hundred", "hundreds")
	unit := func(id wid, key bool, sing, plur string) {
		words[sing] = word{id: id, key: key}
		if plur != "" {
			words[plur] = word{id: id, pl: true, key: key}
		}
	}
	unit(wSecond, false, "second", "seconds")
	unit(wMinute, true, "minute", "minutes")
	unit(wHour, true, "hour", "hours")
	words["seconds"] = word{id: wSecond, pl: true, key: true}
	unit(wDay, true, "day", "days")
	unit(wWeek, true, "week", "weeks")
	unit(wFortnight, true, "fortnight", "fortnights")
	unit(wMonth, true, "month", "months")
	unit(wQuarterU, true, "quarter", "quarters")
	unit(wYear, true, "year", "years")
	unit(wDecade, true, "decade", "decades")
	unit(wCentury, true, "century", "centuries")
	add(wNone, 0, true, "millennium") // "the turn of the millennium" (mTurnOf reads it by its text)
	unit(wWeekend, true, "weekend", "weekends")
	unit(wHalf, true, "half", "") // key: "first-half sales" has no other word to look at
	add(wToday, 0, true, "today")
	add(wTonight, 0, true, "tonight")
	add(wYesterday, 0, true, "yesterday")
	add(wTomorrow, 0, true, "tomorrow")
	add(wNow, 0, true, "now", "nowadays")
	add(wCurrently, 0, true, "currently")
	add(wRecently, 0, true, "recently")
	add(wLately, 0, true, "lately")
	add(wRecent, 0, false, "recent")
	add(wSoon, 0, true, "soon")
	add(wOvernight, 0, true, "overnight")
	add(wAgo, 0, false, "ago")
	add(wThis, 0, false, "this")
	add(wLast, 0, false, "last")
	add(wNext, 0, false, "next")
	add(wPast, 0, true, "past")
	add(wPrevious, 0, false, "previous", "preceding", "prior")
	add(wLatest, 0, false, "latest")
	add(wCurrent, 0, false, "current")
	add(wFinal, 0, false, "final")
	add(wMost, 0, false, "most")
	add(wComing, 0, false, "coming")
	add(wFollowing, 0, false, "following")
	add(wUpcoming, 0, false, "upcoming")
	add(wEarlier, 0, true, "earlier")
	add(wLater, 0, true, "later")
	add(wEarly, 0, false, "early")
	add(wMid, 0, false, "mid")
	add(wLate, 0, false, "late")
	add(wEnd, 0, false, "end")
	add(wBeginning, 0, false, "beginning", "start")
	add(wMiddle, 0, false, "middle")
	add(wMorning, 0, true, "morning")
	add(wAfternoon, 0, true, "afternoon")
	add(wEvening, 0, true, "evening")
	add(wNight, 0, true, "night")
	add(wNoon, 0, true, "noon", "midday")
	add(wMidnight, 0, true, "midnight")
	add(wEvery, 0, false, "every", "each")
	add(wDaily, 0, true, "daily")
	add(wWeekly, 0, true, "weekly")
	add(wMonthly, 0, true, "monthly")
	add(wYearly, 0, true, "yearly", "annually", "annual")
	add(wQuarterly, 0, true, "quarterly")
	add(wHourly, 0, true, "hourly")
	add(wNightly, 0, true, "nightly")
	add(wOnce, 0, false, "once")
	add(wTwice, 0, false, "twice")
	add(wTimes, 0, false, "times")
	add(wPer, 0, false, "per")
	add(wQ, 0, false, "q")
	add(wH, 0, false, "h")
	add(wSpring, 0, true, "spring")
	add(wSummer, 0, true, "summer")
	add(wAutumn, 0, true, "autumn")
	add(wWinter, 0, true, "winter")
	add(wFall, 0, true, "fall")
	add(wThe, 0, false, "the")
	add(wOf, 0, false, "of")
	add(wIn, 0, false, "in")
	add(wOn, 0, false, "on")
	add(wAt, 0, false, "at")
	add(wFor, 0, false, "for")
	add(wFrom, 0, false, "from")
	add(wTo, 0, false, "to")
	add(wUntil, 0, false, "until", "till", "through", "thru")
	add(wBetween, 0, false, "between")
	add(wAnd, 0, false, "and")
	add(wSince, 0, false, "since")
	add(wBy, 0, false, "by")
	add(wDuring, 0, false, "during")
	add(wWithin, 0, false, "within")
	add(wAfter, 0, false, "after")
	add(wBefore, 0, false, "before")
	add(wOver, 0, false, "over")
	add(wAround, 0, false, "around", "about", "approximately", "nearly", "almost")
	add(wThroughout, 0, false, "throughout")
	add(wAMa, 0, false, "am")
	add(wPM, 0, false, "pm")
	add(wTimeW, 0, true, "time")
	add(wLocal, 0, false, "local")
	add(wHrs, 0, false, "hrs", "hrs.")
	add(wSuffix, 0, false, "st", "nd", "rd", "th")
	add(wS, 0, false, "s")
	add(wOld, 0, false, "old")
	add(wAged, 0, false, "aged")
	add(wFuture, 0, true, "future")
	add(wNear, 0, false, "near", "foreseeable", "distant")
	add(wPresent, 0, true, "present")
	add(wMoment, 0, true, "moment")
	add(wBack, 0, true, "back")
	add(wThese, 0, false, "these")
	add(wSo, 0, false, "so", "thus")
	add(wFar, 0, false, "far")
	add(wOther, 0, false, "other")
	add(wFiscal, 0, false, "fiscal", "financial")
	add(wFY, 0, false, "fy")
	add(wThat, 0, false, "that")
	add(wNew, 0, false, "new")
	add(wEve, 0, false, "eve")
	add(wChristmas, 0, true, "christmas", "xmas")
	add(wHalloween, 0, true, "halloween")
	add(wBoxing, 0, true, "boxing")
	add(wValentine, 0, true, "valentine")
	add(wThanksgiving, 0, true, "thanksgiving")
	add(wHoliday, 0, true, "holiday")
	add(wEaster, 0, true, "easter")
	add(wGood, 0, true, "good")
	add(wBlack, 0, true, "black")
	add(wCyber, 0, true, "cyber")
	add(wSame, 0, false, "same")
	add(wMore, 0, false, "more", "additional", "consecutive", "straight", "full", "extra", "further", "whole", "entire")
	add(wStandard, 0, false, "standard", "daylight", "summer's")
	add(wWill, 0, false, "will", "would")
	add(wShall, 0, false, "shall")
	add(wLL, 0, false, "ll")
	add(wDue, 0, false, "due")
	add(wScheduled, 0, false, "scheduled", "planned", "slated", "poised", "intends", "intend", "aims", "plan", "planning", "tomorrow's",
		"hopes", "hope", "hoping", "seeks", "seeking")
	add(wExpected, 0, false, "expected", "expects", "expect", "expecting", "anticipates", "anticipate")
	add(wPlans, 0, false, "plans")
	add(wSet, 0, false, "set")
	add(wGoing, 0, false, "going")
	add(wPastVerb, 0, false, "said", "was", "were", "had", "did", "told", "met", "held", "took", "came", "went",
		"made", "gave", "spoke", "left", "began", "began", "led", "won", "lost", "saw", "sent", "hit", "struck",
		"killed", "fled", "fell", "rose", "paid", "signed", "agreed", "launched", "announced", "has", "have",
		"been", "got", "wrote", "ran", "flew", "drove", "sold", "bought", "brought", "thought", "found", "became",
		"broke", "chose", "shot", "stood", "sat", "felt", "kept", "meant", "heard", "put", "set")
	// "set" is a past verb unless followed by "to" (handled by the tense scan).
	words["set"] = word{id: wSet}
	add(wPresentVerb, 0, false, "says", "is", "are")
	zones := []string{"gmt", "utc", "z", "bst", "cet", "cest", "eet", "eest", "msk", "est", "edt", "et", "cst", "cdt", "ct",
		"mst", "mdt", "mt", "pst", "pdt", "pt", "jst", "kst", "ist", "aest", "aedt", "wet", "west", "hkt", "sgt"}
	for _, z := range zones {
		words[z] = word{id: wZone}
	}
	cities := []string{"kyiv", "kiev", "moscow", "london", "paris", "berlin", "brussels", "washington", "york",
		"beijing", "tokyo", "eastern", "pacific", "central", "mountain", "greenwich", "ukraine", "ukrainian", "moscow's",
		"european", "israel", "jerusalem", "tehran", "delhi", "india", "china", "japan", "uk", "british", "geneva",
		"rome", "madrid", "warsaw", "istanbul", "ankara", "dubai", "riyadh", "seoul", "sydney", "florida", "houston"}
	for _, c := range cities {
		if _, ok := words[c]; !ok {
			words[c] = word{id: wCityTime}
		}
	}
}

// datedNouns are things a year before them dates (yearBeforeNoun).
var datedNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`interview interviews report reports election elections survey study visit speech
		agreement deal law ruling verdict film book album season census campaign summit tour match final war crisis
		attack vote referendum budget conference meeting launch release merger takeover acquisition ipo earthquake
		flood floods storm hurricane fire fires protests protest uprising revolution coup invasion olympics games cup
		championship tournament award awards prize statement letter memo plan strategy review audit results
		profit profits revenue revenues sales earnings loss losses income forecast forecasts target targets outlook
		guidance figures level levels growth performance dividend accounts spending deficit surplus recession
		downturn slump model models edition annual financial full first second third fourth`) {
		datedNouns[w] = true
	}
}

// valueWords before "at 12.30" make it a price or a rate, not a clock time
// (atDayCue).
var valueWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`closed close closing stood stands stand ended finished traded trading priced
		valued settled fixed rate rates price prices shares stock stocks index yield yields pence cents
		inflation unemployment growth interest currency dollar euro pound bond bonds`) {
		valueWords[w] = true
	}
}

// customVerbs in the present tense tell a yearly custom ("marks", "celebrates"):
// a date after them is the nearest occurrence (yearlyCustom).
var customVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`marks celebrates commemorates observes honours honors mark celebrate
		commemorate observe honour honor`) {
		customVerbs[w] = true
	}
}

// workNouns name a kind of work whose title may follow: "the film Last
// Summer" is a title, not a time (titleOfWork).
var workNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`film films movie novel book books album albums song single show series play
		musical opera documentary magazine newspaper memoir poem painting programme program sitcom drama
		comedy thriller record track title titled called named`) {
		workNouns[w] = true
	}
}

// clockVerbs of starting, arriving and leaving before "at 12.30" make it a
// clock time, not a price (atDayCue).
var clockVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`began begins begin begun started starts start arrived arrives arrive landed lands
		departed departs left leaves resumed resumes resume adjourned convened reconvened struck erupted exploded
		occurred happened`) {
		clockVerbs[w] = true
	}
}

// unitAfter are words after a number that make it a measure, not a clock
// (valueAfter; money and shares are amountWords).
var unitAfter = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`per cent pence points point metres meters kilometres miles degrees times`) {
		unitAfter[w] = true
	}
}
