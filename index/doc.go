// Package index keeps a SQLite index of a datpin deployment's chain events, for the HTTP API and
// the dashboard: stations, DATs with their contributions, validators' reveals per token, verdicts,
// validators, epoch settlements, claims and per-H3-cell aggregates; the data market's listings,
// purchases, deliveries, sale claims and holders' consent; the FreeData vault's accounts and the
// plans' deposits, conversions, metering and throttling.
//
// Open the database, Bind it to one deployment, then run an Indexer: it polls the chain's logs of
// the suite's contracts in block ranges, only up to the head minus a number of confirmations, and
// writes each range in one transaction, so a restart resumes from the last indexed block and never
// half-applies a range.
//
// Every row is an event stamped with the block that emitted it, and current state (a token's
// status, a validator's stake, a cell's aggregates) is derived from those rows by queries. A
// reorganization is therefore undone by deleting the rows above the fork point: the indexer keeps
// the hash of every block it took logs from (and of each range's last block); when the chain's
// block at the indexed tip no longer has the stored hash, it walks back through the stored blocks to
// the newest one the chain still has, deletes everything above it and indexes the new branch.
//
// Contribution fields the events do not carry (epoch, H3 cell, record count, tentative score) are
// read from the anchoring transaction's calldata, which belongs to the same block as the event and
// so stays right across reorganizations; contributionOf at that block is the fallback for anchors
// relayed through another contract. A listing's manifest entries are read the same way from the
// calldata of its first purchase. The vault's state before the first indexed block (its seeded
// first deposit is made while the suite is deployed) is read once, at that block.
package index
