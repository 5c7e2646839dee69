package storetest

import (
	"github.com/storygraph/storygraph/timeline"
	"github.com/storygraph/storygraph/timeline/timex"
)

// The fixtures are three hand-built extractions of reporting on the
// Russia-Ukraine talks of January 2026, written for the filters: every
// filter field has events that match it and events that do not, names come
// as canonical names, aliases, surnames, other scripts and possessives, and
// dates come as days, a range, a month and none. Each function returns
// fresh values, so a test may change what it gets.
//
// Event IDs here are readable; real ones are hashes (timeline.Event.ID).

const (
	davosID  = "https://kyivindependent.com/witkoff-kushner-meet-zelensky-davos/"
	moscowID = "https://www.reuters.com/world/europe/putin-receives-witkoff-kushner-kremlin-2026-01-23/"
	abuID    = "sha256:7f3a9c0e51d4b2a86e0f4c3b9d1a2e5f6c7b8a9d0e1f2a3b4c5d6e7f8a9b0c1d"
)

func witkoff(aliases ...string) timeline.Entity {
	return timeline.Entity{ID: "person:steve-witkoff", Name: "Steve Witkoff", Type: timeline.Person,
		Aliases: aliases, Role: "US special envoy", Country: "US",
		Mentions: []timeline.Mention{{Text: "Steve Witkoff", Start: 212, End: 225}, {Text: "Witkoff", Start: 890, End: 897}}}
}

func kushner() timeline.Entity {
	return timeline.Entity{ID: "person:jared-kushner", Name: "Jared Kushner", Type: timeline.Person,
		Aliases: []string{}, Mentions: []timeline.Mention{{Text: "Jared Kushner", Start: 230, End: 243}}}
}

func zelenskyy(aliases ...string) timeline.Entity {
	return timeline.Entity{ID: "person:volodymyr-zelenskyy", Name: "Volodymyr Zelenskyy", Type: timeline.Person,
		Aliases: aliases, Role: "President of Ukraine", Country: "UA",
		Mentions: []timeline.Mention{{Text: "Volodymyr Zelensky", Start: 120, End: 138}, {Text: "Zelensky's", Start: 1402, End: 1412}}}
}

func kyiv() timeline.Entity {
	return timeline.Entity{ID: "place:kyiv", Name: "Kyiv", Type: timeline.Place, Aliases: []string{"Kiev", "Київ"}, Country: "UA",
		Mentions: []timeline.Mention{{Text: "Kyiv", Start: 1501, End: 1505}}}
}

// davos reports the Davos meeting and Zelenskyy's words on the strikes.
func davos() *timeline.Extraction {
	return &timeline.Extraction{
		Article: timeline.Article{
			ID: davosID, Title: "Witkoff and Kushner meet Zelensky in Davos as talks gather pace", URL: davosID,
			Source: "The Kyiv Independent", Author: "Olena Harmash", Published: "2026-01-22", PublishedBasis: "metadata",
			Licence: "CC BY 4.0", Attribution: "The Kyiv Independent, CC BY 4.0",
			Category: "Politics", Summary: "US envoys met the Ukrainian president on the sidelines of the World Economic Forum.",
			Path: "testdata/davos.html", ContentHash: "sha256:0d1a", Format: "html",
		},
		Entities: []timeline.Entity{
			witkoff("Steven Witkoff"),
			kushner(),
			zelenskyy("Zelensky", "Volodymyr Zelensky", "Zelenskiy", "Володимир Зеленський"),
			{ID: "place:davos", Name: "Davos", Type: timeline.Place, Aliases: []string{"Davos-Klosters"}, Country: "CH",
				Mentions: []timeline.Mention{{Text: "Davos", Start: 95, End: 100}}},
			kyiv(),
		},
		Events: []timeline.Event{
			{
				ID: "evt-davos-meeting", Date: "2026-01-22", Precision: timex.Day, DateBasis: timeline.BasisText,
				DateText: "on Thursday", Kind: timeline.KindMeeting, Status: timeline.StatusHappened,
				Certainty: timeline.CertaintyAsserted, Verb: "met",
				Summary: "Witkoff and Kushner met Zelenskyy in Davos",
				Participants: []timeline.Participant{
					{Name: "Steve Witkoff", Type: timeline.Person, Role: "agent"},
					{Name: "Jared Kushner", Type: timeline.Person, Role: "agent"},
					{Name: "Volodymyr Zelenskyy", Type: timeline.Person, Role: "counterpart"},
				},
				Places: []string{"Davos"}, Topics: []string{"peace-negotiations"},
				Sentence: "US special envoy Steve Witkoff and Jared Kushner met Volodymyr Zelensky in Davos on Thursday.",
				Start:    196, End: 290,
			},
			{
				ID: "evt-kyiv-heating", Date: "2026-01-22", Precision: timex.Day, DateBasis: timeline.BasisContext,
				Kind: timeline.KindStatement, Status: timeline.StatusHappened, Certainty: timeline.CertaintyClaimed,
				AssertedBy: "Volodymyr Zelenskyy", Verb: "said",
				Summary: "Zelenskyy said Russian strikes had left much of Kyiv without heating",
				Participants: []timeline.Participant{
					{Name: "Zelensky", Type: timeline.Person, Role: "agent"},
					{Name: "Kyiv", Type: timeline.Place, Role: "subject"},
				},
				Places: []string{"Kyiv"}, Topics: []string{"energy-strikes"},
				Sentence: "Zelensky's office said Russian strikes had left much of Kyiv without heating.",
				Start:    1402, End: 1480,
			},
		},
		Times: []timeline.Time{{Text: "on Thursday", Start: 279, End: 290, Type: timex.Type("date"), Value: "2026-01-22", Precision: timex.Day}},
	}
}

// davosUpdated is davos corrected: Kushner was not in the room, the strike
// paragraph was cut and a statement of the day before was added.
func davosUpdated() *timeline.Extraction {
	x := davos()
	x.Article.Title = "Witkoff meets Zelensky in Davos as talks gather pace"
	x.Article.ContentHash = "sha256:0d1b"
	x.Entities = []timeline.Entity{witkoff("Steven Witkoff"), zelenskyy("Zelensky"),
		{ID: "place:davos", Name: "Davos", Type: timeline.Place, Aliases: []string{}, Country: "CH"}}
	ev := x.Events[0]
	ev.Summary = "Witkoff met Zelenskyy in Davos"
	ev.Participants = []timeline.Participant{
		{Name: "Steve Witkoff", Type: timeline.Person, Role: "agent"},
		{Name: "Volodymyr Zelenskyy", Type: timeline.Person, Role: "counterpart"},
	}
	ev.Sentence = "US special envoy Steve Witkoff met Volodymyr Zelensky in Davos on Thursday."
	x.Events = []timeline.Event{ev, {
		ID: "evt-davos-arrival", Date: "2026-01-21", Precision: timex.Day, DateBasis: timeline.BasisText,
		DateText: "on Wednesday", Kind: timeline.KindTravel, Status: timeline.StatusHappened,
		Certainty: timeline.CertaintyAsserted, Verb: "arrived",
		Summary:      "Witkoff arrived in Davos",
		Participants: []timeline.Participant{{Name: "Witkoff", Type: timeline.Person, Role: "agent"}},
		Places:       []string{"Davos"}, Topics: []string{"peace-negotiations"},
		Sentence: "Witkoff arrived in Davos on Wednesday.", Start: 40, End: 78,
	}}
	return x
}

// moscow reports the Kremlin meeting and what came of it.
func moscow() *timeline.Extraction {
	return &timeline.Extraction{
		Article: timeline.Article{
			ID: moscowID, Title: "Putin receives Witkoff and Kushner at the Kremlin", URL: moscowID,
			Source: "Reuters", Published: "2026-01-23", PublishedBasis: "metadata",
			ContentHash: "sha256:5c02", Format: "html",
		},
		Entities: []timeline.Entity{
			{ID: "person:vladimir-putin", Name: "Vladimir Putin", Type: timeline.Person, Aliases: []string{"Putin", "Владимир Путин"},
				Role: "President of Russia", Country: "RU", Mentions: []timeline.Mention{{Text: "Putin", Start: 10, End: 15}}},
			witkoff("Special Envoy Witkoff"),
			kushner(),
			{ID: "person:dmitry-peskov", Name: "Dmitry Peskov", Type: timeline.Person, Aliases: []string{}, Role: "Kremlin spokesman",
				Discovered: true, Mentions: []timeline.Mention{{Text: "spokesman Dmitry Peskov", Start: 700, End: 723}}},
			{ID: "place:moscow", Name: "Moscow", Type: timeline.Place, Aliases: []string{"Moskva"}, Country: "RU"},
			{ID: "organization:kremlin", Name: "Kremlin", Type: timeline.Organization, Aliases: []string{"the Kremlin"}},
		},
		Events: []timeline.Event{
			{
				ID: "evt-kremlin-meeting", Date: "2026-01-22", Precision: timex.Day, DateBasis: timeline.BasisText,
				DateText: "late on Thursday", Time: "23:00", Timezone: "MSK",
				Kind: timeline.KindMeeting, Status: timeline.StatusHappened, Certainty: timeline.CertaintyAsserted, Verb: "received",
				Summary: "Putin received Witkoff and Kushner at the Kremlin",
				Participants: []timeline.Participant{
					{Name: "Vladimir Putin", Type: timeline.Person, Role: "agent"},
					{Name: "Witkoff", Type: timeline.Person, Role: "counterpart"},
					{Name: "Kushner", Type: timeline.Person, Role: "counterpart"},
				},
				Places: []string{"Moscow"}, Topics: []string{"peace-negotiations"},
				Sentence: "Putin received Witkoff and Kushner at the Kremlin in Moscow late on Thursday, talks that ran past midnight.",
				Start:    0, End: 106,
			},
			{
				ID: "evt-peskov-constructive", Date: "2026-01-23", Precision: timex.Day, DateBasis: timeline.BasisPublished,
				Kind: timeline.KindStatement, Status: timeline.StatusHappened, Certainty: timeline.CertaintyClaimed,
				AssertedBy: "Dmitry Peskov", Verb: "called",
				Summary: "Peskov called the talks useful and constructive",
				Participants: []timeline.Participant{
					{Name: "Dmitry Peskov", Type: timeline.Person, Role: "agent"},
					{Name: "the Kremlin", Type: timeline.Organization, Role: "agent"},
				},
				Places: []string{"Moscow"}, Topics: []string{"peace-negotiations"},
				Sentence: "Kremlin spokesman Dmitry Peskov called the talks useful and constructive.",
				Start:    690, End: 763,
			},
			{
				ID: "evt-abu-dhabi-agreed", Date: "2026-01-22", Precision: timex.Day, DateBasis: timeline.BasisContext,
				Kind: timeline.KindAgreement, Status: timeline.StatusHappened, Certainty: timeline.CertaintyAsserted, Verb: "agreed",
				Summary: "Putin and Witkoff agreed to trilateral security talks in Abu Dhabi",
				Participants: []timeline.Participant{
					{Name: "Putin", Type: timeline.Person, Role: "agent"},
					{Name: "Steve Witkoff", Type: timeline.Person, Role: "agent"},
				},
				Places: []string{"Abu Dhabi"}, Topics: []string{"peace-negotiations"},
				Sentence: "They agreed that a trilateral security working group would meet in Abu Dhabi.",
				Start:    107, End: 184,
			},
		},
		Times: []timeline.Time{{Text: "late on Thursday", Start: 73, End: 89, Type: timex.Type("date"), Value: "2026-01-22", Precision: timex.Day}},
	}
}

// abuDhabi has no URL (its ID is a content hash), a date range, a month
// and an undated event.
func abuDhabi() *timeline.Extraction {
	return &timeline.Extraction{
		Article: timeline.Article{
			ID: abuID, Title: "Trilateral talks open in Abu Dhabi as strikes on the energy grid go on",
			Source: "Liabooks PRISM News", Published: "2026-01-24", PublishedBasis: "text", AIGenerated: true,
			Path: "corpus.jsonl:3", ContentHash: abuID, Format: "jsonl",
		},
		Entities: []timeline.Entity{
			{ID: "place:abu-dhabi", Name: "Abu Dhabi", Type: timeline.Place, Aliases: []string{"Abu Zabi"}, Country: "AE"},
			zelenskyy("Zelensky"),
			witkoff(),
			{ID: "person:rustem-umerov", Name: "Rustem Umerov", Type: timeline.Person, Aliases: []string{},
				Role: "Secretary of the National Security and Defense Council", Country: "UA"},
			kyiv(),
			{ID: "place:kharkiv", Name: "Kharkiv", Type: timeline.Place, Aliases: []string{"Kharkov"}, Country: "UA"},
		},
		Events: []timeline.Event{
			{
				ID: "evt-abu-dhabi-talks", Date: "2026-01-23/2026-01-24", Precision: timex.Range, DateBasis: timeline.BasisText,
				DateText: "on Friday and Saturday", Kind: timeline.KindNegotiation, Status: timeline.StatusHappened,
				Certainty: timeline.CertaintyAsserted,
				Summary:   "Umerov led Ukraine's delegation at two days of talks with Witkoff in Abu Dhabi",
				Participants: []timeline.Participant{
					{Name: "Rustem Umerov", Type: timeline.Person, Role: "agent"},
					{Name: "Witkoff", Type: timeline.Person, Role: "counterpart"},
				},
				Places: []string{"Abu Dhabi"}, Topics: []string{"peace-negotiations"},
				Sentence: "Rustem Umerov led Ukraine's delegation at talks with Witkoff in Abu Dhabi on Friday and Saturday.",
				Start:    0, End: 98,
			},
			{
				ID: "evt-january-strikes", Date: "2026-01", Precision: timex.Month, DateBasis: timeline.BasisText,
				DateText: "throughout January", Kind: timeline.KindAttack, Status: timeline.StatusOngoing,
				Certainty: timeline.CertaintyAsserted,
				Summary:   "Russian strikes on power plants in Kyiv and Kharkiv went on throughout January",
				Participants: []timeline.Participant{
					{Name: "Kyiv", Type: timeline.Place, Role: "subject"},
				},
				Places: []string{"Kyiv", "Kharkiv"}, Topics: []string{"energy-strikes", "peace-negotiations"},
				Sentence: "Russian strikes on power plants in Kyiv and Kharkiv went on throughout January.",
				Start:    99, End: 178,
			},
			{
				ID: "evt-zelensky-to-meet-putin", Precision: timex.Unknown, DateBasis: timeline.BasisNone,
				Kind: timeline.KindMeeting, Status: timeline.StatusScheduled, Certainty: timeline.CertaintySpeculative,
				Verb:    "could meet",
				Summary: "Zelenskyy could meet Putin if the talks succeed",
				Participants: []timeline.Participant{
					{Name: "Zelensky", Type: timeline.Person, Role: "agent"},
				},
				Topics:   []string{"peace-negotiations"},
				Sentence: "Zelensky could meet Putin if the talks succeed, officials said.",
				Start:    179, End: 242,
			},
		},
	}
}

// corpus is the three articles in the order tests put them.
func corpus() []*timeline.Extraction {
	return []*timeline.Extraction{davos(), moscow(), abuDhabi()}
}
