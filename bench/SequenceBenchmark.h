#pragma once
// The sequence benchmark of issue "sequences and attention": one epoch of a
// reference LSTM and a reference transformer on a seeded token task that
// bench/torch_sequence_bench.py generates identically (same formula, same
// models, same optimizer, same batches), so the two engines compare side by
// side. Used by `netwright-cli bench --model lstm|transformer`.
//
// Task: sequences of kSequenceSteps tokens from a vocabulary of kVocabulary,
// token (i, t) = 1 + splitMix64(seed * 2^32 + i * T + t) % (V - 1); label 0 when
// token 1 occurs more often than token 2 in the sequence, else 1.
#include "FashionBenchmark.h"

#include <cstdint>

namespace nw {

inline constexpr int kSequenceSteps = 32;
inline constexpr int kSequenceVocabulary = 16;
inline constexpr int kSequenceTrainSamples = 16000;
inline constexpr int kSequenceTestSamples = 4000;

// settings.model is "lstm" or "transformer"; dataDirectory is unused.
BenchmarkResult runSequenceBenchmark(const BenchmarkSettings& settings);

} // namespace nw
