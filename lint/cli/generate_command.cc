#include "lint/cli/generate_command.h"

#include <CLI/CLI.hpp>

#include "lint/base/build_info.h"
#include "lint/catalog/catalog.h"
#include "lint/cli/cli_model.h"
#include "lint/cli/common_options.h"
#include "lint/cli/completions.h"
#include "lint/cli/man_page.h"
#include "lint/registry/registry.h"

namespace svclint {

int RunGenerate(const CLI::App& app, std::string_view what, std::ostream& out,
                std::ostream& err) {
  const CliCommand cli = DescribeCli(app);
  if (what == "man") {
    // The embedded registry's date, not today's: the page is the same
    // whenever it is built.
    WriteManPage(cli, BuiltinRules(), SvclintVersion(),
                 Registry::Embedded().Stats().updated, out);
    return kExitClean;
  }
  if (std::optional<Shell> shell = ParseShell(what)) {
    WriteCompletion(*shell, cli, BuiltinRules(), out);
    return kExitClean;
  }
  err << "svclint: error: __generate: expected man, bash, zsh or fish\n";
  return kExitUsage;
}

}  // namespace svclint
