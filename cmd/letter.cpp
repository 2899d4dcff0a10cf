// minipilot letter ID... [-o FILE | --dir DIR] [--format pdf|html|markdown] [--force]: decision letters.
#include <unistd.h>

#include <filesystem>
#include <memory>

#include "cmd/commands.h"
#include "minipilot/formats/letter_format.h"
#include "minipilot/ops/decide.h"
#include "minipilot/reports/letter.h"

namespace minipilot::cli {

namespace {

namespace fs = std::filesystem;

struct LetterArgs {
  std::vector<std::string> ids;
  std::string dir, format;
  bool force = false;
};

// The format asked for, else the one the file's name says, else PDF for files and Markdown on stdout.
std::string format_of(const LetterArgs& a, const std::string& output) {
  if (!a.format.empty()) return a.format;
  if (!a.dir.empty()) return "pdf";
  if (output.empty()) return "markdown";
  const std::string ext = fs::path(output).extension().string();
  if (ext == ".html" || ext == ".htm") return "html";
  if (ext == ".md" || ext == ".markdown") return "markdown";
  return "pdf";
}

std::string render(const std::vector<Letter>& letters, const std::string& format, const std::string& lang) {
  if (format == "html") return render_letters_html(letters, lang);
  if (format == "markdown") return render_letters_markdown(letters);
  const LetterText first = letter_text(letters.front());
  return render_letters_pdf(letters, first.title + " " + letters.front().number);
}

// The folder of --dir: an existing folder, whose letter files are new unless --force.
std::vector<fs::path> letter_paths(const LetterArgs& a, const std::vector<PilotId>& ids, const std::string& format) {
  std::error_code ec;
  if (!fs::is_directory(a.dir, ec))
    throw Error(ErrorKind::invalid,
                fs::exists(a.dir, ec) ? trf("--dir {} is not a folder", a.dir) : trf("--dir {}: no such folder", a.dir),
                tr("give an existing folder; each letter is written there as <pilot id>.pdf"));
  const std::string ext = format == "markdown" ? ".md" : "." + format;
  std::vector<fs::path> out;
  for (const PilotId& id : ids) {
    out.push_back(fs::path(a.dir) / (format_pilot_id(id) + ext));
    if (!a.force && fs::exists(out.back(), ec))
      throw Error(ErrorKind::conflict, trf("{} exists already", out.back().string()),
                  tr("give --force to write the letters over the files there, or another --dir"));
  }
  return out;
}

void run_letter(Context& ctx, const LetterArgs& a) {
  if (!ctx.format_given().empty())
    throw Error(ErrorKind::usage, tr("a letter is a PDF, HTML or Markdown: give --format after 'letter'"),
                "minipilot letter MP-2026-0001 --format html -o kirje.html");
  const std::string& output = ctx.output_given();
  if (!output.empty() && !a.dir.empty())
    throw Error(ErrorKind::usage, tr("give either -o FILE (all letters in one file) or --dir DIR (one file each)"));
  const std::vector<PilotId> ids = parse_pilot_ids(expand_ids(a.ids, ctx.in()));
  const std::string format = format_of(a, output);
  if (format == "pdf" && output.empty() && a.dir.empty() && isatty(STDOUT_FILENO))
    throw Error(ErrorKind::usage, tr("a PDF is not written to a terminal"),
                tr("give -o letter.pdf or --dir DIR, or --format markdown to read it here"));
  std::vector<fs::path> paths;
  if (!a.dir.empty()) {
    paths = letter_paths(a, ids, format);
    std::vector<OutputPath> outputs;
    for (const fs::path& p : paths) outputs.push_back({"--dir", p});
    check_output_paths(outputs, ledger_files(ctx.ledger_path()));
  }
  const std::vector<Letter> letters = build_letters(ctx.ops(), ids);
  const std::string lang = std::string(language_code(language()));
  if (paths.empty()) {
    if (output.empty()) return ctx.print_json(render(letters, format, lang));  // stdout as it is
    write_file_atomically(output, render(letters, format, lang));
    return;
  }
  for (size_t i = 0; i < letters.size(); ++i) {
    write_file_atomically(paths[i], render({letters[i]}, format, lang));
    // TRANSLATORS: a pilot id and the file its decision letter was written to.
    ctx.say(trf("wrote the letter of {} to {}", letters[i].pilot_id, paths[i].string()));
  }
}

}  // namespace

Runner setup_letter(CLI::App& sub) {
  auto a = std::make_shared<LetterArgs>();
  sub.add_option("ids", a->ids, tr("pilot ids of decided pilots; - reads them from standard input"))->required();
  sub.add_option("--dir", a->dir, tr("write each letter to this folder as <pilot id>.pdf"));
  sub.add_option("--format", a->format, tr("pdf (the default for files), html or markdown (the default on screen)"))
      ->check(CLI::IsMember({"pdf", "html", "markdown"}));
  sub.add_flag("--force", a->force, tr("with --dir: write over letters that are there already"));
  return [a](Context& ctx) { run_letter(ctx, *a); };
}

}  // namespace minipilot::cli
