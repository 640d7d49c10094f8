// Appending JSON values to a std::string: shared by the raw window writer and the
// memory sampler, which both serialise by hand (no JSON library in the addon).
#pragma once
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <string>

namespace scalene_ci {

inline void AppendInt(std::string* out, int64_t v) {
  char buf[24];
  int n = snprintf(buf, sizeof buf, "%" PRId64, v);
  out->append(buf, n);
}

inline void AppendU64(std::string* out, uint64_t v) {
  char buf[24];
  int n = snprintf(buf, sizeof buf, "%" PRIu64, v);
  out->append(buf, n);
}

// Names and paths come from V8 as UTF-8; only quotes, backslashes and control characters
// need escaping.
inline void AppendJsonString(std::string* out, const char* s) {
  out->push_back('"');
  for (const unsigned char* p = reinterpret_cast<const unsigned char*>(s); *p; ++p) {
    unsigned char c = *p;
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(static_cast<char>(c));
    } else if (c < 0x20) {
      char buf[8];
      snprintf(buf, sizeof buf, "\\u%04x", c);
      out->append(buf);
    } else {
      out->push_back(static_cast<char>(c));
    }
  }
  out->push_back('"');
}

}  // namespace scalene_ci
