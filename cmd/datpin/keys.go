package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
)

func newKeysCmd(g *globals) *cobra.Command {
	var (
		dir   string
		light bool
	)
	cmd := &cobra.Command{
		Use:   "keys",
		Short: "Create, import and list keystore files (geth format, scrypt)",
	}
	cmd.PersistentFlags().StringVar(&dir, "dir", "keys", "keystore directory")
	cmd.PersistentFlags().BoolVar(&light, "light", false, "use light scrypt parameters (tests and development only)")
	open := func() *keystore.KeyStore {
		n, p := keystore.StandardScryptN, keystore.StandardScryptP
		if light {
			n, p = keystore.LightScryptN, keystore.LightScryptP
		}
		return keystore.NewKeyStore(dir, n, p)
	}
	password := func() (string, error) {
		if g.password != "" {
			return g.password, nil
		}
		return "", datpin.Errorf(datpin.EINVALID, "a password is required: set DATPIN_PASSWORD or --password")
	}
	newCmd := &cobra.Command{
		Use:   "new",
		Short: "Create a new key and print its address",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			pw, err := password()
			if err != nil {
				return err
			}
			acct, err := open().NewAccount(pw)
			if err != nil {
				return datpin.Wrap(datpin.EINTERNAL, err, "create key")
			}
			return printKey(g, cmd, acct.Address.Hex(), acct.URL.Path)
		},
	}
	importCmd := &cobra.Command{
		Use:   "import [FILE]",
		Short: "Import a hex private key from FILE or standard input",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			pw, err := password()
			if err != nil {
				return err
			}
			in := cmd.InOrStdin()
			if len(args) == 1 {
				f, err := os.Open(args[0])
				if err != nil {
					return datpin.Wrap(datpin.ENOTFOUND, err, "open %s", args[0])
				}
				defer f.Close()
				in = f
			}
			line, _ := bufio.NewReader(in).ReadString('\n')
			key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(line), "0x"))
			if err != nil {
				return datpin.Errorf(datpin.EINVALID, "not a hex private key")
			}
			acct, err := open().ImportECDSA(key, pw)
			if err != nil {
				return datpin.Wrap(datpin.ECONFLICT, err, "import key")
			}
			return printKey(g, cmd, acct.Address.Hex(), acct.URL.Path)
		},
	}
	listCmd := &cobra.Command{
		Use:   "list",
		Short: "List the keys in the keystore directory",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			accts := open().Accounts()
			type row struct {
				Address string `json:"address"`
				File    string `json:"file"`
			}
			rows := make([]row, 0, len(accts))
			for _, a := range accts {
				rows = append(rows, row{a.Address.Hex(), filepath.Base(a.URL.Path)})
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), rows)
			}
			if len(rows) == 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "no keys in %s (create one with 'datpin keys new --dir %s')\n", dir, dir)
			}
			for _, r := range rows {
				fmt.Fprintf(cmd.OutOrStdout(), "%s  %s\n", r.Address, r.File)
			}
			return nil
		},
	}
	cmd.AddCommand(newCmd, importCmd, listCmd)
	return cmd
}

func printKey(g *globals, cmd *cobra.Command, addr, path string) error {
	if g.json {
		return printJSON(cmd.OutOrStdout(), map[string]string{"address": addr, "file": path})
	}
	fmt.Fprintf(cmd.OutOrStdout(), "%s  %s\n", addr, path)
	return nil
}
