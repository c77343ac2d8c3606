#include "lint/rules/consumer/consumer_rules.h"

namespace svclint {

std::vector<std::string_view> TypeLabels(std::string_view type) {
  std::vector<std::string_view> labels;
  size_t begin = 0;
  for (size_t i = 0; i < type.size(); ++i) {
    if (type[i] == '\\') {
      ++i;
      continue;
    }
    if (type[i] == '.') {
      labels.push_back(type.substr(begin, i - begin));
      begin = i + 1;
    }
  }
  if (begin < type.size()) labels.push_back(type.substr(begin));
  return labels;
}

}  // namespace svclint
