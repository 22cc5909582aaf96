// Command tlogverify checks Lexecon checkpoints and proofs with Go's own implementation of the
// formats (golang.org/x/mod/sumdb/note and sumdb/tlog), independent of the C++ code that made
// them. TestGoInterop builds it offline against Debian's golang-golang-x-mod-dev.
//
//	tlogverify checkpoint VKEY_FILE NOTE_FILE
//	tlogverify proof VKEY_FILE PROOF_FILE
//	tlogverify consistency VKEY_FILE CONSISTENCY_JSON_FILE
//
// Exit 0 and one line "ok ..." when the input verifies; exit 1 and the reason on stderr when not.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

type checkpoint struct {
	origin string
	size   int64
	root   tlog.Hash
}

// openCheckpoint verifies the signed note with the key and parses its tlog-checkpoint body.
func openCheckpoint(verifier note.Verifier, msg []byte) (checkpoint, error) {
	n, err := note.Open(msg, note.VerifierList(verifier))
	if err != nil {
		return checkpoint{}, fmt.Errorf("note: %v", err)
	}
	lines := strings.Split(strings.TrimSuffix(n.Text, "\n"), "\n")
	if len(lines) < 3 {
		return checkpoint{}, errors.New("checkpoint: fewer than three lines")
	}
	if lines[0] != verifier.Name() {
		return checkpoint{}, fmt.Errorf("checkpoint: origin %q is not the key name %q", lines[0], verifier.Name())
	}
	size, err := strconv.ParseInt(lines[1], 10, 64)
	if err != nil || size < 0 || strconv.FormatInt(size, 10) != lines[1] {
		return checkpoint{}, fmt.Errorf("checkpoint: bad tree size %q", lines[1])
	}
	root, err := tlog.ParseHash(lines[2])
	if err != nil {
		return checkpoint{}, fmt.Errorf("checkpoint: bad root hash %q", lines[2])
	}
	return checkpoint{lines[0], size, root}, nil
}

// parseProof reads c2sp.org/tlog-proof@v1: header, optional extra, index, hashes, blank, note.
func parseProof(data []byte) (extra []byte, index int64, proof tlog.RecordProof, cp []byte, err error) {
	lines := bytes.SplitAfter(data, []byte("\n"))
	next := func() (string, bool) {
		if len(lines) == 0 || !bytes.HasSuffix(lines[0], []byte("\n")) {
			return "", false
		}
		l := string(bytes.TrimSuffix(lines[0], []byte("\n")))
		lines = lines[1:]
		return l, true
	}
	if l, ok := next(); !ok || l != "c2sp.org/tlog-proof@v1" {
		return nil, 0, nil, nil, errors.New("proof: missing header")
	}
	l, ok := next()
	if ok && strings.HasPrefix(l, "extra ") {
		if extra, err = base64.StdEncoding.DecodeString(l[6:]); err != nil {
			return nil, 0, nil, nil, errors.New("proof: bad extra")
		}
		l, ok = next()
	}
	if !ok || !strings.HasPrefix(l, "index ") {
		return nil, 0, nil, nil, errors.New("proof: missing index")
	}
	if index, err = strconv.ParseInt(l[6:], 10, 64); err != nil || index < 0 {
		return nil, 0, nil, nil, errors.New("proof: bad index")
	}
	for {
		l, ok = next()
		if !ok {
			return nil, 0, nil, nil, errors.New("proof: truncated")
		}
		if l == "" {
			break
		}
		h, err := tlog.ParseHash(l)
		if err != nil {
			return nil, 0, nil, nil, errors.New("proof: bad hash line")
		}
		proof = append(proof, h)
	}
	return extra, index, proof, bytes.Join(lines, nil), nil
}

func run(args []string) (string, error) {
	if len(args) != 3 {
		return "", errors.New("usage: tlogverify checkpoint|proof|consistency VKEY_FILE FILE")
	}
	vkey, err := os.ReadFile(args[1])
	if err != nil {
		return "", err
	}
	verifier, err := note.NewVerifier(strings.TrimSpace(string(vkey)))
	if err != nil {
		return "", fmt.Errorf("verifier key: %v", err)
	}
	data, err := os.ReadFile(args[2])
	if err != nil {
		return "", err
	}
	switch args[0] {
	case "checkpoint":
		cp, err := openCheckpoint(verifier, data)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("ok checkpoint %s %d %s", cp.origin, cp.size, cp.root), nil
	case "proof":
		extra, index, proof, note, err := parseProof(data)
		if err != nil {
			return "", err
		}
		cp, err := openCheckpoint(verifier, note)
		if err != nil {
			return "", err
		}
		if index >= cp.size {
			return "", errors.New("proof: index beyond the checkpoint")
		}
		// The leaf is the entry's canonical bytes, carried in the extra line.
		if err := tlog.CheckRecord(proof, cp.size, cp.root, index, tlog.RecordHash(extra)); err != nil {
			return "", fmt.Errorf("inclusion: %v", err)
		}
		return fmt.Sprintf("ok proof %d %d", index, cp.size), nil
	case "consistency":
		var c struct {
			Old   string   `json:"old_checkpoint"`
			New   string   `json:"new_checkpoint"`
			Proof []string `json:"proof"`
		}
		if err := json.Unmarshal(data, &c); err != nil {
			return "", fmt.Errorf("consistency: %v", err)
		}
		older, err := openCheckpoint(verifier, []byte(c.Old))
		if err != nil {
			return "", err
		}
		newer, err := openCheckpoint(verifier, []byte(c.New))
		if err != nil {
			return "", err
		}
		var proof tlog.TreeProof
		for _, s := range c.Proof {
			h, err := tlog.ParseHash(s)
			if err != nil {
				return "", errors.New("consistency: bad hash")
			}
			proof = append(proof, h)
		}
		if err := tlog.CheckTree(proof, newer.size, newer.root, older.size, older.root); err != nil {
			return "", fmt.Errorf("consistency: %v", err)
		}
		return fmt.Sprintf("ok consistency %d %d", older.size, newer.size), nil
	}
	return "", fmt.Errorf("unknown mode %q", args[0])
}

func main() {
	out, err := run(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "tlogverify:", err)
		os.Exit(1)
	}
	fmt.Println(out)
}
