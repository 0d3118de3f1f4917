#include "PreparedDataCache.h"

#include "data/DataError.h"
#include "data/DataLoadProgress.h"
#include "data/TextDataset.h"

#include <cstdint>
#include <filesystem>
#include <future>
#include <map>
#include <mutex>
#include <sstream>
#include <stdexcept>

namespace nw {

// Entries by key, each a shared future so that concurrent askers share one load.
//
// A failed load reaches the askers waiting on it as a message, and each throws an
// exception of its own: one exception object shared through the future would be
// freed by whichever thread let go of it last, ordered only by the reference count
// inside libstdc++'s exception_ptr, which ThreadSanitizer cannot see.
template <typename T>
class PreparedDataCache::Memo {
public:
    explicit Memo(std::size_t capacity)
        : m_capacity(capacity)
    {
    }

    template <typename Load>
    std::shared_ptr<const T> get(const std::string& key, Load load)
    {
        std::unique_lock lock(m_mutex);
        if (auto it = m_entries.find(key); it != m_entries.end()) {
            it->second.lastUse = ++m_clock;
            const auto future = it->second.outcome;
            lock.unlock();
            return future.get().valueOrThrow(); // waits for a load in flight
        }
        std::promise<Outcome> promise;
        const std::uint64_t id = ++m_clock;
        m_entries[key] = Entry { promise.get_future().share(), id, id };
        evictAllBut(key);
        lock.unlock();
        try {
            std::shared_ptr<const T> value = load();
            promise.set_value(Outcome { value, Failure::None, {} });
            return value;
        } catch (...) {
            promise.set_value(Outcome::fromCurrentException());
            // A failed load is not kept: the next ask tries again (the file may be fixed).
            std::lock_guard relock(m_mutex);
            if (auto it = m_entries.find(key); it != m_entries.end() && it->second.id == id)
                m_entries.erase(it);
            throw;
        }
    }

    void clear()
    {
        std::lock_guard lock(m_mutex);
        m_entries.clear();
    }

private:
    enum class Failure { None, Cancelled, Data, Other };
    // A load's value, or how it failed and the message.
    struct Outcome {
        std::shared_ptr<const T> value;
        Failure failure = Failure::None;
        std::string message;

        static Outcome fromCurrentException()
        {
            try {
                throw;
            } catch (const DataLoadCancelled& error) {
                return { nullptr, Failure::Cancelled, error.what() };
            } catch (const DataError& error) {
                return { nullptr, Failure::Data, error.what() };
            } catch (const std::exception& error) {
                return { nullptr, Failure::Other, error.what() };
            } catch (...) {
                return { nullptr, Failure::Other, "unknown error" };
            }
        }

        std::shared_ptr<const T> valueOrThrow() const
        {
            switch (failure) {
            case Failure::None: return value;
            case Failure::Cancelled: throw DataLoadCancelled(message);
            case Failure::Data: throw DataError(message);
            case Failure::Other: break;
            }
            throw std::runtime_error(message);
        }
    };
    struct Entry {
        std::shared_future<Outcome> outcome;
        std::uint64_t id = 0;
        std::uint64_t lastUse = 0;
    };

    void evictAllBut(const std::string& keep) // guarded by m_mutex
    {
        while (m_entries.size() > m_capacity) {
            auto oldest = m_entries.end();
            for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
                if (it->first != keep && (oldest == m_entries.end() || it->second.lastUse < oldest->second.lastUse))
                    oldest = it;
            if (oldest == m_entries.end())
                return;
            m_entries.erase(oldest); // askers waiting on it keep their own future
        }
    }

    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::map<std::string, Entry> m_entries; // guarded by m_mutex
    std::uint64_t m_clock = 0;              // guarded by m_mutex
};

namespace {

// Which file or folder a spec's path names, and its version (modification time and
// size), so that an edited file is read again. Empty for names that are not paths
// (toy:, bundled:, fashion-mnist:), so the folder they were asked from does not matter.
std::string fileIdentity(const std::string& path, const std::string& baseDirectory)
{
    if (path.empty())
        return {};
    namespace fs = std::filesystem;
    fs::path p(path);
    if (p.is_relative() && !baseDirectory.empty())
        p = fs::path(baseDirectory) / p;
    std::error_code error;
    const auto time = fs::last_write_time(p, error);
    if (error)
        return {};
    const auto canonical = fs::weakly_canonical(p, error);
    const auto size = fs::is_regular_file(p, error) ? fs::file_size(p, error) : 0;
    return canonical.string() + "@" + std::to_string(time.time_since_epoch().count()) + "/"
        + std::to_string(error ? 0 : size);
}

std::string datasetKey(const DataSpec& spec, const std::string& baseDirectory)
{
    return toString(spec) + "\n" + fileIdentity(spec.path, baseDirectory) + "\n"
        + fileIdentity(spec.secondPath, baseDirectory);
}

} // namespace

PreparedDataCache::PreparedDataCache(std::size_t capacity)
    : m_datasets(std::make_unique<Memo<LoadedDataset>>(capacity))
    , m_prepared(std::make_unique<Memo<PreparedData>>(capacity))
{
}

PreparedDataCache::~PreparedDataCache() = default;

void PreparedDataCache::clear()
{
    m_datasets->clear();
    m_prepared->clear();
}

std::shared_ptr<const LoadedDataset> PreparedDataCache::dataset(const DataSpec& spec, const std::string& baseDirectory)
{
    return dataset(spec, baseDirectory, datasetKey(spec, baseDirectory));
}

std::shared_ptr<const LoadedDataset> PreparedDataCache::dataset(
    const DataSpec& spec, const std::string& baseDirectory, const std::string& key)
{
    return m_datasets->get(key, [&] {
        auto loaded = std::make_shared<LoadedDataset>();
        loaded->data = std::make_shared<const Dataset>(loadDataset(spec, baseDirectory, loaded->report));
        ++m_datasetLoads;
        return std::shared_ptr<const LoadedDataset>(std::move(loaded));
    });
}

std::shared_ptr<const PreparedData> PreparedDataCache::prepared(
    const DataSpec& spec, const DatasetReference& reference, const std::string& baseDirectory)
{
    const bool separateTest = !reference.testSpec.isEmpty();
    const DataSpec testSpec = separateTest ? parseDataSpec(reference.testSpec.toStdString()) : DataSpec {};
    // Each file is looked at once per ask: its version goes into both keys.
    const std::string dataKey = datasetKey(spec, baseDirectory);
    const std::string testKey = separateTest ? datasetKey(testSpec, baseDirectory) : std::string();
    std::ostringstream key;
    key.precision(17); // fractions that differ in any digit split differently
    key << dataKey << "\n" << testKey << "\n"
        << reference.validationFraction << " " << reference.testFraction << " " << reference.splitSeed << " "
        << reference.stratified;
    return m_prepared->get(key.str(), [&] {
        const std::shared_ptr<const LoadedDataset> loaded = dataset(spec, baseDirectory, dataKey);
        auto p = std::make_shared<PreparedData>();
        p->notes = loaded->report.notes;
        p->split = splitDataset(*loaded->data, static_cast<float>(reference.validationFraction),
            separateTest ? 0.0f : static_cast<float>(reference.testFraction), reference.splitSeed,
            reference.stratified);
        std::shared_ptr<const Dataset> test;
        if (separateTest) {
            test = dataset(testSpec, baseDirectory, testKey)->data;
            if (test->sampleShape() != loaded->data->sampleShape())
                throw DataError("the test set (" + reference.testSpec.toStdString() + ") has samples of "
                    + shapeToString(test->sampleShape()) + ", the training set "
                    + shapeToString(loaded->data->sampleShape()));
        }
        p->data = loaded->data;
        if (loaded->data->hasTexts()) {
            // The loader's vocabulary saw every text; the model may only know the
            // training part's tokens, so a test text's unseen word is <unk> as it will
            // be for new text.
            p->vocabulary = std::make_shared<const Vocabulary>(Vocabulary::fit(
                loaded->data->vocabulary()->encoding(), loaded->data->texts(), p->split.train));
            p->data = std::make_shared<const Dataset>(encodeTexts(*loaded->data, p->vocabulary));
            if (test && test->hasTexts())
                test = std::make_shared<const Dataset>(encodeTexts(*test, p->vocabulary));
        }
        if (standardizeFeaturesByDefault(spec)) {
            // One-hot columns stay 0/1: only measured values are standardised.
            p->scaler.fit(*loaded->data, p->split.train, loaded->report.numericFeatures);
            p->scaledFeatures = loaded->report.numericFeatures;
            p->unscaledData = loaded->data;
            p->data = std::make_shared<const Dataset>(p->scaler.apply(*loaded->data));
            if (test)
                test = std::make_shared<const Dataset>(p->scaler.apply(*test));
        }
        if (normalizesImagesOnTrainingSplit(spec)) {
            // Statistics of the training part only, as for the scaler: the test images
            // must not leak into what training sees.
            std::vector<float> mean, stddev;
            p->data->channelStatistics(p->split.train, mean, stddev);
            Dataset normalized = *p->data;
            normalized.setChannelNormalization(mean, stddev);
            p->data = std::make_shared<const Dataset>(std::move(normalized));
            if (test) {
                Dataset normalizedTest = *test;
                normalizedTest.setChannelNormalization(mean, stddev);
                test = std::make_shared<const Dataset>(std::move(normalizedTest));
            }
        }
        p->testData = std::move(test);
        return std::shared_ptr<const PreparedData>(std::move(p));
    });
}

} // namespace nw
