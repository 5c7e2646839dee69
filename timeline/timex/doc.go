// Package timex finds time expressions in English news text and normalises
// them against a reference date (the article's publication date).
//
// It owns the rules for dates, clock times, durations and sets ("On January
// 22, 2026", "this week", "on Thursday", "12:00 GMT", "last month", "late
// December", "for five hours", "every Monday"). It knows nothing of articles,
// entities or events: callers pass one sentence and a reference date.
//
// News conventions that general-purpose date parsers get wrong are the
// reason this package exists: a bare weekday in past-tense news means the
// most recent such day (the same day when the article was published on it),
// "this week" is a week and not a day, relative expressions without a
// known publication date are found but left unresolved rather than guessed,
// vague ones ("recently", "at present", "in the future") are PAST_REF /
// PRESENT_REF / FUTURE_REF and never a day, and "the following day" counts
// from the date the sentence has just given (see Expr.Anchored).
//
// Layout: Find, the token context and the rule dispatcher (match) are in
// find.go; scan.go tokenises and words.go holds the keyword table;
// tokens.go, tense.go and resolve.go are the helpers every rule uses; each
// family of rules has its own file (dates.go, clock.go, weekday.go,
// deictic.go, relative.go, the.go, season.go, modifiers.go, counts.go,
// sets.go, anchor.go) with its table test beside it; post.go joins neighbouring hits
// (a day and a time, two ends of a range) and writes the final values;
// values.go builds values and parse.go reads them back (ParseDate,
// Interval).
package timex
