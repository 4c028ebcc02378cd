// Command termalign segments, aligns and checks French–English translations
// against a curated glossary. All the work is in internal/cli.
package main

import (
	"os"

	"github.com/termalign/termalign/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], cli.Streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}, os.Getenv))
}
