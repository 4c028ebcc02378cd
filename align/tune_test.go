package align

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestTune measures one constant of the model on the dev document:
// TUNE=lexW=4,6,8 go test -run Tune -v ./align
func TestTune(t *testing.T) {
	spec := os.Getenv("TUNE")
	if spec == "" {
		t.Skip("set TUNE=name=v1,v2,…")
	}
	needBench(t)
	name, vals, _ := strings.Cut(spec, "=")
	minLen, pre := cognateMin, cognatePrefix
	defer func() { tuning, cognateMin, cognatePrefix = nil, minLen, pre }()
	for _, v := range strings.Split(vals, ",") {
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			t.Fatal(err)
		}
		tuning = func(m *model, w *weights) {
			for _, fixed := range strings.Fields(os.Getenv("TUNE_FIX")) {
				n, v, _ := strings.Cut(fixed, "=")
				f, _ := strconv.ParseFloat(v, 64)
				set(m, w, n, f)
			}
			set(m, w, name, x)
		}
		dev := evalDocs(t, textBerg("dev"), Options{}).f1()
		line := fmt.Sprintf("%s=%g dev %.4f", name, x, dev)
		if os.Getenv("TUNE_BAF") != "" {
			line += fmt.Sprintf(" baf %.4f", evalDocs(t, baf(), Options{}).f1())
		}
		fmt.Println(line)
	}
}

func set(m *model, w *weights, name string, x float64) {
	switch name {
	case "cogMin":
		cognateMin = int(x)
	case "cogPre":
		cognatePrefix = int(x)
	case "lexW":
		m.lexW = x
	case "lenW":
		m.lenW = x
	case "skip":
		m.skip = x
	case "frag":
		m.frag = x
	case "par":
		m.par = x
	case "k21":
		m.kind[2][1], m.kind[1][2] = x, x
	case "k22":
		m.kind[2][2] = x
	case "k31":
		m.kind[3][1], m.kind[1][3] = x, x
	case "s2":
		m.s2 = x
	case "wNum":
		w[anchorNumber] = float32(x)
	case "wSmall":
		w[anchorSmallNumber] = float32(x)
	case "wCue":
		w[anchorCue] = float32(x)
	case "wLearn":
		w[anchorLearned] = float32(x)
	case "wCog":
		w[anchorCognate] = float32(x)
	default:
		panic("unknown constant " + name)
	}
}
