// SPDX-License-Identifier: AGPL-3.0-or-later

package guard

import "time"

// Default admin limit: admins edit the KB in bulk (/kb prestataire ajouter, one per
// provider), so they may send DefaultAdminBurst commands at once, then one every
// DefaultAdminEvery.
const (
	DefaultAdminBurst = 30
	DefaultAdminEvery = 2 * time.Second
)

// RateLimit is the `rate_limit:` section every chat adapter shares: a per-person token
// bucket, Burst questions at once, then one every Every, and a looser one for the
// configured admins. Zero values take the defaults; a negative Burst (or AdminBurst)
// turns that limit off.
type RateLimit struct {
	Burst      int           `yaml:"burst"`
	Every      time.Duration `yaml:"every"`
	AdminBurst int           `yaml:"admin_burst"`
	AdminEvery time.Duration `yaml:"admin_every"`
}

// WithDefaults fills the zero values: burst and every are the platform's defaults for
// everyone, the admin ones are DefaultAdminBurst and DefaultAdminEvery.
func (r RateLimit) WithDefaults(burst int, every time.Duration) RateLimit {
	if r.Burst == 0 {
		r.Burst = burst
	}
	if r.Every <= 0 {
		r.Every = every
	}
	if r.AdminBurst == 0 {
		r.AdminBurst = DefaultAdminBurst
	}
	if r.AdminEvery <= 0 {
		r.AdminEvery = DefaultAdminEvery
	}
	return r
}

// Limits applies a RateLimit: one bucket per person, a separate, looser one per admin.
type Limits struct {
	users  *Limiter
	admins *Limiter
}

// NewLimits builds the buckets of r (already through WithDefaults).
func NewLimits(r RateLimit) *Limits {
	return &Limits{users: NewLimiter(r.Burst, r.Every), admins: NewLimiter(r.AdminBurst, r.AdminEvery)}
}

// Check takes a token for user from the admins' buckets when admin is true, else from
// everyone's.
func (l *Limits) Check(user string, admin bool) Decision {
	if admin {
		return l.admins.Check(user)
	}
	return l.users.Check(user)
}

// Backoff fills the zero bounds of a reconnect back-off (the `reconnect_min` and
// `reconnect_max` keys) with the platform's defaults, and keeps hi at least lo.
func Backoff(lo, hi, defLo, defHi time.Duration) (time.Duration, time.Duration) {
	if lo <= 0 {
		lo = defLo
	}
	if hi <= 0 {
		hi = defHi
	}
	return lo, max(hi, lo)
}
