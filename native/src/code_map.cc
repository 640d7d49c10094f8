#include "code_map.h"

#include <v8-callbacks.h>
#include <v8-isolate.h>
#include <v8-script.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace scalene_ci {
namespace {

struct Code {
  uint32_t len = 0;
  int32_t script_id = -1;  // -1: no script (a builtin, a stub, regexp code)
  bool bytecode = false;
  // The function's first line, from the code's name ("JS:*name file:line:column"): machine
  // code comes without positions on V8 11-14, so its frames name the function only. 0: not
  // known. (Also kept for bytecode, for a pc before its first position.)
  int32_t fn_line = 0;
  // The function's name (the code name's part before the space, less V8's tier marker):
  // the callee that a machine-code caller frame called, for the reader to find its call line.
  std::string name;
  // (code offset << 32 | source position), in increasing code offset: V8 emits the table
  // in order.
  std::vector<uint64_t> positions;
};

struct IsolateMap {
  std::map<uintptr_t, Code> code;
  // Position tables by code start, waiting for their CODE_ADDED: V8 records a table before
  // it logs the code (BytecodeGenerator::FinalizeSourcePositionTable, CodeBuilder).
  std::unordered_map<uintptr_t, std::vector<uint64_t>> pending;
};

// One lock for every isolate's map: JIT events come from the isolate's thread and, for
// moves, from GC threads (V8 serialises those under its own logger mutex).
std::mutex g_mu;
std::unordered_map<v8::Isolate*, IsolateMap*> g_maps;
// Set while this thread records a code event: the event's own allocations reach the shim's
// hook, whose lookup must not wait for the lock this thread holds.
thread_local bool t_in_event = false;

// Pending tables are few and short-lived; a table whose code never arrives (an aborted
// compile) must not accumulate.
constexpr size_t kMaxPending = 4096;

void EraseOverlapping(std::map<uintptr_t, Code>& code, uintptr_t start, uintptr_t len) {
  auto it = code.upper_bound(start);
  if (it != code.begin()) {
    auto prev = std::prev(it);
    if (prev->first + prev->second.len > start) it = prev;
  }
  while (it != code.end() && it->first < start + std::max<uintptr_t>(len, 1)) it = code.erase(it);
}

// The function name in a code name: "JS:*alloc node:buffer:1:2" → "alloc" ('*' TurboFan,
// '+' Maglev, '^' Sparkplug, '~' bytecode; V8 13 adds a "'" to a context-specialized one's:
// "JS:*'fromArrayLike", whose name matched no call in the source).
std::string FunctionOfName(const char* name, size_t len) {
  if (name == nullptr) return std::string();
  size_t i = 0;
  while (i < len && name[i] != ':' && name[i] != ' ') i++;
  i = (i < len && name[i] == ':') ? i + 1 : 0;
  if (i < len && (name[i] == '*' || name[i] == '+' || name[i] == '^' || name[i] == '~')) i++;
  if (i < len && name[i] == '\'') i++;
  size_t end = i;
  while (end < len && name[end] != ' ') end++;
  return std::string(name + i, std::min<size_t>(end - i, 64));
}

// The line in a code name's ":line:column" suffix, or 0.
int32_t LineOfName(const char* name, size_t len) {
  if (name == nullptr) return 0;
  size_t colon2 = len;
  while (colon2 > 0 && name[colon2 - 1] != ':') colon2--;
  if (colon2 == 0) return 0;
  size_t colon1 = colon2 - 1;
  while (colon1 > 0 && name[colon1 - 1] != ':') colon1--;
  if (colon1 == 0) return 0;
  int64_t line = 0;
  for (size_t i = colon1; i < colon2 - 1; ++i) {
    if (name[i] < '0' || name[i] > '9' || line > 100000000) return 0;
    line = line * 10 + (name[i] - '0');
  }
  return static_cast<int32_t>(line);
}

void OnJitEvent(const v8::JitCodeEvent* event) {
  if (event->code_type == v8::JitCodeEvent::WASM_CODE) return;
  std::lock_guard<std::mutex> lock(g_mu);
  t_in_event = true;
  auto found = g_maps.find(event->isolate);
  if (found == g_maps.end()) {
    t_in_event = false;
    return;
  }
  IsolateMap& m = *found->second;
  const auto start = reinterpret_cast<uintptr_t>(event->code_start);
  switch (event->type) {
    case v8::JitCodeEvent::CODE_ADDED: {
      EraseOverlapping(m.code, start, event->code_len);
      Code c;
      c.len = static_cast<uint32_t>(event->code_len);
      c.bytecode = event->code_type == v8::JitCodeEvent::BYTE_CODE;
      if (!event->script.IsEmpty()) c.script_id = event->script->GetId();
      if (c.script_id >= 0) {
        c.fn_line = LineOfName(event->name.str, event->name.len);
        c.name = FunctionOfName(event->name.str, event->name.len);
      }
      auto p = m.pending.find(start);
      if (p != m.pending.end()) {
        c.positions = std::move(p->second);
        m.pending.erase(p);
      }
      m.code.emplace(start, std::move(c));
      break;
    }
    case v8::JitCodeEvent::CODE_MOVED: {
      const auto to = reinterpret_cast<uintptr_t>(event->new_code_start);
      auto it = m.code.find(start);
      if (it == m.code.end()) {
        EraseOverlapping(m.code, to, event->code_len);
        break;
      }
      Code c = std::move(it->second);
      m.code.erase(it);
      EraseOverlapping(m.code, to, c.len);
      m.code.emplace(to, std::move(c));
      break;
    }
    case v8::JitCodeEvent::CODE_REMOVED:
      EraseOverlapping(m.code, start, event->code_len);
      break;
    case v8::JitCodeEvent::CODE_START_LINE_INFO_RECORDING:
      // V8 hands user_data back with every position of this table and at its end.
      const_cast<v8::JitCodeEvent*>(event)->user_data = new std::vector<uint64_t>();
      break;
    case v8::JitCodeEvent::CODE_ADD_LINE_POS_INFO: {
      auto* v = static_cast<std::vector<uint64_t>*>(event->user_data);
      // STATEMENT_POSITION repeats a POSITION at the same offset.
      if (v && event->line_info.position_type == v8::JitCodeEvent::POSITION)
        v->push_back((static_cast<uint64_t>(event->line_info.offset) << 32) | static_cast<uint32_t>(event->line_info.pos));
      break;
    }
    case v8::JitCodeEvent::CODE_END_LINE_INFO_RECORDING: {
      auto* v = static_cast<std::vector<uint64_t>*>(event->user_data);
      if (!v) break;
      if (!v->empty()) {
        if (m.pending.size() >= kMaxPending) m.pending.clear();
        m.pending[start] = std::move(*v);
      }
      delete v;
      break;
    }
  }
  t_in_event = false;
}

}  // namespace

void StartCodeMap(v8::Isolate* isolate) {
  {
    std::lock_guard<std::mutex> lock(g_mu);
    if (g_maps.count(isolate)) return;
    g_maps[isolate] = new IsolateMap();
  }
  isolate->SetJitCodeEventHandler(v8::kJitCodeEventDefault, &OnJitEvent);
}

void StopCodeMap(v8::Isolate* isolate) {
  isolate->SetJitCodeEventHandler(v8::kJitCodeEventDefault, nullptr);
  std::lock_guard<std::mutex> lock(g_mu);
  auto it = g_maps.find(isolate);
  if (it == g_maps.end()) return;
  delete it->second;
  g_maps.erase(it);
}

bool LookupCodePosition(v8::Isolate* isolate, uintptr_t pc, bool return_address, CodePosition* out) {
  if (t_in_event) return false;
  std::unique_lock<std::mutex> lock(g_mu, std::try_to_lock);
  if (!lock.owns_lock()) return false;
  auto found = g_maps.find(isolate);
  if (found == g_maps.end()) return false;
  const auto& code = found->second->code;
  auto it = code.upper_bound(pc);
  if (it == code.begin()) return false;
  --it;
  const Code& c = it->second;
  if (pc >= it->first + c.len || c.script_id < 0) return false;
  out->script_id = c.script_id;
  out->position = -1;
  out->fn_line = c.fn_line;
  out->preceding_count = 0;
  const size_t n = std::min(c.name.size(), sizeof out->name - 1);
  memcpy(out->name, c.name.data(), n);
  out->name[n] = 0;
  if (c.positions.empty()) return true;
  uint64_t offset = pc - it->first;
  // A machine-code caller frame's pc is its call's return address, one past the call: the
  // call's position is the last one at or before the byte before it. A bytecode frame's
  // entry is the offset of the executing bytecode itself.
  if (return_address && !c.bytecode && offset > 0) offset--;
  const uint64_t key = (offset << 32) | 0xffffffffu;
  auto p = std::upper_bound(c.positions.begin(), c.positions.end(), key);
  if (p == c.positions.begin()) return true;  // before the first position: the function
  --p;
  out->position = static_cast<int32_t>(*p & 0xffffffffu);
  if (c.bytecode) return true;
  for (auto q = p; q != c.positions.begin() && out->preceding_count < CodePosition::kMaxPreceding;) {
    --q;
    const auto pos = static_cast<int32_t>(*q & 0xffffffffu);
    bool seen = pos == out->position;
    for (int i = 0; i < out->preceding_count && !seen; ++i) seen = out->preceding[i] == pos;
    if (!seen) out->preceding[out->preceding_count++] = pos;
  }
  return true;
}

}  // namespace scalene_ci
