package timex

import "strings"

// presentSchedule is the future cue of a present that may be a schedule
// or a habit ("the club meets on Friday", "meets on the first Monday of
// the month"): it counts as future, and a habit where one can be meant.
const presentSchedule = 2

// cue is +1 for a future-tense marker at token k, -1 for a past one
// (presentSchedule for a schedule in the present).
func (c *ctx) cue(k int) int {
	t := &c.t[k]
	// "a meeting to be held on November 3", "is to be signed": a scheduled
	// thing, whatever the tense of the sentence's reporting verb
	if c.passive(k) && k >= 2 && c.text(k-2) == "to" {
		return 1
	}
	// "met on Monday, as expected", "earlier than planned": a comparison
	// with plans, not a tense
	if (t.id == wScheduled || t.id == wExpected) && k > 0 && (c.text(k-1) == "as" || c.text(k-1) == "than") {
		return 0
	}
	// "postponed to March", "pushed back until June", "adjourned the case
	// until 12 November", "brought forward to March 1": put off to a later
	// date, whatever the tense
	if putOffVerbs[c.text(k)] && c.putOffTo(k) {
		return 1
	}
	switch c.text(k) {
	case "target", "targets", "targeting", "targeted", "retargeted":
		// "targeting June 14 for launch", "targeted for June": a plan;
		// "targeted Kyiv on Monday" is not
		if c.id(k+1) == wFor || k+1 < len(c.t) && c.text(k+1) == "no" {
			return 1
		}
		if _, _, ok := c.month(k + 1); ok {
			return 1
		}
	case "has", "have":
		// "has until July 1 to respond": a deadline still to come
		if c.id(k+1) == wUntil && c.text(k+1) != "through" {
			return 1
		}
	case "to":
		// a headline's "Kelvar to launch phone on Friday": a plan
		if c.headlineTo(k) {
			return 1
		}
	case "opens", "reopens", "resumes", "begins", "starts", "ends", "expires", "launches", "continues", "concludes", "closes":
		// a timetable in the present: "The store opens Friday", "The talks
		// resume Monday" (not a reporting verb, which tells of the past)
		return 1
	case "resume", "begin", "start", "open", "reopen", "expire":
		// (the plural's present: "The talks resume Monday"; not after "to"
		// or a modal, whose own cue counts)
		if k > 0 && c.t[k-1].k == kWord && strings.HasSuffix(strings.ToLower(c.text(k-1)), "s") && c.id(k-1) == wNone {
			return 1
		}
	case "meets", "convenes", "reconvenes", "travels", "visits", "arrives", "departs", "hosts", "plays", "faces",
		"hears", "announces", "publishes", "unveils", "gathers", "sits":
		// a schedule in the present: "The committee meets on Thursday",
		// "The Minister travels to Orlova on Monday" (not a headline's
		// present, which tells of the past: the sentence must end as prose)
		if c.prose() {
			return presentSchedule
		}
	case "meet", "travel", "visit", "arrive", "play", "face", "gather", "convene", "reconvene", "host":
		// (the plural's present: "The two teams meet on Sunday"; a
		// team's name takes it too: "City play United on Sunday",
		// "Rovers host Leeds on Saturday")
		if c.prose() && k > 0 && c.t[k-1].k == kWord && c.id(k-1) == wNone &&
			(strings.HasSuffix(strings.ToLower(c.text(k-1)), "s") || c.t[k-1].up) {
			return presentSchedule
		}
	case "go", "goes":
		// "voters go to the polls on Sunday", "tickets go on sale Friday":
		// a timetable in the present
		if c.textAt(k+1) == "on" && c.textAt(k+2) == "sale" || c.textAt(k+1) == "to" && c.textAt(k+3) == "polls" {
			return 1
		}
	case "takes", "take", "comes", "come":
		// "takes effect in July", "comes into force on Monday", "the
		// final takes place on Sunday", "takes over on Monday"
		if c.text(k+1) == "effect" || c.text(k+1) == "place" || c.text(k+1) == "into" && c.text(k+2) == "force" ||
			c.text(k) == "takes" && (c.text(k+1) == "over" || c.text(k+1) == "office") && c.prose() {
			return 1
		}
	case "agreed", "decided", "promised", "pledged", "vowed", "arranged":
		// "agreed to meet again in June": the meeting agreed on is to come
		// (not "agreed in February to sell", whose sale may be done)
		if c.id(k+1) == wTo && k+2 < len(c.t) && meetingVerbs[c.text(k+2)] {
			return 1
		}
	case "could", "might", "should":
		// "could happen before the end of October": a possibility to come
		if k+1 < len(c.t) && c.t[k+1].k == kWord && !c.t[k+1].up && c.text(k+1) != "have" {
			return 1
		}
	case "ahead":
		// "ahead of talks in Doha on 2 June": what one is ahead of is to come
		if c.text(k+1) == "of" {
			return 1
		}
	case "forward":
		// "looked forward to seeing each other in July": what one looks
		// forward to is still to come
		if k > 0 && strings.HasPrefix(c.text(k-1), "look") && c.id(k+1) == wTo {
			return 1
		}
	case "earlier", "later":
		// "no earlier than June 14", "no later than June": the soonest or
		// latest a plan allows
		if k > 0 && c.text(k-1) == "no" && c.text(k+1) == "than" {
			return 1
		}
	}
	switch t.id {
	case wScheduled:
		// "plans to meet", not "the peace plan": verbs of intent mark the
		// future only before "to"
		switch c.text(k) {
		case "plan", "planning", "intend", "intends", "aims", "poised", "hopes", "hope", "hoping", "seeks", "seeking":
			if c.id(k+1) != wTo {
				return 0
			}
		}
		return 1
	case wWill, wShall, wExpected, wUpcoming:
		return 1
	case wLL:
		if c.isP(k-1, '\'') && c.adj(k) {
			return 1
		}
	case wDue, wPlans, wGoing:
		// "plans to close", not "over its plans to cut jobs" (a noun)
		if c.id(k+1) == wTo && !(t.id == wPlans && k > 0 && nounBefore[strings.ToLower(c.text(k-1))]) {
			return 1
		}
		// "a decision is due by the weekend", "the report is due on
		// Friday" (not "was due", a plan of the past)
		if t.id == wDue && (c.dueWhen(k) || c.dueAfterNoun(k)) {
			return 1
		}
	case wSet:
		// "set to meet", "the vote is set for mid-April": a plan
		if c.id(k+1) == wTo || c.id(k+1) == wFor {
			return 1
		}
		if c.infinitive(k) {
			return 0
		}
		return -1
	case wPastVerb:
		if c.text(k) == "won" && c.isP(k+1, '\'') {
			return 1
		}
		if c.infinitive(k) {
			return 0 // "will hit", "is expected to hit": the base form
		}
		if c.passive(k) {
			return 0
		}
		return -1
	case wNone:
		if t.k == kWord && !t.up && t.e-t.s >= 5 {
			w := c.s[t.s:t.e]
			n := len(w)
			// "for suited tests", "the revised plan": an -ed word after a
			// preposition or an article is an adjective, not a past verb
			if w[n-2] == 'e' && w[n-1] == 'd' && w[n-3] != 'e' && !c.passive(k) && (k == 0 || !adjectiveBefore[c.text(k-1)]) {
				return -1
			}
		}
	}
	return 0
}

// dueWhen: "due" at k follows "is", "are" or "be" and comes before a
// preposition of time or a time word (not "was due", a plan of the past,
// nor "the payment, due in January, was late", whose clause is past).
func (c *ctx) dueWhen(k int) bool {
	switch c.textAt(k - 1) {
	case "is", "are", "be", "now":
	default:
		return false
	}
	switch c.id(k + 1) {
	case wBy, wOn, wIn, wAt, wBefore, wWithin, wNext, wThis, wLater, wEarly, wLate, wMid, wSoon:
		return true
	}
	return false
}

// dueAfterNoun: "due" right after a noun and before a preposition of time
// or a time word, a clause cut short ("investors awaited jobs data due on
// Friday", "the bonds due in March"): what is due is still to come when
// the sentence tells of it. (Not after "was" or "were", nor after a comma:
// dueWhen's cases.)
func (c *ctx) dueAfterNoun(k int) bool {
	if k == 0 || c.t[k-1].k != kWord || c.t[k-1].id != wNone || c.t[k-1].up {
		return false
	}
	switch c.text(k - 1) {
	case "was", "were", "been", "being", "not", "had":
		return false
	}
	switch c.id(k + 1) {
	case wBy, wOn, wIn, wBefore, wNext, wThis, wLater:
		return true
	}
	return false
}

// invitesTo reports a verb of asking or agreeing at k in the past whose
// "to" and verb stand before the date at i ("invited Lind to take part in
// the conference in June", "urged both sides to sign by March", "agreed
// on Monday to buy the rival by December"): the date is of what was asked
// or agreed, still to come when it was, so the tense is the future's, not
// the asking's. (Not "agreed to a deal in June", "agreed to terms": a noun
// after "to".)
func (c *ctx) invitesTo(k, i int) bool {
	if !invitationVerbs[strings.ToLower(c.text(k))] {
		return false
	}
	for q := k + 1; q+1 < i && q <= k+5; q++ {
		if c.id(q) == wTo {
			w := c.text(q + 1)
			plural := strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
			return c.t[q+1].k == kWord && !c.t[q+1].up && !adjectiveBefore[w] && !pronounObjects[w] && !plural
		}
	}
	return false
}

// meetingVerbs, after "agreed to", are a meeting still to come.
var meetingVerbs = map[string]bool{"meet": true, "visit": true, "hold": true, "speak": true, "talk": true,
	"resume": true, "reconvene": true, "return": true, "travel": true, "convene": true}

// invitationVerbs ask someone to do something later (invitesTo).
// Verbs of agreeing or promising count too ("agreed to sign an accord in
// June").
var invitationVerbs = map[string]bool{"invited": true, "asked": true, "urged": true, "encouraged": true, "requested": true, "summoned": true,
	"agreed": true, "decided": true, "promised": true, "pledged": true, "vowed": true, "arranged": true, "offered": true, "voted": true}

// pronounObjects after "to" are no verb ("agreed to it in June").
var pronounObjects = map[string]bool{"it": true, "them": true, "this": true, "that": true, "these": true, "those": true, "him": true, "me": true, "us": true}

// nounBefore are the words after which "plans" is a noun.
var nounBefore = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true, "the": true,
	"over": true, "of": true, "about": true, "against": true, "with": true, "new": true}

// adjectiveBefore are the words after which an -ed word describes a noun.
var adjectiveBefore = map[string]bool{"for": true, "of": true, "with": true, "the": true, "a": true, "an": true,
	"its": true, "their": true, "his": true, "her": true, "our": true, "new": true}

// passive is true for a participle after "be" ("will be held"): the
// auxiliary before it, not the participle, gives the tense.
func (c *ctx) passive(k int) bool {
	if k == 0 || c.t[k-1].k != kWord {
		return false
	}
	switch c.text(k - 1) {
	case "be", "being", "is", "are":
		// ("is released in July": a present passive, no past)
		return true
	}
	return false
}

// headlineTo: "to" at k joins a name and a verb with no verb before it,
// as a headline announces a plan ("Kelvar to launch phone on Friday",
// "Talks to resume Monday"; not "took Lind to hospital").
func (c *ctx) headlineTo(k int) bool {
	if k == 0 || k+1 >= len(c.t) || c.t[k-1].k != kWord || !c.t[k-1].up || c.t[k+1].k != kWord || c.t[k+1].up || c.t[k+1].id != wNone {
		return false
	}
	for q := 0; q < k; q++ {
		switch c.t[q].id {
		case wPastVerb, wPresentVerb, wWill, wSet, wScheduled, wExpected, wDue, wPlans, wGoing:
			return false
		}
		if c.t[q].k == kWord && c.t[q].e-c.t[q].s > 3 && strings.HasSuffix(c.text(q), "ed") {
			return false
		}
	}
	return true
}

// tense of the clause around tokens [i, j): the nearest tense cue, before
// or after, wins; a tie goes to the one before. 0 when there is none. A
// clause joined after it (", and is expected to ...") has a tense of its
// own and is not looked at.
func (c *ctx) tense(i, j int) int {
	bd, bv := 1<<30, 0
	// (twelve words back, punctuation not counted: "will come out at
	// 8:30 a.m. ET on Friday" has eight tokens of a clock between)
	words := 0
	for k := i - 1; k >= 0 && words < 12; k-- {
		if c.t[k].k == kWord {
			words++
		}
		if c.isP(k, ';') {
			break
		}
		if v := c.cue(k); v != 0 {
			bd, bv = i-k, v
			if v < 0 && c.invitesTo(k, i) {
				bv = 1
			}
			if v > 0 && c.movedFrom(i) {
				bv = 0 // "delayed from March 3 to ...": the old date, either side
			}
			break
		}
	}
	ad, av := 1<<30, 0
	comma := false
	for k := j; k < len(c.t) && k-j < 10; k++ {
		if c.isP(k, ';') || c.isP(k, ',') && c.id(k+1) == wAnd || c.newClause(k) {
			break
		}
		if c.isP(k, ',') {
			comma = true
		}
		if c.text(k) == "ahead" {
			continue // "rose on Monday ahead of the vote": what is ahead is the vote, not the day
		}
		if v := c.cue(k); v != 0 {
			ad, av = k-j+1, v
			if comma && c.saying(k) {
				comma = false // a trailing ", officials said" frames the whole sentence
			}
			break
		}
	}
	if bv != 0 && av != 0 {
		switch {
		case bd <= 2 || comma:
			// "orders placed on Friday will ship": the verb the time
			// hangs on; "the firm, which posted sales in April, expects":
			// the verb past the comma is another clause's
			return bv
		case c.reported(i-bd, i):
			// "said sales in July would be weak": the time is the
			// reported clause's, whose verb comes after it
			return av
		}
	}
	if bv != 0 && bd <= ad {
		return bv
	}
	return av
}

// saying: the verb at k reports speech.
func (c *ctx) saying(k int) bool {
	switch c.text(k) {
	case "said", "says", "told", "warned", "announced", "added", "reported", "predicted", "estimated", "forecast":
		return true
	}
	return false
}

// reported: the verb at k reports speech and a subject stands between it
// and the time at i ("said sales in July", "told reporters prices in
// May"; not "said on Monday", "said in a statement"): the time is in what
// was said.
func (c *ctx) reported(k, i int) bool {
	if !c.saying(k) {
		return false
	}
	for q := k + 1; q < i; q++ {
		if c.t[q].k != kWord {
			return false
		}
		switch c.id(q) {
		case wIn, wOn, wAt, wBy, wFor, wDuring, wSince, wUntil, wFrom, wThe:
			continue
		}
		switch w := c.text(q); w {
		case "that", "a", "an", "its", "their", "his", "her":
		case "reporters", "analysts", "investors", "statement", "interview":
			return false // who was told, how: "told reporters on Monday"
		default:
			return c.t[q].id == wNone
		}
	}
	return false
}

// newClause: "and" or "but" at k opens a clause with a subject of its
// own ("unveiled the phone on Sept. 10 and it goes on sale next week") or
// a second verb with a tense of its own ("cut 800 jobs in January and
// will cut 500 more by June"): that verb is no tense of a time before it.
func (c *ctx) newClause(k int) bool {
	if c.id(k) != wAnd && c.text(k) != "but" {
		return false
	}
	switch strings.ToLower(c.textAt(k + 1)) {
	case "it", "he", "she", "they", "we", "i", "you", "its", "his", "her", "their", "our",
		"will", "would", "shall", "should", "could", "can", "may", "might", "must", "plans", "expects", "hopes", "intends":
		return true
	}
	return false
}

// putOffTo: the verb of putting off at k is followed, within a few words
// ("back", "the case"), by "to", "until" or "till" (or "for" after
// "rescheduled") and a month: "postponed to March", "adjourned the case
// until 12 November", "extended until the end of June".
func (c *ctx) putOffTo(k int) bool {
	for q := k + 1; q < len(c.t) && q <= k+4; q++ {
		if c.id(q) == wFrom {
			// "delayed from March 3 to March 10": past the old date
			if q = c.pastOldDate(q); q < 0 {
				return false
			}
		}
		if c.t[q].k != kWord {
			return false
		}
		if c.id(q) == wTo || c.id(q) == wUntil && c.text(q) != "through" || c.id(q) == wFor && c.text(k) == "rescheduled" {
			for m := q + 1; m < len(c.t) && m <= q+4; m++ {
				if _, _, ok := c.month(m); ok {
					return true
				}
				switch c.id(m) {
				case wThe, wEnd, wBeginning, wMiddle, wOf, wEarly, wMid, wLate:
				default:
					if !c.isNum(m) {
						return false // "moved to London in March"
					}
				}
			}
			return false
		}
	}
	return false
}

// putOffVerbs move a date ("postponed", "pushed back", "brought forward").
var putOffVerbs = map[string]bool{"postponed": true, "delayed": true, "deferred": true, "rescheduled": true, "pushed": true,
	"moved": true, "put": true, "adjourned": true, "extended": true, "suspended": true, "brought": true}

// movedFrom: the date at token i is the old one a verb of putting off
// moved ("delayed from March 3 to March 10", "pushed back from 3 May"):
// no start of a range, and on either side of the reference date.
func (c *ctx) movedFrom(i int) bool {
	if c.id(i-1) != wFrom {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if putOffVerbs[c.text(k)] {
			return c.putOffTo(k)
		}
	}
	return false
}

// pastOldDate: after "from" at q, the "to" or "until" within six tokens
// that ends an old date ("from March 3 to"), or -1.
func (c *ctx) pastOldDate(q int) int {
	for m := q + 1; m < len(c.t) && m <= q+6; m++ {
		if c.id(m) == wTo || c.id(m) == wUntil {
			return m
		}
		if c.t[m].k == kWord && !c.t[m].up && c.id(m) == wNone {
			return -1
		}
	}
	return -1
}

// infinitive: the verb at k follows a modal or "to" ("will hit", "to
// set", "could cut"), so a past form that is also the base form is no
// past tense.
func (c *ctx) infinitive(k int) bool {
	if k == 0 {
		return false
	}
	switch c.id(k - 1) {
	case wWill, wShall, wLL, wTo:
		return true
	}
	switch c.text(k - 1) {
	case "can", "could", "may", "might", "must", "should", "not":
		return true
	}
	return false
}

// prose: the sentence ends with a full stop, as a statement does and a
// headline ("Kelvar chief meets investors on Monday", a past event told in
// the present) does not.
func (c *ctx) prose() bool {
	n := len(c.t) - 1
	for n >= 0 && (c.isP(n, '"') || c.isP(n, '\'') || c.isP(n, '?') && c.t[n].e-c.t[n].s > 1) {
		n-- // a closing quote
	}
	return c.isP(n, '.')
}
