// SPDX-License-Identifier: AGPL-3.0-or-later

package verify

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"os"
	"syscall"
)

// failure is what went wrong with a request, in words an admin can act on.
type failure struct {
	Kind    string // dns, tls, refused, timeout, rate-limit, network, other
	Message string // French
	Detail  string // the Go error, as evidence
}

// describe classifies a request error. A DNS "no such host" only means a dead domain when
// the network is known to work: offline, every name fails that way, and the probe at the
// start of a run tells the two apart.
func describe(err error) failure {
	f := failure{Kind: "other", Message: "requête en échec", Detail: err.Error()}
	var dns *net.DNSError
	var rl *RateLimitedError
	var cert *tls.CertificateVerificationError
	var unknownAuth x509.UnknownAuthorityError
	var hostname x509.HostnameError
	var invalid x509.CertificateInvalidError
	var recordHeader tls.RecordHeaderError
	switch {
	case errors.As(err, &rl):
		f.Kind, f.Message = "rate-limit", "limite de requêtes atteinte, nouvel essai possible après "+rl.Until.Format("15:04")
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded):
		f.Kind, f.Message = "timeout", "pas de réponse dans le délai"
	case errors.As(err, &dns) && dns.IsNotFound:
		f.Kind, f.Message = "dns", "domaine introuvable (DNS)"
	case errors.As(err, &dns):
		f.Kind, f.Message = "network", "résolution DNS impossible"
	case errors.As(err, &cert) || errors.As(err, &unknownAuth) || errors.As(err, &hostname) ||
		errors.As(err, &invalid) || errors.As(err, &recordHeader):
		f.Kind, f.Message = "tls", "certificat ou connexion TLS invalide"
	case errors.Is(err, syscall.ECONNREFUSED):
		f.Kind, f.Message = "refused", "connexion refusée"
	case errors.Is(err, syscall.ENETUNREACH) || errors.Is(err, syscall.EHOSTUNREACH):
		f.Kind, f.Message = "network", "réseau injoignable"
	case errors.Is(err, context.Canceled):
		f.Kind, f.Message = "canceled", "vérification interrompue"
	}
	return f
}

// networkLevel reports whether a failure says nothing about the target itself, only that
// this machine cannot reach the outside.
func (f failure) networkLevel() bool {
	switch f.Kind {
	case "dns", "network", "refused", "timeout":
		return true
	}
	return false
}
