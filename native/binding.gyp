{
  "targets": [
    {
      "target_name": "scalene_ci",
      "sources": [
        "native/src/addon.cc",
        "native/src/cpu_profiler.cc",
        "native/src/clock_sampler.cc",
        "native/src/raw_writer.cc",
        "native/src/signal_guard.cc",
        "native/src/heap_sampler.cc",
        "native/src/site_trigger.cc",
        "native/src/gpu.cc",
        "native/src/gpu_binding.cc"
      ],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_DISABLE_CPP_EXCEPTIONS", "NODE_ADDON_API_DISABLE_DEPRECATED"],
      "cflags_cc": ["-std=c++20", "-O2", "-fvisibility=hidden", "-Wall", "-Wno-unused-parameter"],
      "cflags_cc!": ["-fno-rtti", "-std=gnu++17", "-std=gnu++20"],
      "libraries": ["-lpthread", "-ldl"]
    }
  ]
}
