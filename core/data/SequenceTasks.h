#pragma once
// Seeded sequence problems for teaching recurrent and attention models, as the
// toy sets teach dense ones: small, exact, and each needing something a bag of
// tokens cannot do. Token ids are float32 [T] with a fixed alphabet (no padding).
//
//   parity    bit strings ("0", "1"); class "even" or "odd" number of ones. Needs
//             memory of the whole string: every bit flips the answer.
//   majority  strings of "a" and "b"; class "a" or "b", whichever occurs more often
//             (odd lengths have no ties; for an even length a tie is broken by
//             redrawing the last token until there is none).
//   reverse   digit strings ("0".."9"); per position t, the class is the digit at
//             T-1-t: labels [N, T]. A tagging task: every position is classified.
//   sort      digit strings; per position t, the class is the t-th smallest digit:
//             labels [N, T].
//
// Same kind, samples, length and seed: the same data on every platform.
#include "Dataset.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nw {

enum class SequenceTask { Parity, Majority, Reverse, Sort };

// Throws DataError when samples < 1 or length is outside 1..1024.
Dataset makeSequenceTask(SequenceTask task, int samples, int length, std::uint64_t seed);

std::vector<std::string> sequenceTaskNames(); // "parity", "majority", "reverse", "sort"
std::optional<SequenceTask> sequenceTaskFromName(const std::string& name);
std::string sequenceTaskName(SequenceTask task);

} // namespace nw
