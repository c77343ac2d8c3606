// Hostile input (issue 8, SPEC §9): whatever svclint is given, it answers
// with a clear error (exit 2, `path:line:col: ...` or `path: reason`) or
// with findings (exit 0/1), within bounded time and memory, and never
// crashes or trips a sanitizer.
//
// corpus/hostile/ holds the small cases (corpus/hostile/generate.py says
// how each was made); every file there is linted as its name says and as
// each of the five kinds. What would be large or cannot be checked in
// (100 MB lines, 65,536-entry files, million-level nesting, unreadable
// paths, symlink loops, FIFOs) is made here, in a temporary directory.
//
// svclint runs as a child process under a wall-clock timeout and an
// address-space limit (RLIMIT_AS; under ASan the kernel-measured peak RSS
// is checked instead): see bounded_run.h.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/hostile/bounded_run.h"
#include "tests/test_util.h"

namespace svclint::testing {
namespace {

namespace fs = std::filesystem;

// Sanitized builds run several times slower and use several times the
// memory: the bounds scale with them.
constexpr double kSlowdown = kUnderAsan ? 8 : 1;

const char* const kKinds[] = {"request", "services", "avahi", "dnssd",
                              "registry"};

// --- what a clear answer is ----------------------------------------------

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// "path:12:3: ..." (a finding or a parse error at a position).
bool IsPositioned(std::string_view line, std::string_view path) {
  if (!StartsWith(line, path)) return false;
  std::string_view rest = line.substr(path.size());
  for (int field = 0; field < 2; ++field) {
    if (rest.empty() || rest[0] != ':') return false;
    rest.remove_prefix(1);
    size_t digits = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9')
      ++digits;
    if (digits == 0) return false;
    rest.remove_prefix(digits);
  }
  return StartsWith(rest, ": ");
}

// "svclint: error: path: reason" (a file that cannot be read or told).
bool IsPathError(std::string_view line, std::string_view path) {
  if (StartsWith(line, "svclint: error: ")) line.remove_prefix(16);
  return StartsWith(line, path) && line.substr(path.size(), 1) == ":";
}

struct Bounds {
  double seconds = 10;
  long memory_mb = 256;  // RLIMIT_AS, or peak RSS under ASan
};

Limits ToLimits(const Bounds& b) {
  Limits l;
  l.timeout_s = b.seconds * kSlowdown;
  l.address_space_mb = b.memory_mb;
  return l;
}

// The checks every hostile run must pass. `paths` are the inputs as
// svclint shows them; an exit code of 2 must come with a clear message
// about one of them, findings with their positions.
void ExpectClearAnswer(const BoundedResult& r, const Bounds& bounds,
                       const std::vector<std::string>& paths) {
  ASSERT_FALSE(r.timed_out)
      << "no answer within " << bounds.seconds * kSlowdown << " s";
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1 || r.exit_code == 2)
      << "exit code " << r.exit_code << "\nstderr: " << r.err.substr(0, 4000);
  for (std::string_view bad : {"Sanitizer", "runtime error", "terminate called",
                               "Assertion", "std::bad_alloc", "Segmentation"}) {
    EXPECT_EQ(r.err.find(bad), std::string::npos)
        << "stderr: " << r.err.substr(0, 4000);
  }
  if (kUnderAsan) {
    // ASan's shadow memory and quarantine roughly triple the footprint.
    EXPECT_LT(r.max_rss_mb, bounds.memory_mb * 3) << "peak RSS";
  }
  auto about_an_input = [&](std::string_view line, bool positioned) {
    for (const std::string& p : paths) {
      if (IsPositioned(line, p) || (!positioned && IsPathError(line, p)))
        return true;
    }
    return false;
  };
  if (r.exit_code == 2) {
    bool clear = false;
    const std::string both = r.out + r.err;
    for (std::string_view line : Lines(both))
      clear = clear || about_an_input(line, false);
    EXPECT_TRUE(clear) << "exit 2 without a message naming the input\n"
                       << "stdout: " << r.out.substr(0, 2000)
                       << "\nstderr: " << r.err.substr(0, 2000);
  }
  if (r.exit_code == 1) {
    bool finding = false;
    for (std::string_view line : Lines(r.out))
      finding = finding || about_an_input(line, true);
    EXPECT_TRUE(finding) << "exit 1 without a finding\nstdout: "
                         << r.out.substr(0, 2000);
  }
}

BoundedResult Lint(const std::vector<std::string>& args, const Bounds& b) {
  std::vector<std::string> full = {"lint", "--quiet"};
  full.insert(full.end(), args.begin(), args.end());
  return RunBounded(full, ToLimits(b));
}

// --- corpus/hostile: every file, as detected and as every kind -----------

std::string HostileDir() { return SourceDir() + "/corpus/hostile"; }

std::vector<std::string> HostileFiles() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(HostileDir())) {
    const std::string name = entry.path().filename().string();
    if (name == "generate.py" || name == "README.md") continue;
    names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

bool IsConfig(const std::string& name) {
  return name.size() > 13 && name.ends_with(".svclint.toml");
}

class HostileFile : public ::testing::TestWithParam<std::string> {};

TEST_P(HostileFile, AsDetected) {
  const std::string path = HostileDir() + "/" + GetParam();
  const Bounds bounds{10, 256};
  if (IsConfig(GetParam())) {
    // A configuration is read for the files it governs.
    const std::string target =
        SourceDir() + "/corpus/configs/services/office.toml";
    ExpectClearAnswer(Lint({"--config", path, target}, bounds), bounds,
                      {path, target});
  } else {
    ExpectClearAnswer(Lint({path}, bounds), bounds, {path});
  }
}

TEST_P(HostileFile, AsEveryKind) {
  const std::string path = HostileDir() + "/" + GetParam();
  const Bounds bounds{10, 256};
  for (const char* kind : kKinds) {
    SCOPED_TRACE(kind);
    ExpectClearAnswer(Lint({"--kind", kind, path}, bounds), bounds, {path});
  }
}

TEST_P(HostileFile, AsCheckInputs) {
  // The same bytes as `svclint check` input on stdin, one per line.
  const std::string path = HostileDir() + "/" + GetParam();
  const Bounds bounds{10, 256};
  for (const char* as : {"name", "type", "instance", "txt"}) {
    SCOPED_TRACE(as);
    Limits limits = ToLimits(bounds);
    limits.stdin_path = path;
    const BoundedResult r =
        RunBounded({"check", "--quiet", "--as", as, "-"}, limits);
    ExpectClearAnswer(r, bounds, {"-"});
  }
}

std::string TestName(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Corpus, HostileFile,
                         ::testing::ValuesIn(HostileFiles()), TestName);

TEST(HostileCorpus, HasEveryKindOfCase) {
  // The cases issue 8 names, in each file kind that applies.
  const std::vector<std::string> names = HostileFiles();
  auto has = [&](std::string_view part, std::string_view ext) {
    return std::any_of(names.begin(), names.end(), [&](const std::string& n) {
      return n.find(part) != std::string::npos && n.ends_with(ext);
    });
  };
  for (std::string_view ext : {".toml", ".service", ".dnssd", ".xml", ".csv",
                               ".txt", ".svclint.toml"}) {
    EXPECT_TRUE(has("empty", ext)) << ext;
    EXPECT_TRUE(has("garbage", ext)) << ext;
  }
  for (std::string_view ext : {".toml", ".service", ".dnssd", ".xml", ".csv",
                               ".txt", ".svclint.toml"}) {
    EXPECT_TRUE(has("bad_utf8", ext)) << ext;
    EXPECT_TRUE(has("nul", ext)) << ext;
  }
  EXPECT_TRUE(has("deep", ".toml"));
  EXPECT_TRUE(has("deep", ".service"));
  EXPECT_TRUE(has("deep", ".xml"));
  EXPECT_TRUE(has("billion_laughs", ".service"));
  EXPECT_TRUE(has("billion_laughs", ".xml"));
}

// Entity expansion and external entities: pugixml expands neither, so the
// text stays as written and nothing is read from elsewhere.
TEST(HostileXml, EntitiesAreNotExpandedOrFetched) {
  const Bounds bounds{5, 128};
  for (const char* name :
       {"avahi_billion_laughs.service", "registry_billion_laughs.xml",
        "avahi_external_entity.service"}) {
    SCOPED_TRACE(name);
    const std::string path = HostileDir() + "/" + name;
    const BoundedResult r = Lint({path}, bounds);
    ExpectClearAnswer(r, bounds, {path});
    EXPECT_LT(r.out.size(), 64u << 10) << "output grew with the expansion";
    EXPECT_EQ(r.out.find("lollollol"), std::string::npos);
    EXPECT_EQ(r.out.find("root:"), std::string::npos) << "/etc/passwd read";
  }
}

// --- generated: large files, in a temporary directory --------------------

class HostileGenerated : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/svclint-hostile-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    // Make everything removable again (unreadable directories included).
    for (auto it = fs::recursive_directory_iterator(
             dir_, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_symlink(ec)) chmod(it->path().c_str(), 0700);
    }
    chmod(dir_.c_str(), 0700);
    fs::remove_all(dir_, ec);
  }

  // Writes `head`, then `count` times `repeat` (streamed, so the test
  // itself never holds the file), then `tail`.
  std::string Write(const std::string& name, std::string_view head,
                    std::string_view repeat, size_t count,
                    std::string_view tail) {
    const std::string path = dir_ + "/" + name;
    std::ofstream out(path, std::ios::binary);
    out << head;
    std::string block;
    const size_t per_block =
        std::max<size_t>(1, (1 << 20) / std::max<size_t>(1, repeat.size()));
    for (size_t i = 0; i < per_block; ++i) block += repeat;
    size_t left = count;
    while (left >= per_block) {
      out << block;
      left -= per_block;
    }
    for (size_t i = 0; i < left; ++i) out << repeat;
    out << tail;
    EXPECT_TRUE(out.good()) << path;
    return path;
  }

  // Writes `count` entries, each made by `entry(i)`.
  std::string WriteEntries(const std::string& name, std::string_view head,
                           size_t count,
                           const std::function<std::string(size_t)>& entry,
                           std::string_view tail) {
    const std::string path = dir_ + "/" + name;
    std::ofstream out(path, std::ios::binary);
    out << head;
    for (size_t i = 0; i < count; ++i) out << entry(i);
    out << tail;
    EXPECT_TRUE(out.good()) << path;
    return path;
  }

  std::string dir_;
};

constexpr size_t k100MB = 100u << 20;
constexpr size_t k65536 = 65536;
constexpr size_t kMillion = 1000000;

// A 100 MB line in every kind: in a value the rules quote, so the findings
// and their messages see it too.
TEST_F(HostileGenerated, HundredMegabyteLines) {
  const Bounds bounds{30, 1536};
  struct Case {
    const char* name;
    const char* head;
    const char* tail;
  };
  const Case cases[] = {
      {"line.request.toml", "[[request]]\nservice = \"", "\"\n"},
      {"line.services.toml",
       "[[service]]\ntype = \"_http._tcp\"\ninstance = \"", "\"\n"},
      {"line.service", "<?xml version=\"1.0\"?>\n<service-group><name>",
       "</name></service-group>\n"},
      {"line.dnssd", "[Service]\nType=_http._tcp\nName=", "\n"},
      {"line.xml",
       "<?xml version='1.0'?>\n<registry "
       "id=\"service-names-port-numbers\"><record><name>",
       "</name><protocol>tcp</protocol><number>1</number></record>"
       "</registry>\n"},
      {"line.csv", "Service Name,Port Number,Transport Protocol,Description\n",
       ",1,tcp,d\n"},
      {"line.txt",
       "Service Name and Transport Protocol Port Number Registry\n\n"
       "Service Name Port Number Transport Protocol Description\n",
       " 1 tcp d\n"},
      {"nonewline.service", "", ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string path = Write(c.name, c.head, "a", k100MB, c.tail);
    ExpectClearAnswer(Lint({path}, bounds), bounds, {path});
    fs::remove(path);
  }
  // A configuration with a 100 MB value.
  const std::string config =
      Write("line.svclint.toml", "select = [\"", "S", k100MB, "\"]\n");
  const std::string target = SourceDir() + "/corpus/configs/dnssd/http.dnssd";
  ExpectClearAnswer(Lint({"--config", config, target}, bounds), bounds,
                    {config, target});
  fs::remove(config);
  // `svclint check -` with one 100 MB input line (streamed).
  const std::string input = Write("line.names", "_", "a", k100MB, "._tcp\n");
  for (const char* as : {"type", "instance", "txt"}) {
    SCOPED_TRACE(as);
    Limits limits = ToLimits(bounds);
    limits.stdin_path = input;
    ExpectClearAnswer(RunBounded({"check", "--quiet", "--as", as, "-"}, limits),
                      bounds, {"-"});
  }
}

// Less memory than an input needs (ulimit -v, a container): a clear error
// naming the file, not an abort. Not under ASan, which cannot run with an
// address-space limit.
TEST_F(HostileGenerated, OutOfMemoryIsAnError) {
  if (!kAddressSpaceLimited) GTEST_SKIP() << "ASan: no RLIMIT_AS";
  const std::string path =
      Write("big.service", "<?xml version=\"1.0\"?>\n<service-group><name>",
            "a", k100MB, "</name></service-group>\n");
  // Failing at different points: pugixml's own allocation (an IO001 parse
  // error), or a std::bad_alloc later on (reported per file).
  for (long mb : {160, 300, 500}) {
    SCOPED_TRACE(mb);
    const Bounds bounds{30, mb};
    const BoundedResult r = Lint({path}, bounds);
    ExpectClearAnswer(r, bounds, {path});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE((r.out + r.err).find("memory"), std::string::npos)
        << r.out << r.err;
  }
  // `check --txt -` holds the strings of its one record in memory.
  Limits limits = ToLimits({30, 160});
  limits.stdin_path = path;
  const BoundedResult check =
      RunBounded({"check", "--quiet", "--as", "txt", "-"}, limits);
  ASSERT_FALSE(check.timed_out);
  EXPECT_EQ(check.exit_code, 2) << check.err;
  EXPECT_EQ(check.err.find("terminate"), std::string::npos) << check.err;
  EXPECT_EQ(check.err, "svclint: error: out of memory\n");
}

// Standard input that fails to read (here a directory: EISDIR) is exit 2
// with a reason, whichever way `check` reads it.
TEST_F(HostileGenerated, UnreadableStdin) {
  for (const char* as : {"type", "txt"}) {
    SCOPED_TRACE(as);
    Limits limits = ToLimits({10, 256});
    limits.stdin_path = HostileDir();
    const BoundedResult r =
        RunBounded({"check", "--quiet", "--as", as, "-"}, limits);
    ASSERT_FALSE(r.timed_out);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err, "svclint: error: cannot read standard input\n");
  }
}

// 65,536 entries in every kind (each with findings, so the output is
// large too).
TEST_F(HostileGenerated, SixtyFiveThousandEntries) {
  const Bounds bounds{30, 1024};
  std::vector<std::string> paths;
  paths.push_back(WriteEntries(
      "many.request.toml", "", k65536,
      [](size_t i) {
        return "[[request]]\nservice = \"Service_" + std::to_string(i) +
               "\"\ntransports = [\"tcp\"]\nport = " + std::to_string(i) + "\n";
      },
      ""));
  paths.push_back(WriteEntries(
      "many.services.toml", "", k65536,
      [](size_t i) {
        return "[[service]]\ninstance = \"I" + std::to_string(i) +
               "\"\ntype = \"_S" + std::to_string(i) +
               "._tcp\"\ntxt = [\"a=1\", \"a=2\"]\n";
      },
      ""));
  paths.push_back(WriteEntries(
      "many.service",
      "<?xml version=\"1.0\"?>\n<service-group><name>x</name>\n", k65536,
      [](size_t i) {
        return "<service><type>_S" + std::to_string(i) + "._tcp</type><port>" +
               std::to_string(i) +
               "</port><txt-record>a=1</txt-record>"
               "<txt-record>a=2</txt-record></service>\n";
      },
      "</service-group>\n"));
  paths.push_back(WriteEntries(
      "many.dnssd", "[Service]\nName=x\nType=_http._tcp\n", k65536,
      [](size_t i) {
        return "TxtText=k" + std::to_string(i) + "=v K" + std::to_string(i) +
               "=w\n";
      },
      ""));
  paths.push_back(WriteEntries(
      "sections.dnssd", "", k65536,
      [](size_t i) {
        return "[Service]\nName=n" + std::to_string(i) + "\nType=_X" +
               std::to_string(i) + "._tcp\n";
      },
      ""));
  paths.push_back(WriteEntries(
      "many.csv", "Service Name,Port Number,Transport Protocol,Description\n",
      k65536,
      [](size_t i) {
        return "Name_" + std::to_string(i) + "," + std::to_string(i) +
               ",tcp,d\n";
      },
      ""));
  paths.push_back(WriteEntries(
      "many.xml",
      "<?xml version='1.0'?>\n<registry id=\"service-names-port-numbers\">\n",
      k65536,
      [](size_t i) {
        return "<record><name>Name_" + std::to_string(i) +
               "</name><protocol>udp</protocol><number>" + std::to_string(i) +
               "</number></record>\n";
      },
      "</registry>\n"));
  paths.push_back(WriteEntries(
      "many.txt",
      "Service Name and Transport Protocol Port Number Registry\n\n"
      "Service Name Port Number Transport Protocol Description\n",
      k65536,
      [](size_t i) {
        return "Name_" + std::to_string(i) + " " + std::to_string(i) +
               " tcp d\n";
      },
      ""));
  for (const std::string& path : paths) {
    SCOPED_TRACE(path);
    ExpectClearAnswer(Lint({path}, bounds), bounds, {path});
  }
  // All of them in one run, linted in parallel (two at a time here).
  const Bounds together{60, 2048};
  ExpectClearAnswer(Lint(paths, together), together, paths);
  // A configuration with 65,536 per-file ignores and 65,536 custom rules.
  const std::string config = WriteEntries(
      "many.svclint.toml", "[per-file-ignores]\n", k65536,
      [](size_t i) {
        return "\"dir" + std::to_string(i) + "/*[a-z]?*.toml\" = [\"SN\"]\n";
      },
      "");
  const std::string rules = WriteEntries(
      "rules.svclint.toml", "", k65536,
      [](size_t i) {
        return "[[rule]]\nid = \"ORG" + std::to_string(i) + "\"\nslug = \"r" +
               std::to_string(i) +
               "\"\nseverity = \"info\"\nfield = \"service.name\"\n"
               "pattern = \"^x" +
               std::to_string(i) + "\"\nmatch = \"must\"\nmessage = \"m\"\n";
      },
      "");
  const std::string target = SourceDir() + "/corpus/configs/dnssd/http.dnssd";
  for (const std::string& c : {config, rules}) {
    SCOPED_TRACE(c);
    ExpectClearAnswer(Lint({"--config", c, target}, bounds), bounds,
                      {c, target});
  }
  // 65,536 names on stdin, and as arguments.
  const std::string names = WriteEntries(
      "many.names", "", k65536,
      [](size_t i) { return "_Name_" + std::to_string(i) + "._tcp\n"; }, "");
  Limits limits = ToLimits(bounds);
  limits.stdin_path = names;
  ExpectClearAnswer(RunBounded({"check", "--quiet", "-"}, limits), bounds,
                    {"-"});
  std::vector<std::string> args = {"check", "--quiet", "--txt"};
  for (size_t i = 0; i < k65536; ++i) args.push_back("k=" + std::to_string(i));
  ExpectClearAnswer(RunBounded(args, ToLimits(bounds)), bounds, {"<args>"});
}

// Nesting a million levels deep: the parsers must refuse or cope without
// recursing a million frames.
TEST_F(HostileGenerated, MillionLevelNesting) {
  const Bounds bounds{30, 512};
  std::vector<std::string> paths = {
      Write("arrays.request.toml", "[[request]]\nnotes = ", "[", kMillion,
            std::string(kMillion, ']') + "\n"),
      Write("inline.services.toml", "[[service]]\ntxt = ", "{a=", kMillion,
            "1" + std::string(kMillion, '}') + "\n"),
      Write("dotted.request.toml", "[[request]]\na", ".a", kMillion, " = 1\n"),
      Write("header.services.toml", "[[service]]\n[t", ".t", kMillion, "]\n"),
      Write("unclosed.request.toml", "[[request]]\nx = ", "[", kMillion, ""),
      Write("deep.service", "<?xml version=\"1.0\"?>\n<service-group>",
            "<service>", kMillion, ""),
      Write("deep.xml",
            "<?xml version='1.0'?>\n<registry "
            "id=\"service-names-port-numbers\">",
            "<record>", kMillion, "</registry>"),
      Write("deep.dnssd", "[Service]\nName=x\nType=_http._tcp\nTxtText=", "\"",
            kMillion, "\n"),
  };
  for (const std::string& path : paths) {
    SCOPED_TRACE(path);
    ExpectClearAnswer(Lint({path}, bounds), bounds, {path});
  }
  const std::string config = Write("deep.svclint.toml", "select = ", "[",
                                   kMillion, std::string(kMillion, ']'));
  const std::string target = SourceDir() + "/corpus/configs/dnssd/http.dnssd";
  ExpectClearAnswer(Lint({"--config", config, target}, bounds), bounds,
                    {config, target});
}

// TXT records far past what DNS carries (65,535 bytes in all, 255 per
// string): many strings, and single huge strings.
TEST_F(HostileGenerated, HugeTxtRecords) {
  const Bounds bounds{30, 512};
  std::vector<std::string> paths = {
      WriteEntries(
          "txt.services.toml",
          "[[service]]\ninstance = \"x\"\ntype = \"_http._tcp\"\ntxt = [",
          k65536,
          [](size_t i) { return "\"k" + std::to_string(i % 300) + "=v\", "; },
          "]\n"),
      Write("bigstring.services.toml",
            "[[service]]\ninstance = \"x\"\ntype = \"_http._tcp\"\ntxt = "
            "[\"k=",
            "v", 8u << 20, "\"]\n"),
      WriteEntries(
          "txt.service",
          "<?xml version=\"1.0\"?>\n<service-group><name>x</name><service>"
          "<type>_http._tcp</type><port>80</port>\n",
          k65536,
          [](size_t i) {
            return "<txt-record>k" + std::to_string(i) + "=v</txt-record>\n";
          },
          "</service></service-group>\n"),
      Write("bighex.service",
            "<?xml version=\"1.0\"?>\n<service-group><name>x</name><service>"
            "<type>_http._tcp</type><port>80</port><txt-record "
            "value-format=\"binary-hex\">k=",
            "00ff", 4u << 20, "</txt-record></service></service-group>\n"),
      WriteEntries(
          "txt.dnssd", "[Service]\nName=x\nType=_http._tcp\nTxtText=", k65536,
          [](size_t i) { return "k" + std::to_string(i) + "=v "; }, "\n"),
      Write("bigdata.dnssd", "[Service]\nName=x\nType=_http._tcp\nTxtData=k=",
            "AAAA", 4u << 20, "\n"),
  };
  for (const std::string& path : paths) {
    SCOPED_TRACE(path);
    ExpectClearAnswer(Lint({path}, bounds), bounds, {path});
  }
}

// --- paths that cannot be read -------------------------------------------

TEST_F(HostileGenerated, UnreadableFile) {
  const std::string path =
      Write("secret.dnssd", "[Service]\nName=x\nType=_http._tcp\n", "", 0, "");
  ASSERT_EQ(chmod(path.c_str(), 0), 0);
  const Bounds bounds{10, 256};
  Limits limits = ToLimits(bounds);
  // As root, permission bits do not apply unless the capabilities that
  // override them are gone: the child drops them before running svclint.
  limits.drop_dac_capabilities = geteuid() == 0;
  const BoundedResult r = RunBounded({"lint", "--quiet", path}, limits);
  if (r.setup_failed) {
    GTEST_SKIP() << "running as root without CAP_SETPCAP: cannot drop "
                    "CAP_DAC_OVERRIDE, so no file is unreadable";
  }
  ExpectClearAnswer(r, bounds, {path});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(path + ": cannot read"), std::string::npos) << r.err;
}

TEST_F(HostileGenerated, UnreadableDirectoryInsideAWalk) {
  fs::create_directories(dir_ + "/tree/locked");
  Write("tree/ok.dnssd", "[Service]\nName=x\nType=_http._tcp\n", "", 0, "");
  Write("tree/locked/hidden.dnssd", "[Service]\nName=x\n", "", 0, "");
  ASSERT_EQ(chmod((dir_ + "/tree/locked").c_str(), 0), 0);
  const Bounds bounds{10, 256};
  Limits limits = ToLimits(bounds);
  limits.drop_dac_capabilities = geteuid() == 0;
  const BoundedResult r =
      RunBounded({"lint", "--quiet", dir_ + "/tree"}, limits);
  if (r.setup_failed) GTEST_SKIP() << "cannot drop CAP_DAC_OVERRIDE";
  ExpectClearAnswer(r, bounds, {dir_ + "/tree", dir_ + "/tree/ok.dnssd"});
}

TEST_F(HostileGenerated, SymlinkLoops) {
  const std::string tree = dir_ + "/loops";
  fs::create_directories(tree + "/sub");
  Write("loops/sub/a.dnssd", "[Service]\nName=x\nType=_http._tcp\n", "", 0, "");
  fs::create_directory_symlink(".", tree + "/self");
  fs::create_directory_symlink("..", tree + "/sub/up");
  fs::create_directory_symlink(tree, tree + "/sub/abs");
  fs::create_symlink("ping.dnssd", tree + "/pong.dnssd");
  fs::create_symlink("pong.dnssd", tree + "/ping.dnssd");
  fs::create_symlink("loop.toml", tree + "/loop.toml");
  fs::create_symlink("missing.service", tree + "/dangling.service");
  const Bounds bounds{10, 256};
  // The walk terminates and lints the one real file.
  const BoundedResult walk = Lint({tree}, bounds);
  ExpectClearAnswer(walk, bounds, {tree, tree + "/sub/a.dnssd"});
  // A loop or a dangling link named on the command line: exit 2 naming it,
  // and saying which it is.
  for (const char* name : {"/ping.dnssd", "/loop.toml", "/dangling.service"}) {
    SCOPED_TRACE(name);
    const BoundedResult r = Lint({tree + name}, bounds);
    ExpectClearAnswer(r, bounds, {tree + name});
    EXPECT_EQ(r.exit_code, 2);
    const bool loop = std::string_view(name) != "/dangling.service";
    EXPECT_NE(r.err.find(loop ? "Too many levels of symbolic links"
                              : "no such file or directory"),
              std::string::npos)
        << r.err;
  }
}

TEST_F(HostileGenerated, NotRegularFiles) {
  // A FIFO inside a walked directory is skipped, never opened (opening
  // one with no writer would block forever).
  fs::create_directories(dir_ + "/odd/dir.toml");
  ASSERT_EQ(mkfifo((dir_ + "/odd/fifo.dnssd").c_str(), 0600), 0);
  Write("odd/dir.toml/x.dnssd", "[Service]\nName=x\nType=_http._tcp\n", "", 0,
        "");
  const Bounds bounds{10, 256};
  ExpectClearAnswer(Lint({dir_ + "/odd"}, bounds), bounds,
                    {dir_ + "/odd", dir_ + "/odd/dir.toml/x.dnssd"});
  // A directory named like a file is walked; /dev/null is an empty file of
  // unknown kind, or empty as a forced kind.
  ExpectClearAnswer(Lint({dir_ + "/odd/dir.toml"}, bounds), bounds,
                    {dir_ + "/odd/dir.toml/x.dnssd"});
  ExpectClearAnswer(Lint({"/dev/null"}, bounds), bounds, {"/dev/null"});
  for (const char* kind : kKinds) {
    ExpectClearAnswer(Lint({"--kind", kind, "/dev/null"}, bounds), bounds,
                      {"/dev/null"});
  }
}

// --- the language server's stdin ------------------------------------------

TEST_F(HostileGenerated, LanguageServerInput) {
  const Bounds bounds{20, 512};
  auto run = [&](const std::string& path) {
    Limits limits = ToLimits(bounds);
    limits.stdin_path = path;
    const BoundedResult r = RunBounded({"lsp"}, limits);
    ASSERT_FALSE(r.timed_out);
    // No shutdown before the input ends: exit code 1, as LSP says.
    EXPECT_EQ(r.exit_code, 1) << r.err.substr(0, 2000);
    EXPECT_EQ(r.err.find("Sanitizer"), std::string::npos) << r.err;
  };
  run(HostileDir() + "/garbage.toml");
  run(Write("huge-length.lsp",
            "Content-Length: 99999999999999999999999\r\n\r\n{}", "", 0, ""));
  run(Write("claims-64mb.lsp", "Content-Length: 67108864\r\n\r\n{", "", 0, ""));
  run(Write("header-line.lsp", "Content-Length: ", "9", 8u << 20, "\r\n\r\n"));
  const std::string open =
      R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":)"
      R"({"textDocument":{"uri":"file:///tmp/x.dnssd","text":"[Service]\nName=)" +
      std::string(1 << 20, 'a') + R"("}}})";
  const std::string init =
      R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{}})";
  auto frame = [](const std::string& body) {
    return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  };
  run(Write("many.lsp", frame(init), frame("[1]"), k65536, frame(open)));
  run(Write("deep.lsp", "Content-Length: 2000000\r\n\r\n", "[", kMillion,
            std::string(kMillion, ']')));
}

}  // namespace
}  // namespace svclint::testing
