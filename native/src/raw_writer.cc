#include "raw_writer.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unordered_map>

#include "compat.h"
#include "json_out.h"

namespace scalene_ci {

namespace {



struct StringTable {
  std::unordered_map<std::string, int> index;
  std::vector<const char*> order;
  int Intern(const char* s, bool* added = nullptr) {
    auto [it, inserted] = index.emplace(s, static_cast<int>(order.size()));
    if (inserted) order.push_back(s);
    if (added != nullptr) *added = inserted;
    return it->second;
  }
};

}  // namespace

void SerializeRaw(const v8::CpuProfile* profile, const RawHeader& h,
                  const std::vector<ClockPoint>& clock, const std::vector<int64_t>& paused,
                  const std::string& extra_members, std::string* out, ScriptNames* scripts) {
  // Nodes in DFS order with dense indices; each row is
  // [parent, scriptId, line, column, nameIdx, urlIdx, sourceType].
  std::unordered_map<const v8::CpuProfileNode*, int> dense;
  std::vector<const v8::CpuProfileNode*> order;
  StringTable strings;
  std::vector<const v8::CpuProfileNode*> stack;
  if (profile != nullptr) stack.push_back(profile->GetTopDownRoot());
  while (!stack.empty()) {
    const v8::CpuProfileNode* n = stack.back();
    stack.pop_back();
    dense.emplace(n, static_cast<int>(order.size()));
    order.push_back(n);
    for (int i = n->GetChildrenCount() - 1; i >= 0; --i) stack.push_back(n->GetChild(i));
  }

  out->reserve(out->size() + order.size() * 40 + (profile ? profile->GetSamplesCount() * 20 : 0));
  out->append("{\"format\":\"scalene-ci/raw@1\",\"pid\":");
  AppendInt(out, h.pid);
  out->append(",\"ppid\":");
  AppendInt(out, h.ppid);
  out->append(",\"thread_id\":");
  AppendInt(out, h.thread_id);
  out->append(",\"seq\":");
  AppendInt(out, h.seq);
  out->append(",\"final\":");
  out->append(h.final ? "true" : "false");
  out->append(",\"interval_us\":");
  AppendInt(out, h.interval_us);
  out->append(",\"tid\":");
  AppendInt(out, h.tid);
  out->append(",\"v8\":");
  AppendJsonString(out, v8::V8::GetVersion());
  out->append(",\"start_us\":");
  AppendInt(out, profile ? profile->GetStartTime() : 0);
  out->append(",\"end_us\":");
  AppendInt(out, profile ? profile->GetEndTime() : 0);

  out->append(",\"nodes\":[");
  bool first = true;
  for (const v8::CpuProfileNode* n : order) {
    if (!first) out->push_back(',');
    first = false;
    const v8::CpuProfileNode* parent = n->GetParent();
    AppendInt(out, parent ? dense[parent] : -1);
    out->push_back(',');
    AppendInt(out, n->GetScriptId());
    out->push_back(',');
    AppendInt(out, n->GetLineNumber());
    out->push_back(',');
    AppendInt(out, n->GetColumnNumber());
    out->push_back(',');
    AppendInt(out, strings.Intern(n->GetFunctionNameStr()));
    out->push_back(',');
    const char* script = n->GetScriptResourceNameStr();
    bool added = false;
    AppendInt(out, strings.Intern(script, &added));
    // Once per script and window: the run-long set sees each name a few times a second.
    if (added && scripts != nullptr && script[0] != '\0' && scripts->seen.emplace(script).second) scripts->fresh.emplace_back(script);
    out->push_back(',');
    AppendInt(out, static_cast<int>(n->GetSourceType()));
  }
  // Self-time line ticks per node as [node, line, hits] triples. V8 keeps the line a
  // sample was executing in only in these per-node aggregates (the sample itself points
  // at a node), so the reader splits a node's own samples across lines by these counts.
  out->append("],\"ticks\":[");
  bool first_tick = true;
  std::vector<v8::CpuProfileNode::LineTick> ticks;
  for (size_t i = 0; i < order.size(); ++i) {
    unsigned int n = order[i]->GetHitLineCount();
    if (n == 0) continue;
    ticks.resize(n);
    if (!order[i]->GetLineTicks(ticks.data(), n)) continue;
    for (const auto& t : ticks) {
      if (!first_tick) out->push_back(',');
      first_tick = false;
      AppendInt(out, static_cast<int64_t>(i));
      out->push_back(',');
      AppendInt(out, t.line);
      out->push_back(',');
      AppendInt(out, t.hit_count);
    }
  }
  out->append("],\"strings\":[");
  for (size_t i = 0; i < strings.order.size(); ++i) {
    if (i) out->push_back(',');
    AppendJsonString(out, strings.order[i]);
  }
  // Samples as [node, timestamp µs, VM state] triples.
  out->append("],\"samples\":[");
  int count = profile ? profile->GetSamplesCount() : 0;
  for (int i = 0; i < count; ++i) {
    if (i) out->push_back(',');
    AppendInt(out, dense[profile->GetSample(i)]);
    out->push_back(',');
    AppendInt(out, profile->GetSampleTimestamp(i));
    out->push_back(',');
    AppendInt(out, compat::SampleState(profile, i));
  }
  // The thread's clocks as [monotonic µs, cpu µs, run-queue wait µs] triples.
  out->append("],\"clock_stride\":3,\"clock\":[");
  for (size_t i = 0; i < clock.size(); ++i) {
    if (i) out->push_back(',');
    AppendInt(out, clock[i].mono_us);
    out->push_back(',');
    AppendInt(out, clock[i].cpu_us);
    out->push_back(',');
    AppendInt(out, clock[i].wait_us);
  }
  // Suspended windows (scalene-ci profile --off) as [start, end] µs pairs.
  out->append("],\"paused\":[");
  for (size_t i = 0; i < paused.size(); ++i) {
    if (i) out->push_back(',');
    AppendInt(out, paused[i]);
  }
  out->append("]");
  out->append(extra_members);  // memory sampler fields, each ",\"name\":..."
  out->append("}\n");
}

bool WriteFileAtomic(const std::string& path, const std::string& data, std::string* err) {
  std::string tmp = path + ".tmp";
  FILE* f = fopen(tmp.c_str(), "wb");
  if (f == nullptr) {
    *err = "cannot write " + tmp + ": " + strerror(errno);
    return false;
  }
  size_t written = fwrite(data.data(), 1, data.size(), f);
  bool ok = written == data.size();
  ok = (fclose(f) == 0) && ok;
  if (!ok || rename(tmp.c_str(), path.c_str()) != 0) {
    *err = "cannot write " + path + ": " + strerror(errno);
    remove(tmp.c_str());
    return false;
  }
  return true;
}

}  // namespace scalene_ci
