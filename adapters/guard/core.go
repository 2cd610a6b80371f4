// SPDX-License-Identifier: AGPL-3.0-or-later

package guard

import (
	"github.com/boussole-libre/boussole/bot"
	"github.com/boussole-libre/boussole/knowledge"
)

// Core is what a chat adapter asks of the bot. *bot.Bot is the one in production; an
// adapter's tests wrap it (embed it and override a method) to make an answer slow, fail
// or panic, instead of each adapter carrying its own function fields for that.
type Core interface {
	// Converse understands a message of a conversation and answers it; a follow-up ("et à
	// Lyon ?") completes the previous question of the same conversation.
	Converse(k bot.ConversationKey, text string) (bot.Understanding, bot.Reply)
	// Run runs a command of the table.
	Run(name string, c bot.Call) bot.Reply
	// Complete suggests up to n values for an option being typed (autocomplete).
	Complete(kind bot.OptionKind, typed string, n int) []knowledge.Choice
	// KB is the knowledge base in use.
	KB() *knowledge.KB
}
