package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/pack"
	"github.com/datpin/datpin/privacy"
)

func newOnboardCmd(g *globals) *cobra.Command {
	var (
		deviceKey, devicePassword, station, cellFlag, typeFlag, fleet string
		lat, lon                                                      float64
		validity                                                      time.Duration
	)
	cmd := &cobra.Command{
		Use:   "onboard",
		Short: "Register a station, handset or sensor under the operator (the --key account)",
		Long: `Registers a device in the DeviceRegistry under the operator that sends the transaction (--key).
The device signs an EIP-712 Onboard message naming the operator, its H3 cell and type, so the
registration cannot be front-run into another operator's hands. Its anchored contributions then
mint DATs to the operator.

The device key is a geth keystore file (--device-key, password in --device-password or
DATPIN_DEVICE_PASSWORD), or, on development chains, the key datpin derives from a station id
(--station, the same key 'datpin import' and 'datpin agent --dev-keys' use). The place is an H3
cell (--cell, hex) or a position (--lat/--lon, coarsened to resolution 7, about 5 km²).

--fleet FILE onboards many devices, 100 per onboardMany transaction. Each line of FILE is
  KEY,CELL[,TYPE]
where KEY is a keystore file (password in DATPIN_DEVICE_PASSWORD) or station:ID for a development
key, CELL an H3 cell in hex and TYPE station (default), handset or sensor; '#' starts a comment.
A bad line is reported with its line number and set aside, the others are onboarded, and the
command then exits with an error naming how many were set aside. Devices already registered to
the operator are skipped.

Without --rpc it deploys a fresh embedded suite first, which only checks that onboarding works.`,
		Example: `  datpin onboard --rpc http://127.0.0.1:8545 --key operator.json --addresses addresses.json \
    --device-key keys/stations/A1B2.json --cell 87182a310ffffff
  datpin onboard --rpc http://127.0.0.1:8545 --key operator.json --addresses addresses.json \
    --station A1B2 --lat 51.8812 --lon -8.4012
  datpin onboard --rpc http://127.0.0.1:8545 --key operator.json --addresses addresses.json --fleet fleet.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if fleet != "" {
				if deviceKey != "" || station != "" || cellFlag != "" || cmd.Flags().Changed("lat") || cmd.Flags().Changed("lon") {
					return datpin.Errorf(datpin.EINVALID, "--fleet takes each device's key and cell from its file: give no --device-key, --station, --cell or --lat/--lon")
				}
				return onboardFleet(g, cmd, fleet, devicePassword, validity)
			}
			dtype, ok := deviceTypes[typeFlag]
			if !ok {
				return datpin.Errorf(datpin.EINVALID, "--type must be station, handset or sensor")
			}
			var key *ecdsa.PrivateKey
			switch {
			case deviceKey != "" && station != "":
				return datpin.Errorf(datpin.EINVALID, "give --device-key or --station, not both")
			case deviceKey != "":
				pw := devicePassword
				if pw == "" {
					pw = os.Getenv("DATPIN_DEVICE_PASSWORD")
				}
				acct, err := evm.LoadKeystore(deviceKey, pw)
				if err != nil {
					return err
				}
				key = acct.Key
			case station != "":
				key = agent.DevStationAccount(station).Key
			default:
				return datpin.Errorf(datpin.EINVALID, "--device-key FILE (or --station ID on a development chain) is required")
			}
			cell, err := onboardCell(cmd, cellFlag, lat, lon)
			if err != nil {
				return err
			}

			c, err := onboardChain(g, ctx)
			if err != nil {
				return err
			}
			defer c.Suite.Chain.Close()
			device := crypto.PubkeyToAddress(key.PublicKey)
			op, active, err := c.DeviceStatus(ctx, device)
			if err != nil {
				return err
			}
			already := op != (common.Address{})
			if !already {
				if err := agent.Onboard(ctx, c, key, cell, dtype, validity); err != nil {
					return err
				}
				if op, active, err = c.DeviceStatus(ctx, device); err != nil {
					return err
				}
			}
			out := map[string]any{
				"device": device.Hex(), "operator": common.Address(op).Hex(), "cell": fmt.Sprintf("%x", cell),
				"type": typeFlag, "active": active, "alreadyRegistered": already, "chainId": c.Suite.ChainID,
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), out)
			}
			w := cmd.OutOrStdout()
			if already {
				fmt.Fprintf(w, "device %s was already registered to operator %s (active %v)\n", device.Hex(), common.Address(op).Hex(), active)
				if common.Address(op) != c.Op.Address {
					return datpin.Errorf(datpin.ECONFLICT, "device %s belongs to another operator", device.Hex())
				}
				return nil
			}
			fmt.Fprintf(w, "onboarded %s %s under operator %s at H3 cell %x\n", typeFlag, device.Hex(), common.Address(op).Hex(), cell)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&deviceKey, "device-key", "", "keystore file of the device key")
	f.StringVar(&devicePassword, "device-password", "", "password of the device key file (prefer DATPIN_DEVICE_PASSWORD)")
	f.StringVar(&station, "station", "", "use the development key of this station id (development chains only)")
	f.StringVar(&cellFlag, "cell", "", "H3 cell of the device's place, hex (e.g. 87182a310ffffff)")
	f.Float64Var(&lat, "lat", 0, "latitude of the device, degrees (with --lon, instead of --cell)")
	f.Float64Var(&lon, "lon", 0, "longitude of the device, degrees")
	f.StringVar(&typeFlag, "type", "station", "device type: station, handset or sensor")
	f.DurationVar(&validity, "validity", time.Hour, "how long the device's signature is valid")
	f.StringVar(&fleet, "fleet", "", "file of devices to onboard together, a line KEY,CELL[,TYPE] each (see above)")
	return cmd
}

var deviceTypes = map[string]datpin.DeviceType{
	"station": datpin.DeviceStation, "handset": datpin.DeviceHandset, "sensor": datpin.DeviceSensor,
}

// onboardCell reads --cell, or --lat/--lon coarsened to the region resolution.
func onboardCell(cmd *cobra.Command, cellFlag string, lat, lon float64) (uint64, error) {
	hasPos := cmd.Flags().Changed("lat") || cmd.Flags().Changed("lon")
	switch {
	case cellFlag != "" && hasPos:
		return 0, datpin.Errorf(datpin.EINVALID, "give --cell or --lat/--lon, not both")
	case cellFlag != "":
		c, err := parseCellHex(cellFlag)
		if err != nil {
			return 0, datpin.Wrap(datpin.EINVALID, err, "--cell")
		}
		return c, nil
	case hasPos:
		if !cmd.Flags().Changed("lat") || !cmd.Flags().Changed("lon") {
			return 0, datpin.Errorf(datpin.EINVALID, "--lat and --lon go together")
		}
		if lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return 0, datpin.Errorf(datpin.EINVALID, "position out of range")
		}
		return privacy.Cell(int32(math.Round(lat*1e7)), int32(math.Round(lon*1e7)), privacy.DefaultRegionResolution)
	}
	return 0, datpin.Errorf(datpin.EINVALID, "the device's place is required: --cell H3 or --lat/--lon")
}

// onboardChain connects the chain and the suite onboarding sends to (--rpc and --addresses, or a
// fresh embedded suite) with the --key account as operator.
func onboardChain(g *globals, ctx context.Context) (*agent.SuiteChain, error) {
	chain, acct, err := connect(g, ctx)
	if err != nil {
		return nil, err
	}
	var suite *evm.Suite
	if chain.Embedded() {
		suite, err = evm.Deploy(ctx, chain, acct, evm.DefaultConfig())
	} else if g.addrFile == "" {
		err = datpin.Errorf(datpin.EINVALID, "--addresses is required with --rpc")
	} else {
		suite, err = attachSuite(g, ctx, chain)
	}
	if err != nil {
		chain.Close()
		return nil, err
	}
	return agent.NewSuiteChain(suite, acct), nil
}

// fleetRow is one line of an onboarding fleet file.
type fleetRow struct {
	line  int
	key   *ecdsa.PrivateKey
	cell  uint64
	dtype datpin.DeviceType
}

// fleetResult is what `datpin onboard --fleet` reports.
type fleetResult struct {
	Onboarded    int         `json:"onboarded"`
	Already      int         `json:"alreadyRegistered"`
	Transactions int         `json:"transactions"`
	SetAside     []fleetSkip `json:"setAside"`
}

type fleetSkip struct {
	Line  int    `json:"line"`
	Error string `json:"error"`
}

// readFleet parses a fleet file; bad lines are returned set aside with their reason.
func readFleet(path, password string) ([]fleetRow, []fleetSkip, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, nil, datpin.Wrap(datpin.ENOTFOUND, err, "open %s", path)
	}
	defer fh.Close()
	if password == "" {
		password = os.Getenv("DATPIN_DEVICE_PASSWORD")
	}
	var rows []fleetRow
	var bad []fleetSkip
	sc := bufio.NewScanner(fh)
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if strings.TrimSpace(line) == "" {
			continue
		}
		row, err := parseFleetLine(strings.Split(line, ","), password)
		if err != nil {
			bad = append(bad, fleetSkip{n, err.Error()})
			continue
		}
		row.line = n
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, datpin.Wrap(datpin.EUNAVAILABLE, err, "read %s", path)
	}
	return rows, bad, nil
}

func parseFleetLine(f []string, password string) (fleetRow, error) {
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	if len(f) < 2 || len(f) > 3 {
		return fleetRow{}, fmt.Errorf("want KEY,CELL[,TYPE], got %d fields", len(f))
	}
	var row fleetRow
	if id, ok := strings.CutPrefix(f[0], "station:"); ok {
		if id == "" {
			return row, fmt.Errorf("station: needs an id")
		}
		row.key = agent.DevStationAccount(id).Key
	} else {
		acct, err := evm.LoadKeystore(f[0], password)
		if err != nil {
			return row, err
		}
		row.key = acct.Key
	}
	c, err := parseCellHex(f[1])
	if err != nil {
		return row, err
	}
	row.cell, row.dtype = c, datpin.DeviceStation
	if len(f) == 3 && f[2] != "" {
		t, ok := deviceTypes[f[2]]
		if !ok {
			return row, fmt.Errorf("type %q: want station, handset or sensor", f[2])
		}
		row.dtype = t
	}
	return row, nil
}

// onboardFleet onboards the devices of a fleet file in onboardMany transactions of 100.
func onboardFleet(g *globals, cmd *cobra.Command, path, password string, validity time.Duration) error {
	ctx := cmd.Context()
	rows, bad, err := readFleet(path, password)
	if err != nil {
		return err
	}
	c, err := onboardChain(g, ctx)
	if err != nil {
		return err
	}
	defer c.Suite.Chain.Close()
	operator := c.Op.Address
	now, err := c.Now(ctx)
	if err != nil {
		return err
	}
	res := fleetResult{SetAside: bad}
	var items []evm.Onboarding
	seen := map[common.Address]int{}
	for _, r := range rows {
		device := crypto.PubkeyToAddress(r.key.PublicKey)
		if first, dup := seen[device]; dup {
			res.SetAside = append(res.SetAside, fleetSkip{r.line, fmt.Sprintf("device %s is already on line %d", device.Hex(), first)})
			continue
		}
		seen[device] = r.line
		op, _, err := c.DeviceStatus(ctx, device)
		if err != nil {
			return err
		}
		switch {
		case op == operator:
			res.Already++
			continue
		case op != (common.Address{}):
			res.SetAside = append(res.SetAside, fleetSkip{r.line, fmt.Sprintf("device %s belongs to operator %s", device.Hex(), common.Address(op).Hex())})
			continue
		}
		o := &pack.Onboard{Device: device, Operator: operator, H3Cell: r.cell, DeviceType: r.dtype, Deadline: now + uint64(validity/time.Second)}
		sig, err := pack.SignOnboard(r.key, c.RegistryDomain(), o)
		if err != nil {
			return err
		}
		items = append(items, evm.Onboarding{Device: device, H3Cell: r.cell, DeviceType: r.dtype, Deadline: o.Deadline, Sig: sig[:]})
	}
	sort.Slice(res.SetAside, func(i, j int) bool { return res.SetAside[i].Line < res.SetAside[j].Line })
	var bar *progressbar.ProgressBar
	if !g.json && len(items) > 0 {
		bar = progressbar.NewOptions(len(items), progressbar.OptionSetWriter(os.Stderr), progressbar.OptionSetDescription("onboard"),
			progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	}
	for i := 0; i < len(items); i += 100 {
		chunk := items[i:min(i+100, len(items))]
		if err := c.OnboardMany(ctx, chunk); err != nil {
			return fmt.Errorf("onboard devices %d..%d of %s (%d onboarded before): %w", i+1, i+len(chunk), path, res.Onboarded, err)
		}
		res.Onboarded += len(chunk)
		res.Transactions++
		if bar != nil {
			bar.Add(len(chunk))
		}
	}
	if bar != nil {
		bar.Finish()
	}
	if g.json {
		if err := printJSON(cmd.OutOrStdout(), res); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(cmd.OutOrStdout(), "onboarded %d devices in %d transactions; %d already registered to %s\n",
			res.Onboarded, res.Transactions, res.Already, operator.Hex())
		for _, b := range res.SetAside {
			fmt.Fprintf(cmd.ErrOrStderr(), "%s:%d: set aside: %s\n", path, b.Line, b.Error)
		}
	}
	if len(res.SetAside) > 0 {
		return datpin.Errorf(datpin.EINVALID, "%d lines of %s set aside (the others are onboarded)", len(res.SetAside), path)
	}
	return nil
}

// parseCellHex parses an H3 cell index written in hex (an optional 0x).
func parseCellHex(v string) (uint64, error) {
	c, err := strconv.ParseUint(strings.TrimPrefix(strings.ToLower(v), "0x"), 16, 64)
	if err != nil || privacy.Resolution(c) > privacy.MaxResolution || c>>59 != 1 {
		return 0, fmt.Errorf("%q is not an H3 cell index in hex", v)
	}
	return c, nil
}
