// Package network tests a datpin network across processes: scripts/network.sh
// starts anvil, a private Kubo node, the deployment, validators, edge agents
// and `datpin serve`, each its own process with its own key; the test feeds
// simulated stations through the agents' HTTP API, checks on the chain that
// every contribution was decided at the score the validators agreed on, and
// stops everything by PID.
package network
