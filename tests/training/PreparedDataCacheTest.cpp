// PreparedDataCache: one read of a dataset per spec and file version, one split per
// split settings, shared by every project and thread that asks; PreparedProject gives
// the same data through it as without it.
#include "training/PreparedDataCache.h"

#include "data/DataError.h"
#include "engine/BatchSource.h"
#include "training/PreparedProject.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include <cstring>
#include <filesystem>
#include <numeric>
#include <thread>

using namespace nw;

namespace {

DataSpec spec(const char* text)
{
    return parseDataSpec(text);
}

void writeCsv(const QString& path, int rows)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("x,y,label\n");
    for (int i = 0; i < rows; ++i)
        file.write(QByteArray::number(i) + "," + QByteArray::number(i * 2) + "," + (i % 2 ? "a" : "b") + "\n");
}

DatasetReference reference(std::uint64_t seed)
{
    DatasetReference r;
    r.validationFraction = 0.2;
    r.testFraction = 0.2;
    r.splitSeed = seed;
    return r;
}

} // namespace

TEST(PreparedDataCache, ReadsADatasetOncePerSpecAndSplitsOncePerSettings)
{
    PreparedDataCache cache;
    const DataSpec digits = spec("bundled:digits");
    const auto a = cache.dataset(digits, "");
    const auto b = cache.dataset(digits, "");
    EXPECT_EQ(a.get(), b.get());
    EXPECT_EQ(a->data->size(), 1797u);

    const auto p1 = cache.prepared(digits, reference(1), "");
    const auto p1again = cache.prepared(digits, reference(1), "");
    const auto p2 = cache.prepared(digits, reference(2), "");
    EXPECT_EQ(p1.get(), p1again.get());
    EXPECT_NE(p1.get(), p2.get());
    EXPECT_NE(p1->split.train, p2->split.train) << "another seed, another split";
    EXPECT_EQ(p1->data.get(), a->data.get()) << "images are not standardised: the loaded data itself";
    EXPECT_EQ(cache.datasetLoads(), 1);
}

TEST(PreparedDataCache, AnEditedFileIsReadAgain)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("points.csv"));
    writeCsv(path, 20);
    PreparedDataCache cache;
    const DataSpec csv = spec("csv:points.csv?target=label");
    EXPECT_EQ(cache.dataset(csv, dir.path().toStdString())->data->size(), 20u);
    EXPECT_EQ(cache.dataset(csv, dir.path().toStdString())->data->size(), 20u);
    EXPECT_EQ(cache.datasetLoads(), 1);

    writeCsv(path, 30); // another size; and another time, however coarse the clock
    std::filesystem::last_write_time(path.toStdString(),
        std::filesystem::last_write_time(path.toStdString()) + std::chrono::seconds(5));
    EXPECT_EQ(cache.dataset(csv, dir.path().toStdString())->data->size(), 30u);
    EXPECT_EQ(cache.datasetLoads(), 2);
}

TEST(PreparedDataCache, ClearReadsEverythingAgain)
{
    PreparedDataCache cache;
    const auto before = cache.dataset(spec("bundled:iris"), "");
    cache.clear();
    const auto after = cache.dataset(spec("bundled:iris"), "");
    EXPECT_NE(before.get(), after.get());
    EXPECT_EQ(cache.datasetLoads(), 2);
}

TEST(PreparedDataCache, AFailedLoadIsNotKept)
{
    QTemporaryDir dir;
    PreparedDataCache cache;
    const DataSpec csv = spec("csv:later.csv?target=label");
    EXPECT_THROW(cache.dataset(csv, dir.path().toStdString()), DataError);
    writeCsv(dir.filePath(QStringLiteral("later.csv")), 10);
    EXPECT_EQ(cache.dataset(csv, dir.path().toStdString())->data->size(), 10u);
}

TEST(PreparedDataCache, ThreadsAskingAtOnceShareOneLoad)
{
    PreparedDataCache cache;
    const DataSpec digits = spec("bundled:digits");
    std::shared_ptr<const PreparedData> seen[4];
    std::vector<std::thread> threads;
    for (auto& slot : seen)
        threads.emplace_back([&cache, &digits, &slot] { slot = cache.prepared(digits, reference(1), ""); });
    for (auto& t : threads)
        t.join();
    for (const auto& p : seen)
        EXPECT_EQ(p.get(), seen[0].get());
    EXPECT_EQ(cache.datasetLoads(), 1);
}

TEST(PreparedDataCache, ThreadsWaitingOnAFailedLoadEachGetItsError)
{
    // Long enough to read that the other threads arrive while it loads, then wrong.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.csv"));
    writeCsv(path, 200000);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::Append));
        file.write("1,2\n");
    }
    PreparedDataCache cache;
    const DataSpec csv = spec("csv:broken.csv?target=label");
    std::string messages[4];
    std::vector<std::thread> threads;
    for (auto& message : messages)
        threads.emplace_back([&cache, &csv, &dir, &message] {
            try {
                cache.dataset(csv, dir.path().toStdString());
            } catch (const DataError& error) {
                message = error.what();
            }
        });
    for (auto& t : threads)
        t.join();
    for (const std::string& message : messages) {
        EXPECT_NE(message.find("broken.csv"), std::string::npos) << message;
        EXPECT_EQ(message, messages[0]);
    }
}

TEST(PreparedDataCache, KeepsTheMostRecentlyUsedEntries)
{
    PreparedDataCache cache(1);
    cache.dataset(spec("bundled:iris"), "");
    cache.dataset(spec("bundled:digits"), "");
    cache.dataset(spec("bundled:iris"), "");
    EXPECT_EQ(cache.datasetLoads(), 3) << "a capacity of one keeps only the last";
    cache.dataset(spec("bundled:iris"), "");
    EXPECT_EQ(cache.datasetLoads(), 3);
}

TEST(PreparedDataCache, ProjectsShareTheirDataAndGetWhatTheyWouldAlone)
{
    const QString path = QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/iris.nwproj");
    QString error;
    PreparedDataCache cache;
    PreparedProject::Options shared;
    shared.dataCache = &cache;
    const auto a = PreparedProject::load(path, shared, &error);
    const auto b = PreparedProject::load(path, shared, &error);
    const auto alone = PreparedProject::load(path, {}, &error);
    ASSERT_TRUE(a && b && alone) << error.toStdString();
    EXPECT_EQ(a->preparedData().get(), b->preparedData().get());
    EXPECT_EQ(cache.datasetLoads(), 1);

    // Standardised with the training part's statistics, exactly as without the cache.
    EXPECT_EQ(a->split().train, alone->split().train);
    EXPECT_EQ(a->split().test, alone->split().test);
    ASSERT_EQ(a->data().size(), alone->data().size());
    std::vector<std::size_t> positions(a->partSize(DataPart::Train));
    std::iota(positions.begin(), positions.end(), std::size_t { 0 });
    Tensor x, y, xAlone, yAlone;
    a->source(DataPart::Train)->fillBatch(positions, x, y);
    alone->source(DataPart::Train)->fillBatch(positions, xAlone, yAlone);
    ASSERT_EQ(x.size(), xAlone.size());
    EXPECT_EQ(std::memcmp(x.data(), xAlone.data(), x.size() * sizeof(float)), 0);
    EXPECT_NE(a->unscaledData(), nullptr);
}

TEST(PreparedDataCache, NormalizeTrainUsesTheTrainingSplitsStatisticsForEveryPart)
{
    // 20 gray 2x2 images in two classes, pixel value 10 * i: the training part's mean
    // differs from the mean of all samples.
    QTemporaryDir dir;
    for (int i = 0; i < 20; ++i) {
        const QString folder = dir.filePath(i % 2 ? QStringLiteral("odd") : QStringLiteral("even"));
        std::filesystem::create_directories(folder.toStdString());
        QFile f(folder + QStringLiteral("/%1.pgm").arg(i, 2, 10, QLatin1Char('0')));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("P5\n2 2\n255\n");
        f.write(QByteArray(4, static_cast<char>(10 * i)));
    }
    PreparedDataCache cache;
    const DataSpec s = parseDataSpec("images:" + dir.path().toStdString() + "?size=2&normalize=train");
    const auto prepared = cache.prepared(s, reference(3), "");
    const Dataset& data = *prepared->data;
    ASSERT_TRUE(data.hasChannelNormalization());
    std::vector<float> mean, stddev;
    data.channelStatistics(prepared->split.train, mean, stddev);
    EXPECT_EQ(data.channelMean(), mean);
    EXPECT_EQ(data.channelStd(), stddev);
    std::vector<std::size_t> all(data.size());
    std::iota(all.begin(), all.end(), std::size_t { 0 });
    std::vector<float> allMean, allStd;
    data.channelStatistics(all, allMean, allStd);
    EXPECT_NE(allMean, mean) << "the held-out parts do not leak into the statistics";
    // The training images, as the network sees them, have mean 0 and std 1.
    Tensor inputs, targets;
    data.fillBatch(prepared->split.train, inputs, targets);
    double sum = 0, squares = 0;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        sum += inputs.data()[i];
        squares += inputs.data()[i] * inputs.data()[i];
    }
    EXPECT_NEAR(sum / inputs.size(), 0.0, 1e-5);
    EXPECT_NEAR(squares / inputs.size(), 1.0, 1e-4);
}
