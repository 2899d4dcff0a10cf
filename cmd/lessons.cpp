// minipilot lessons import FILE / lessons list [--search] [--tag] [--city]: other cities' lessons beside this city's.
#include "minipilot/ops/lessons.h"

#include <fmt/format.h>

#include <memory>

#include "cmd/commands.h"
#include "minipilot/formats/chain_format.h"
#include "minipilot/formats/lessons_format.h"
#include "minipilot/reports/lessons.h"
#include "minipilot/validate/text.h"

namespace minipilot::cli {

namespace {

struct LessonsArgs {
  std::string file, search, tag, city;
  CLI::App* import = nullptr;
};

// A catalogue's bytes; one larger than any city's catalogue is refused before it is read.
std::string read_catalogue(const std::string& path) {
  constexpr std::streamsize kMaxBytes = 64 << 20;  // 64 MiB: some 30,000 lessons of full length
  return read_input(path, "lessons import", kMaxBytes,
                    N_("{} is {} MiB: larger than any lessons catalogue minipilot reads"));
}

LessonFilter filter_of(const LessonsArgs& a) {
  return {search_option(a.search, "--search"), tag_option(a.tag), search_option(a.city, "--city")};
}

void run_import(Context& ctx, const LessonsArgs& a) {
  const std::string text = read_catalogue(a.file);
  const LessonsImported done = import_lessons(ctx.ops(), text);
  if (ctx.format() == Format::json) return ctx.print_json(import_json(done.source, done.replaced));
  const auto n = static_cast<unsigned long>(done.source.lessons);
  if (done.replaced)
    // TRANSLATORS: a city's catalogue read in again: how many lessons, the city, and how many it had before.
    return ctx.say(trnf("imported {} lesson of {}, in place of the {} imported before",
                        "imported {} lessons of {}, in place of the {} imported before", n, n, done.source.city,
                        done.replaced->lessons));
  // TRANSLATORS: another city's catalogue read in: how many lessons, and the city.
  ctx.say(trnf("imported {} lesson of {}", "imported {} lessons of {}", n, n, done.source.city));
}

}  // namespace

Runner setup_lessons(CLI::App& sub) {
  auto a = std::make_shared<LessonsArgs>();
  sub.require_subcommand(1, 1);
  a->import = sub.add_subcommand(
      "import", tr("read another city's public lessons catalogue (admin); a newer one replaces the city's earlier"));
  a->import->add_option("file", a->file, tr("the catalogue: the JSON of 'report outcomes --public'"))
      ->required()
      ->group(kInputGroup);
  CLI::App* list = sub.add_subcommand("list", tr("this city's lessons and those imported from other cities"));
  list->add_option("--search", a->search, tr("only lessons with this text in the title, summary or lessons"));
  list->add_option("--tag", a->tag, tr("only lessons with this theme"));
  list->add_option("--city", a->city, tr("only this city's lessons"));
  return [a](Context& ctx) {
    if (a->import->parsed()) return run_import(ctx, *a);
    const LessonFilter filter = filter_of(*a);
    ChainHead head;
    const std::vector<Lesson> found = list_lessons(ctx.ops(), filter, &head);
    // Lessons are public: a file written with -o may be published as it is.
    ctx.publishable();
    const std::string own = ctx.config().municipality.empty() ? ctx.config().program_name : ctx.config().municipality;
    ctx.show(
        [&] {
          Document d = lessons_document(filter, found, own);
          d.footer = chain_head_footer(head);
          return d;
        },
        [&] { return lessons_json(filter, found, &head); });
  };
}

}  // namespace minipilot::cli
