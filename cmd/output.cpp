// Output files: refused before the transaction when they would destroy the ledger or cannot be written; then written
// whole or not at all.
#include "cmd/output.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <climits>
#include <cstring>
#include <optional>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"

namespace minipilot::cli {

namespace fs = std::filesystem;

namespace {

// A file as the kernel knows it: the same pair is the same file, by whatever path.
struct FileId {
  dev_t dev;
  ino_t ino;
  bool operator==(const FileId&) const = default;
};

// Where a path points: an existing file, or the name it would take in an existing folder.
struct Place {
  std::optional<FileId> file;  // set when the path exists (symlinks followed)
  FileId folder{};
  std::string name;
  bool same(const Place& o) const { return file || o.file ? file == o.file : folder == o.folder && name == o.name; }
};

std::optional<FileId> file_id(const fs::path& p, mode_t* mode = nullptr) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return std::nullopt;
  if (mode) *mode = st.st_mode;
  return FileId{st.st_dev, st.st_ino};
}

fs::path folder_of(const fs::path& p) { return p.has_parent_path() ? p.parent_path() : fs::path("."); }

bool under(const fs::path& p, const char* root) {
  const std::string s = fs::absolute(p).lexically_normal().string();
  const std::string r = std::string(root) + "/";
  return s.compare(0, r.size(), r) == 0;
}

// Where an output really goes. Anything under /dev or /proc (/dev/stdout,
// /proc/self/fd/1), a device and a pipe are written in place and never
// replaced: renaming over /dev/stdout as root replaced it for the whole
// machine. A symlink to a file is followed, so that the link stays and its
// target is replaced.
struct Target {
  fs::path path;
  bool in_place = false;
};

bool kernel_path(const fs::path& p) { return under(p, "/dev") || under(p, "/proc") || under(p, "/sys"); }

Target target_of(const fs::path& p) {
  if (kernel_path(p)) return {p, true};
  std::error_code ec;
  fs::path real = fs::weakly_canonical(p, ec);
  if (ec) real = p;
  if (kernel_path(real)) return {p, true};
  mode_t mode = 0;
  if (file_id(real, &mode) && !S_ISREG(mode) && !S_ISDIR(mode)) return {real, true};
  if (p.filename().empty()) return {p, false};  // "out/": weakly_canonical would drop the slash
  return {real, false};
}

// The place of a path whose folder exists; nullopt when the folder does not.
std::optional<Place> place_of(const fs::path& p) {
  Place place;
  place.file = file_id(p);
  const std::optional<FileId> folder = file_id(folder_of(p));
  if (!folder) return std::nullopt;
  place.folder = *folder;
  place.name = p.filename().string();
  return place;
}

// `why` is a reason in words ("it is a folder") or the system's.
Error unwritable(const fs::path& p, const std::string& why, const std::string& hint) {
  // TRANSLATORS: {} is a file, then why: "cannot write out: it is a folder"
  return Error(ErrorKind::busy, trf("cannot write {}: {}", p.string(), why), hint);
}

// A folder, a missing folder, a folder without write permission: nothing can be written there.
void check_writable(const fs::path& given) {
  const Target t = target_of(given);
  const fs::path& p = t.path;
  mode_t mode = 0;
  const bool exists = file_id(p, &mode).has_value();
  if (exists && S_ISDIR(mode)) throw unwritable(given, tr("it is a folder"), tr("give a file name inside it"));
  if (t.in_place && !exists)  // nothing can be created under /dev, /proc or /sys
    throw unwritable(given, tr("there is no such device"), tr("give a file name in a folder of your own"));
  if (t.in_place) return;  // a device or a pipe is written as it is
  // The temporary name beside it is 13 bytes longer; the folder's limit is NAME_MAX.
  if (p.filename().string().size() + 13 > NAME_MAX)
    throw unwritable(given, trf("the file name is longer than {} bytes", NAME_MAX - 13),
                     tr("give a shorter file name"));
  const fs::path folder = folder_of(p);
  mode_t folder_mode = 0;
  if (!file_id(folder, &folder_mode))
    throw unwritable(given, trf("the folder {} does not exist", folder_of(given).string()),
                     tr("create the folder first, or give a path in one that exists"));
  if (!S_ISDIR(folder_mode))
    throw unwritable(given, trf("{} is not a folder", folder.string()), tr("give a path in a folder"));
  if (p.filename().empty()) throw unwritable(given, tr("it names a folder, not a file"), tr("give a file name"));
  // The file is written beside its target and renamed over it: the folder must be writable.
  if (::access(folder.c_str(), W_OK | X_OK) != 0)
    throw unwritable(given, trf("no permission to write in the folder {}", folder_of(given).string()),
                     tr("choose a folder you may write in"));
}

}  // namespace

std::vector<Guarded> ledger_files(const fs::path& ledger) {
  std::error_code ec;
  // SQLite keeps its -wal and -shm beside the file a symlink points to.
  fs::path base = fs::canonical(ledger, ec);
  if (ec) base = ledger;
  // TRANSLATORS: the files an output would destroy: "-o ledger.db is the ledger (/srv/ledger.db): ..."
  return {{base, tr("the ledger")},
          {base.string() + "-wal", tr("the ledger's write-ahead log")},
          {base.string() + "-shm", tr("the ledger's shared-memory index")},
          {base.string() + "-journal", tr("the ledger's rollback journal")}};
}

void check_output_paths(const std::vector<OutputPath>& outputs, const std::vector<Guarded>& guarded) {
  std::vector<std::pair<Place, const Guarded*>> kept;
  for (const Guarded& g : guarded)
    if (std::optional<Place> p = place_of(g.path)) kept.emplace_back(std::move(*p), &g);
  std::vector<std::pair<Place, const OutputPath*>> seen;
  for (const OutputPath& o : outputs) {
    check_writable(o.path);
    if (target_of(o.path).in_place) continue;  // a device or a pipe: nothing to destroy
    const Place place = *place_of(o.path);     // check_writable has seen its folder
    for (const auto& [p, g] : kept)
      if (place.same(p))
        throw Error(ErrorKind::invalid,
                    // TRANSLATORS: an option, its file, what the file is and its whole path:
                    // "-o ledger.db is the ledger (/srv/ledger.db): writing there would destroy it"
                    trf("{} {} is {} ({}): writing there would destroy it", o.option, o.path.string(), g->what,
                        g->path.string()),
                    tr("give another file name"));
    for (const auto& [p, other] : seen)
      if (place.same(p))
        throw Error(ErrorKind::invalid,
                    // TRANSLATORS: two options, then the file: "--csv and --sepa name the same file out.txt"
                    trf("{} and {} name the same file {}", other->option, o.option, o.path.string()),
                    tr("give each output its own file"));
    seen.emplace_back(place, &o);
  }
}

namespace {

void collect(const CLI::App& app, std::string_view group, std::vector<OutputPath>& out) {
  for (const CLI::Option* o : app.get_options())
    if (o->get_group() == group && o->count() > 0)
      for (const std::string& value : o->results()) out.push_back({o->get_name(), value});
  for (const CLI::App* sub : app.get_subcommands()) collect(*sub, group, out);
}

}  // namespace

std::vector<OutputPath> given_options(const CLI::App& app, std::string_view group) {
  std::vector<OutputPath> out;
  collect(app, group, out);
  return out;
}

namespace {

// The option `name` ("--area", "-o") of `app` or of any of its subcommands.
const CLI::Option* find_option(const CLI::App& app, const std::string& name) {
  if (const CLI::Option* o = app.get_option_no_throw(name)) return o;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    if (const CLI::Option* o = find_option(*sub, name)) return o;
  return nullptr;
}

}  // namespace

void refuse_empty_arguments(const CLI::App& app, const std::vector<std::string>& args) {
  const char* hint = tr("an empty value is never the same as leaving an option out");
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() > 3 && a.rfind("--", 0) == 0 && a.back() == '=')  // --area=
      throw Error(ErrorKind::invalid, trf("{} is empty: give it a value, or leave it out", a.substr(0, a.size() - 1)),
                  hint);
    if (!a.empty()) continue;
    const std::string before = i > 0 ? args[i - 1] : "";
    const CLI::Option* o = before.rfind("-", 0) == 0 ? find_option(app, before) : nullptr;
    if (o && o->get_items_expected_max() > 0)
      throw Error(ErrorKind::invalid, trf("{} is empty: give it a value, or leave it out", before), hint);
    throw Error(ErrorKind::invalid,
                before.empty() ? std::string(tr("an empty argument was given"))
                               : trf("an empty argument was given after '{}'", before),
                tr("an empty id, file or value is never the same as leaving it out"));
  }
}

std::ifstream open_input(const fs::path& path, std::string_view option) {
  mode_t mode = 0;
  const auto refuse = [&](const std::string& why, const char* hint) {
    return Error(ErrorKind::invalid, fmt::format("{} {}: {}", option, path.string(), why), hint);
  };
  if (!file_id(path, &mode)) throw refuse(std::strerror(errno), tr("check the file's name and folder"));
  if (S_ISDIR(mode)) throw refuse(tr("it is a folder, not a file"), tr("give the file inside it"));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw refuse(std::strerror(errno), tr("check that you may read the file"));
  return in;
}

namespace {

// Writes all of `text` to `fd`; false (errno set) on failure.
bool write_all(int fd, std::string_view text) {
  for (size_t done = 0; done < text.size();) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) return errno = EIO, false;
    done += static_cast<size_t>(n);
  }
  return true;
}

// What a failed write of a piece carries out of the producer.
struct WriteFailed {
  int error;
};

// Runs `produce` into `fd`; on failure closes fd and returns the errno (0: written).
int produce_into(int fd, const Producer& produce) {
  try {
    produce([fd](std::string_view piece) {
      if (!write_all(fd, piece)) throw WriteFailed{errno};
    });
  } catch (const WriteFailed& w) {
    ::close(fd);
    return w.error;
  } catch (...) {
    ::close(fd);
    throw;
  }
  return 0;
}

// Standard output and error by any of their names are the process's own
// descriptors: reopening /proc/self/fd/1 would lose `>>`'s append.
int open_in_place(const fs::path& path) {
  const std::string s = path.lexically_normal().string();
  const int own = s == "/dev/stdout" || s == "/dev/fd/1" || s == "/proc/self/fd/1"   ? 1
                  : s == "/dev/stderr" || s == "/dev/fd/2" || s == "/proc/self/fd/2" ? 2
                                                                                     : -1;
  if (own > 0) return ::fcntl(own, F_DUPFD_CLOEXEC, 3);
  return ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
}

// A device or a pipe is written as it is, since it cannot be replaced, and
// must never be.
void write_in_place(const fs::path& path, const Producer& produce) {
  const int fd = open_in_place(path);
  const int error = fd < 0 ? errno : produce_into(fd, produce);
  if (error != 0) throw unwritable(path, std::strerror(error), tr("check that the device or pipe accepts the output"));
  ::close(fd);
}

}  // namespace

std::string read_input(const fs::path& path, std::string_view option, std::streamsize max_bytes,
                       const char* too_large) {
  std::ifstream in = open_input(path, option);
  in.seekg(0, std::ios::end);
  const std::streamsize size = in.tellg();
  if (size > max_bytes) throw Error(ErrorKind::invalid, trf(too_large, path.string(), size >> 20));
  in.seekg(0);
  std::string text(std::istreambuf_iterator<char>(in), {});
  if (in.bad()) throw Error(ErrorKind::busy, trf("cannot read {}", path.string()));
  return text;
}

void write_file_atomically(const fs::path& path, const std::string& text, unsigned mode) {
  write_file_atomically(
      path, [&text](const Sink& sink) { sink(text); }, mode);
}

void write_file_atomically(const fs::path& given, const Producer& produce, unsigned file_mode) {
  const Target target = target_of(given);
  if (target.in_place) return write_in_place(given, produce);
  mode_t mode = 0;
  if (file_id(target.path, &mode) && S_ISDIR(mode))
    throw unwritable(given, tr("it is a folder"), tr("give a file name inside it"));
  const fs::path& path = target.path;
  const fs::path dir = folder_of(path);
  // A hidden temporary name beside the target, so that rename() is atomic.
  // (Built with fmt: GCC 12 warns falsely on "." + std::string, -Wrestrict.)
  std::string tmpl = (dir / fmt::format(".{}.tmp-XXXXXX", path.filename().string())).string();
  const int fd = mkstemp(tmpl.data());
  // `sentence`: "cannot create {}: {}", the file and the system's reason.
  const auto fail = [&](const char* sentence) {
    const int saved = errno;
    if (fd >= 0) ::close(fd), ::unlink(tmpl.c_str());
    throw Error(ErrorKind::busy, trf(sentence, given.string(), std::strerror(saved)),
                tr("check that the folder exists, is writable and has space"));
  };
  if (fd < 0) fail(N_("cannot create {}: {}"));
  // The mode asked for, as far as the user's umask allows: a umask of 077 keeps even a public report private.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  fchmod(fd, static_cast<mode_t>(file_mode) & ~mask);
  int error = 0;
  try {
    error = produce_into(fd, produce);
  } catch (...) {  // the producer failed: fd is closed, the temporary file goes
    ::unlink(tmpl.c_str());
    throw;
  }
  if (error != 0) {  // fd is closed
    ::unlink(tmpl.c_str());
    throw unwritable(given, std::strerror(error), tr("check that the folder exists, is writable and has space"));
  }
  if (::fsync(fd) != 0) fail(N_("cannot write {}: {}"));
  if (::close(fd) != 0) {
    ::unlink(tmpl.c_str());
    throw Error(ErrorKind::busy, trf("cannot write {}", given.string()));
  }
  if (::rename(tmpl.c_str(), path.c_str()) != 0) {
    const int saved = errno;
    ::unlink(tmpl.c_str());
    throw unwritable(given, std::strerror(saved), tr("check that the folder is writable and has space"));
  }
}

}  // namespace minipilot::cli
