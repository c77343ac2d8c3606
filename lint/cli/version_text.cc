#include "lint/cli/version_text.h"

#include "lint/base/build_info.h"

namespace svclint {

std::string VersionText(const RegistryInUse& registry) {
  std::string text = "svclint ";
  text += SvclintVersion();
  text += " (commit ";
  text += SvclintCommit();
  text += ")\nregistry: IANA service names and port numbers of ";
  text += registry.date.empty() ? "an unknown date" : registry.date;
  text += " (" + registry.origin + ")";
  return text;
}

}  // namespace svclint
