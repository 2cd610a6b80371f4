package main

// adapterEntry is one chat platform `boussole run` can start.
type adapterEntry struct {
	name  string
	start adapterStarter
}

// adapters lists the platforms compiled into this binary, in start order. Each one comes
// from its adapter_<name>.go file; building with -tags no_<name> leaves it out (and its
// dependencies with it), and a config that enables it is then refused at start.
func adapters() []adapterEntry {
	return []adapterEntry{
		{"discord", startDiscord},
		{"mattermost", startMattermost},
	}
}
