package timex

import "time"

// Find returns every time expression in one sentence, in order and without
// overlaps (at each position the longest reading wins), with byte offsets
// into sentence. ref is the publication date; when it is the zero time,
// absolute expressions still resolve but relative ones ("on Thursday", "last
// month") are returned with an empty Value and Precision Unknown.
//
// The matcher is hand-written over a token stream rather than built from
// regular expressions: a sentence without a digit or a time keyword costs
// one allocation-free pass, and the rules can look at neighbouring words
// (tense, capitalisation, "on"/"in" cues) that a regexp cannot weigh.
func Find(sentence string, ref time.Time) []Expr { return find(sentence, ref, nil) }

// FindInStory is Find for a sentence whose story has reached the days
// [first, last] (a date an earlier sentence gave): an anchored expression
// with nothing earlier in the sentence to count from ("One year later he
// was fired") counts from them instead of the publication date, forward
// from last or back from first, whatever the clause's tense. An anchor
// wider than the unit counted ("in 2009 ... two days later") places
// nothing: the value stays empty.
func FindInStory(sentence string, ref, first, last time.Time) []Expr {
	return find(sentence, ref, &story{first: dayOf(first), last: dayOf(last)})
}

// story is the span of days a story has reached (FindInStory).
type story struct{ first, last time.Time }

func find(sentence string, ref time.Time, st *story) []Expr {
	tp := tokPool.Get().(*[]tok)
	ts, cand := tokenize(sentence, (*tp)[:0])
	defer func() {
		if cap(ts) <= 4096 {
			*tp = ts[:0]
			tokPool.Put(tp)
		}
	}()
	if !cand {
		return nil
	}
	c := ctx{s: sentence, t: ts, story: st}
	// A reference outside years 1000-2999 cannot be written as a four-digit
	// ISO value: treat it as unknown rather than emit "-1-03-10".
	if y := ref.Year(); !ref.IsZero() && y >= 1001 && y <= 2998 {
		c.ref, c.hasRef = dayOf(ref), true
	}
	var buf [4]hit // most sentences have fewer: no allocation for them
	hits := buf[:0]
	for i := 0; i < len(ts); {
		h, ok := c.match(i)
		if !ok {
			i++
			continue
		}
		if h.e.Type != "" && !c.titleOfWork(h.i, h.j) {
			hits = append(hits, h)
		}
		i = h.j
	}
	if len(hits) == 0 {
		return nil
	}
	hits = c.anchorHits(hits)
	c.listInOrder(hits)
	hits = c.mergeYearAfter(hits)
	hits = c.mergeClocks(hits)
	hits = c.mergeRanges(hits)
	out := make([]Expr, len(hits))
	for k := range hits {
		out[k] = c.finish(&hits[k])
	}
	return out
}

// hit is one match: tokens [i, j), the expression, and for clock times the
// parts needed to write the value once the day is known.
type hit struct {
	i, j int
	e    Expr
	clk  *clock
	m, d int // month and day of a date written without a year
	// au and an: an anchored expression is an units (wDay, wWeek, wMonth,
	// wYear ...) from its anchor, an < 0 before it; au is wNone otherwise.
	au wid
	an int32
}

type clock struct {
	h, m  int
	prec  Precision
	zone  string // zone table key ("gmt", "kyiv"); "" when none or local
	part  string // "MO", "AF", "EV", "NI" for a part of the day
	dated bool   // the day was written next to the time
	ahead bool   // a midnight to come: with no day written, the one that ends the reference day
}

type ctx struct {
	s      string
	t      []tok
	ref    time.Time
	hasRef bool
	story  *story // FindInStory: what anchored expressions count from
}

// match tries every rule at token i and keeps the longest reading.
func (c *ctx) match(i int) (hit, bool) {
	best := hit{j: -1}
	try := func(h hit, ok bool) {
		if ok && h.j > best.j {
			best = h
		}
	}
	t := &c.t[i]
	switch t.k {
	case kNum:
		try(c.mDayFirst(i))
		try(c.mNumeric(i))
		try(c.mClock(i))
		try(c.mCount(i))
		try(c.mTimes(i))
		try(c.mCodeFirst(i))
		try(c.mYearFiscal(i))
	case kWord:
		switch {
		case t.id >= wJan && t.id <= wDec:
			try(c.mMonthFirst(i))
		case t.id >= wMon && t.id <= wSun:
			try(c.mWeekday(i, 0, i))
		}
		switch t.id {
		case wThe:
			try(c.mThe(i))
		case wAt:
			try(c.mAt(i))
		case wThese:
			try(c.mThese(i))
		case wBack:
			try(c.mBackThen(i))
		case wSo:
			try(c.mSoFar(i))
		case wToday, wTonight, wYesterday, wTomorrow, wNow, wCurrently, wRecently, wLately, wSoon, wOvernight:
			try(c.mDeictic(i))
		case wThis, wLast, wNext, wPast, wComing:
			try(c.mThisLastNext(i))
		case wEarlier, wLater:
			try(c.mEarlierLater(i))
		case wEarly, wMid, wLate:
			try(c.mMod(i))
		case wEnd, wBeginning, wMiddle:
			try(c.mEndOf(i, i))
		case wIn, wWithin:
			try(c.mIn(i))
		case wEvery, wDaily, wWeekly, wMonthly, wYearly, wQuarterly, wHourly, wNightly, wOnce, wTwice:
			try(c.mSet(i))
		case wNoon, wMidnight:
			try(c.mClock(i))
		case wQ, wH:
			try(c.mQuarterCode(i))
		case wOrdinal, wSecond:
			try(c.mQuarterAdjective(i))
			if c.determinedBefore(i) {
				try(c.mQuarterWords(i, i)) // "a weaker fourth quarter"
			}
		case wSpring, wSummer, wAutumn, wWinter, wFall:
			try(c.mSeason(i, i, 0))
		case wRecent:
			try(c.mRecent(i))
		case wWeekdays:
			try(c.mWeekdays(i))
		case wPer:
			try(c.mPer(i))
		case wA, wNumWord, wFew, wDozen, wHundred:
			if t.id == wA && c.priced(i) {
				try(c.rate(i, i)) // "$10 a month"
			}
			try(c.mCount(i))
			try(c.mTimes(i))
			if t.id == wA {
				try(c.mLaterDate(i))
				try(c.mPastTo(i))
			}
		case wThat:
			try(c.mSameThat(i, i))
		case wNew, wChristmas, wBoxing, wHalloween, wValentine, wThanksgiving, wEaster, wGood, wBlack, wCyber:
			try(c.mHoliday(i))
		case wYear:
			try(c.mYearWord(i))
		case wFiscal, wFY:
			try(c.mFiscal(i))
		case wHalf:
			try(c.mHalf(i))
			try(c.mPastTo(i))
		case wQuarterU:
			try(c.mPastTo(i))
		case wMorning, wAfternoon, wEvening:
			try(c.mTrading(i))
		}
		if isUnit(t.id) && t.pl {
			try(c.mBareUnits(i))
		}
		if t.id == wWeekend && t.pl {
			try(c.mWeekdays(i))
		}
	case kPunct:
		if t.p == '\'' {
			try(c.mNumeric(i)) // '90s
		}
	}
	return best, best.j > i
}

// mk makes a hit of tokens i..j. A date outside years 1-9999 ("the last
// 8107 quarters") is no hit: ISO 8601 cannot write it and no story needs it.
func (c *ctx) mk(i, j int, e Expr) (hit, bool) {
	if e.Type == Date && e.Precision != Unknown && (outOfRange(e.Begin) || outOfRange(e.Last)) {
		return noHit, false
	}
	return hit{i: i, j: j, e: e}, true
}

func outOfRange(t time.Time) bool { return !t.IsZero() && (t.Year() < 1 || t.Year() > 9999) }

var noHit = hit{}

// titleOfWork: the capitalised words [i, j) name a work after its kind
// ("the film Last Summer", "the album “Yesterday”", "the show Saturday
// Night Live"), not a time. A lone weekday or month stays a time: "released
// the album Tuesday" is American news for "on Tuesday".
func (c *ctx) titleOfWork(i, j int) bool {
	k := i - 1
	if c.isP(k, '"') || c.isP(k, '\'') || c.isP(k, '?') && c.t[k].e-c.t[k].s > 1 {
		k--
	}
	if k < 0 || c.t[k].k != kWord || c.t[k].up || !workNouns[c.text(k)] {
		return false
	}
	words := 0
	for q := i; q < j; q++ {
		if c.t[q].k != kWord {
			continue
		}
		if !c.t[q].up {
			return false
		}
		words++
	}
	id := c.id(i)
	return words > 1 || words == 1 && !(id >= wJan && id <= wSun)
}
