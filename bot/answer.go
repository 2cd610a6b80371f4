// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

// Answer is the JSON form of an answer (`boussole ask --json`): a contract scripts and tests
// rely on, so fields are only ever added.
type Answer struct {
	Question    string           `json:"question"`
	Intent      Intent           `json:"intent"`
	Replaces    []Ref            `json:"replaces"`
	Tools       []AnswerTool     `json:"tools"`
	Region      *CodeName        `json:"region"`
	Departement *CodeName        `json:"departement"`
	City        *string          `json:"city"`
	Providers   []AnswerProvider `json:"providers"`
	Text        string           `json:"text"`
	ContextUsed bool             `json:"context_used"` // the question completed the previous one
	Lang        Lang             `json:"lang"`         // the reply's language: fr or en
	// Devices are the platforms the tools were ranked for ("sur iPad ?": ["ios"]; a phone
	// or a tablet of any system: ["mobile"]).
	Devices []string `json:"devices"`
}

// AnswerTool is a ranked tool in an Answer.
type AnswerTool struct {
	ID    string  `json:"id"`
	Name  string  `json:"name"`
	Score float64 `json:"score"`
}

// CodeName is an INSEE code and its name.
type CodeName struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// AnswerProvider is a provider in an Answer.
type AnswerProvider struct {
	ID     string    `json:"id"`
	Name   string    `json:"name"`
	City   string    `json:"city"`
	Region *CodeName `json:"region"`
	URL    string    `json:"url"`
}

// NewAnswer builds the JSON answer for a question.
func NewAnswer(question string, u Understanding, r Reply) Answer {
	a := Answer{Question: question, Intent: u.Intent, Replaces: r.Replaces, Tools: []AnswerTool{},
		Providers: []AnswerProvider{}, Text: Text(r), ContextUsed: u.ContextUsed, Lang: u.Lang,
		Devices: append([]string{}, u.devices...)}
	if a.Replaces == nil {
		a.Replaces = []Ref{}
	}
	for _, t := range r.Tools {
		a.Tools = append(a.Tools, AnswerTool{ID: t.ID, Name: t.Name, Score: t.Score})
	}
	if p := r.Place; p != nil {
		a.Region = &CodeName{p.RegionCode, p.RegionName}
		if p.DepartementCode != "" {
			a.Departement = &CodeName{p.DepartementCode, p.DepartementName}
		}
		if p.City != "" {
			city := p.City
			a.City = &city
		}
	} else if !u.Place.IsZero() {
		a.Region = &CodeName{Code: u.Place.Region}
		if u.Place.City != "" {
			city := u.Place.City
			a.City = &city
		}
	}
	for _, p := range r.Providers {
		ap := AnswerProvider{ID: p.ID, Name: p.Name, City: p.City, URL: p.URL}
		if p.RegionCode != "" {
			ap.Region = &CodeName{p.RegionCode, p.RegionName}
		}
		a.Providers = append(a.Providers, ap)
	}
	return a
}
