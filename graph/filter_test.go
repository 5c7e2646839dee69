package graph_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/storygraph/storygraph/graph"
	"github.com/storygraph/storygraph/timeline"
)

func TestFilterValidate(t *testing.T) {
	for _, c := range []struct {
		name  string
		f     graph.Filter
		want  error // nil: valid
		field string
	}{
		{"empty", graph.Filter{}, nil, ""},
		{"known kinds", graph.Filter{Kinds: []timeline.Kind{timeline.KindMeeting, timeline.KindOther}}, nil, ""},
		{"day, month and year", graph.Filter{From: "2026-01-15", To: "2026"}, nil, ""},
		{"one day", graph.Filter{From: "2026-01-15", To: "2026-01-15"}, nil, ""},
		{"a month ends after its first day", graph.Filter{From: "2026-01-31", To: "2026-01"}, nil, ""},
		{"unknown kind", graph.Filter{Kinds: []timeline.Kind{timeline.KindMeeting, "party"}}, graph.ErrUnknownKind, "kind"},
		{"from not a date", graph.Filter{From: "yesterday"}, graph.ErrNotADate, "from"},
		{"to not a date", graph.Filter{To: "2026-13-01"}, graph.ErrNotADate, "to"},
		{"from after to", graph.Filter{From: "2026-03", To: "2026-01"}, graph.ErrEmptyRange, "from"},
		{"known statuses and certainties", graph.Filter{Statuses: graph.Statuses, Certainties: graph.Certainties}, nil, ""},
		{"unknown status", graph.Filter{Statuses: []timeline.Status{"done"}}, graph.ErrUnknownStatus, "status"},
		{"unknown certainty", graph.Filter{Certainties: []timeline.Certainty{"sure"}}, graph.ErrUnknownCertainty, "certainty"},
		{"as-of a month", graph.Filter{AsOf: "2026-01"}, nil, ""},
		{"as-of not a date", graph.Filter{AsOf: "last week"}, graph.ErrNotADate, "as-of"},
		// the order of the checks: kinds, statuses, certainties, from, to, as-of, the range
		{"status before certainty", graph.Filter{Statuses: []timeline.Status{"done"}, Certainties: []timeline.Certainty{"sure"}}, graph.ErrUnknownStatus, "status"},
		{"certainty before dates", graph.Filter{Certainties: []timeline.Certainty{"sure"}, From: "x"}, graph.ErrUnknownCertainty, "certainty"},
		{"to before as-of", graph.Filter{To: "x", AsOf: "y"}, graph.ErrNotADate, "to"},
		{"kind before dates", graph.Filter{Kinds: []timeline.Kind{"party"}, From: "x"}, graph.ErrUnknownKind, "kind"},
		{"from before to", graph.Filter{From: "x", To: "y"}, graph.ErrNotADate, "from"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := c.f.Validate()
			if c.want == nil {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			var fe *graph.FilterError
			if !errors.Is(err, c.want) || !errors.As(err, &fe) || fe.Field != c.field {
				t.Fatalf("Validate() = %v, want a *FilterError of field %q wrapping %v", err, c.field, c.want)
			}
		})
	}
}

func TestFilterDays(t *testing.T) {
	for _, c := range []struct{ from, to, wantFrom, wantTo string }{
		{"", "", "", ""},
		{"2026-01", "2026-02", "2026-01-01", "2026-02-28"},
		{"2026", "2026", "2026-01-01", "2026-12-31"},
		{"2026-01-15", "", "2026-01-15", ""},
		{"nonsense", "2026-01-22", "", "2026-01-22"},
	} {
		from, to := graph.Filter{From: c.from, To: c.to}.Days()
		if from != c.wantFrom || to != c.wantTo {
			t.Errorf("Filter{From: %q, To: %q}.Days() = %q, %q; want %q, %q", c.from, c.to, from, to, c.wantFrom, c.wantTo)
		}
	}
}

func TestFilterAsOfDay(t *testing.T) {
	for _, c := range []struct{ asOf, want string }{
		{"", ""}, {"2026-01-20", "2026-01-20"}, {"2026-02", "2026-02-28"}, {"2026", "2026-12-31"}, {"soon", ""},
	} {
		if got := (graph.Filter{AsOf: c.asOf}).AsOfDay(); got != c.want {
			t.Errorf("Filter{AsOf: %q}.AsOfDay() = %q, want %q", c.asOf, got, c.want)
		}
	}
}

func TestMatchSources(t *testing.T) {
	stored := []string{"Reuters", "The Kyiv Independent", "Le Monde diplomatique", "REUTERS", "Élysée"}
	for _, c := range []struct {
		wanted []string
		want   []string
	}{
		{[]string{"reuters"}, []string{"REUTERS", "Reuters"}},
		{[]string{"the kyiv  independent", "elysee"}, []string{"The Kyiv Independent", "Élysée"}},
		{[]string{"Kyiv"}, []string{}}, // whole names, not words of them
		{nil, []string{}},
	} {
		got := graph.MatchSources(stored, c.wanted)
		if !slices.Equal(got, c.want) {
			t.Errorf("MatchSources(%q) = %q, want %q", c.wanted, got, c.want)
		}
	}
}
