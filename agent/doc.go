// Package agent is datpin's edge agent: it takes the records of stations,
// handsets and sensors, batches them per station and epoch, scores,
// anonymizes, packages, stores and anchors each batch as a Data Anchoring
// Token, exactly once, through a durable outbox.
//
// # Pipeline
//
//	records ─► outbox (SQLite) ─► seal ─► package ─► store ─► anchor
//	           grouped by          epoch   anonymize (privacy), score (quality),
//	           (station, epoch)    over    encode + Merkle root, sign, encrypt (pack)
//
// A record belongs to its station (G-NetTrack NODEHEX, JSONL "station"), or,
// without one, to its device (a sensor, a handset); see StationKey. Its epoch
// is floor(unix seconds / epoch length), one day by default. Each station is
// a device with its own key, which signs the package and the contribution
// (EIP-712), and from which the station's pseudonym secret is derived
// (PseudonymSecret), so pseudonyms are stable per epoch and never computable
// without the key.
//
// A batch is sealed when its epoch is over and no record came for
// Config.SealAfter (the daemon), or explicitly by Flush (the end of an
// import). It is then packaged: device ids replaced by per-epoch
// pseudonyms and positions by H3 cells; scored by quality.ScorePackage on the
// anonymized records, the one function validators re-score the decrypted
// package with, its one-line explanation going into the
// manifest; the records encoded into a Merkle tree, the manifest signed and
// the records encrypted with age to Config.Recipients (the validator
// committee and the operator). A handset batch shows its region in the clear only if it passes
// privacy.KAnonymous (at least K distinct pseudonyms share it); stations and sensors are
// fixed infrastructure. The package goes into the content store (a local
// directory, or IPFS Kubo) under its CIDv1, and is anchored with the
// station's Contribution signature, up to Config.AnchorBatch contributions
// per transaction. Unregistered stations are onboarded from the operator
// account when Config.AutoOnboard is set, otherwise anchoring waits for
// `datpin onboard`.
//
// # Exactly once
//
// The outbox is a SQLite database in WAL mode with synchronous=FULL. Ingest
// commits records before it returns, so an upload is acknowledged only when
// its records are on disk; a record is keyed by its time and the SHA-256 of
// its raw bytes, so a retried upload or a re-imported file stores nothing
// twice. A batch moves open → sealed → packaged → stored → anchored, each
// move in its own transaction. Packaging is randomized (age), so the
// package bytes are kept once made and never made again. Before sending an
// anchor transaction the agent asks the chain which roots are already
// anchored (a crash between a mined transaction and the outbox commit leaves
// exactly that) and records their tokens instead; a RootAlreadyAnchored
// revert is success too. The contract refuses a root twice, and a record is
// in one batch only, so no record is ever anchored twice.
//
// While the store or the chain is down the agent keeps accepting records
// and packaging; each stage retries with a bounded, jittered exponential
// backoff (Config.MinBackoff to MaxBackoff) and catches up when the service
// returns. Outages are retried for ever; other errors (a revert, a missing
// key) MaxAttempts times before the batch is marked failed.
//
// # Using it
//
// From the command line:
//
//	datpin import gnettrack ./drives            # fresh embedded chain: deploy, onboard, anchor
//	datpin import jsonl --rpc URL --key op.json --addresses addr.json \
//	    --device-keys keys/ --recipients-file committee.txt records.jsonl
//	datpin agent --rpc URL --key op.json --addresses addr.json --tokens tokens.json \
//	    --device-keys keys/ --recipients-file committee.txt --state /var/lib/datpin
//	datpin onboard --rpc URL --key op.json --addresses addr.json --device-key keys/A1B2.json --cell 87182a310ffffff
//
// The state directory holds outbox.db, blocks/ (the local store),
// operator.agekey (the operator's age identity, made on first use; packages
// are always encrypted to it) and quarantine.jsonl (bad input rows, with
// file, line and reason). Station keys on a real chain are geth keystore
// files named STATION.json in --device-keys (KeystoreDir); on development
// chains --dev-keys derives them from the station id (DevKeys).
//
// The daemon's HTTP API: POST /v1/records takes a JSON Lines body (the
// schema of telemetry.ParseJSONL) with "Authorization: Bearer TOKEN"; tokens
// are listed by their SHA-256 in the --tokens file with the stations each
// may upload for (Tokens; `datpin agent token` makes one). The answer, 200
// {"accepted","duplicates","quarantined"}, comes once the records are on
// disk; retrying is safe. GET /v1/status counts batches and records per
// state, GET /metrics serves Prometheus metrics (see Metrics), GET /healthz
// answers "ok".
//
// From Go:
//
//	ob, _ := agent.OpenOutbox("state/outbox.db")
//	a, _ := agent.New(agent.Config{Outbox: ob, Store: local, Chain: agent.NewSuiteChain(suite, operator),
//		Keys: agent.DevKeys{}, Recipients: committee, AutoOnboard: true})
//	go a.Run(ctx)
//	a.ImportFiles(ctx, files, nil, telemetry.FormatGNetTrack, agent.ImportOptions{})
//	a.Flush(ctx) // seal everything and wait until it is anchored
//
// BenchEdge measures the edge pipeline (parse, score, anonymize,
// encode+Merkle, compress+encrypt) on one core against raw SHA-256 over the
// same input bytes.
package agent
