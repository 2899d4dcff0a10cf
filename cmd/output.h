// The files a command reads and writes: inputs opened with clear refusals, outputs checked before anything is changed,
// then written atomically.
#pragma once

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "minipilot/core/i18n.h"
#include "minipilot/core/sink.h"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace minipilot::cli {

/// The help group of options that name a file the command writes (`-o`,
/// `--csv`, `--sepa`, `--skip-invalid`, `backup FILE`). main checks every
/// one of them with check_output_paths() before the command runs. The name
/// stays English; --help shows it translated (cmd/main.cpp's formatter).
// TRANSLATORS: the heading in --help of the options that name a file the command writes
inline constexpr const char* kOutputGroup = N_("Output files");
/// The help group of options that name a file the command reads
/// (`apply --file`): no output may overwrite one of them.
// TRANSLATORS: the heading in --help of the options that name a file the command reads
inline constexpr const char* kInputGroup = N_("Input files");

/// A file no output may replace, and what to call it in the refusal.
struct Guarded {
  std::filesystem::path path;
  /// "the ledger", "the ledger's write-ahead log", "the configuration", "the input of --file", in the chosen language
  std::string what;
};

/// The ledger at `ledger` and the files SQLite keeps beside it (-wal, -shm,
/// -journal), under the names a refusal gives them.
std::vector<Guarded> ledger_files(const std::filesystem::path& ledger);

/// One output option as given: its name for messages ("--csv", "file") and
/// the path.
struct OutputPath {
  std::string option;
  std::filesystem::path path;
};

/// Refuses, before anything is written, an output that would destroy a
/// guarded file or cannot be written. Files are compared by device and
/// inode (a symlink or `./ledger.db` is the ledger too); a name that does
/// not exist yet is compared by its folder's device and inode and its name
/// (the ledger's -wal may appear later). Devices, pipes and anything under
/// /dev or /proc (/dev/stdout, whatever it points to) are allowed: they are
/// written in place, never replaced. Throws Error{invalid} for a guarded file or the same
/// file named twice, Error{busy} for a folder, a folder that does not exist
/// or one this user may not write in.
void check_output_paths(const std::vector<OutputPath>& outputs, const std::vector<Guarded>& guarded);

/// The outputs and inputs given on the parsed command line: the options of
/// kOutputGroup and kInputGroup of `app` and of every parsed subcommand.
std::vector<OutputPath> given_options(const CLI::App& app, std::string_view group);

/// Refuses (Error{invalid}) any option or argument given with an empty
/// value (`--area ''`, `--area=`, `approve ''`) before the command line is
/// parsed, so that every option is refused alike, whatever CLI11 would check
/// first: an empty value is never the same as leaving the option out.
/// `args` are argv without the program's name; `app` names the options.
void refuse_empty_arguments(const CLI::App& app, const std::vector<std::string>& args);

/// Opens a file the command reads, refusing (Error{invalid}) a folder, a
/// missing file or one this user may not read, in words naming `option`.
std::ifstream open_input(const std::filesystem::path& path, std::string_view option);

/// The whole of a file the command reads (open_input), refused before it is
/// read when larger than `max_bytes`: Error{invalid} with `too_large`, a
/// sentence of the file and its size in MiB ("{} is {} MiB: larger than ...").
/// Error{busy} when reading fails.
std::string read_input(const std::filesystem::path& path, std::string_view option, std::streamsize max_bytes,
                       const char* too_large);

/// Writes `text` to `path` atomically: a temporary file beside the file a
/// symlink points to, flushed, then renamed over it (the link stays). A
/// device, a pipe or a path under /dev or /proc is written in place;
/// /dev/stdout and /dev/stderr are this process's own descriptors, so that a
/// shell's `>>` still appends. A new file gets `mode`: 0640 (owner and group)
/// for what holds personal data or money, 0644 for what a web server may
/// publish. Throws Error{busy} naming the path.
inline constexpr unsigned kPrivateMode = 0640, kPublicMode = 0644;
void write_file_atomically(const std::filesystem::path& path, const std::string& text, unsigned mode = kPrivateMode);

/// The same for an output made piece by piece: `produce` hands each piece to
/// the sink it is given, which writes it at once; a large file is never held
/// whole in memory. A failed write stops the producer and removes the
/// temporary file; an exception from the producer does the same.
using Producer = std::function<void(const Sink&)>;
void write_file_atomically(const std::filesystem::path& path, const Producer& produce, unsigned mode = kPrivateMode);

}  // namespace minipilot::cli
