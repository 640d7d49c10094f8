// Placeholder until the memory sampler lands: collects nothing, so profiles made with
// memory on carry no memory fields (and the reader reports memory as missing).
#include "heap_sampler.h"

namespace scalene_ci {
namespace {
class NoHeapSampler : public HeapSampler {
 public:
  void Start() override {}
  void OnTick(int64_t) override {}
  std::string WindowJson(bool) override { return std::string(); }
  void Stop() override {}
};
}  // namespace

std::unique_ptr<HeapSampler> CreateHeapSampler(v8::Isolate*, pid_t, const HeapOptions&) {
  return std::make_unique<NoHeapSampler>();
}
}  // namespace scalene_ci
