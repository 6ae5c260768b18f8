package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/datpin/datpin"
	"github.com/datpin/datpin/index"
	"github.com/datpin/datpin/webhook"
)

func init() { register(newWebhooksCmd) }

// WebhookAdded is what `datpin webhooks add` reports: the hook and, this once, its secret.
type WebhookAdded struct {
	Hook   webhook.Hook `json:"hook"`
	Secret string       `json:"secret"`
}

func newWebhooksCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "webhooks",
		Short: "Register HTTP endpoints that are told of a station's or an operator's events, and follow their deliveries",
		Long: `A webhook is a URL that receives, as signed POSTs, the events of the index's feed (docs/EVENTS.md)
that match its filter: a station (--station), an operator (--operator: its stations' events, the
validator's faults, the sales paid to it) and event kinds (--kind). Each body is the event's JSON;
Datpin-Signature: t=UNIX,v1=HEX is the HMAC-SHA256, keyed by the hook's secret, of the timestamp,
a dot and the body.

  add         register a hook (prints its secret once)
  list        the hooks and their deliveries' counts (never the secrets)
  remove      delete a hook and its deliveries
  deliveries  recent deliveries: pending, delivered or dead
  replay      queue dead letters again
  run         run the dispatcher alone against an index that datpin serve writes

'datpin serve --webhooks FILE' runs the dispatcher beside the indexer. Run one dispatcher per
webhook database.`,
	}
	var path string
	cmd.PersistentFlags().StringVar(&path, "webhooks", "", "webhook database (SQLite)")
	open := func() (*webhook.Store, error) {
		if path == "" {
			return nil, datpin.Errorf(datpin.EINVALID, "--webhooks (the webhook database) is required")
		}
		return webhook.Open(path)
	}

	var sp webhook.Spec
	var kinds, secretFile string
	add := &cobra.Command{
		Use:   "add",
		Short: "Register a webhook",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if kinds != "" {
				sp.Kinds = strings.Split(kinds, ",")
			}
			if secretFile != "" {
				b, err := os.ReadFile(secretFile)
				if err != nil {
					return datpin.Wrap(datpin.EINVALID, err, "read --secret-file")
				}
				sp.Secret = string(b)
			}
			s, err := open()
			if err != nil {
				return err
			}
			defer s.Close()
			h, secret, err := s.Add(cmd.Context(), sp)
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), WebhookAdded{Hook: h, Secret: secret})
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "webhook %d: %s (%s)\n", h.ID, h.URL, describeFilter(h))
			if secretFile == "" {
				fmt.Fprintf(w, "secret: %s\n(shown this once: the receiver verifies Datpin-Signature with it)\n", secret)
			}
			return nil
		},
	}
	af := add.Flags()
	af.StringVar(&sp.URL, "url", "", "the endpoint (http or https)")
	af.StringVar(&sp.Station, "station", "", "only events about this station (device address)")
	af.StringVar(&sp.Operator, "operator", "", "only events concerning this account")
	af.StringVar(&kinds, "kind", "", "only these event kinds, comma-separated (default all): "+strings.Join(index.KindNames(), ", "))
	af.StringVar(&secretFile, "secret-file", "", "file with the signing secret (default: a random one, printed once)")
	af.BoolVar(&sp.FromStart, "from-start", false, "deliver the feed from its start, not only events written from now on")

	list := &cobra.Command{
		Use:   "list",
		Short: "List the webhooks",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := open()
			if err != nil {
				return err
			}
			defer s.Close()
			hs, err := s.Hooks(cmd.Context())
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), hs)
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 2, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tURL\tFILTER\tPENDING\tDELIVERED\tDEAD")
			for _, h := range hs {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d\t%d\n", h.ID, h.URL, describeFilter(h), h.Pending, h.Delivered, h.Dead)
			}
			return tw.Flush()
		},
	}

	remove := &cobra.Command{
		Use:   "remove ID",
		Short: "Delete a webhook and its deliveries",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0], "webhook id")
			if err != nil {
				return err
			}
			s, err := open()
			if err != nil {
				return err
			}
			defer s.Close()
			if err := s.Remove(cmd.Context(), id); err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), map[string]int64{"removed": id})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "webhook %d removed\n", id)
			return nil
		},
	}

	var df webhook.DeliveryFilter
	deliveries := &cobra.Command{
		Use:   "deliveries",
		Short: "List recent deliveries, newest first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := open()
			if err != nil {
				return err
			}
			defer s.Close()
			ds, err := s.Deliveries(cmd.Context(), df)
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), ds)
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 2, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tHOOK\tKIND\tSTATE\tATTEMPTS\tSTATUS\tERROR\tEVENT")
			for _, d := range ds {
				fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%d\t%d\t%s\t%s\n", d.ID, d.Hook, d.Kind, d.State, d.Attempts, d.LastStatus, d.LastError, d.Event)
			}
			return tw.Flush()
		},
	}
	dfl := deliveries.Flags()
	dfl.Int64Var(&df.Hook, "hook", 0, "only this webhook's")
	dfl.StringVar(&df.State, "state", "", "only pending, delivered or dead")
	dfl.IntVar(&df.Limit, "limit", 100, "most deliveries listed")

	var replayHook int64
	var replayAll bool
	replay := &cobra.Command{
		Use:   "replay [DELIVERY...]",
		Short: "Queue dead letters again: the given deliveries, or --all (of --hook)",
		RunE: func(cmd *cobra.Command, args []string) error {
			var ids []int64
			for _, a := range args {
				id, err := parseID(a, "delivery id")
				if err != nil {
					return err
				}
				ids = append(ids, id)
			}
			if len(ids) == 0 && !replayAll {
				return datpin.Errorf(datpin.EINVALID, "name the deliveries to replay, or --all")
			}
			s, err := open()
			if err != nil {
				return err
			}
			defer s.Close()
			n, err := s.Replay(cmd.Context(), replayHook, ids)
			if err != nil {
				return err
			}
			if g.json {
				return printJSON(cmd.OutOrStdout(), map[string]int{"replayed": n})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d dead letters queued again\n", n)
			return nil
		},
	}
	replay.Flags().Int64Var(&replayHook, "hook", 0, "only this webhook's dead letters")
	replay.Flags().BoolVar(&replayAll, "all", false, "every dead letter (of --hook)")

	var db string
	var once bool
	var dc webhook.Config
	run := &cobra.Command{
		Use:   "run",
		Short: "Deliver the events of an index (written by datpin serve --db) to the webhooks",
		Long: `Reads the feed of the index database --db (which a datpin serve, or any indexer, keeps up to date)
and delivers it to the webhooks until interrupted; --once delivers what is due now and exits.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if db == "" {
				return datpin.Errorf(datpin.EINVALID, "--db (the index database) is required")
			}
			s, err := open()
			if err != nil {
				return err
			}
			defer s.Close()
			d, err := index.Open(db)
			if err != nil {
				return err
			}
			defer d.Close()
			disp := webhook.NewDispatcher(s, d, dc)
			if once {
				if err := disp.Drain(cmd.Context()); err != nil {
					return err
				}
				hs, err := s.Hooks(cmd.Context())
				if err != nil {
					return err
				}
				if g.json {
					return printJSON(cmd.OutOrStdout(), hs)
				}
				for _, h := range hs {
					fmt.Fprintf(cmd.OutOrStdout(), "webhook %d: %d delivered, %d pending, %d dead\n", h.ID, h.Delivered, h.Pending, h.Dead)
				}
				return nil
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "delivering the events of %s (Ctrl-C stops)\n", db)
			return disp.Run(cmd.Context())
		},
	}
	rf := run.Flags()
	rf.StringVar(&db, "db", "", "index database (as written by datpin serve --db)")
	rf.BoolVar(&once, "once", false, "deliver what is due now, then exit")
	rf.IntVar(&dc.MaxAttempts, "max-attempts", 10, "attempts before a delivery is a dead letter")
	rf.DurationVar(&dc.BaseDelay, "retry-delay", 5*time.Second, "pause before the first retry (doubled each retry, with jitter)")
	rf.DurationVar(&dc.Poll, "poll", 2*time.Second, "pause between reads of the feed")

	cmd.AddCommand(add, list, remove, deliveries, replay, run)
	return cmd
}

func describeFilter(h webhook.Hook) string {
	var parts []string
	if h.Station != "" {
		parts = append(parts, "station "+h.Station)
	}
	if h.Operator != "" {
		parts = append(parts, "operator "+h.Operator)
	}
	if len(h.Kinds) > 0 {
		parts = append(parts, strings.Join(h.Kinds, ","))
	} else {
		parts = append(parts, "all kinds")
	}
	return strings.Join(parts, "; ")
}

func parseID(s, what string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, datpin.Errorf(datpin.EINVALID, "%s %q: want a positive integer", what, s)
	}
	return id, nil
}
