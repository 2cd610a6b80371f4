// SPDX-License-Identifier: AGPL-3.0-or-later

package bot

import (
	"strings"
	"time"

	"github.com/boussole-libre/boussole/knowledge"
	"github.com/boussole-libre/boussole/knowledge/store"
)

// Observer is told about every answer, so that an operator can count them (the web
// adapter's /metrics). It must be cheap and safe for concurrent use: it runs on the
// answer path.
type Observer interface {
	// Answered reports one question: the platform it came from ("" for Ask, which has no
	// conversation), what it was understood as, whether the KB could answer it, and how
	// long understanding and answering took.
	Answered(platform string, intent Intent, answered bool, took time.Duration)
}

// WithObserver reports every answer to o.
func WithObserver(o Observer) Setting { return func(b *Bot) { b.observer = o } }

// observe reports one answer to the observer, if any. "Unanswered" is the same judgement
// as the unanswered log (recordUnanswered), made even when that log is off.
func (b *Bot) observe(platform, text string, u Understanding, r Reply, start time.Time) {
	if b.observer == nil {
		return
	}
	b.observer.Answered(platform, u.Intent, unansweredReason(text, u, r) == "", time.Since(start))
}

// StoreStatus is the on-disk store's status (reloads and their failures); false when the
// bot serves a read-only KB.
func (b *Bot) StoreStatus() (store.Status, bool) {
	if b.store == nil {
		return store.Status{}, false
	}
	return b.store.Status(), true
}

// unansweredReason says what the KB lacked to answer, or "" when it answered: the same
// judgement feeds the unanswered log and the metrics.
func unansweredReason(text string, u Understanding, r Reply) string {
	switch {
	case u.Unknown != "":
		return "produit inconnu : " + u.Unknown
	case u.Intent == IntentAlternative && len(r.Tools) == 0:
		return "aucun outil"
	case u.Intent == IntentProviders && !u.Place.IsZero() && len(r.Nearest) > 0 || u.Intent == IntentProviders && r.Total == 0:
		return "aucun prestataire : " + u.Place.Label
	case u.Intent == IntentNone && u.Question && len(strings.Fields(text)) >= 3:
		return "question non comprise"
	}
	return ""
}

// AskFrom is Ask for a front end that says which platform asked, so that the observer
// counts its questions under that name (Ask counts them under "").
func (b *Bot) AskFrom(platform, text string) (Understanding, Reply) {
	return b.Answer(Question{Text: text, Platform: platform})
}

// SetObserver is WithObserver for a bot already built: the web adapter, started after the
// bot, brings the metrics. Call it before the bot answers anything (it is not guarded).
func (b *Bot) SetObserver(o Observer) { b.observer = o }

// ReloadObserver is an Observer that also counts the store's successful reloads and edits.
type ReloadObserver interface {
	Observer
	KBSwapped()
}

// swapped serves a new KB from the store and tells the observer.
func (b *Bot) swapped(kb *knowledge.KB) {
	b.SetKB(kb)
	if o, ok := b.observer.(ReloadObserver); ok {
		o.KBSwapped()
	}
}
