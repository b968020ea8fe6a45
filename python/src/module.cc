// annals._annals: the Python binding of the public C++ API
// (include/annals). Only <annals/...> headers are used, as in any
// embedding program; python/annals/__init__.py is the Python face.
//
// Values cross as plain Python objects (str, int, list, dict); RuleSet,
// Extraction and Timeline stay C++ handles (immutable, cheap to copy).
// Extraction pickles as its extract record, so it travels between
// processes (Dask, multiprocessing). The GIL is released while C++ works.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <exception>
#include <sstream>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "annals/article.h"
#include "annals/export.h"
#include "annals/partial.h"
#include "annals/rules.h"
#include "annals/status.h"
#include "annals/timeline.h"

namespace py = pybind11;

namespace annals {
namespace {

// A file that could not be read or written; raised as OSError.
class FileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A failed Status as a Python exception: OSError for files, ValueError
// for the rest (a bad rule, a bad record, a bad date).
[[noreturn]] void Raise(const Status& s) {
  if (s.code() == Status::Code::kIoError || s.code() == Status::Code::kNotFound)
    throw FileError(s.ToString());
  throw py::value_error(s.ToString());
}

template <typename T>
T Take(Result<T> r) {
  if (!r.ok()) Raise(r.status());
  return std::move(*r);
}

py::dict TimeDict(const Extraction::Time& t) {
  return py::dict(py::arg("begin") = t.begin, py::arg("end") = t.end,
                  py::arg("type") = t.type, py::arg("value") = t.value,
                  py::arg("end_value") = t.end_value, py::arg("rule") = t.rule);
}

py::dict ActorDict(const Extraction::Actor& a) {
  return py::dict(py::arg("name") = a.name, py::arg("kind") = a.kind,
                  py::arg("aliases") = a.aliases, py::arg("titles") = a.titles,
                  py::arg("mentions") = a.mentions);
}

py::dict EventDict(const Extraction::Event& e) {
  return py::dict(
      py::arg("type") = e.type, py::arg("label") = e.label,
      py::arg("begin") = e.begin, py::arg("end") = e.end,
      py::arg("trigger_begin") = e.trigger_begin,
      py::arg("trigger_end") = e.trigger_end, py::arg("when") = e.when,
      py::arg("when_end") = e.when_end, py::arg("where") = e.where,
      py::arg("participants") = e.participants, py::arg("rule") = e.rule);
}

py::dict StatementDict(const Extraction::Statement& s) {
  return py::dict(py::arg("holder") = s.holder, py::arg("verb") = s.verb,
                  py::arg("topic") = s.topic, py::arg("begin") = s.begin,
                  py::arg("end") = s.end, py::arg("rule") = s.rule);
}

template <typename T, typename F>
py::list ListOf(const std::vector<T>& items, F to_dict) {
  py::list out;
  for (const auto& item : items) out.append(to_dict(item));
  return out;
}

std::string Record(const Extraction& x) {
  return Take(Render(x, Format::kExtractRecord));
}

// What assemble() and partial() take: Extraction objects, extract record
// lines and partial assemblies (str), in order.
using Item = std::variant<Extraction, std::string>;

std::vector<Item> Items(const py::iterable& items) {
  std::vector<Item> out;
  for (const py::handle item : items) {
    if (py::isinstance<Extraction>(item))
      out.emplace_back(item.cast<Extraction>());
    else
      out.emplace_back(item.cast<std::string>());
  }
  return out;
}

// Hands every record of one str item to `use`, through `next` (a
// RecordReader method); bad lines go to *errors, one per line.
template <typename Next, typename Use>
void EachRecord(const std::string& text, std::size_t n, Next next, Use use,
                std::string* errors) {
  std::istringstream in(text);
  RecordReader reader(in, "<item " + std::to_string(n) + ">");
  while (auto x = (reader.*next)()) {
    if (x->ok())
      use(std::move(**x));
    else
      *errors += x->status().ToString() + "\n";
  }
}

// The records of the items, parsed; every bad line makes one ValueError.
// (The items' Extractions are copies of the Python objects': moved out.)
std::vector<Extraction> Records(std::vector<Item> items) {
  std::vector<Extraction> out;
  std::string errors;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (auto* x = std::get_if<Extraction>(&items[i])) {
      out.push_back(std::move(*x));
      continue;
    }
    EachRecord(
        std::get<std::string>(items[i]), i + 1, &RecordReader::Next,
        [&](Extraction x) { out.push_back(std::move(x)); }, &errors);
  }
  if (!errors.empty()) throw py::value_error(errors);
  return out;
}

// One partial of the items, in order: the records of partials are copied
// unparsed (a merge of merges reads no JSON), the others are parsed.
std::string MergePartials(const std::vector<Item>& items) {
  std::ostringstream out;
  PartialWriter writer(out);
  Status written;
  std::string errors;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (const auto* x = std::get_if<Extraction>(&items[i])) {
      if (written.ok()) written = writer.Add(*x);
      continue;
    }
    EachRecord(
        std::get<std::string>(items[i]), i + 1, &RecordReader::NextLine,
        [&](const std::string& line) {
          if (written.ok()) written = writer.AddLine(line);
        },
        &errors);
  }
  if (!errors.empty()) throw py::value_error(errors);
  if (written.ok()) written = writer.Finish();
  if (!written.ok()) Raise(written);
  return out.str();
}

Extraction ExtractDocument(const RuleSet& rules, Document doc) {
  py::gil_scoped_release unlocked;
  return Take(Extract(rules, doc));
}

Extraction ExtractFile(const RuleSet& rules, const std::string& path,
                       const std::string& dct) {
  py::gil_scoped_release unlocked;
  Document doc = Take(Document::FromFile(path));
  if (!dct.empty()) doc.dct = dct, doc.dct_origin = "option";
  return Take(Extract(rules, doc));
}

void BindRuleSet(py::module_& m) {
  py::class_<RuleSet>(m, "RuleSet",
                      "Compiled YAML rules; immutable, shared by threads.")
      .def(py::init([](const std::vector<std::string>& dirs) {
             py::gil_scoped_release unlocked;
             return Take(RuleSet::Load(dirs));
           }),
           py::arg("paths"))
      .def(
          "extract",
          [](const RuleSet& r, std::string text, std::string dct,
             std::string path) {
            Document doc;
            doc.path = std::move(path);
            doc.text = std::move(text);
            doc.dct = std::move(dct);
            if (!doc.dct.empty()) doc.dct_origin = "option";
            return ExtractDocument(r, std::move(doc));
          },
          py::arg("text"), py::kw_only(), py::arg("dct") = "",
          py::arg("path") = "",
          "The facts of one article (text); dct: its publication date.")
      .def("extract_file", &ExtractFile, py::arg("path"), py::kw_only(),
           py::arg("dct") = "",
           "The facts of an article file, read as `annals run` reads it.")
      .def_property_readonly("rule_count", &RuleSet::rule_count)
      .def_property_readonly("file_count", &RuleSet::file_count);
}

void BindExtraction(py::module_& m) {
  py::class_<Extraction>(m, "Extraction", "The facts of one article.")
      .def_property_readonly("dct", &Extraction::dct)
      .def_property_readonly("dct_origin", &Extraction::dct_origin)
      .def_property_readonly(
          "times",
          [](const Extraction& x) { return ListOf(x.times(), TimeDict); })
      .def_property_readonly(
          "actors",
          [](const Extraction& x) { return ListOf(x.actors(), ActorDict); })
      .def_property_readonly(
          "events",
          [](const Extraction& x) { return ListOf(x.events(), EventDict); })
      .def_property_readonly("statements",
                             [](const Extraction& x) {
                               return ListOf(x.statements(), StatementDict);
                             })
      .def("record", &Record,
           "The `annals extract` JSON Lines record (one line, with its "
           "newline).")
      .def(py::pickle(&Record, [](const std::string& line) {
        return Take(ParseExtractRecord(line));
      }));
}

py::dict DocumentDict(const Timeline::DocumentInfo& d) {
  return py::dict(py::arg("id") = d.id, py::arg("path") = d.path,
                  py::arg("dct") = d.dct, py::arg("dct_origin") = d.dct_origin);
}

py::dict TimelineActorDict(const Timeline::Actor& a) {
  return py::dict(py::arg("id") = a.id, py::arg("name") = a.name,
                  py::arg("kind") = a.kind, py::arg("aliases") = a.aliases,
                  py::arg("titles") = a.titles);
}

py::dict TimelineEventDict(const Timeline::Event& e) {
  return py::dict(py::arg("id") = e.id, py::arg("type") = e.type,
                  py::arg("label") = e.label, py::arg("when") = e.when,
                  py::arg("when_end") = e.when_end, py::arg("where") = e.where,
                  py::arg("participants") = e.participants,
                  py::arg("sources") = e.sources);
}

std::string RenderNamed(const Timeline& t, const std::string& name) {
  Format f = Take(ParseFormat(name));
  py::gil_scoped_release unlocked;
  return Take(Render(t, f));
}

// The files `annals run --no-svg` writes, by name: the five tables and
// graphs (RunOutputFiles) and report.html without a picture.
py::dict Outputs(const Timeline& t) {
  std::vector<std::pair<std::string, std::string>> files;
  {
    py::gil_scoped_release unlocked;
    for (const auto& f : RunOutputFiles())
      files.emplace_back(f.name, Take(Render(t, f.format)));
    std::ostringstream html;
    if (Status s = WriteHtmlReport(html, t, ""); !s.ok()) Raise(s);
    files.emplace_back("report.html", html.str());
  }
  py::dict out;
  for (auto& [name, text] : files) out[py::str(name)] = py::bytes(text);
  return out;
}

void BindTimeline(py::module_& m) {
  py::class_<Timeline>(m, "Timeline",
                       "Assembled events, actors and documents; immutable.")
      .def_property_readonly(
          "documents",
          [](const Timeline& t) { return ListOf(t.documents(), DocumentDict); })
      .def_property_readonly("events",
                             [](const Timeline& t) {
                               return ListOf(t.events(), TimelineEventDict);
                             })
      .def_property_readonly("actors",
                             [](const Timeline& t) {
                               return ListOf(t.actors(), TimelineActorDict);
                             })
      .def_property_readonly("statement_count", &Timeline::statement_count)
      .def("render", &RenderNamed, py::arg("format"),
           "One output as text: json, md, csv, dot or graphml.")
      .def("outputs", &Outputs,
           "{file name: bytes} of what `annals run --no-svg` writes.");
}

void TranslateFileError(std::exception_ptr error) {
  try {
    if (error) std::rethrow_exception(error);
  } catch (const FileError& e) {
    PyErr_SetString(PyExc_OSError, e.what());
  }
}

}  // namespace
}  // namespace annals

PYBIND11_MODULE(_annals, m) {
  using namespace annals;  // NOLINT: the module's body
  py::register_exception_translator(&TranslateFileError);
  m.doc() = "annals: dated timelines and who-met-whom graphs from news";
  BindRuleSet(m);
  BindExtraction(m);
  BindTimeline(m);
  m.def("bundled_directory", &RuleSet::BundledDirectory);
  m.def(
      "assemble",
      [](const py::iterable& records, const RuleSet& rules) {
        std::vector<Item> items = Items(records);
        py::gil_scoped_release unlocked;
        return Timeline::Assemble(rules, Records(std::move(items)));
      },
      py::arg("records"), py::arg("rules"),
      "One timeline from Extractions, record lines or partial assemblies, "
      "in order.");
  m.def(
      "partial",
      [](const py::iterable& items) {
        std::vector<Item> inputs = Items(items);
        py::gil_scoped_release unlocked;
        return MergePartials(inputs);
      },
      py::arg("items"),
      "One partial assembly (str) of Extractions, records and partials, in "
      "order.");
  m.def(
      "parse_record",
      [](const std::string& line) { return Take(ParseExtractRecord(line)); },
      py::arg("line"));
}
