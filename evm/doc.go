// Package evm connects datpin to an EVM chain: the embedded in-process chain (go-ethereum's
// simulated backend, configured with mainnet's current fork rules so gas figures match anvil and
// mainnet) or any JSON-RPC node (anvil, geth, an L2, a public testnet).
//
// Start with NewEmbedded or Dial, derive or load an Account, then Deploy the suite (or Attach to a
// deployed one) and use the Suite's typed calls. Every transaction goes through Chain.Send, which
// estimates gas, assigns nonces for concurrent senders, waits for the receipt and turns reverts
// into *datpin.Error values carrying the contract's custom error name and arguments.
package evm
