package graph

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/storygraph/storygraph/timeline"
)

// Filter selects events. Fields combine with AND; values inside Entities
// also combine with AND (events involving all of them); values inside
// Topics, Places and Kinds combine with OR.
type Filter struct {
	// Topics are topic ids ("peace-negotiations").
	Topics []string
	// Entities are names of participants: a canonical name, an alias or a
	// surname alone ("Witkoff"), compared case-insensitively and without
	// diacritics (see timeline.Keys). A name that matches an organisation
	// or a place also matches the entity whose whole name is one of its
	// aliases: "Halden Motors Corporation (HMC)" in one article and "HMC"
	// alone in another are one company to the filter, whichever of the two
	// names it gives. A name that matches a person named in full also
	// matches the person another article names by the surname alone
	// ("Lindqvist"), as long as no other person the store names in full
	// has that surname: then "Lindqvist" alone could be either, and stands
	// for neither.
	Entities []string
	// Places are place names, compared like Entities.
	Places []string
	// Kinds are event kinds ("meeting"), each one of timeline.Kinds.
	Kinds []timeline.Kind
	// From and To are dates in the contract's forms ("2026-01-22",
	// "2026-01", "2026"; see timeline.Span), inclusive: From counts from its
	// first day and To up to its last. An event matches when its date
	// interval overlaps [From, To]; events without a date never match a
	// date filter.
	From, To string
	// Articles restricts to events of these article IDs.
	Articles []string
	// Statuses are event statuses, each one of Statuses (any of them).
	Statuses []timeline.Status
	// Certainties are event certainties, each one of Certainties (any of
	// them).
	Certainties []timeline.Certainty
	// Sources are outlets, Article.Source ("Reuters"), whole names
	// compared folded (timeline.Fold, as MatchSources does; any of them).
	Sources []string
	// AsOf keeps what had been published by a date in the contract's forms
	// (its last day counts): events of articles published on or before it.
	// An article without a publication day (none, or only a month) is left
	// out, since nothing says it was known by then.
	AsOf string
}

// Statuses lists every event status, for validation and help texts.
var Statuses = []timeline.Status{timeline.StatusHappened, timeline.StatusScheduled, timeline.StatusOngoing, timeline.StatusCancelled, timeline.StatusPostponed}

// Certainties lists every certainty, for validation and help texts.
var Certainties = []timeline.Certainty{timeline.CertaintyAsserted, timeline.CertaintyClaimed, timeline.CertaintySpeculative, timeline.CertaintyDenied}

// What Validate finds wrong with a filter, for errors.Is; the error is a
// *FilterError naming the field and the value.
var (
	// ErrUnknownKind: a kind that is not one of timeline.Kinds.
	ErrUnknownKind = errors.New("unknown event kind")
	// ErrUnknownStatus: a status that is not one of Statuses.
	ErrUnknownStatus = errors.New("unknown event status")
	// ErrUnknownCertainty: a certainty that is not one of Certainties.
	ErrUnknownCertainty = errors.New("unknown certainty")
	// ErrNotADate: From, To or AsOf is not a date timeline.Span reads.
	ErrNotADate = errors.New("not a date")
	// ErrEmptyRange: From begins after To ends.
	ErrEmptyRange = errors.New("from is after to")
)

// FilterError is the field of a Filter that Validate rejects.
type FilterError struct {
	Field string // "kind", "status", "certainty", "from", "to" or "as-of"
	Value string // as given
	Err   error  // ErrUnknownKind, ErrUnknownStatus, ErrUnknownCertainty, ErrNotADate or ErrEmptyRange
}

func (e *FilterError) Error() string {
	switch e.Err {
	case ErrNotADate:
		return fmt.Sprintf("%s date %q is not a date", e.Field, e.Value)
	case ErrEmptyRange:
		return fmt.Sprintf("%s date %q is after the to date", e.Field, e.Value)
	}
	return fmt.Sprintf("%s %q: %v", e.Field, e.Value, e.Err)
}

func (e *FilterError) Unwrap() error { return e.Err }

// Hint says what to give instead (see package internal/hint).
func (e *FilterError) Hint() string {
	switch e.Err {
	case ErrUnknownKind:
		return "use one of: " + strings.Join(Strings(timeline.Kinds), ", ")
	case ErrUnknownStatus:
		return "use one of: " + strings.Join(Strings(Statuses), ", ")
	case ErrUnknownCertainty:
		return "use one of: " + strings.Join(Strings(Certainties), ", ")
	case ErrNotADate:
		return "use a day, a month or a year: 2026-01-15, 2026-01 or 2026"
	case ErrEmptyRange:
		return "give a from date on or before the to date"
	}
	return ""
}

// Validate checks what a store cannot answer sensibly: every kind, status
// and certainty known, From, To and AsOf dates, From not after To. It
// checks in that order and returns the first problem, a *FilterError;
// every Store's Events runs it before it queries.
func (f Filter) Validate() error {
	for _, k := range f.Kinds {
		if !slices.Contains(timeline.Kinds, k) {
			return &FilterError{Field: "kind", Value: string(k), Err: ErrUnknownKind}
		}
	}
	for _, st := range f.Statuses {
		if !slices.Contains(Statuses, st) {
			return &FilterError{Field: "status", Value: string(st), Err: ErrUnknownStatus}
		}
	}
	for _, c := range f.Certainties {
		if !slices.Contains(Certainties, c) {
			return &FilterError{Field: "certainty", Value: string(c), Err: ErrUnknownCertainty}
		}
	}
	for _, d := range []struct{ field, value string }{{"from", f.From}, {"to", f.To}, {"as-of", f.AsOf}} {
		if _, _, ok := timeline.Span(d.value); d.value != "" && !ok {
			return &FilterError{Field: d.field, Value: d.value, Err: ErrNotADate}
		}
	}
	if from, to := f.Days(); from != "" && to != "" && from > to {
		return &FilterError{Field: "from", Value: f.From, Err: ErrEmptyRange}
	}
	return nil
}

// Days returns the first day of From and the last day of To
// ("2006-01-02"), "" for a bound that is not set or not a date.
func (f Filter) Days() (from, to string) {
	from, _, _ = timeline.Span(f.From)
	_, to, _ = timeline.Span(f.To)
	return from, to
}

// AsOfDay returns the last day of AsOf ("2006-01-02"), "" when it is not
// set or not a date.
func (f Filter) AsOfDay() string {
	_, last, _ := timeline.Span(f.AsOf)
	return last
}

// MatchSources returns the stored sources that one of wanted names,
// compared as Filter.Sources says (timeline.Fold), sorted and without
// repeats. A store passes these exact strings to its query, so both stores
// match the same sources whatever their databases make of case.
func MatchSources(stored, wanted []string) []string {
	want := map[string]bool{}
	for _, w := range wanted {
		want[timeline.Fold(w)] = true
	}
	out := []string{}
	for _, s := range stored {
		if want[timeline.Fold(s)] && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}
