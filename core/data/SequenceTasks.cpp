#include "SequenceTasks.h"

#include "engine/Rng.h"

#include <algorithm>
#include <memory>

namespace nw {

namespace {

std::vector<std::string> digits()
{
    std::vector<std::string> d;
    for (int k = 0; k < 10; ++k)
        d.push_back(std::to_string(k));
    return d;
}

} // namespace

std::vector<std::string> sequenceTaskNames()
{
    return { "parity", "majority", "reverse", "sort" };
}

std::optional<SequenceTask> sequenceTaskFromName(const std::string& name)
{
    const auto names = sequenceTaskNames();
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end())
        return std::nullopt;
    return static_cast<SequenceTask>(it - names.begin());
}

std::string sequenceTaskName(SequenceTask task)
{
    return sequenceTaskNames()[static_cast<std::size_t>(task)];
}

Dataset makeSequenceTask(SequenceTask task, int samples, int length, std::uint64_t seed)
{
    const std::string name = sequenceTaskName(task);
    if (samples < 1)
        throw DataError("dataset '" + name + "': needs at least one sample, got " + std::to_string(samples));
    if (length < 1 || length > 1024)
        throw DataError("dataset '" + name + "': the length must be 1..1024, got " + std::to_string(length));
    const auto n = static_cast<std::size_t>(samples);
    const auto t = static_cast<std::size_t>(length);
    Rng rng(seed);
    std::vector<float> ids(n * t);
    std::vector<int> labels;

    switch (task) {
    case SequenceTask::Parity:
    case SequenceTask::Majority: {
        labels.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            float* s = ids.data() + i * t;
            int ones = 0;
            for (std::size_t k = 0; k < t; ++k) {
                s[k] = static_cast<float>(rng.below(2));
                ones += static_cast<int>(s[k]);
            }
            if (task == SequenceTask::Majority) {
                while (2 * ones == length) { // a tie: redraw the last token
                    ones -= static_cast<int>(s[t - 1]);
                    s[t - 1] = static_cast<float>(rng.below(2));
                    ones += static_cast<int>(s[t - 1]);
                }
                labels[i] = 2 * ones > length ? 1 : 0;
            } else {
                labels[i] = ones % 2;
            }
        }
        const bool parity = task == SequenceTask::Parity;
        Dataset d = Dataset::fromFloats(name, { length }, std::move(ids), std::move(labels),
            parity ? std::vector<std::string> { "even", "odd" } : std::vector<std::string> { "a", "b" });
        d.setVocabulary(std::make_shared<const Vocabulary>(Vocabulary::fixed(
            Tokenizer::Char, parity ? std::vector<std::string> { "0", "1" } : std::vector<std::string> { "a", "b" },
            length)));
        return d;
    }
    case SequenceTask::Reverse:
    case SequenceTask::Sort: {
        labels.resize(n * t);
        std::vector<int> sequence(t);
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t k = 0; k < t; ++k) {
                sequence[k] = static_cast<int>(rng.below(10));
                ids[i * t + k] = static_cast<float>(sequence[k]);
            }
            if (task == SequenceTask::Reverse)
                std::reverse(sequence.begin(), sequence.end());
            else
                std::sort(sequence.begin(), sequence.end());
            std::copy(sequence.begin(), sequence.end(), labels.begin() + static_cast<std::ptrdiff_t>(i * t));
        }
        Dataset d = Dataset::perPosition(name, { length }, std::move(ids), length, std::move(labels), digits());
        d.setVocabulary(std::make_shared<const Vocabulary>(Vocabulary::fixed(Tokenizer::Char, digits(), length)));
        return d;
    }
    }
    throw DataError("unknown sequence task");
}

} // namespace nw
