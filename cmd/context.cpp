// Reading the environment is allowed here, and only here: lib/ is handed what it needs.
#include "cmd/context.h"

#include <fcntl.h>
#include <pwd.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include <fmt/format.h>

#include "minipilot/core/error.h"

namespace minipilot::cli {

namespace fs = std::filesystem;

namespace {

class SystemClock : public Clock {
 public:
  Timestamp now() const override {
    const auto t = std::chrono::system_clock::now().time_since_epoch();
    return Timestamp{std::chrono::duration_cast<std::chrono::seconds>(t).count()};
  }
};

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

std::unique_ptr<Clock> make_clock() {
  const std::string now = env("MINIPILOT_NOW");
  if (now.empty()) return std::make_unique<SystemClock>();
  const Checked<Timestamp> t = parse_timestamp(now);
  if (!t.ok()) throw Error(ErrorKind::config, "MINIPILOT_NOW: " + t.error);
  return std::make_unique<FixedClock>(t.value);
}

Format parse_format(const std::string& f) {
  if (f.empty() || f == "table") return Format::table;
  if (f == "json") return Format::json;
  if (f == "csv") return Format::csv;
  if (f == "markdown") return Format::markdown;
  return Format::html;  // CLI11 has checked the value already
}

std::string login_name() {
  if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name) return pw->pw_name;
  return env("USER");
}

size_t terminal_width(bool to_file) {
  if (const std::string c = env("COLUMNS"); !c.empty()) {
    const long n = std::strtol(c.c_str(), nullptr, 10);
    if (n >= 20 && n <= 1000) return static_cast<size_t>(n);
  }
  winsize ws{};
  if (!to_file && isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
    return ws.ws_col;
  return 100000;  // not a terminal: never cut
}

}  // namespace

Context::Context(GlobalArgs args, std::ostream& out, std::ostream& err, std::istream& in)
    : args_(std::move(args)), out_(out), err_(err), in_(in), format_(parse_format(args_.format)),
      clock_(make_clock()) {}

Context::~Context() = default;

fs::path Context::config_path() const {
  if (!args_.config.empty()) return args_.config;
  if (const std::string e = env("MINIPILOT_CONFIG"); !e.empty()) return e;
  return "minipilot.toml";
}

const Config& Context::config() {
  if (!config_) config_ = load_config(config_path());
  return *config_;
}

fs::path Context::ledger_path() { return args_.db.empty() ? config().ledger : fs::path(args_.db); }

Ledger& Context::ledger() {
  if (!ledger_) ledger_.emplace(Ledger::open(ledger_path(), config().busy_timeout_ms));
  return *ledger_;
}

const Actor& Context::actor() {
  if (!actor_) {
    std::string who = args_.as;
    if (who.empty()) who = env("MINIPILOT_USER");
    if (who.empty()) who = login_name();
    if (who.empty()) who = "unknown";
    actor_ = resolve_actor(config().users, who);
  }
  return *actor_;
}

OpContext Context::ops() {
  const Config& c = config();
  Ledger& l = ledger();
  return OpContext{l, c, actor(), *clock_};
}

void Context::print_document(const Document& doc) {
  const bool to_file = !args_.output.empty();
  const bool colour = !to_file && isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
  switch (format_) {
    case Format::json: break;  // show() calls print_json for json
    case Format::table: return emit(render_text(doc, terminal_width(to_file), colour));
    case Format::markdown: return emit(render_markdown(doc));
    case Format::html: return emit(render_html(doc));
    case Format::csv: return emit(render_csv(doc, config_ ? config_->csv : CsvDialect{}));
  }
}

void Context::emit(const std::string& text) {
  if (args_.output.empty()) {
    out_ << text << std::flush;
  } else {
    write_file_atomically(args_.output, text);
  }
}

void Context::say(const std::string& line) {
  if (!args_.quiet) out_ << line << '\n' << std::flush;
}

void Context::warn(const std::string& line) { err_ << "minipilot: warning: " << line << '\n'; }

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

// A target that exists and is not a file: a folder is refused; a device or a
// pipe (/dev/stdout, a FIFO a script reads) is written as it is, since it cannot
// be replaced, and must never be: renaming over /dev/full as root would
// replace the device.
bool write_special(const fs::path& path, const Producer& produce) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode)) return false;
  if (S_ISDIR(st.st_mode))
    throw Error(ErrorKind::busy, fmt::format("cannot write {}: it is a folder", path.string()),
                "give a file name inside it");
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  const int error = fd < 0 ? errno : produce_into(fd, produce);
  if (error != 0)
    throw Error(ErrorKind::busy, fmt::format("cannot write {}: {}", path.string(), std::strerror(error)),
                "check that the device or pipe accepts the output");
  ::close(fd);
  return true;
}

}  // namespace

void write_file_atomically(const fs::path& path, const std::string& text) {
  write_file_atomically(path, [&text](const Sink& sink) { sink(text); });
}

void write_file_atomically(const fs::path& path, const Producer& produce) {
  if (write_special(path, produce)) return;
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  // A hidden temporary name beside the target, so that rename() is atomic.
  // (Built with fmt: GCC 12 warns falsely on "." + std::string, -Wrestrict.)
  std::string tmpl = (dir / fmt::format(".{}.tmp-XXXXXX", path.filename().string())).string();
  const int fd = mkstemp(tmpl.data());
  const auto fail = [&](const char* what) {
    const int saved = errno;
    if (fd >= 0) ::close(fd), ::unlink(tmpl.c_str());
    throw Error(ErrorKind::busy, fmt::format("cannot {} {}: {}", what, path.string(), std::strerror(saved)),
                "check that the folder exists, is writable and has space");
  };
  if (fd < 0) fail("create");
  fchmod(fd, 0640);
  int error = 0;
  try {
    error = produce_into(fd, produce);
  } catch (...) {  // the producer failed: fd is closed, the temporary file goes
    ::unlink(tmpl.c_str());
    throw;
  }
  if (error != 0) {  // fd is closed
    ::unlink(tmpl.c_str());
    throw Error(ErrorKind::busy, fmt::format("cannot write {}: {}", path.string(), std::strerror(error)),
                "check that the folder exists, is writable and has space");
  }
  if (::fsync(fd) != 0) fail("write");
  if (::close(fd) != 0) {
    ::unlink(tmpl.c_str());
    throw Error(ErrorKind::busy, fmt::format("cannot write {}", path.string()));
  }
  if (::rename(tmpl.c_str(), path.c_str()) != 0) {
    const int saved = errno;
    ::unlink(tmpl.c_str());
    throw Error(ErrorKind::busy, fmt::format("cannot write {}: {}", path.string(), std::strerror(saved)));
  }
}

}  // namespace minipilot::cli
