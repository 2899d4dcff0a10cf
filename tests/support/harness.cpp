// fork/exec with three pipes and poll, so that large input and output never deadlock.
#include "support/harness.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <fstream>
#include <iostream>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <utility>

namespace minipilot::test {

namespace {

void drain(int& fd, std::string& into) {
  char buf[65536];
  const ssize_t n = read(fd, buf, sizeof buf);
  if (n > 0) {
    into.append(buf, static_cast<size_t>(n));
  } else if (n == 0 || errno != EINTR) {
    close(fd);
    fd = -1;
  }
}

}  // namespace

Result run_process(const std::vector<std::string>& argv, const std::filesystem::path& cwd,
                   const std::map<std::string, std::string>& env, const std::string& input, long kill_after_us) {
  int in[2], out[2], err[2];
  if (pipe(in) || pipe(out) || pipe(err)) throw std::runtime_error("pipe failed");
  std::vector<std::string> env_strings{"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=" + cwd.string(), "LANG=C.UTF-8"};
  for (const auto& [k, v] : env) env_strings.push_back(k + "=" + v);
  std::vector<char*> cargv, cenv;
  for (const auto& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
  for (const auto& e : env_strings) cenv.push_back(const_cast<char*>(e.c_str()));
  cargv.push_back(nullptr);
  cenv.push_back(nullptr);

  const pid_t pid = fork();
  if (pid == 0) {
    dup2(in[0], 0);
    dup2(out[1], 1);
    dup2(err[1], 2);
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) close(fd);
    if (chdir(cwd.c_str()) != 0) _exit(126);
    execve(cargv[0], cargv.data(), cenv.data());
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  close(err[1]);
  // The killer waits for the deadline or for the output to end, whichever
  // comes first, so that a deadline far away never delays the test.
  std::mutex mutex;
  std::condition_variable ended;
  bool output_ended = false;
  std::thread killer;
  if (kill_after_us > 0)
    killer = std::thread([&, pid, kill_after_us] {
      std::unique_lock lock(mutex);
      if (!ended.wait_for(lock, std::chrono::microseconds(kill_after_us), [&] { return output_ended; }))
        kill(pid, SIGKILL);  // harmless if it has exited: the pid is not reaped until waitpid below
    });
  signal(SIGPIPE, SIG_IGN);
  Result r;
  int to_child = in[1], from_out = out[0], from_err = err[0];
  size_t written = 0;
  if (input.empty()) close(to_child), to_child = -1;
  while (from_out >= 0 || from_err >= 0 || to_child >= 0) {
    pollfd fds[3] = {{from_out, POLLIN, 0}, {from_err, POLLIN, 0}, {to_child, POLLOUT, 0}};
    if (poll(fds, 3, -1) < 0 && errno != EINTR) break;
    if (fds[0].revents) drain(from_out, r.out);
    if (fds[1].revents) drain(from_err, r.err);
    if (to_child >= 0 && fds[2].revents) {
      const ssize_t n = write(to_child, input.data() + written, input.size() - written);
      if (n > 0) written += static_cast<size_t>(n);
      if (n < 0 || written == input.size()) close(to_child), to_child = -1;
    }
  }
  {
    std::lock_guard lock(mutex);
    output_ended = true;
  }
  ended.notify_one();
  if (killer.joinable()) killer.join();
  int status = 0;
  waitpid(pid, &status, 0);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

std::string test_engine() {
  const char* on = std::getenv("MINIPILOT_TEST_ON_PG");
  return on && *on ? "postgresql" : "sqlite";
}

namespace {

std::string cluster() {
  const char* dir = std::getenv("MINIPILOT_TEST_ON_PG");  // the cluster's folder (tests/pg/cluster.sh)
  if (!dir || !*dir) throw std::runtime_error("a test on PostgreSQL needs MINIPILOT_TEST_ON_PG, the cluster's folder");
  if (std::filesystem::exists(std::filesystem::path(dir) / "unavailable")) {
    std::ifstream why(std::filesystem::path(dir) / "unavailable");
    std::string reason;
    std::getline(why, reason);
    std::cout << "SKIPPED: " << reason << "\n";
    std::exit(77);  // ctest: skipped, never passed
  }
  return dir;
}

Result psql(const std::string& database, const std::string& sql) {
  return run_process(
      {"/usr/bin/psql", "-XAtq", "-v", "ON_ERROR_STOP=1", "-h", cluster(), "-U", "postgres", "-d", database, "-c", sql},
      std::filesystem::temp_directory_path(), {});
}

}  // namespace

Workspace::Workspace(const std::string& config, bool init) {
  env = {{"MINIPILOT_NOW", "2026-03-01T10:00:00Z"}, {"MINIPILOT_USER", "anna"}, {"NO_COLOR", "1"}};
  if (test_engine() == "postgresql") {
    static int n = 0;
    database_ = "mp_e2e_" + std::to_string(getpid()) + "_" + std::to_string(++n);
    const Result made = psql("postgres", "CREATE DATABASE " + database_);
    if (made.code != 0) throw std::runtime_error("createdb failed: " + made.err);
  }
  configure(config);
  if (init) {
    const Result r = mp({"init"});
    if (r.code != 0) throw std::runtime_error("init failed: " + r.err);
  }
}

Result Workspace::mp(const std::vector<std::string>& args, const std::string& input, long kill_after_us) {
  std::vector<std::string> argv{MINIPILOT_BIN};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_process(argv, dir_.path(), env, input, kill_after_us);
}

std::string Workspace::dump() {
  if (shared()) {
    // pg_dump's \restrict line holds a new random key each time: left out, the rest is the same when the data is.
    const Result dumped =
        run_process({"/usr/bin/pg_dump", "--data-only", "--inserts", "-h", cluster(), "-U", "postgres", database_},
                    dir_.path(), {});
    // A dump that failed would compare "" with "" and pass: it stops the test instead.
    if (dumped.code != 0) throw std::runtime_error("pg_dump failed: " + dumped.err);
    const std::string& out = dumped.out;
    std::string kept;
    size_t at = 0;
    while (at < out.size()) {
      const size_t end = std::min(out.find('\n', at), out.size());
      const std::string_view line(out.data() + at, end - at);
      if (line.rfind("\\restrict ", 0) != 0 && line.rfind("\\unrestrict ", 0) != 0) kept.append(line).append("\n");
      at = end + 1;
    }
    return kept;
  }
  if (!std::filesystem::exists(dir_ / "minipilot.db")) return "(no ledger)";
  return run_process({"/usr/bin/sqlite3", "minipilot.db", ".dump"}, dir_.path(), {}).out;
}

Workspace::Workspace(Workspace&& other) noexcept
    : env(std::move(other.env)),
      dir_(std::move(other.dir_)),
      database_(std::exchange(other.database_, {})),
      copies_(std::exchange(other.copies_, {})) {}

Workspace::~Workspace() {
  if (!shared()) return;
  psql("postgres", "DROP DATABASE IF EXISTS " + database_ + " WITH (FORCE)");
  for (const std::string& copy : copies_) psql("postgres", "DROP DATABASE IF EXISTS " + copy + " WITH (FORCE)");
}

void Workspace::copy_database(const std::string& from, const std::string& to) {
  // A template must have no session: none is left once a command has ended.
  const Result r = psql("postgres", "CREATE DATABASE " + to + " TEMPLATE " + from);
  if (r.code != 0) throw std::runtime_error("copying the database failed: " + r.err);
}

void Workspace::keep_copy(const std::string& name) {
  if (!shared()) {
    std::filesystem::copy_file(dir_ / "minipilot.db", dir_ / (name + ".db"));
    return;
  }
  copies_.push_back(database_ + "_" + name);
  copy_database(database_, copies_.back());
}

void Workspace::put_back(const std::string& name) {
  if (!shared()) {
    std::filesystem::copy_file(dir_ / (name + ".db"), dir_ / "minipilot.db",
                               std::filesystem::copy_options::overwrite_existing);
    return;
  }
  psql("postgres", "DROP DATABASE " + database_ + " WITH (FORCE)");
  copy_database(database_ + "_" + name, database_);
}

void Workspace::replace_ledger_with(const Workspace& other) {
  if (!shared()) {
    std::filesystem::copy_file(other.dir_ / "minipilot.db", dir_ / "minipilot.db",
                               std::filesystem::copy_options::overwrite_existing);
    return;
  }
  psql("postgres", "DROP DATABASE " + database_ + " WITH (FORCE)");
  copy_database(other.database_, database_);
}

void Workspace::configure(const std::string& config) {
  std::string text = with_fixed_clock(config);
  if (shared()) {
    // Into the test's own [ledger] table when it has one (busy_timeout_ms), else a table of its own.
    const std::string url = "url = \"postgresql:///" + database_ + "?host=" + cluster() + "&user=postgres\"\n";
    const size_t table = text.find("[ledger]\n");
    if (table == std::string::npos)
      text += "\n[ledger]\n" + url;
    else
      text.insert(table + 9, url);
  }
  write_text(dir_ / "minipilot.toml", text);
}

Result Workspace::try_sql(const std::string& query) {
  Result r =
      shared() ? psql(database_, query) : run_process({"/usr/bin/sqlite3", "minipilot.db", query}, dir_.path(), {});
  while (!r.out.empty() && r.out.back() == '\n') r.out.pop_back();
  return r;
}

std::string Workspace::sql(const std::string& query) {
  Result r = try_sql(query);
  // A query that failed would read as "" and could pass a check for nothing: it stops the test instead.
  if (r.code != 0) throw std::runtime_error((shared() ? "psql failed: " : "sqlite3 failed: ") + r.err);
  return r.out;
}

}  // namespace minipilot::test
