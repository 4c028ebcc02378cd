package cli

import (
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"syscall"

	"github.com/termalign/termalign/internal/cleanup"
	"github.com/termalign/termalign/internal/i18n"
)

// Main runs termalign as a program, on the process's arguments and
// streams. SIGINT and SIGTERM stop it: every temporary file is removed, a
// line says so, and the exit status is 130 or 143 (the shell's
// convention); no output file is left half-written.
func Main() int {
	args := os.Args[1:]
	setMemoryLimit(os.Getenv("GOMEMLIMIT"))
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-sigs
		removed := cleanup.RemoveAll()
		L := i18n.New(i18n.Detect(scanFlag(args, "ui-lang"), os.Getenv))
		fmt.Fprintf(os.Stderr, "\ntermalign: %s\n", L.N("err.interrupted", removed))
		code := 130
		if sig == syscall.SIGTERM {
			code = 143
		}
		os.Exit(code)
	}()
	stop, err := startProfile(os.Getenv("TERMALIGN_CPUPROFILE"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "termalign: %v\n", err)
		return 2
	}
	code := Run(args, Streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}, os.Getenv)
	if err := stop(); err != nil {
		fmt.Fprintf(os.Stderr, "termalign: %v\n", err)
	}
	if err := writeHeapProfile(os.Getenv("TERMALIGN_MEMPROFILE")); err != nil {
		fmt.Fprintf(os.Stderr, "termalign: %v\n", err)
	}
	return code
}

// startProfile writes a CPU profile of the whole run to path, for
// developers measuring the binary (TERMALIGN_CPUPROFILE=cpu.out, then
// go tool pprof). An empty path profiles nothing.
func startProfile(path string) (stop func() error, err error) {
	if path == "" {
		return func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("TERMALIGN_CPUPROFILE: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("TERMALIGN_CPUPROFILE: %w", err)
	}
	return func() error {
		pprof.StopCPUProfile()
		return f.Close()
	}, nil
}

// writeHeapProfile writes a heap profile at the end of the run to path
// (TERMALIGN_MEMPROFILE=mem.out; go tool pprof -sample_index=alloc_space
// shows what allocated most). An empty path writes nothing.
func writeHeapProfile(path string) error {
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("TERMALIGN_MEMPROFILE: %w", err)
	}
	runtime.GC() // the profile holds what the last collection saw
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("TERMALIGN_MEMPROFILE: %w", err)
	}
	return f.Close()
}

// defaultMemoryLimit is the soft limit on the Go heap when GOMEMLIMIT is
// not set: the collector works harder as the heap nears it, so that a
// big glossary (a million entries take about 650 MB once compiled) does
// not take twice its size in garbage. It is no hard cap: a run whose live
// data is larger goes on, more slowly. GOMEMLIMIT=2GiB (or off) sets
// another.
const defaultMemoryLimit = 800 << 20

// setMemoryLimit applies defaultMemoryLimit unless env (GOMEMLIMIT, which
// the Go runtime reads itself) is set.
func setMemoryLimit(env string) {
	if env == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
}
