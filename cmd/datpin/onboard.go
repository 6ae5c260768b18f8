package main

import (
	"crypto/ecdsa"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/agent"
	"github.com/datpin/datpin/evm"
	"github.com/datpin/datpin/privacy"
)

func newOnboardCmd() *cobra.Command {
	var (
		deviceKey, devicePassword, station, cellFlag, typeFlag string
		lat, lon                                               float64
		validity                                               time.Duration
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

Without --rpc it deploys a fresh embedded suite first, which only checks that onboarding works.`,
		Example: `  datpin onboard --rpc http://127.0.0.1:8545 --key operator.json --addresses addresses.json \
    --device-key keys/stations/A1B2.json --cell 87182a310ffffff
  datpin onboard --rpc http://127.0.0.1:8545 --key operator.json --addresses addresses.json \
    --station A1B2 --lat 51.8812 --lon -8.4012`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			dtype, ok := map[string]datpin.DeviceType{
				"station": datpin.DeviceStation, "handset": datpin.DeviceHandset, "sensor": datpin.DeviceSensor,
			}[typeFlag]
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

			chain, acct, err := connect(ctx)
			if err != nil {
				return err
			}
			defer chain.Close()
			var suite *evm.Suite
			if chain.Embedded() {
				if suite, err = evm.Deploy(ctx, chain, acct, evm.DefaultConfig()); err != nil {
					return err
				}
			} else {
				if g.addrFile == "" {
					return datpin.Errorf(datpin.EINVALID, "--addresses is required with --rpc")
				}
				addrs, err := evm.ReadAddresses(g.addrFile)
				if err != nil {
					return err
				}
				if suite, err = evm.Attach(ctx, chain, addrs); err != nil {
					return err
				}
			}
			c := agent.NewSuiteChain(suite, acct)
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
				"type": typeFlag, "active": active, "alreadyRegistered": already, "chainId": suite.ChainID,
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), out)
			}
			w := cmd.OutOrStdout()
			if already {
				fmt.Fprintf(w, "device %s was already registered to operator %s (active %v)\n", device.Hex(), common.Address(op).Hex(), active)
				if common.Address(op) != acct.Address {
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
	return cmd
}

// onboardCell reads --cell, or --lat/--lon coarsened to the region resolution.
func onboardCell(cmd *cobra.Command, cellFlag string, lat, lon float64) (uint64, error) {
	hasPos := cmd.Flags().Changed("lat") || cmd.Flags().Changed("lon")
	switch {
	case cellFlag != "" && hasPos:
		return 0, datpin.Errorf(datpin.EINVALID, "give --cell or --lat/--lon, not both")
	case cellFlag != "":
		c, err := strconv.ParseUint(strings.TrimPrefix(strings.ToLower(cellFlag), "0x"), 16, 64)
		if err != nil || privacy.Resolution(c) > privacy.MaxResolution || c>>59 != 1 {
			return 0, datpin.Errorf(datpin.EINVALID, "--cell %q is not an H3 cell index in hex", cellFlag)
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
