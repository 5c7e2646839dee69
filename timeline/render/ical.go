package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/timex"
)

// ICalendar writes the chronology as an iCalendar object (RFC 5545) that
// calendar programs import or subscribe to: one VEVENT per dated entry.
//
//   - A day is an all-day event (DTSTART;VALUE=DATE, DTEND the next day,
//     exclusive). With a clock time it is a timed event instead: in UTC
//     when the zone is known ("12:00 GMT", "15:30 Kyiv time", "UTC+2"),
//     in floating local time when it is not.
//   - A week, month, quarter, season, year or range is an all-day event
//     covering the whole span, never its first day alone; its
//     DESCRIPTION states the precision, and X-STORYGRAPH-PRECISION gives
//     it to programs.
//   - Undated entries have no place in a calendar: they are left out and
//     counted in the calendar's X-STORYGRAPH-UNDATED property.
//
// SUMMARY is the entry's summary, DESCRIPTION its sentences and sources
// (title, outlet, date, URL), URL its first source's, CATEGORIES its kind,
// LOCATION its places, STATUS CANCELLED a happening called off, and UID "<entry id>@storygraph", so that importing a
// newer export updates the events instead of duplicating them.
//
// DTSTAMP is now, which the caller passes so that the output is the same
// bytes for the same input and time. A zero now stands for the newest
// publication date among the sources: when the information was last
// revised, which is what DTSTAMP means in a calendar without METHOD.
func ICalendar(w io.Writer, c Chronology, now time.Time) error {
	var b icsBuilder
	if now.IsZero() {
		now = icsNewestPublished(c.Entries)
	}
	stamp := now.UTC().Format("20060102T150405Z")
	undated := 0
	b.line("BEGIN:VCALENDAR")
	b.line("VERSION:2.0")
	b.line("PRODID:-//storygraph//storygraph chronology//EN")
	b.line("CALSCALE:GREGORIAN")
	if c.Title != "" {
		b.line("NAME:" + icsText(c.Title))
		b.line("X-WR-CALNAME:" + icsText(c.Title))
	}
	for _, e := range c.Entries {
		if _, _, ok := exportSpan(e.Date); !ok {
			undated++
		}
	}
	b.line("X-STORYGRAPH-UNDATED:" + strconv.Itoa(undated))
	for _, e := range c.Entries {
		first, last, ok := exportSpan(e.Date)
		if !ok {
			continue
		}
		b.line("BEGIN:VEVENT")
		b.line("UID:" + icsText(e.ID+"@storygraph"))
		b.line("DTSTAMP:" + stamp)
		if start, timed := icsClock(e, first, last); timed {
			b.line("DTSTART:" + start)
		} else {
			b.line("DTSTART;VALUE=DATE:" + first.Format("20060102"))
			b.line("DTEND;VALUE=DATE:" + last.AddDate(0, 0, 1).Format("20060102"))
		}
		b.line("SUMMARY:" + icsText(e.Summary))
		b.line("DESCRIPTION:" + icsText(icsDescription(e, first, last)))
		if len(e.Places) > 0 {
			b.line("LOCATION:" + icsText(strings.Join(e.Places, ", ")))
		}
		if u := exportFirstURL(e); u != "" {
			b.line("URL:" + icsURI(u))
		}
		if e.Kind != "" {
			b.line("CATEGORIES:" + icsText(string(e.Kind)))
		}
		if e.Status == timeline.StatusCancelled || e.Status == timeline.StatusPostponed {
			// calendars strike it through: it does not happen on its date
			// (the description says which)
			b.line("STATUS:CANCELLED")
		}
		b.line("X-STORYGRAPH-PRECISION:" + icsText(string(e.Precision)))
		if e.DateConflict {
			b.line("X-STORYGRAPH-DATE-CONFLICT:TRUE")
		}
		b.line("END:VEVENT")
	}
	b.line("END:VCALENDAR")
	_, err := io.WriteString(w, b.String())
	return err
}

// icsClock is the DTSTART value of an entry dated to one day with a clock
// time: UTC ("20260122T120000Z") when its zone resolves to an offset,
// floating ("20260122T120000") when there is no zone or an unknown one.
// The zone words are timex's, so "15:30 Kyiv time" is +02:00 in January
// and +03:00 in July here as in the extraction.
func icsClock(e chronology.Entry, first, last time.Time) (string, bool) {
	if !first.Equal(last) || e.Time == "" {
		return "", false
	}
	clock, err := time.Parse("15:04", e.Time)
	if err != nil {
		return "", false
	}
	local := time.Date(first.Year(), first.Month(), first.Day(), clock.Hour(), clock.Minute(), 0, 0, time.UTC)
	if e.Timezone != "" {
		for _, x := range timex.Find(e.Time+" "+e.Timezone, first) {
			if x.Type != timex.Clock || x.Clock != e.Time {
				continue
			}
			for _, layout := range []string{"2006-01-02T15:04Z07:00", "2006-01-02T15Z07:00"} {
				if t, err := time.Parse(layout, x.Value); err == nil {
					return t.UTC().Format("20060102T150405Z"), true
				}
			}
		}
	}
	return local.Format("20060102T150405"), true
}

// icsDescription is an entry's details as plain text: when (with the
// precision stated for anything wider than a day), what, who, where, the
// sentences that report it and the sources.
func icsDescription(e chronology.Entry, first, last time.Time) string {
	var b strings.Builder
	b.WriteString("When: " + when(e))
	if !first.Equal(last) {
		fmt.Fprintf(&b, " (precision: %s; the whole span %s to %s, not its first day)",
			icsPrecision(e.Precision), first.Format(time.DateOnly), last.Format(time.DateOnly))
	}
	b.WriteString("\n")
	if e.DateConflict {
		b.WriteString("The sources date it differently:")
		for _, a := range e.Articles() {
			s := e.ReportOf(a)
			fmt.Fprintf(&b, " %s dates it %s;", icsSourceName(s), chronology.DateLabel(s.Date, s.Precision))
		}
		b.WriteString(" the event spans them.\n")
	}
	b.WriteString("What: " + kindWords(e) + "\n")
	if len(e.Participants) > 0 {
		b.WriteString("Who: " + names(e.Participants) + "\n")
	}
	if len(e.Places) > 0 {
		b.WriteString("Where: " + strings.Join(e.Places, ", ") + "\n")
	}
	for _, q := range e.Quotes() {
		b.WriteString("\n“" + q.Sentence + "”\n")
	}
	if refs := exportCitations(e); len(refs) > 0 {
		b.WriteString("\nSources:\n")
		for _, r := range refs {
			b.WriteString("- " + r + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// icsPrecision names a precision for people.
func icsPrecision(p timex.Precision) string {
	if p == "" {
		return "unknown"
	}
	return string(p)
}

func icsSourceName(s chronology.Report) string {
	switch {
	case s.Article.Source != "":
		return s.Article.Source
	case s.Article.Title != "":
		return "“" + s.Article.Title + "”"
	}
	return "a source"
}

// icsNewestPublished is midnight UTC of the newest publication date among
// the entries' sources, or the Unix epoch when none has one.
func icsNewestPublished(entries []chronology.Entry) time.Time {
	newest := time.Unix(0, 0).UTC()
	for _, e := range entries {
		for _, s := range e.Sources {
			p := s.Article.Published
			if len(p) < 10 {
				continue
			}
			if t, err := time.Parse(time.DateOnly, p[:10]); err == nil && t.After(newest) {
				newest = t
			}
		}
	}
	return newest
}

var icsTextReplacer = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)

// icsText escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon,
// comma and line breaks; other control characters, which TEXT cannot
// hold, become spaces.
func icsText(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return r
		}
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	return icsTextReplacer.Replace(s)
}

// icsURI keeps a URI as it is given, less the control characters that
// cannot stand in a content line.
func icsURI(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
}

// icsBuilder writes content lines ended by CRLF and folded at 75 octets
// (RFC 5545 3.1): a longer line continues on the next after one space,
// and neither a UTF-8 sequence nor a TEXT escape is split.
type icsBuilder struct{ strings.Builder }

func (b *icsBuilder) line(s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		// keep an escape ("\,", "\n") on one line: an odd run of
		// backslashes before the cut ends in one that escapes s[cut]
		n := 0
		for n < cut && s[cut-1-n] == '\\' {
			n++
		}
		if n%2 == 1 {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	b.WriteString(s)
	b.WriteString("\r\n")
}
