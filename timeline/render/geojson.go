package render

import (
	"encoding/json"
	"io"
	"math"

	"github.com/storygraph/storygraph/timeline/chronology"
	"github.com/storygraph/storygraph/timeline/gazetteer"
	"github.com/storygraph/storygraph/timeline/timex"
)

// Locator gives a place's coordinates in degrees (WGS 84, as GeoJSON
// wants them: longitude first); ok is false for a place it does not know.
// The gazetteer's lat/lon answer it.
type Locator func(place string) (lon, lat float64, ok bool)

// GazetteerLocator locates places by the gazetteer's coordinates (an
// entry's lat and lon); places it has no coordinates for are not located.
func GazetteerLocator(g *gazetteer.Gazetteer) Locator {
	return func(place string) (float64, float64, bool) {
		if g == nil {
			return 0, 0, false
		}
		e := g.ByID(gazetteer.ID(gazetteer.Place, place))
		if e == nil || !e.HasCoords {
			return 0, 0, false
		}
		return e.Lon, e.Lat, true
	}
}

// GeoJSON writes the places of the chronology's events as a GeoJSON
// FeatureCollection (RFC 7946) for map tools: one Point feature per entry
// and located place, in entry order, its properties saying what happened
// there and when (date, date_label, precision), its sentences (each once)
// and its source articles (each once).
//
// Nothing is dropped: the places that locate cannot place, and the entries
// that have no place at all, are listed with their entry in the
// collection's "unlocated" member (a foreign member, which map tools
// ignore). A nil locate places nothing.
func GeoJSON(w io.Writer, c Chronology, locate Locator) error {
	type geometry struct {
		Type        string     `json:"type"`
		Coordinates [2]float64 `json:"coordinates"`
	}
	type source struct {
		Title     string `json:"title"`
		Outlet    string `json:"outlet,omitempty"`
		URL       string `json:"url,omitempty"`
		Published string `json:"published,omitempty"`
	}
	type properties struct {
		ID           string          `json:"id"`
		Date         string          `json:"date"`
		DateLabel    string          `json:"date_label"`
		Precision    timex.Precision `json:"precision"`
		Time         string          `json:"time,omitempty"`
		Timezone     string          `json:"timezone,omitempty"`
		DateConflict bool            `json:"date_conflict,omitempty"`
		Kind         string          `json:"kind"`
		Status       string          `json:"status"`
		Certainty    string          `json:"certainty"`
		Summary      string          `json:"summary"`
		Place        string          `json:"place"`
		Places       []string        `json:"places"`
		Participants []string        `json:"participants"`
		Topics       []string        `json:"topics"`
		Sentences    []string        `json:"sentences"`
		Sources      []source        `json:"sources"`
	}
	type feature struct {
		Type       string     `json:"type"`
		Geometry   geometry   `json:"geometry"`
		Properties properties `json:"properties"`
	}
	type unlocated struct {
		ID        string          `json:"id"`
		Date      string          `json:"date"`
		DateLabel string          `json:"date_label"`
		Precision timex.Precision `json:"precision"`
		Kind      string          `json:"kind"`
		Summary   string          `json:"summary"`
		Places    []string        `json:"places"`
	}
	doc := struct {
		Type      string      `json:"type"`
		Title     string      `json:"title,omitempty"`
		Features  []feature   `json:"features"`
		Unlocated []unlocated `json:"unlocated"`
	}{Type: "FeatureCollection", Title: c.Title, Features: []feature{}, Unlocated: []unlocated{}}

	for _, e := range c.Entries {
		places := exportPlaces(e)
		var lost []string
		var props *properties
		for _, place := range places {
			lon, lat, ok := 0.0, 0.0, false
			if locate != nil {
				lon, lat, ok = locate(place)
			}
			if !ok || !geoValid(lon, lat) {
				lost = append(lost, place)
				continue
			}
			if props == nil {
				props = &properties{ID: e.ID, Date: e.Date, DateLabel: chronology.DateLabel(e.Date, e.Precision),
					Precision: e.Precision, Time: e.Time, Timezone: e.Timezone, DateConflict: e.DateConflict,
					Kind: string(e.Kind), Status: string(e.Status), Certainty: string(e.Certainty), Summary: e.Summary,
					Places: places, Participants: exportParticipants(e), Topics: exportList(e.Topics),
					Sentences: []string{}, Sources: []source{}}
				for _, q := range e.Quotes() {
					props.Sentences = append(props.Sentences, q.Sentence)
				}
				for _, a := range e.Articles() {
					props.Sources = append(props.Sources, source{Title: a.Title, Outlet: a.Source, URL: a.URL, Published: a.Published})
				}
			}
			p := *props
			p.Place = place
			doc.Features = append(doc.Features, feature{Type: "Feature",
				Geometry: geometry{Type: "Point", Coordinates: [2]float64{lon, lat}}, Properties: p})
		}
		if len(lost) > 0 || len(places) == 0 {
			doc.Unlocated = append(doc.Unlocated, unlocated{ID: e.ID, Date: e.Date,
				DateLabel: chronology.DateLabel(e.Date, e.Precision), Precision: e.Precision, Kind: string(e.Kind),
				Summary: e.Summary, Places: exportList(lost)})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// geoValid keeps coordinates a map can show.
func geoValid(lon, lat float64) bool {
	return !math.IsNaN(lon) && !math.IsNaN(lat) && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90
}
