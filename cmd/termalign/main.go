// Command termalign segments, aligns and checks French–English translations
// against a curated glossary. All the work is in internal/cli.
package main

import (
	"os"

	"github.com/termalign/termalign/internal/cli"
)

func main() {
	os.Exit(cli.Main())
}
