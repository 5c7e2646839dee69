// Package timeline is the contract every stage of storygraph exchanges:
// an article's Extraction (Article, Entity, Event, Participant, Time), the
// typed kinds, statuses, certainties, date bases, roles and entity types,
// and the Record a store gives back with its Source. `storygraph extract
// --format json` prints these types, so they only ever grow (README.md,
// "Extraction JSON").
//
// It holds no stage: reading is timeline/article, extraction
// timeline/extract, ordering and merging timeline/chronology, output
// timeline/render; the stores (graph/...) depend on this package and on
// the text and time helpers it uses, not on the readers or the gazetteer.
package timeline

import "github.com/storygraph/storygraph/timeline/timex"

// The types in this file are the public contract of `storygraph extract
// --format json` (documented in README.md, "Extraction JSON"). Field names and
// meanings only ever grow; never rename or repurpose one.

// Extraction is everything storygraph found in one article.
type Extraction struct {
	Article  Article  `json:"article"`
	Entities []Entity `json:"entities"`
	Events   []Event  `json:"events"`
	Times    []Time   `json:"times"`
}

// Article is an article's identity and metadata.
type Article struct {
	// ID is the canonical URL when the article has one, else "sha256:" and
	// a hash of its normalised content.
	ID    string `json:"id"`
	Title string `json:"title"`
	URL   string `json:"url,omitempty"`
	// Source is the outlet or site name ("GOV.UK", "Liabooks PRISM News").
	Source string `json:"source,omitempty"`
	Author string `json:"author,omitempty"`
	// Published is an ISO 8601 date ("2026-01-22"), or "" when unknown.
	Published string `json:"published"`
	// PublishedBasis says where Published came from: "metadata", "text"
	// (a date in the article's opening), "invalid" (the metadata's value
	// is not a date: reported as a warning) or "unknown".
	PublishedBasis string `json:"published_basis"`
	Category       string `json:"category,omitempty"`
	// AIGenerated is true when the page says its content is AI-generated.
	AIGenerated bool   `json:"ai_generated"`
	Summary     string `json:"summary,omitempty"`
	// Licence and Attribution are the terms the article is published
	// under and the credit they require ("CC BY 4.0", "Contains public
	// sector information licensed under the Open Government Licence
	// v3.0"), as its metadata gives them; outputs print them with the
	// source.
	Licence     string `json:"licence,omitempty"`
	Attribution string `json:"attribution,omitempty"`
	// Path is the file the article was read from ("-" for stdin), with
	// ":N" appended for line N of a JSON Lines file.
	Path string `json:"path,omitempty"`
	// ContentHash is a hash of the article's normalised content; a changed
	// hash under the same ID means the article was updated.
	ContentHash string `json:"content_hash"`
	// Format is the input format the reader recognised.
	Format string `json:"format"`
}

// EntityType is what an entity is: a person, a place or an organisation.
type EntityType string

// Entity types.
const (
	Person       EntityType = "person"
	Place        EntityType = "place"
	Organization EntityType = "organization"
)

// Entity is a person, place or organisation mentioned in an article.
type Entity struct {
	// ID is a stable slug of the type and canonical name ("person:steve-witkoff").
	ID   string     `json:"id"`
	Name string     `json:"name"`
	Type EntityType `json:"type"`
	// Aliases are the gazetteer's other names and spellings.
	Aliases []string `json:"aliases"`
	Role    string   `json:"role,omitempty"`
	Country string   `json:"country,omitempty"`
	// Discovered is true for names found from cues in the text ("spokesman
	// Dmitry Peskov") rather than in the gazetteer.
	Discovered bool      `json:"discovered"`
	Mentions   []Mention `json:"mentions"`
}

// Mention is one place in the article text that names an entity.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Kind is what sort of happening an event is.
type Kind string

// Event kinds.
const (
	KindMeeting     Kind = "meeting"
	KindNegotiation Kind = "negotiation"
	KindStatement   Kind = "statement"
	KindTravel      Kind = "travel"
	KindAttack      Kind = "attack"
	KindCasualty    Kind = "casualty"
	KindAgreement   Kind = "agreement"
	KindProposal    Kind = "proposal"
	KindDecision    Kind = "decision"
	KindOther       Kind = "other"
)

// Kinds lists every event kind, for validation and help texts.
var Kinds = []Kind{KindMeeting, KindNegotiation, KindStatement, KindTravel, KindAttack,
	KindCasualty, KindAgreement, KindProposal, KindDecision, KindOther}

// Status says whether a happening is over, planned, going on, called off
// or put off.
type Status string

// Event statuses.
const (
	StatusHappened  Status = "happened"
	StatusScheduled Status = "scheduled"
	StatusOngoing   Status = "ongoing"
	StatusCancelled Status = "cancelled" // called off: "The summit was cancelled"
	StatusPostponed Status = "postponed" // put off with no new date: "The summit has been postponed"
)

// Certainty says how the article vouches for a happening.
type Certainty string

// Certainties.
const (
	CertaintyAsserted    Certainty = "asserted"
	CertaintyClaimed     Certainty = "claimed"     // attributed or hedged
	CertaintySpeculative Certainty = "speculative" // likely, may, could
	CertaintyDenied      Certainty = "denied"      // reported through its denial: "Kyiv denied that its forces struck ..."
)

// DateBasis says where an event's date came from.
type DateBasis string

// Date bases.
const (
	BasisText      DateBasis = "text"      // a time expression in the event's own sentence
	BasisContext   DateBasis = "context"   // the nearest earlier dated sentence of the article
	BasisPublished DateBasis = "published" // the article's publication date
	BasisNone      DateBasis = "none"      // no date could be given
)

// Role is the part a participant plays in an event.
type Role string

// Participant roles.
const (
	RoleAgent       Role = "agent"       // does or says it
	RoleCounterpart Role = "counterpart" // met, called, addressed
	RoleSubject     Role = "subject"     // suffers it or is talked about
	RoleSource      Role = "source"      // reports a happening it is not part of: "Kyiv said ..."
)

// Event is one reported happening, as one article reports it.
type Event struct {
	// ID is stable: a hash of the article ID and the sentence offsets.
	ID string `json:"id"`
	// Date is an ISO 8601 date, month, year or "start/end" range, matching
	// Precision; "" when unknown.
	Date      string          `json:"date"`
	Precision timex.Precision `json:"precision"`
	// DateBasis says where the date came from (text, context, published, none).
	DateBasis DateBasis `json:"date_basis"`
	// DateText is the time expression the date was read from, if any.
	DateText string `json:"date_text,omitempty"`
	// Time is a clock time ("12:00") and Timezone its zone ("GMT"), when stated.
	Time      string    `json:"time,omitempty"`
	Timezone  string    `json:"timezone,omitempty"`
	Kind      Kind      `json:"kind"`
	Status    Status    `json:"status"`
	Certainty Certainty `json:"certainty"`
	// AssertedBy is who the article says reports the happening (the speaker
	// of a statement, or the source of a claim); "" for the article itself.
	AssertedBy string `json:"asserted_by,omitempty"`
	// Verb is the word that cued the event: the reporting verb for
	// statements and claims ("warned", "denied"), else the main trigger.
	Verb         string        `json:"verb,omitempty"`
	Summary      string        `json:"summary"`
	Participants []Participant `json:"participants"`
	Places       []string      `json:"places"`
	Topics       []string      `json:"topics"`
	// Sentence is the exact sentence of the article; Start and End are its
	// byte offsets in the article file (in the body for JSON inputs).
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// Participant is an entity taking part in an event.
type Participant struct {
	Name string     `json:"name"`
	Type EntityType `json:"type"`
	// Role is the part it plays (see the Role constants).
	Role Role `json:"role"`
}

// Time is one time expression found in the article.
type Time struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Type is "date", "time", "duration" or "set".
	Type timex.Type `json:"type"`
	// Value is ISO 8601: a date, month, year, week range, "a/b" range,
	// date-time for clock times, "P…" for durations; "" when unresolved.
	Value     string          `json:"value"`
	Precision timex.Precision `json:"precision"`
}
