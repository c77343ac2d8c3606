#include "lint/rules/request/request_rules.h"

namespace svclint {

std::span<const RequestRule> RequestRules() {
  static constexpr RequestRule kRules[] = {
      {RuleId::kPR001, CheckPortOutOfRange, nullptr},
      {RuleId::kPR002, CheckPortDynamicRange, nullptr},
      {RuleId::kPR003, CheckPortSystemRange, nullptr},
      {RuleId::kPR004, CheckPortTaken, nullptr},
      {RuleId::kPR005, CheckPortReserved, nullptr},
      {RuleId::kPR006, CheckPortRangeRequested, nullptr},
      {RuleId::kPR007, CheckTransportMissing, nullptr},
      {RuleId::kPR008, CheckSecureInsecurePair, nullptr},
      {RuleId::kPR009, CheckDnssdPortUnneeded, nullptr},
      {RuleId::kPR010, CheckPortRationaleMissing, nullptr},
      {RuleId::kRQ001, CheckFieldMissing, CheckFileHasRequest},
      {RuleId::kRQ002, CheckFieldUnknown, CheckFileUnknownKeys},
      {RuleId::kRQ003, CheckNameTaken, nullptr},
      {RuleId::kRQ004, CheckNameSimilar, nullptr},
      {RuleId::kRQ005, CheckEmailInvalid, nullptr},
      {RuleId::kRQ006, CheckTxtKeysUndefined, nullptr},
      {RuleId::kRQ007, CheckCastingMissing, nullptr},
      {RuleId::kRQ008, CheckDccpServiceCode, nullptr},
      {RuleId::kRQ009, CheckDescriptionStyle, nullptr},
      {RuleId::kRQ010, CheckFieldType, CheckFileRequestType},
      {RuleId::kRQ011, nullptr, CheckFileRegistryStale},
  };
  return kRules;
}

}  // namespace svclint
