#include "clock_sampler.h"

#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

namespace scalene_ci {

int64_t MonotonicNowUs() {
  // CLOCK_MONOTONIC in µs: the clock V8 stamps its samples with on Linux, so the two
  // series join without conversion.
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

namespace {

struct Registry {
  std::mutex mu;
  std::vector<std::pair<ClockClient*, int>> clients;
  std::atomic<int> period_us{1000};
  bool thread_started = false;
};

// Leaked on purpose: the sampler thread is detached and may still run while static
// destructors execute at process exit.
Registry& registry() {
  static Registry* r = new Registry();
  return *r;
}

void SamplerLoop() {
  Registry& r = registry();
  int64_t next = MonotonicNowUs();
  for (;;) {
    next += r.period_us.load(std::memory_order_relaxed);
    int64_t now = MonotonicNowUs();
    if (next > now) {
      timespec ts{static_cast<time_t>((next - now) / 1000000), static_cast<long>(((next - now) % 1000000) * 1000)};
      nanosleep(&ts, nullptr);
      now = MonotonicNowUs();
    } else {
      next = now;  // fell behind (suspended machine, loaded CPU): don't burst to catch up
    }
    std::lock_guard<std::mutex> lock(r.mu);
    for (auto& [client, period] : r.clients) client->OnTick(now);
  }
}

void UpdatePeriod(Registry& r) {
  int p = 1000000;
  for (auto& c : r.clients) p = std::min(p, c.second);
  r.period_us.store(std::max(p, 100), std::memory_order_relaxed);
}

}  // namespace

void RegisterClockClient(ClockClient* client, int period_us) {
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.mu);
  r.clients.emplace_back(client, period_us);
  UpdatePeriod(r);
  if (!r.thread_started) {
    r.thread_started = true;
    std::thread(SamplerLoop).detach();
  }
}

void UnregisterClockClient(ClockClient* client) {
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.mu);
  r.clients.erase(std::remove_if(r.clients.begin(), r.clients.end(),
                                 [&](auto& c) { return c.first == client; }),
                  r.clients.end());
  if (!r.clients.empty()) UpdatePeriod(r);
}

}  // namespace scalene_ci
