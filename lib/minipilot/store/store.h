// The storage seam: what the rules above see of the ledger, in domain words and without an engine's types.
#pragma once

#include <functional>
#include <memory>

#include "minipilot/core/time.h"

namespace minipilot {

class Ledger;  // the SQLite engine (ledger/ledger.h): seen by the store's implementation and by cmd only

/// One transaction of a command. Destroying it without commit() rolls back
/// everything done in it; so an error that unwinds is the rollback.
class Transaction {
 public:
  struct Impl;
  explicit Transaction(std::unique_ptr<Impl> impl);
  Transaction(Transaction&&) noexcept;
  ~Transaction();

  /// Makes the changes durable (a read transaction just ends).
  void commit();
  /// A write's (or rehearsal's) one reading of the clock, taken under the
  /// write lock: the time of every event it records. A read transaction
  /// reads no clock: its now() is the epoch, and nothing may record it.
  Timestamp now() const;

 private:
  std::unique_ptr<Impl> impl_;
};

/// A handle on one ledger for ops/ and reports/. Every module of store/
/// (pilots, applications, applicants, events, batches, erasure, tallies,
/// pilot lists, maintenance) takes it and does its work in the caller's
/// transaction: reads inside read() see one snapshot, writes inside write()
/// are all done or none is.
class Store {
 public:
  /// A handle on a ledger that is open already.
  explicit Store(Ledger& ledger) : ledger_(&ledger) {}
  /// A handle that opens the ledger with `open` when it is first used, so
  /// that a command refused before it reads (permission, a bad value) never
  /// opens the file, let alone migrates it.
  explicit Store(std::function<Ledger&()> open) : open_(std::move(open)) {}

  /// The write transaction of a command: the write lock is taken first
  /// (waiting up to the busy timeout, then Error{busy}), then the time is
  /// read, once (Transaction::now()): from `clock`, or on a shared ledger from
  /// the database server (spec §6) unless `clock` is fixed. Read after the
  /// lock, so that the writers' times follow their order. Error{config} when
  /// it is earlier than the last event: events never go back in time (§2).
  Transaction write(const Clock& clock);
  /// The same lock, snapshot and time for a dry run, never committed, and with
  /// no clock check: reading is never refused for the clock.
  Transaction rehearse(const Clock& clock);
  /// A read transaction, so that a report sees one snapshot.
  Transaction read();
  /// Sizes the page cache for a command that touches many pages (a file of
  /// applications, a long list of decisions): SQLite's default
  /// of 2 MiB spills the transaction's pages to the WAL and reads them back.
  /// The cache grows only as far as the work needs.
  void expect_bulk();
  /// How many rows this connection has changed since it was opened (0 when
  /// it never was).
  int64_t changes() const;

 private:
  friend Ledger& engine(const Store& store);
  mutable Ledger* ledger_ = nullptr;
  std::function<Ledger&()> open_;
};

}  // namespace minipilot
