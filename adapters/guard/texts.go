// SPDX-License-Identifier: AGPL-3.0-or-later

package guard

import (
	"fmt"
	"time"

	"github.com/boussole-libre/boussole/bot"
)

// The texts every chat adapter shows when it cannot answer, in one wording each.

// ApologyText is shown when answering failed (a recovered panic, a command too slow).
func ApologyText(l bot.Lang) string {
	return bot.Tr(l, "Désolé, une erreur m'a empêché de répondre. Réessayez dans un instant, ou tapez /aide.",
		"Sorry, an error kept me from answering. Try again in a moment, or type /aide.")
}

// LimitedText is the one notice of the per-person rate limit; every is how often a
// question comes back.
func LimitedText(l bot.Lang, every time.Duration) string {
	return bot.Tr(l,
		fmt.Sprintf("Doucement : vous m'avez posé beaucoup de questions d'un coup. Je vous réponds de nouveau dans %s environ.", roundWait(every)),
		fmt.Sprintf("Easy: you asked me a lot at once. I will answer again in about %s.", roundWait(every)))
}

// BusyText tells a person that the bot has too many questions at once to take theirs.
func BusyText(l bot.Lang) string {
	return bot.Tr(l, "Trop de demandes en ce moment : je n'ai pas pu prendre votre question. Reposez-la dans une minute.",
		"Too many requests right now: I could not take your question. Please ask again in a minute.")
}

// AdminOnlyText refuses an admin command to someone who is not a Boussole admin.
func AdminOnlyText(l bot.Lang) string {
	return bot.Tr(l, "Cette commande est réservée aux admins de Boussole. Vous pouvez proposer un changement avec /suggerer.",
		"This command is for Boussole's admins. You can propose a change with /suggerer.")
}

// UnknownCommandText answers a command that is not in the table.
func UnknownCommandText(l bot.Lang) string {
	return bot.Tr(l, "Commande inconnue. Tapez /aide.", "Unknown command. Type /aide.")
}

// WorkingText acknowledges a slow command whose answer comes later.
func WorkingText(l bot.Lang) string {
	return bot.Tr(l, "Je cherche… la réponse arrive dans un instant.", "Looking it up… the answer comes in a moment.")
}

func roundWait(d time.Duration) time.Duration {
	if d < time.Second {
		return time.Second
	}
	return d.Round(time.Second)
}
