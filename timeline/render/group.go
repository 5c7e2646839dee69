package render

import (
	"time"

	"github.com/storygraph/storygraph/timeline/chronology"
)

// group is the entries under one heading of a grouped chronology.
type group struct {
	label   string
	entries []chronology.Entry
}

// groupsOf puts entries under a heading per day, week (Monday to Sunday)
// or month, for --group-by. An entry goes under the group whose span holds
// its whole date; one that no group holds (a week when grouping by day, a
// range across two months) gets a heading of its own date, as precisely
// as it is known, so no heading claims a precision the date does not have.
// Undated entries come under "Undated". Headings come in the order of
// their first entry and each comes once; entries keep their order within
// it. by "" is one group without a heading.
func groupsOf(entries []chronology.Entry, by string) []group {
	if by == "" {
		return []group{{entries: entries}}
	}
	var out []group
	at := map[string]int{}
	for _, e := range entries {
		label := groupLabel(e, by)
		i, ok := at[label]
		if !ok {
			i = len(out)
			at[label] = i
			out = append(out, group{label: label})
		}
		out[i].entries = append(out[i].entries, e)
	}
	return out
}

func groupLabel(e chronology.Entry, by string) string {
	first, last, ok := exportSpan(e.Date)
	if !ok {
		return "Undated"
	}
	switch by {
	case "day":
		if first.Equal(last) {
			return first.Format("2 Jan 2006")
		}
	case "week":
		monday := func(t time.Time) time.Time { return t.AddDate(0, 0, -(int(t.Weekday())+6)%7) }
		if m := monday(first); m.Equal(monday(last)) {
			return "Week of " + m.Format("2 Jan 2006")
		}
	case "month":
		if first.Year() == last.Year() && first.Month() == last.Month() {
			return first.Format("January 2006")
		}
	}
	return upperFirst(chronology.DateLabel(e.Date, e.Precision))
}

func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
