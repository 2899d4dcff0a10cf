// The words of a decision letter, written once per language (through the catalogue), from the letter's parts.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "minipilot/core/forms.h"
#include "minipilot/core/i18n.h"
#include "minipilot/formats/letter_format.h"
#include "minipilot/validate/bank.h"

namespace minipilot {

namespace {

// The party as the letter names it: a name, with the business ID of an
// association or company, or the contact person of a community.
std::string party(const Applicant& a) {
  if (!a.business_id.empty())
    // TRANSLATORS: the party of a decision letter: its name and business ID.
    return trf("{} (business ID {})", a.name, a.business_id);
  if (a.type == ApplicantType::community)
    return a.payee_name.empty()
               // TRANSLATORS: the party of a decision letter: a community (an informal group) with no contact named.
               ? trf("{} (a community)", a.name)
               // TRANSLATORS: the party of a decision letter: a community and its contact person, who is paid.
               : trf("{} (a community; contact person {})", a.name, a.payee_name);
  return a.name;
}

std::vector<std::string> terms(const Letter& l) {
  std::vector<std::string> out;
  if (l.start && l.end)
    out.push_back(trf("Planned period of the experiment: {}–{}.", date_text(*l.start), date_text(*l.end)));
  else if (l.start)
    out.push_back(trf("Planned start of the experiment: {}.", date_text(*l.start)));
  if (l.outcome_due)
    out.push_back(trf("The outcome report is due by {}, {} days after the planned end. An experiment that failed is "
                      "reported too: failure is allowed.",
                      date_text(*l.outcome_due), l.outcome_due_days));
  else
    out.push_back(trf("The outcome report is due within {} days of the payment. An experiment that failed is "
                      "reported too: failure is allowed.",
                      l.outcome_due_days));
  if (l.applicant.iban.empty())
    out.push_back(tr("The grant is paid once the applicant has given an account number."));
  else
    // TRANSLATORS: the account (an IBAN) and the name of its holder.
    out.push_back(trf("The grant is paid to the account {} (payee {}).", iban_print_form(l.applicant.iban),
                      payee_of(l.applicant)));
  return out;
}

LetterText::Part rectification(const Letter& l) {
  const RectificationDates& d = l.dates;
  return {tr("Instructions for requesting rectification"),
          {tr("A party dissatisfied with this decision may request its rectification in writing. No appeal to a "
              "court may be made against the decision itself."),
           tr("Rectification may be requested by the party to the decision and by any member of the municipality."),
           // TRANSLATORS: to whom a request for rectification is sent ("Hyvinvointilautakunta"), and its address.
           trf("The request is sent to: {}, {}.", l.rectification_to, l.rectification_address),
           tr("The request must be made within 14 days of notice of the decision; the day of notice is not counted. "
              "Unless shown otherwise, the party is deemed to have received notice on the seventh day after a letter "
              "was sent, or on the third day after an e-mail was sent. A member of the municipality is deemed to "
              "have received notice seven days after the decision was published in the public data network."),
           // TRANSLATORS: the day the letter is sent, then by letter: received, last day; by e-mail: received,
           // last day.
           trf("This decision is sent on {}. Sent by letter, it is deemed received on {}, and the last day for a "
               "request is {}. Sent by e-mail, it is deemed received on {}, and the last day for a request is {}.",
               date_text(d.sent), date_text(d.received_by_letter), date_text(d.last_day_by_letter),
               date_text(d.received_by_email), date_text(d.last_day_by_email)),
           tr("When the last day of the period is a Saturday, a Sunday or a public holiday, the request may be made "
              "on the next working day; the last days above are counted so."),
           tr("The request must state the decision concerned, the change asked for and its grounds, and the name, "
              "municipality of residence and contact details of the person making it. It must arrive before the "
              "registry closes on the last day.")},
          {}};
}

}  // namespace

LetterText letter_text(const Letter& l) {
  LetterText t;
  t.city = l.city;
  t.authority = l.authority;
  // TRANSLATORS: the kind of document, in capitals at the top of a decision letter.
  t.kind = tr("DECISION");
  t.number_line = fmt::format("{}   {}", l.number, date_text(l.decided));
  t.title = tr("Decision on a mini-pilot grant");
  const std::string decider = l.decider_title.empty() ? l.decider_name : l.decider_name + ", " + l.decider_title;
  // TRANSLATORS: the labels of a decision letter's heading fields.
  t.fields = {{tr("Party"), party(l.applicant)},
              {tr("Subject"), fmt::format("{} ({}, {})", l.title, l.pilot_id, l.programme)},
              {tr("Decider"), decider},
              {tr("Decision number"), l.number},
              {tr("Date of decision"), date_text(l.decided)}};
  if (l.approved) {
    t.parts.push_back(
        {tr("Decision"), {trf("A mini-pilot grant of {} is awarded to the applicant.", money_text(l.grant))}, {}});
    t.parts.push_back({tr("Terms"), {}, terms(l)});
  } else {
    t.parts.push_back({tr("Decision"), {tr("The application is rejected. No grant is awarded.")}, {}});
  }
  LetterText::Part reasons{tr("Reasons"), {}, {}};
  if (!l.reasons.empty()) reasons.paragraphs.push_back(l.reasons);
  if (!l.note.empty()) reasons.paragraphs.push_back(l.note);
  t.parts.push_back(std::move(reasons));
  t.parts.push_back({"", {decider}, {}});  // the decider signs below the reasons
  // TRANSLATORS: the heading above who gives more information on the decision.
  t.parts.push_back({tr("More information"), {l.contact}, {}});
  t.parts.push_back(rectification(l));
  return t;
}

std::string render_letters_markdown(const std::vector<Letter>& letters) {
  std::string out;
  for (const Letter& l : letters) {
    const LetterText t = letter_text(l);
    std::vector<std::string> blocks{"# " + t.city};
    if (t.authority != t.city) blocks.push_back(t.authority);
    blocks.push_back(fmt::format("**{} {}**", t.kind, t.number_line));
    blocks.push_back("## " + t.title);
    std::string fields;
    for (const auto& [label, value] : t.fields) fields += fmt::format("{}**{}:** {}", fields.empty() ? "" : "  \n", label, value);
    blocks.push_back(fields);
    for (const LetterText::Part& p : t.parts) {
      if (!p.heading.empty()) blocks.push_back("### " + p.heading);
      for (const std::string& para : p.paragraphs) blocks.push_back(para);
      std::string items;
      for (const std::string& item : p.items) items += (items.empty() ? "- " : "\n- ") + item;
      if (!items.empty()) blocks.push_back(items);
    }
    if (!out.empty()) out += "\n---\n\n";
    out += fmt::format("{}\n", fmt::join(blocks, "\n\n"));
  }
  return out;
}

}  // namespace minipilot
