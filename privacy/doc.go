// Package privacy turns raw records into public ones: the device id becomes a
// keyed pseudonym that changes every epoch, the exact position becomes an H3
// cell, and aggregates over too few devices are suppressed.
//
// Start with an Anonymizer holding the device's secret:
//
//	a, err := privacy.NewAnonymizer(privacy.Config{Secret: secret})
//	pub, err := a.Anonymize(epoch, records) // records of that epoch only
//	region := a.Region(pub)                 // H3 region for the manifest
//
// Pseudonyms. For epoch e the device derives
//
//	epochKey  = HMAC-SHA256(secret, "datpin/pseudonym/v1" ‖ uint32be(e))
//	pseudonym = HMAC-SHA256(epochKey, deviceID)[:16]
//
// so one id has one pseudonym within an epoch (records of a day can be
// grouped) and unrelated pseudonyms across epochs (days cannot be linked).
// Without the secret nobody can map an id to its pseudonym, not even by
// hashing every possible IMSI. Keep the secret on the device; losing it only
// means later epochs get new pseudonyms. A validator that must link a device
// across epochs can be given single epoch keys (EpochKey), never the secret.
//
// Positions. Coordinates are replaced by the H3 cell that contains them, at
// Config.Resolution (default 8, about 0.7 km²); a batch's region is the most
// common cell at Config.RegionResolution (default 7, about 5 km²), which is
// also what a base station registers as its place. Missing coordinates give
// cell 0.
//
// k-anonymity. Record-level data travels encrypted to the validators and the
// operator. Anything derived from it and shown in the clear (coverage maps,
// per-station statistics) goes through Aggregate, which drops every group
// seen by fewer than Config.K distinct pseudonyms (default 3) and reports how
// many groups and records it dropped.
package privacy
