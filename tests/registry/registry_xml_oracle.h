// The pugixml reader of the registry XML that the streaming Expat reader
// (lint/parse/registry_xml.cc) replaced: the oracle it must agree with on
// every well-formed file (tests/registry/registry_xml_diff_test.cc).
#ifndef SVCLINT_TESTS_REGISTRY_REGISTRY_XML_ORACLE_H_
#define SVCLINT_TESTS_REGISTRY_REGISTRY_XML_ORACLE_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "lint/parse/registry_source.h"

namespace svclint {

absl::StatusOr<RegistrySource> ParseRegistryXmlWithPugixml(
    std::string_view text, std::string_view path);

}  // namespace svclint

#endif  // SVCLINT_TESTS_REGISTRY_REGISTRY_XML_ORACLE_H_
